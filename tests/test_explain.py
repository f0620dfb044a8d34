"""explain: the same code path as extract, its candidates and reasons in words; the user's own lexicon."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dvextract import Extractor, explain, extract
from tests.conftest import SEEDS
from tests.test_cli import run as cli

TEXT = "Sáng 12/3, Hội Nông dân huyện Tân Lộc tổ chức hội nghị tổng kết năm 2024."


def test_explain_returns_the_report_extract_returns() -> None:
    text = (SEEDS / "seed-004.txt").read_text(encoding="utf-8")
    e = explain(text)
    assert e.report == extract(text)
    assert [c.kept for c in e.of("event")] == [True]
    # every kept organiser and every reported official appears among the candidates
    kept = {c.text for c in e.of("organizer") if c.kept}
    assert kept == {e.report.organizer.name} if e.report.organizer else not kept


def test_explain_words() -> None:
    e = explain(TEXT)
    out = e.format(("event",))
    assert out.startswith("Event: does the article report a civic event?")
    assert "the lead sentence names a meeting or ceremony ('hội nghị')" in out
    assert "→ reports a civic event, score 4 (needs 2)" in out
    d = e.as_dict()
    assert d["event"][0]["kept"] is True
    assert {"name": "dated_lead", "says": "the lead gives the event's date", "cue": None} in d["event"][0]["reasons"]


def test_explain_cli(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    out = cli("explain", str(path), "--field", "event")
    assert out.returncode == 0 and "reports a civic event" in out.stdout
    data = json.loads(cli("explain", str(path), "--json").stdout)
    assert data["report"]["organizer"]["name"] == "Hội Nông dân huyện Tân Lộc"
    assert data["candidates"]["event"][0]["verdict"] == "reports a civic event"
    missing = cli("explain", str(tmp_path / "none.txt"))
    assert missing.returncode == 1 and "Traceback" not in missing.stderr


def test_extra_lexicon_adds_a_surname(tmp_path: Path) -> None:
    text = "Sáng 12/3, Huyện ủy Tân Lộc tổ chức hội nghị. Đồng chí Xyz Thị Ân, Bí thư Huyện ủy, chủ trì hội nghị."
    assert [o.name for o in extract(text).officials] == []
    (tmp_path / "surnames.txt").write_text("# a surname the package lacks\nXyz\n", encoding="utf-8")
    mine = Extractor(extra_lexicon=tmp_path)
    assert [o.name for o in mine.extract(text).officials] == ["Xyz Thị Ân"]
    # the overlay holds for that extractor only
    assert [o.name for o in extract(text).officials] == []


def test_extra_lexicon_removes_an_entry(tmp_path: Path) -> None:
    (tmp_path / "event_nouns.txt").write_text("!hội nghị\n!tổng kết\n", encoding="utf-8")
    (tmp_path / "event_predicates.txt").write_text("!tổ chức\n!tổng kết\n", encoding="utf-8")
    assert Extractor(extra_lexicon=tmp_path).run(TEXT).event.civic is False
    assert Extractor().run(TEXT).event.civic is True


def test_extra_lexicon_names_a_bad_folder(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not a folder"):
        Extractor(extra_lexicon=tmp_path / "nope")
    (tmp_path / "surname.txt").write_text("Xyz\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"surname\.txt extend no vocabulary file"):
        Extractor(extra_lexicon=tmp_path)


def test_extra_lexicon_in_batches_and_on_the_command_line(tmp_path: Path) -> None:
    from dvextract import extract_many

    words = tmp_path / "words"
    words.mkdir()
    (words / "surnames.txt").write_text("Xyz\n", encoding="utf-8")
    text = "Sáng 12/3, Huyện ủy Tân Lộc tổ chức hội nghị. Đồng chí Xyz Thị Ân, Bí thư Huyện ủy, chủ trì hội nghị."
    for workers in (1, 2):
        records = list(extract_many([text, text], workers=workers, extra_lexicon=words))
        assert [[o.name for o in r.report.officials] for r in records] == [["Xyz Thị Ân"]] * 2
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    out = cli("extract", str(article), "--extra-lexicon", str(words), "--format", "jsonl")
    assert out.returncode == 0 and json.loads(out.stdout)["report"]["officials"][0]["name"] == "Xyz Thị Ân"
    bad = cli("extract", str(article), "--extra-lexicon", str(tmp_path / "nope"))
    assert bad.returncode == 2 and "not a folder" in bad.stderr and "Traceback" not in bad.stderr
