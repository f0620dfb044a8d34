"""The readers: files, folders, JSON Lines, gzip, encodings; lazily, every input accounted for."""

from __future__ import annotations

import gzip
import json
import logging
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from dvextract.readers import Article, read, read_text

LEAD = "Chiều 13/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết năm 2023."


def _ids(articles: list[Article]) -> list[str]:
    return [a.id for a in articles]


def test_utf16_with_a_bom_and_utf8_with_a_bom_are_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(LEAD.encode("utf-16"))  # BOM first
    (tmp_path / "b.txt").write_bytes(LEAD.encode("utf-8-sig"))
    got = list(read([tmp_path / "a.txt", tmp_path / "b.txt"]))
    assert [a.text for a in got] == [LEAD, LEAD]


TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Vietnamese as the Windows code page writes it: base vowels whole, tone marks combining."""
    out = []
    for ch in text:
        marks = unicodedata.normalize("NFD", ch)
        tone = "".join(m for m in marks if m in TONES)
        out.append(unicodedata.normalize("NFC", "".join(m for m in marks if m not in TONES)) + tone)
    return "".join(out).encode("cp1258")


def test_cp1258_needs_its_encoding_and_says_so(tmp_path: Path) -> None:
    text = "Hội nghị tổng kết công tác Mặt trận"
    path = tmp_path / "old.txt"
    path.write_bytes(to_cp1258(text))
    (bad,) = read([path])
    assert bad.text is None and bad.error is not None
    assert bad.error.kind == "read" and "not UTF-8 text" in bad.error.message and "--encoding" in bad.error.message
    (good,) = read([path], encoding="cp1258")
    assert unicodedata.normalize("NFC", good.text or "") == text


def test_utf16_without_a_bom_is_not_taken_for_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(LEAD.encode("utf-16-le"))
    (art,) = read([path])
    assert art.error is not None and "utf-16-le" in art.error.message
    (art,) = read([path], encoding="utf-16-le")
    assert art.text == LEAD


def test_an_unknown_encoding_is_the_callers_error() -> None:
    with pytest.raises(LookupError):
        list(read(["x.txt"], encoding="no-such-codec"))


def test_folders_case_gzip_jsonl_hidden_and_others(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    root = tmp_path / "archive"
    (root / "b").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a.TXT").write_text(LEAD, encoding="utf-8")
    (root / "b" / "c.txt.gz").write_bytes(gzip.compress(LEAD.encode()))
    (root / "b" / "d.JSONL").write_text(json.dumps({"id": "d1", "text": LEAD}) + "\n", encoding="utf-8")
    (root / "e.jsonl.gz").write_bytes(gzip.compress((json.dumps({"id": "e1", "text": LEAD}) + "\n").encode()))
    (root / ".hidden.txt").write_text(LEAD, encoding="utf-8")
    (root / ".git" / "HEAD.txt").write_text(LEAD, encoding="utf-8")
    (root / "a.json").write_text("{}", encoding="utf-8")
    (root / "notes.md").write_text("#", encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="dvextract"):
        got = list(read([root]))
    assert _ids(got) == [str(root / "a.TXT"), str(root / "b" / "c.txt.gz"), "d1", "e1"]
    assert all(a.text == LEAD for a in got)
    assert "skipped 2 files that are not articles (1 .json, 1 .md)" in caplog.text


def test_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "only.json").write_text("{}", encoding="utf-8")
    (art,) = read([tmp_path])
    assert art.id == str(tmp_path) and art.error is not None and "no article files" in art.error.message


def test_missing_binary_and_broken_gzip_files_are_error_articles(tmp_path: Path) -> None:
    (tmp_path / "img.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "cut.txt.gz").write_bytes(gzip.compress(LEAD.encode() * 50)[:40])
    got = list(read([tmp_path / "nope.txt", tmp_path / "img.txt", tmp_path / "cut.txt.gz"]))
    assert [a.error.kind for a in got if a.error] == ["read", "read", "read"]
    assert "nope.txt" in got[0].error.message  # type: ignore[union-attr]
    assert "binary" in got[1].error.message  # type: ignore[union-attr]


def test_jsonl_ids_dates_meta_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "scraped.jsonl"
    lines = [
        {"url": "u1", "body": LEAD, "date": "2024-01-15T08:30:00+07:00", "province": "Hà Nội", "tags": ["a"]},
        {"url": "u2", "nobody": "x"},
        {"url": "u3", "body": LEAD, "date": "15/01/2024"},
        {"body": LEAD},
        {"url": 7, "body": 5},
    ]
    text = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\nnot json\n[1]\n"
    path.write_text(text, encoding="utf-8")
    got = list(
        read(
            [path],
            text_field="body",
            id_field="url",
            published_field="date",
            meta_fields=["province", "tags"],
        )
    )
    assert _ids(got) == ["u1", "u2", "u3", f"{path}:4", "7", f"{path}:7", f"{path}:8"]
    first = got[0]
    assert first.published == date(2024, 1, 15) and first.meta == {"province": "Hà Nội", "tags": '["a"]'}
    assert "no 'body' field" in got[1].error.message  # type: ignore[union-attr]
    assert "not an ISO date" in got[2].error.message  # type: ignore[union-attr]
    assert got[3].text == LEAD and got[3].published is None
    assert "a int in its 'body' field" in got[4].error.message  # type: ignore[union-attr]
    assert [a.error.kind for a in got[5:]] == ["input", "input"]  # type: ignore[union-attr]


def test_a_bad_byte_spoils_only_its_line(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    good = (json.dumps({"id": "1", "text": LEAD}, ensure_ascii=False) + "\n").encode()
    path.write_bytes(good + b'{"id": "2", "text": "\xff\xfe"}\n' + good.replace(b'"1"', b'"3"'))
    got = list(read([path]))
    assert _ids(got) == ["1", f"{path}:2", "3"]
    assert got[1].error is not None and "not UTF-8" in got[1].error.message


def test_utf16_jsonl_is_read_by_its_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes((json.dumps({"id": "1", "text": LEAD}, ensure_ascii=False) + "\n").encode("utf-16"))
    (art,) = read([path])
    assert art.text == LEAD


def test_reading_is_lazy_and_skip_passes_over_files_unread(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(LEAD, encoding="utf-8")
    articles = read([tmp_path])
    first = next(articles)
    (tmp_path / "b.txt").write_text("written after the first was read", encoding="utf-8")
    assert first.text == LEAD and next(articles).text == "written after the first was read"
    (tmp_path / "a.txt").chmod(0)  # unreadable, but skipped: never opened
    try:
        assert _ids(list(read([tmp_path], skip={str(tmp_path / "a.txt")}))) == [str(tmp_path / "b.txt")]
    finally:
        (tmp_path / "a.txt").chmod(0o644)


def test_a_single_path_string_is_one_input_not_characters(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(LEAD, encoding="utf-8")
    assert _ids(list(read(str(tmp_path / "a.txt")))) == [str(tmp_path / "a.txt")]


def test_read_text_for_one_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(LEAD.encode("utf-16")))
    assert read_text(str(tmp_path / "a.txt.gz")) == LEAD
    with pytest.raises(OSError):
        read_text(str(tmp_path / "missing.txt"))
