"""``dvextract extract`` as a user with an archive runs it: formats, resume, encodings, Ctrl-C, streaming."""

from __future__ import annotations

import csv
import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tests.conftest import FIXTURES, ROOT, SEEDS, fixture_texts
from tests.test_cli import run
from tests.test_readers import to_cp1258

LEAD = "Chiều 13/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết năm 2023."


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _archive(path: Path, copies: int) -> list[str]:
    """A JSON Lines archive of the fixture articles, ``copies`` times over, with distinct ids."""
    texts = [p.read_text(encoding="utf-8") for p in fixture_texts()]
    ids = []
    with path.open("w", encoding="utf-8") as f:
        for n in range(copies):
            for i, t in enumerate(texts):
                ids.append(f"a{n}-{i}")
                f.write(json.dumps({"id": ids[-1], "text": t}, ensure_ascii=False) + "\n")
    return ids


def test_folder_on_two_workers_to_a_file_with_a_summary(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    proc = run("extract", str(FIXTURES), "--workers", "2", "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    records = _lines(out)
    assert [Path(str(r["id"])).name for r in records] == [p.name for p in fixture_texts()]
    assert f"{len(records)} articles, 0 failed" in proc.stderr
    assert "skipped 5 files that are not articles (5 .json)" in proc.stderr


def test_damaged_files_are_named_and_exit_is_1(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(LEAD, encoding="utf-8")
    (folder / "b.txt").write_bytes(LEAD.encode("utf-16"))  # a BOM: read as UTF-16
    (folder / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "d.txt").write_bytes(to_cp1258("Hội nghị Mặt trận"))
    proc = run("extract", str(folder), "--jsonl")
    assert proc.returncode == 1
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["error"] is None for r in records] == [True, True, False, False]
    assert records[1]["report"]["meeting_date"] == "2024-01-13"
    assert "c.txt: binary file" in records[2]["error"]["message"]
    assert "d.txt: not UTF-8 text" in records[3]["error"]["message"]
    assert "4 articles, 2 failed" in proc.stderr
    assert "d.txt: not UTF-8 text" in proc.stderr  # each failure is also said on stderr


def test_jsonl_fields_page_dates_and_kept_fields(tmp_path: Path) -> None:
    src = tmp_path / "scraped.jsonl"
    lines = [
        {"url": "u1", "body": "Chiều 13/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị.", "day": "2022-01-20", "site": "s1"},
        {"url": "u2", "nobody": "missing text field"},
        {"url": "u3", "body": "Ngày 10-1, Ban Dân vận Thành ủy tổ chức hội nghị.", "site": "s2"},
    ]
    src.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\nnot json\n", encoding="utf-8")
    proc = run(
        "extract", str(src), "--text-field", "body", "--id-field", "url", "--published-field", "day",
        "--meta-field", "site", "--published", "2019-03-01", "--format", "jsonl",
    )  # fmt: skip
    assert proc.returncode == 1
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["id"] for r in records] == ["u1", "u2", "u3", f"{src}:4"]
    assert records[0]["report"]["meeting_date"] == "2022-01-13"  # its own page date
    assert records[2]["report"]["meeting_date"] == "2019-01-10"  # none of its own: --published
    assert [r["meta"] for r in records[:3]] == [{"site": "s1"}, {"site": None}, {"site": "s2"}]
    assert records[1]["error"]["kind"] == "input" and records[3]["error"]["kind"] == "input"


def test_the_format_follows_the_output_extension(tmp_path: Path) -> None:
    seed = str(SEEDS / "seed-004.txt")
    assert run("extract", seed, "-o", str(tmp_path / "o.csv")).returncode == 0
    rows = list(csv.DictReader((tmp_path / "o.csv").open(encoding="utf-8")))
    kinds = [r["item"] for r in rows]
    assert kinds.count("official") == 5 and kinds.count("award") == 3 and kinds.count("directive") == 1
    award = next(r for r in rows if r["item"] == "award")
    assert (award["count"], award["recipient"], award["form"]) == ("15", "collective", "bằng khen")
    assert run("extract", seed, str(SEEDS / "seed-000.txt"), "-o", str(tmp_path / "o.json")).returncode == 0
    assert [r["report"]["meeting_date"] for r in json.loads((tmp_path / "o.json").read_text("utf-8"))] == [
        "2024-01-10",
        "2020-01-13",
    ]
    assert run("extract", seed, "-o", str(tmp_path / "o.sqlite")).returncode == 0
    with sqlite3.connect(tmp_path / "o.sqlite") as db:
        assert db.execute("SELECT count(*) FROM officials").fetchone() == (5,)
    proc = run("extract", seed, "-o", str(tmp_path / "o.txt"))
    assert proc.returncode == 2 and "cannot tell the format from 'o.txt'" in proc.stderr


def test_an_output_in_a_missing_folder_is_one_line_before_any_work(tmp_path: Path) -> None:
    proc = run("extract", str(FIXTURES), "-o", str(tmp_path / "nowhere" / "x.jsonl"))
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "folder" in proc.stderr and "does not exist" in proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""


def test_an_existing_output_is_kept_unless_asked(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    out.write_text("precious\n", encoding="utf-8")
    proc = run("extract", str(SEEDS / "seed-000.txt"), "-o", str(out))
    assert proc.returncode == 2 and "--resume" in proc.stderr and "--overwrite" in proc.stderr
    assert out.read_text(encoding="utf-8") == "precious\n"
    assert run("extract", str(SEEDS / "seed-000.txt"), "-o", str(out), "--overwrite").returncode == 0
    assert [r["id"] for r in _lines(out)] == [str(SEEDS / "seed-000.txt")]


def test_resume_does_only_what_is_missing_and_then_nothing(tmp_path: Path) -> None:
    src, out = tmp_path / "a.jsonl", tmp_path / "o.jsonl"
    ids = _archive(src, 3)
    assert run("extract", str(src), "-o", str(out)).returncode == 0
    whole = out.read_bytes()
    lines = whole.splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:10]) + lines[10][:50])  # a run killed while writing record 11
    proc = run("extract", str(src), "-o", str(out), "--resume")
    assert proc.returncode == 0, proc.stderr
    assert f"{len(ids) - 10} articles, 0 failed, 10 already in" in proc.stderr
    assert [r["id"] for r in _lines(out)] == ids and out.read_bytes() == whole
    proc = run("extract", str(src), "-o", str(out), "--resume")
    assert f"0 articles, 0 failed, {len(ids)} already in" in proc.stderr and out.read_bytes() == whole


def test_stdin_in_another_encoding_is_an_error_unless_named() -> None:
    data = to_cp1258("Chiều 13/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết năm 2023.")
    cmd = [sys.executable, "-m", "dvextract", "extract", "--jsonl", "-"]
    proc = subprocess.run(cmd, input=data, capture_output=True, timeout=120, check=False)
    assert proc.returncode == 1
    record = json.loads(proc.stdout)
    assert record["error"]["kind"] == "read" and "standard input: not UTF-8 text" in record["error"]["message"]
    proc = subprocess.run([*cmd, "--encoding", "cp1258"], input=data, capture_output=True, timeout=120, check=False)
    assert proc.returncode == 0 and json.loads(proc.stdout)["report"]["organizer"]["name"] == "Ban Dân vận Tỉnh ủy"


def test_many_workers_on_one_input_start_none(tmp_path: Path) -> None:
    proc = run("extract", str(SEEDS / "seed-000.txt"), "--workers", "64", "--verbose", "-o", str(tmp_path / "o.jsonl"))
    assert proc.returncode == 0 and "extracting in this process" in proc.stderr
    proc = run("extract", str(SEEDS), "--workers", "64", "--verbose", "-o", str(tmp_path / "p.jsonl"))
    assert proc.returncode == 0 and "extracting in this process" in proc.stderr  # 5 articles: one chunk


def test_max_chars_and_split_long() -> None:
    text = "\n\n".join(["Chiều 13/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban."] * 30)
    proc = run("extract", "--jsonl", "--max-chars", "500", "-", stdin=text)
    assert proc.returncode == 1 and "over the limit of 500" in json.loads(proc.stdout)["error"]["message"]
    proc = run("extract", "--jsonl", "--max-chars", "500", "--split-long", "--published", "2024-02-01", "-", stdin=text)
    assert proc.returncode == 0 and json.loads(proc.stdout)["report"]["meeting_date"] == "2024-01-13"
    assert run("extract", "--max-chars", "lots", "-", stdin="").returncode == 2


def test_quiet_says_nothing_but_keeps_the_exit_code(tmp_path: Path) -> None:
    proc = run("extract", "--quiet", str(SEEDS), str(tmp_path / "missing.txt"), "-o", str(tmp_path / "o.jsonl"))
    assert proc.returncode == 1 and proc.stderr == ""


def test_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    proc = run("extract", str(tmp_path), "--jsonl")
    assert proc.returncode == 1 and "no article files" in proc.stderr


def test_records_are_written_while_input_is_still_coming() -> None:
    cmd = [sys.executable, "-m", "dvextract", "extract", "--jsonl-input", "--jsonl", "-"]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdin and proc.stdout
    try:
        proc.stdin.write(json.dumps({"id": "first", "text": LEAD}, ensure_ascii=False) + "\n")
        proc.stdin.flush()
        first = json.loads(proc.stdout.readline())  # stdin is still open: the record came out anyway
        assert first["id"] == "first" and first["report"]["meeting_date"] == "2024-01-13"
        proc.stdin.write(json.dumps({"id": "second", "text": LEAD}) + "\n")
        proc.stdin.close()
        assert json.loads(proc.stdout.readline())["id"] == "second"
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()


def _interrupt(cmd: list[str], ready: Callable[[], bool]) -> subprocess.CompletedProcess[str]:
    """Run ``cmd`` until ``ready()`` says its output holds some records, then press Ctrl-C."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and proc.poll() is None and not ready():
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=60)
    return subprocess.CompletedProcess(cmd, proc.returncode, stdout, stderr)


def _rows(db_path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=0.1) as db:
            return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_ctrl_c_leaves_valid_output_a_summary_and_resume_finishes(tmp_path: Path) -> None:
    src, out = tmp_path / "a.jsonl", tmp_path / "o.json"
    ids = _archive(src, 60)
    cmd = [sys.executable, "-m", "dvextract", "extract", str(src), "-o", str(out), "--workers", "2"]
    done = _interrupt(cmd, lambda: out.exists() and out.stat().st_size > 20_000)
    assert done.returncode == 130, done.stderr
    assert "interrupted: " in done.stderr and "--resume" in done.stderr and "Traceback" not in done.stderr
    kept = json.loads(out.read_text(encoding="utf-8"))  # a whole JSON array
    assert 0 < len(kept) < len(ids) and [r["id"] for r in kept] == ids[: len(kept)]
    proc = subprocess.run([*cmd, "--resume"], capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    assert [r["id"] for r in json.loads(out.read_text(encoding="utf-8"))] == ids


def test_ctrl_c_on_sqlite_output_keeps_whole_articles(tmp_path: Path) -> None:
    src, out = tmp_path / "a.jsonl", tmp_path / "o.sqlite"
    ids = _archive(src, 60)
    cmd = [sys.executable, "-m", "dvextract", "extract", str(src), "-o", str(out)]
    done = _interrupt(cmd, lambda: _rows(out) > 20)
    assert done.returncode == 130 and "interrupted: " in done.stderr
    with sqlite3.connect(out) as db:
        (n,) = db.execute("SELECT count(*) FROM articles").fetchone()
        n_officials = db.execute("SELECT sum(n_officials) FROM articles").fetchone()[0]
        assert db.execute("SELECT count(*) FROM officials").fetchone() == (n_officials,)
    assert 0 < n < len(ids)
