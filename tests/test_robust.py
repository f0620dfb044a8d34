"""Robustness: any text, any spelling, many threads and processes, nothing reaches the network."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dvextract import extract
from tests.conftest import ROOT, fixture_texts
from tests.helpers import to_nfd, to_old_tone

FIXTURE_TEXTS = [p.read_text(encoding="utf-8") for p in fixture_texts()]
VI = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
ALPHABET = VI + VI.upper() + "0123456789 ,.;:-/()\"'\n–“”…"
WORDS = sorted({w for t in FIXTURE_TEXTS for w in t.split()})


def _check(text: str) -> None:
    report = extract(text)
    for _label, span in report.spans():
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text


def _values(text: str) -> dict:  # type: ignore[type-arg]
    d = extract(text).model_dump(mode="json", exclude={"evidence"})
    if d["organizer"]:
        d["organizer"].pop("spans")
    for key in ("officials", "directives", "awards"):
        for item in d[key]:
            item.pop("spans", None)
            item.pop("title_spans", None)
    return d


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_unicode_never_raises_and_spans_hold(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=600))
def test_vietnamese_letters_never_raise(text: str) -> None:
    _check(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=150))
def test_shuffled_report_words_never_raise(words: list[str]) -> None:
    _check(" ".join(words))


def _crlf(t: str) -> str:
    return t.replace("\n", "\r\n")


def _spaces(t: str) -> str:
    return t.replace(" ", "  ").replace("\n", " \n")


def _entities(t: str) -> str:
    return t.replace("ủ", "&#7911;").replace("Đ", "&#272;").replace(" ", "&nbsp;", 3)


def _zero_width(t: str) -> str:
    return t.replace("a", "a\u200b").replace("\n\n", "\n\ufeff\n")


def _html(t: str) -> str:
    return "<html><body><p>" + t.replace("\n\n", "</p>\n<p>") + "</p></body></html>"


TRANSFORMS = {
    "nfd": to_nfd,
    "old_tone": to_old_tone,
    "crlf": _crlf,
    "spaces": _spaces,
    "entities": _entities,
    "zero_width": _zero_width,
    "html": _html,
}


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(range(len(FIXTURE_TEXTS))),
    st.lists(st.sampled_from(sorted(TRANSFORMS)), min_size=1, max_size=3, unique=True),
)
def test_same_article_in_any_spelling_gives_the_same_values(index: int, names: list[str]) -> None:
    text = FIXTURE_TEXTS[index]
    other = text
    for name in names:
        other = TRANSFORMS[name](other)
    assert _values(other) == _values(text)
    _check(other)


def test_deterministic_in_process() -> None:
    for text in FIXTURE_TEXTS:
        assert extract(text).model_dump() == extract(text).model_dump()


def test_deterministic_across_processes_and_hash_seeds() -> None:
    code = (
        "import json,sys; from pathlib import Path; from dvextract import extract; "
        "paths=sorted(Path('fixtures').rglob('*.txt')); "
        "print(json.dumps([extract(p.read_text(encoding='utf-8')).model_dump(mode='json') for p in paths]))"
    )
    outs = []
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
        )
        outs.append(json.loads(proc.stdout))
    assert outs[0] == outs[1] == outs[2]


def test_eight_threads_agree_with_one() -> None:
    texts = FIXTURE_TEXTS * 4
    expected = [extract(t).model_dump() for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda t: extract(t).model_dump(), texts))
    assert got == expected


def test_long_input_in_pieces_when_asked() -> None:
    text = (ROOT / "fixtures" / "seed" / "seed-004.txt").read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="over the limit of 2,000"):
        extract(text, max_chars=2000)
    whole = extract(text)
    report = extract(text, max_chars=2000, split_long=True)
    assert report.meeting_date == whole.meeting_date
    assert report.organizer is not None and report.organizer.name == "Ban Dân vận Thành ủy TP HCM"
    assert sorted(o.name for o in report.officials) == sorted(o.name for o in whole.officials)
    assert [(a.count, a.recipient, a.form) for a in report.awards] == [
        (a.count, a.recipient, a.form) for a in whole.awards
    ]
    for _label, span in report.spans():
        assert text[span.start : span.end] == span.text


def test_no_eval_exec_or_pickle_of_inputs() -> None:
    for path in (ROOT / "dvextract").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for banned in ("eval(", "exec(", "pickle", "marshal", "__import__("):
            assert banned not in source, f"{path.name} uses {banned}"


def test_import_is_light() -> None:
    code = "import sys, dvextract; print(int('underthesea' in sys.modules), int('dateparser' in sys.modules))"
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert proc.stdout.split() == ["0", "0"]  # heavy models load on first need, not at import


def test_network_is_blocked_in_this_suite() -> None:
    import socket

    with pytest.raises(AssertionError, match="network access attempted"):
        socket.create_connection(("192.0.2.1", 80), timeout=1)


def test_offline_fixture_covers_subprocess_free_extraction(tmp_path: Path) -> None:
    # extract over every fixture ran above with sockets refused: nothing was downloaded.
    assert all(extract(t) is not None for t in FIXTURE_TEXTS)
