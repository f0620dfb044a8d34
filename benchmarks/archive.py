"""Archive scale: a generated JSON Lines archive through the command line, as a team with one would run it.

    python benchmarks/archive.py generate -o archive.jsonl [--mb 200 | --records N]
    python benchmarks/archive.py run [--mb 200] [--write docs/performance.md]
    python benchmarks/archive.py docs [--check]

``generate`` writes an archive made from the articles in ``fixtures/``, varied
so no two records are the same text: every year in the text moved back by 0
to 6 years, one fixture's district renamed into two other cities (the same
article as another province's paper would print it), a numbered line at the
end, and a ``published`` page date and ``province`` field per record as a
scraper would keep them. It is synthetic: the names and documents are the
fixtures', only moved in time and place.

``run`` generates a ``--mb`` archive in a temporary folder and measures
``dvextract extract`` on it: peak memory of the command, time until its first
record is on disk, throughput with ``--workers 2`` against one worker, that the
SQLite and Parquet outputs hold every record, and that a rerun with
``--resume`` extracts nothing. It prints the section of docs/performance.md
and writes it there with ``--write`` (``benchmarks/run.py`` calls it too).

``docs`` rebuilds the query outputs of docs/archive.md from a generated
archive (``--check``: only say whether they are current); tests/test_docs.py
runs the same check.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
DOCS = ROOT / "docs" / "archive.md"
PERFORMANCE = ROOT / "docs" / "performance.md"

# Each fixture's province and page date, and the places it can be moved to (province, replacements).
SOURCES: dict[str, tuple[str | None, date | None]] = {
    "ede-and-congress": ("Đắk Lắk", date(2024, 6, 15)),
    "lists-and-captions": ("Hải Phòng", date(2022, 10, 9)),
    "negative-business": (None, date(2024, 9, 20)),
    "old-tone-hoa-binh": ("Bạc Liêu", date(2024, 12, 9)),
    "seed-000": ("TP Hồ Chí Minh", date(2020, 8, 4)),
    "seed-001": ("Quảng Ninh", date(2020, 10, 29)),
    "seed-002": ("TP Hồ Chí Minh", date(2024, 7, 13)),
    "seed-003": ("TP Hồ Chí Minh", date(2025, 1, 15)),
    "seed-004": ("TP Hồ Chí Minh", date(2024, 1, 11)),
}
MOVES: dict[str, list[tuple[str, dict[str, str]]]] = {
    "seed-002": [
        ("Hà Nội", {"Tân Phú": "Cầu Giấy", "Phú Thọ Hòa": "Dịch Vọng", "TPHCM": "Hà Nội", "tphcm": "hanoi"}),
        ("Đà Nẵng", {"Tân Phú": "Hải Châu", "Phú Thọ Hòa": "Thạch Thang", "TPHCM": "Đà Nẵng", "tphcm": "danang"}),
    ],
}
SHIFTS = 7
_YEAR = re.compile(r"(?<!\d)(199\d|20[0-3]\d)(?!\d)")


def _fixtures() -> list[tuple[str, str]]:
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.rglob("*.txt"))]


def _shift(day: date | None, years: int) -> date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def records(limit_bytes: int | None = None, limit_records: int | None = None) -> Iterator[str]:
    """JSON Lines records of the generated archive, until either limit is reached."""
    fixtures = _fixtures()
    written = n = 0
    while (limit_bytes is None or written < limit_bytes) and (limit_records is None or n < limit_records):
        stem, text = fixtures[n % len(fixtures)]
        round_ = n // len(fixtures)
        years = round_ % SHIFTS
        province, page = SOURCES.get(stem, (None, None))
        places = [(province, {}), *MOVES.get(stem, [])]
        province, replace = places[(round_ // SHIFTS) % len(places)]
        for old, new in replace.items():
            text = text.replace(old, new)
        text = _YEAR.sub(lambda m, y=years: str(int(m[1]) - y), text) + f"\n\nLưu trữ số {n + 1}\n"
        shifted = _shift(page, years)
        line = json.dumps(
            {
                "id": f"{stem}/{n + 1:07d}",
                "published": shifted.isoformat() if shifted else None,
                "province": province,
                "text": text,
            },
            ensure_ascii=False,
        )
        written += len(line.encode("utf-8")) + 1
        n += 1
        yield line


def generate(path: Path, *, mb: float | None = None, count: int | None = None) -> int:
    """Write the archive; the number of records."""
    n = 0
    with path.open("w", encoding="utf-8") as f:
        for line in records(int(mb * 1_000_000) if mb else None, count):
            f.write(line + "\n")
            n += 1
    return n


# Measuring the command line.


@dataclass
class Run:
    seconds: float
    first_record: float | None
    peak_mb: float
    tree_peak_mb: float | None
    stderr: str
    returncode: int


def _cli(args: list[str], watch: Path | None = None) -> Run:
    """Run ``dvextract`` with ``args``; time it, its first byte of output, its peak memory."""
    cmd = [sys.executable, "-m", "dvextract", *args]
    started = time.perf_counter()
    err = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, cwd=ROOT)
    first: list[float] = []
    tree: list[float] = []
    finished = threading.Event()

    def sample() -> None:
        try:
            import psutil
        except ImportError:
            return
        try:
            parent = psutil.Process(proc.pid)
            while not finished.is_set():
                total = 0
                for p in [parent, *parent.children(recursive=True)]:
                    try:
                        total += p.memory_info().rss
                    except psutil.Error:
                        pass
                tree.append(total / 1e6)
                finished.wait(0.2)
        except psutil.Error:
            return

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    while True:  # wait4, not Popen.wait: it also gives the command's own peak memory
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if watch is not None and not first and watch.exists() and watch.stat().st_size > 0:
            first.append(time.perf_counter() - started)
        time.sleep(0.005)
    seconds = time.perf_counter() - started
    finished.set()
    proc.returncode = os.waitstatus_to_exitcode(status)
    sampler.join(timeout=1)
    err.seek(0)
    return Run(
        seconds,
        first[0] if first else None,
        usage.ru_maxrss / 1024,
        max(tree) if tree else None,
        err.read().decode(),
        proc.returncode,
    )


def run(mb: float, workdir: Path) -> tuple[str, list[tuple[str, float, str, bool]]]:
    """Measure the command line on a ``mb`` archive; the Markdown section and the targets."""
    archive = workdir / "archive.jsonl"
    n = generate(archive, mb=mb)
    size = archive.stat().st_size / 1e6
    common = [str(archive), "--meta-field", "province"]

    one = _run_measured([*common, "-o", str(workdir / "w1.jsonl"), "--workers", "1"], workdir / "w1.jsonl")
    two = _run_measured([*common, "-o", str(workdir / "w2.jsonl"), "--workers", "2"], workdir / "w2.jsonl")
    db = _run_measured([*common, "-o", str(workdir / "archive.sqlite"), "--workers", "2"], None)
    pq = _run_measured([*common, "-o", str(workdir / "archive.parquet"), "--workers", "2"], None)
    again = _run_measured([*common, "-o", str(workdir / "archive.sqlite"), "--workers", "2", "--resume"], None)

    lines_1 = sum(1 for _ in (workdir / "w1.jsonl").open(encoding="utf-8"))
    with sqlite3.connect(workdir / "archive.sqlite") as con:
        (in_db,) = con.execute("SELECT count(*) FROM articles").fetchone()
    in_parquet = _parquet_rows(workdir / "archive.parquet" / "articles")
    redone = re.search(r"(\d+) articles?, \d+ failed", again.stderr)
    redone_n = int(redone[1]) if redone else -1

    ratio = one.seconds / two.seconds
    first = one.first_record if one.first_record is not None else float("inf")
    targets = [
        ("archive: peak memory of the command, 1 worker (MB)", one.peak_mb, "< 300", one.peak_mb < 300),
        ("archive: peak memory of the command, 2 workers (MB)", two.peak_mb, "< 300", two.peak_mb < 300),
        ("archive: first record written (s)", first, "< 2", first < 2),
        ("archive: throughput, 2 workers / 1", ratio, ">= 1.6", ratio >= 1.6),
        ("archive: records in SQLite / in the archive", in_db / n, "= 1", in_db == n),
        ("archive: records in Parquet / in the archive", in_parquet / n, "= 1", in_parquet == n),
        ("archive: articles extracted again by --resume", redone_n, "= 0", redone_n == 0),
    ]
    tree = [r.tree_peak_mb for r in (one, two) if r.tree_peak_mb is not None]
    lines = [
        "## Archive scale (the command line on a generated JSON Lines archive)",
        "",
        f"Measured {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')} on {platform.machine()}, "
        f"{os.cpu_count()} CPUs, by `python benchmarks/archive.py run --mb {mb:g}`: {n:,} records, "
        f"{size:,.0f} MB, generated from fixtures/ (`benchmarks/archive.py generate`). "
        "Throughput ratios need a quiet machine: on a shared one, other work takes the second core.",
        "",
        "| run | seconds | articles/s | first record (s) | peak MB, command | peak MB, with workers |",
        "|---|---|---|---|---|---|",
    ]
    for label, r in (
        ("`-o w1.jsonl --workers 1`", one),
        ("`-o w2.jsonl --workers 2`", two),
        ("`-o archive.sqlite --workers 2`", db),
        ("`-o archive.parquet --workers 2`", pq),
        ("`-o archive.sqlite --workers 2 --resume`", again),
    ):
        firsts = f"{r.first_record:.2f}" if r.first_record is not None else ""
        trees = f"{r.tree_peak_mb:.0f}" if r.tree_peak_mb is not None else ""
        rate = f"{n / r.seconds:,.0f}" if r is not again else ""
        lines.append(f"| {label} | {r.seconds:.1f} | {rate} | {firsts} | {r.peak_mb:.0f} | {trees} |")
    lines += [
        "",
        f"Lines in w1.jsonl: {lines_1:,}; rows in archive.sqlite's articles: {in_db:,}; "
        f"in archive.parquet/articles: {in_parquet:,}; articles extracted by the --resume rerun: {redone_n}.",
    ]
    if tree:
        lines.append(f"Whole process tree (command and workers, sampled every 0.2 s): at most {max(tree):.0f} MB.")
    lines += ["", "| target | value | goal | |", "|---|---|---|---|"]
    for label, value, goal, ok in targets:
        lines.append(f"| {label} | {value:.3g} | {goal} | {'PASS' if ok else 'FAIL'} |")
    return "\n".join(lines) + "\n", targets


def _run_measured(args: list[str], watch: Path | None) -> Run:
    r = _cli(["extract", *args], watch)
    if r.returncode not in (0, 1):
        raise RuntimeError(f"dvextract {' '.join(args)} failed ({r.returncode}): {r.stderr[-2000:]}")
    return r


def _parquet_rows(folder: Path) -> int:
    import pyarrow.parquet as pq

    return sum(pq.read_metadata(p).num_rows for p in folder.glob("part-*.parquet"))


def replace_section(document: str, section: str) -> str:
    """``document`` with its archive section replaced by ``section`` (or appended)."""
    head = "## Archive scale"
    start = document.find(head)
    if start < 0:
        return document.rstrip("\n") + "\n\n" + section
    end = document.find("\n## ", start + len(head))
    return document[:start] + section + (document[end + 1 :] if end >= 0 else "")


# docs/archive.md: SQL blocks, each followed by the table it prints.

_SQL_BLOCK = re.compile(r"```sql\n(?P<sql>(?:(?!```).)*?)```\n\n(?P<table>(?:\|[^\n]*\|\n)+)", re.S)
DOCS_RECORDS = 9 * SHIFTS * 3


def docs_archive(workdir: Path) -> Path:
    """The archive docs/archive.md queries: generated, then extracted by the command line."""
    archive, db = workdir / "archive.jsonl", workdir / "archive.sqlite"
    generate(archive, count=DOCS_RECORDS)
    r = _cli(["extract", str(archive), "--meta-field", "province", "-o", str(db), "--quiet", "--overwrite"])
    if r.returncode not in (0, 1):
        raise RuntimeError(r.stderr)
    return db


def table(con: sqlite3.Connection, sql: str) -> str:
    """A query's result as a Markdown table."""
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    rows = ["| " + " | ".join(names) + " |", "|" + "---|" * len(names)]
    for row in cur:
        rows.append("| " + " | ".join("" if v is None else str(v) for v in row) + " |")
    return "\n".join(rows) + "\n"


def docs_tables(document: str, db: Path) -> str:
    """``document`` with the table after every ```sql block replaced by that query's real output."""
    con = sqlite3.connect(db)
    try:
        return _SQL_BLOCK.sub(lambda m: f"```sql\n{m['sql']}```\n\n{table(con, m['sql'])}", document)
    finally:
        con.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    g = sub.add_parser("generate", help="write a generated archive")
    g.add_argument("-o", "--output", type=Path, required=True)
    g.add_argument("--mb", type=float, help="size in MB")
    g.add_argument("--records", type=int, help="number of records")
    r = sub.add_parser("run", help="measure the command line on a generated archive")
    r.add_argument("--mb", type=float, default=200)
    r.add_argument("--workdir", type=Path, help="keep the archive and outputs here (default: a temporary folder)")
    r.add_argument("--write", type=Path, help="replace the archive section of this Markdown file")
    d = sub.add_parser("docs", help="rebuild the query outputs of docs/archive.md")
    d.add_argument("--check", action="store_true", help="only say whether they are current")
    args = ap.parse_args()
    if args.command == "generate":
        if not (args.mb or args.records):
            ap.error("give --mb or --records")
        print(f"{generate(args.output, mb=args.mb, count=args.records):,} records in {args.output}")
        return 0
    if args.command == "docs":
        with tempfile.TemporaryDirectory() as tmp:
            current = DOCS.read_text(encoding="utf-8")
            fresh = docs_tables(current, docs_archive(Path(tmp)))
        if args.check:
            print("docs/archive.md is current" if fresh == current else "docs/archive.md is out of date")
            return 0 if fresh == current else 1
        DOCS.write_text(fresh, encoding="utf-8")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        for old in ("w1.jsonl", "w2.jsonl", "archive.sqlite"):
            (workdir / old).unlink(missing_ok=True)
        if (workdir / "archive.parquet").exists():
            import shutil

            shutil.rmtree(workdir / "archive.parquet")
        section, targets = run(args.mb, workdir)
    print(section)
    if args.write:
        args.write.write_text(replace_section(args.write.read_text(encoding="utf-8"), section), encoding="utf-8")
    return 0 if all(ok for *_, ok in targets) else 1


if __name__ == "__main__":
    raise SystemExit(main())
