"""Batches: extract_many and the command line over many files."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from dvextract import extract
from dvextract.batch import ExtractionError, extract_many
from tests.conftest import FIXTURES, fixture_texts
from tests.test_cli import run


def _dump(r: object) -> object:
    return r.model_dump(mode="json")  # type: ignore[attr-defined]


def test_extract_many_keeps_order_and_matches_single_calls() -> None:
    texts = [p.read_text(encoding="utf-8") for p in fixture_texts()]
    pooled = list(extract_many(texts, workers=2, chunksize=2))
    assert [_dump(r) for r in pooled] == [_dump(extract(t)) for t in texts]


def test_a_failing_text_yields_an_error_record_and_the_rest_go_on() -> None:
    good = "Chiều 13/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị."
    results = list(extract_many([good, None, b"bytes", good], workers=2, chunksize=1))
    assert [type(r).__name__ for r in results] == ["MeetingReport", "ExtractionError", "ExtractionError", "MeetingReport"]
    err = results[1]
    assert isinstance(err, ExtractionError)
    assert (err.index, err.type) == (1, "TypeError") and "expects the article as str" in err.message
    assert results[3].organizer is not None  # type: ignore[union-attr]


def test_in_process_when_one_worker() -> None:
    assert [type(r).__name__ for r in extract_many(["", 5], workers=1)] == ["MeetingReport", "ExtractionError"]


def test_cli_folders_workers_output_and_summary(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    proc = run("extract", str(FIXTURES), "--workers", "2", "--format", "jsonl", "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [Path(r["file"]).name for r in records] == [p.name for p in fixture_texts()]
    assert f"{len(records)} articles, 0 failed" in proc.stderr


def test_cli_damaged_file_is_named_and_exit_is_1(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Chiều 13/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị.", encoding="utf-8")
    (folder / "b.txt").write_bytes("Chiều 13/1, Hội nghị".encode("utf-16"))
    (folder / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    proc = run("extract", str(folder), "--jsonl")
    assert proc.returncode == 1
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert ["error" in r for r in records] == [False, True, True]
    assert "b.txt" in records[1]["error"]["message"] and "c.txt" in records[2]["error"]["message"]
    assert "3 articles, 2 failed" in proc.stderr


def test_cli_jsonl_input_with_fields(tmp_path: Path) -> None:
    src = tmp_path / "articles.jsonl"
    lines = [
        {"key": "a1", "body": "Chiều 13/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết năm 2023."},
        {"key": "a2", "nobody": "missing text field"},
        {"key": "a3", "body": "Ngày 10-1, Ban Dân vận Thành ủy tổ chức hội nghị."},
    ]
    src.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\nnot json\n", encoding="utf-8")
    proc = run("extract", str(src), "--jsonl-input", "--text-field", "body", "--id-field", "key", "--format", "jsonl")
    assert proc.returncode == 1
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["file"] for r in records] == ["a1", "a2", "a3", f"{src}:4"]
    assert records[0]["report"]["meeting_date"] == "2024-01-13"
    assert "error" in records[1] and "error" in records[3]


def test_cli_csv_one_row_per_item(tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    proc = run("extract", str(FIXTURES / "seed" / "seed-004.txt"), "--format", "csv", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    kinds = [r["item"] for r in rows]
    assert kinds.count("official") == 5 and kinds.count("award") == 3 and kinds.count("directive") == 1
    award = next(r for r in rows if r["item"] == "award")
    assert (award["count"], award["recipient"], award["form"]) == ("15", "collective", "bằng khen")
    assert all(r["article"].endswith("seed-004.txt") for r in rows)
