"""The command line, run as a user would: a subprocess of python -m dvextract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import SEEDS


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dvextract", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_extract_prints_a_json_array_of_records() -> None:
    out = run("extract", str(SEEDS / "seed-000.txt"))
    assert out.returncode == 0, out.stderr
    (record,) = json.loads(out.stdout)
    assert record["id"] == str(SEEDS / "seed-000.txt") and record["error"] is None
    assert record["report"]["meeting_date"] == "2020-01-13"
    assert record["report"]["organizer"]["name"] == "Ban dân vận Quận ủy quận Tân Bình"
    assert [o["name"] for o in record["report"]["officials"]] == ["Phạm Thị Út"]


def test_jsonl_one_line_per_file_and_stdin() -> None:
    text = (SEEDS / "seed-001.txt").read_text(encoding="utf-8")
    out = run("extract", "--jsonl", str(SEEDS / "seed-000.txt"), "-", stdin=text)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 2
    assert json.loads(lines[1])["report"]["meeting_date"] == "2020-10-29"
    assert json.loads(lines[1])["id"] == "-"


def test_published_flag_fixes_the_year() -> None:
    out = run("extract", "--published", "2023-02-01", "-", stdin="Chiều 13/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị.")
    assert json.loads(out.stdout)[0]["report"]["meeting_date"] == "2023-01-13"


def test_unreadable_input_is_reported_and_the_rest_go_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary\x00")
    out = run("extract", "--jsonl", str(bad), str(tmp_path / "missing.txt"), str(SEEDS / "seed-000.txt"))
    assert out.returncode == 1
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["error"] is not None for r in records] == [True, True, False]
    assert records[0]["error"]["kind"] == "read" and "bad.txt" in records[0]["error"]["message"]
    assert records[1]["error"]["type"] == "FileNotFoundError"
    assert records[2]["report"]["meeting_date"] == "2020-01-13"


def test_usage_errors_exit_2() -> None:
    assert run().returncode == 2
    assert run("extract").returncode == 2
    assert run("extract", "--published", "yesterday", "-", stdin="").returncode == 2
    assert run("extract", "--workers", "-1", "-", stdin="").returncode == 2
    assert run("extract", "--encoding", "no-such-codec", "-", stdin="").returncode == 2


def test_version() -> None:
    from dvextract import __version__

    out = run("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"dvextract {__version__}"


def test_envelope_schema() -> None:
    schema = json.loads(run("schema", "--envelope").stdout)
    assert schema["title"] == "Record" and set(schema["properties"]) == {"id", "version", "meta", "report", "error"}


def test_schema_is_the_models_json_schema() -> None:
    out = run("schema")
    schema = json.loads(out.stdout)
    assert schema["title"] == "MeetingReport"
    assert {"published", "meeting_date", "organizer", "officials", "directives", "awards"} <= set(schema["properties"])


def test_evaluate_on_the_seed_fixtures_is_perfect() -> None:
    out = run("evaluate", str(SEEDS), "--json")
    assert out.returncode == 0, out.stderr
    scores = json.loads(out.stdout)
    assert scores["articles"] == 5
    assert scores["officials"]["f1"] == 1.0 and scores["meeting_date"]["accuracy"] == 1.0


def test_field_reference_in_docs_is_current() -> None:
    from dvextract.reference import markdown
    from tests.conftest import ROOT

    assert (ROOT / "docs" / "fields.md").read_text(encoding="utf-8") == markdown(), (
        "regenerate: dvextract schema --markdown > docs/fields.md"
    )


def test_highlight_says_what_is_wrong_in_one_line(tmp_path: Path) -> None:
    missing = run("highlight", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "a.html"))
    assert missing.returncode == 1 and "missing.txt: No such file or directory" in missing.stderr
    long_file = tmp_path / "long.txt"
    long_file.write_text("Hội nghị tổng kết. " * 60_000, encoding="utf-8")
    too_long = run("highlight", str(long_file), "-o", str(tmp_path / "b.html"))
    assert too_long.returncode == 1 and "over the limit of 1,000,000" in too_long.stderr
    for proc in (missing, too_long):
        assert "Traceback" not in proc.stderr and proc.stderr.strip().count("\n") == 0
