"""Speed, memory and linearity of dvextract, as ratios measured in one run.

    python benchmarks/run.py [FOLDER ...] [--repeat N] [--out docs/performance.md] [--archive-mb 200]

Timings on a shared machine drift, so every figure that matters is a ratio
of two things timed in the same process, interleaved article by article:
``extract`` against underthesea's ``word_tokenize`` of the whole article,
against the underthesea-ner-plus-dateparser pipeline a user would otherwise
assemble, and one copy of an article against 10 and 100 copies. Hostile
inputs (1 MB of the same fragment) are timed at two sizes to show growth is
linear. Then ``benchmarks/archive.py`` runs the command line over a
generated JSON Lines archive (``--archive-mb``, 200 by default; 0 skips it):
memory, time to the first record, two workers against one, SQLite and
Parquet outputs, ``--resume``. The report is a Markdown table with the
machine, the date and the command, written to ``docs/performance.md``; the
targets of the performance and archive issues are checked and printed as
PASS or FAIL.
"""

from __future__ import annotations

import argparse
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import archive  # noqa: E402
from benchmarks.baseline import baseline_extract  # noqa: E402
from dvextract import extract  # noqa: E402
from dvextract.evaluate import evaluate  # noqa: E402

DEFAULT_FOLDERS = [ROOT / "fixtures", ROOT.parent / "shared" / "dev"]

HOSTILE = {
    "repeated `Chỉ thị số 1-`": "Chỉ thị số 1-",
    "repeated `Nguyễn `": "Nguyễn ",
    "digits and slashes": "12/3/45-6/",
    "nested quotes": '"“«‘(',
    "one sentence, no punctuation": "Ban dân vận tổ chức hội nghị tổng kết công tác với các đồng chí lãnh đạo ",
    "names and titles": "Hội nghị có Bí thư Quận ủy Lê Thị Kim Hồng, Phó Chủ tịch UBND quận Nguyễn Văn An; ",
    "award counts": "Dịp này, hội nghị khen thưởng 10 tập thể, 6 cá nhân; ",
    "document references": "Chỉ thị số 19-CT/TU ngày 19/10/2018 của Ban Thường vụ Thành ủy; ",
}


def _time(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _texts(folders: list[Path]) -> list[tuple[str, str]]:
    out = []
    for folder in folders:
        if folder.is_dir():
            for path in sorted(folder.rglob("*.txt")):
                out.append((str(path.relative_to(folder.parent)), path.read_text(encoding="utf-8")))
    return out


def _cold_start(path: Path) -> float:
    code = (
        "import time; t0 = time.perf_counter(); import dvextract; "
        f"dvextract.extract(open({str(path)!r}, encoding='utf-8').read()); "
        "print(time.perf_counter() - t0)"
    )
    runs = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
        runs.append(float(out.stdout.strip()))
    return statistics.median(runs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "folders", nargs="*", type=Path, help="folders of *.txt articles (default: fixtures/ and ../shared/dev)"
    )
    ap.add_argument("--repeat", type=int, default=3, help="interleaved runs per article")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "performance.md")
    ap.add_argument("--skip-baseline", action="store_true", help="do not time the ner+dateparser pipeline")
    ap.add_argument("--archive-mb", type=float, default=200, help="size of the generated archive (0: skip)")
    args = ap.parse_args()
    folders = args.folders or DEFAULT_FOLDERS
    texts = _texts(folders)
    if not texts:
        print("no articles found", file=sys.stderr)
        return 2

    from underthesea import word_tokenize

    cold = _cold_start(ROOT / "fixtures" / "seed" / "seed-000.txt")
    cold_tok = _cold_start(ROOT / "fixtures" / "examples" / "lists-and-captions.txt")

    extract(texts[0][1])
    word_tokenize(texts[0][1])
    t_ext: dict[str, list[float]] = {n: [] for n, _ in texts}
    t_tok: dict[str, list[float]] = {n: [] for n, _ in texts}
    for _ in range(args.repeat):
        for name, text in texts:
            t_ext[name].append(_time(lambda text=text: extract(text)))
            t_tok[name].append(_time(lambda text=text: word_tokenize(text)))
    med_ext = {n: statistics.median(v) for n, v in t_ext.items()}
    med_tok = {n: statistics.median(v) for n, v in t_tok.items()}
    ratios = [med_ext[n] / med_tok[n] for n in med_ext if med_tok[n] > 0]
    total_chars = sum(len(t) for _, t in texts)
    total_ext = sum(med_ext.values())

    base_time = None
    if not args.skip_baseline:
        baseline_extract(texts[0][1])
        base = [(_time(lambda t=t: baseline_extract(t)), _time(lambda t=t: extract(t))) for _, t in texts]
        base_time = statistics.median(b for b, _ in base) / statistics.median(e for _, e in base)

    longest = max(texts, key=lambda nt: len(nt[1]))[1]
    scale = {}
    for copies in (1, 10, 100):
        big = "\n\n".join([longest] * copies)
        scale[copies] = min(_time(lambda big=big: extract(big, max_chars=None)) for _ in range(2))

    hostile = {}
    for label, unit in HOSTILE.items():
        lead = "Ngày 15/4, Quận ủy tổ chức hội nghị. "
        small = lead + (unit * (100_000 // len(unit) + 1))[:100_000]
        large = lead + (unit * (1_000_000 // len(unit) + 1))[: 1_000_000 - len(lead)]
        hostile[label] = (_time(lambda s=small: extract(s)), _time(lambda s=large: extract(s)))

    many_refs = " ".join(f"Chỉ thị số {i}-CT/TU ngày 1/2/2020 của Ban Thường vụ Tỉnh ủy;" for i in range(1, 2001))
    refs_200 = " ".join(f"Chỉ thị số {i}-CT/TU ngày 1/2/2020 của Ban Thường vụ Tỉnh ủy;" for i in range(1, 201))
    t_refs = (_time(lambda: extract(refs_200)), _time(lambda: extract(many_refs)))
    n_refs = len(extract(many_refs).directives)

    scores = {}
    dev = ROOT.parent / "shared" / "dev"
    if dev.is_dir() and not args.skip_baseline:
        ours = evaluate(dev)
        theirs = evaluate(dev, baseline_extract)
        scores = {
            "officials F1": (ours.officials.f1, theirs.officials.f1),
            "meeting_date accuracy": (ours.meeting_date.accuracy, theirs.meeting_date.accuracy),
        }

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    ratio = statistics.median(ratios)
    targets = [
        # The developers' standard: at most 0.3 of word_tokenize on the same text (the aim is 0.2).
        ("extract / word_tokenize, median per article", ratio, "<= 0.3", ratio <= 0.3),
        ("cold start: import + first extract (s)", max(cold, cold_tok), "< 1.5", max(cold, cold_tok) < 1.5),
        ("peak resident memory (MB)", peak_mb, "< 300", peak_mb < 300),
        ("100 copies / 1 copy", scale[100] / scale[1], "<= 120", scale[100] / scale[1] <= 120),
    ]
    if base_time is not None:
        targets.append(("ner+dateparser / extract, median per article", base_time, ">= 30", base_time >= 30))

    cmd = "python benchmarks/run.py " + " ".join(sys.argv[1:])
    lines = [
        "# Performance",
        "",
        f"Measured {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')} on {platform.machine()} "
        f"({platform.processor() or 'cpu'}, {_cpus()} CPUs), Python {platform.python_version()}, "
        f"by `{cmd.strip()}` over {len(texts)} articles ({total_chars:,} characters) in "
        f"{', '.join(_show(f) for f in folders if f.is_dir())}.",
        "",
        "## Targets",
        "",
        "| measure | value | target | |",
        "|---|---|---|---|",
    ]
    for label, value, target, ok in targets:
        lines.append(f"| {label} | {value:.3f} | {target} | {'PASS' if ok else 'FAIL'} |")
    lines += [
        "",
        "## Throughput",
        "",
        "| measure | value |",
        "|---|---|",
        f"| extract, median ms per article | {statistics.median(med_ext.values()) * 1000:.2f} |",
        f"| word_tokenize, median ms per article | {statistics.median(med_tok.values()) * 1000:.2f} |",
        f"| articles per second | {len(texts) / total_ext:.1f} |",
        f"| characters per second | {total_chars / total_ext:,.0f} |",
        f"| cold start, seed-000 (no tokenizer needed) s | {cold:.3f} |",
        f"| cold start, an article whose names need the tokenizer s | {cold_tok:.3f} |",
        "",
        "## Linear scaling (the longest article repeated as one text)",
        "",
        "| copies | seconds | per copy, relative to 1 |",
        "|---|---|---|",
    ]
    for copies, t in scale.items():
        lines.append(f"| {copies} | {t:.3f} | {t / copies / scale[1]:.2f} |")
    lines += [
        "",
        "## Hostile inputs (100 KB and 1 MB of the same fragment)",
        "",
        "| input | 100 KB s | 1 MB s | 1 MB / 100 KB |",
        "|---|---|---|---|",
    ]
    for label, (a, b) in hostile.items():
        lines.append(f"| {label} | {a:.3f} | {b:.3f} | {b / a:.1f} |")
    lines += [
        "",
        f"Directive references: 200 in {t_refs[0]:.3f} s, 2,000 in {t_refs[1]:.3f} s "
        f"(ratio {t_refs[1] / t_refs[0]:.1f} for 10x the text; {n_refs} distinct documents found).",
    ]
    if scores:
        lines += [
            "",
            "## Accuracy against the assembled pipeline (dev set)",
            "",
            "| measure | dvextract | underthesea ner + dateparser |",
            "|---|---|---|",
        ]
        for label, (a, b) in scores.items():
            lines.append(f"| {label} | {a:.3f} | {b:.3f} |")
    if args.archive_mb > 0:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            section, archive_targets = archive.run(args.archive_mb, Path(tmp))
        targets += archive_targets
        lines += ["", section.rstrip("\n")]
    report = "\n".join(lines) + "\n"
    args.out.write_text(report, encoding="utf-8")
    print(report)
    return 0 if all(ok for *_, ok in targets) else 1


def _show(folder: Path) -> str:
    return str(folder.relative_to(ROOT.parent)) if folder.is_relative_to(ROOT.parent) else str(folder)


def _cpus() -> int:
    import os

    return os.cpu_count() or 1


if __name__ == "__main__":
    raise SystemExit(main())
