"""The command line: ``dvextract extract``, ``evaluate`` and ``schema``.

Exit codes: 0 when every input was read, 1 when some input could not be
read (the others are still processed and printed), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from .models import MeetingReport


def _date(s: str) -> date:
    try:
        return date.fromisoformat(s)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {s!r}") from e


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="dvextract",
        description="Extract meeting records from Vietnamese civic-meeting news reports.",
    )
    sub = p.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="print the report of each article as JSON")
    ex.add_argument("files", nargs="+", help="article text files (UTF-8); '-' reads stdin")
    ex.add_argument("--jsonl", action="store_true", help="one JSON line per file")
    ex.add_argument("--published", type=_date, help="the page's date, YYYY-MM-DD")

    ev = sub.add_parser("evaluate", help="score against NAME.txt + NAME.json gold pairs")
    ev.add_argument("folder", type=Path, help="folder of NAME.txt and NAME.json files")
    ev.add_argument("--json", action="store_true", help="machine-readable output")
    ev.add_argument("--errors", action="store_true", help="list each miss per article")

    sub.add_parser("schema", help="print the JSON Schema of MeetingReport")
    return p


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    data = Path(name).read_bytes()
    if b"\x00" in data[:4096]:
        raise ValueError("binary file, not text")
    return data.decode("utf-8")


def _extract(args: argparse.Namespace) -> int:
    from .pipeline import extract

    failed = 0
    for name in args.files:
        try:
            text = _read(name)
            report = extract(text, published=args.published)
            record = {"file": name, "report": report.model_dump(mode="json")}
        except (OSError, UnicodeDecodeError, ValueError) as e:
            failed += 1
            record = {"file": name, "error": {"type": type(e).__name__, "message": str(e)}}
            print(f"dvextract: {name}: {e}", file=sys.stderr)
        if args.jsonl:
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(json.dumps(record, ensure_ascii=False, indent=2))
    return 1 if failed else 0


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_table

    if not args.folder.is_dir():
        print(f"dvextract evaluate: not a folder: {args.folder}", file=sys.stderr)
        return 2
    sc = evaluate(args.folder)
    if args.json:
        d = sc.as_dict()
        if not args.errors:
            d.pop("errors")
        print(json.dumps(d, ensure_ascii=False, indent=2))
        return 0
    print(format_table(sc))
    if args.errors:
        for name, errs in sc.errors.items():
            print(f"\n{name}:")
            for e in errs:
                print(f"  - {e}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    if args.command == "extract":
        return _extract(args)
    if args.command == "evaluate":
        return _evaluate(args)
    print(json.dumps(MeetingReport.model_json_schema(), ensure_ascii=False, indent=2))
    return 0
