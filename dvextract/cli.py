"""The command line: ``dvextract extract``, ``evaluate``, ``highlight`` and ``schema``.

``extract`` reads files, folders (every ``*.txt`` below them), standard
input (``-``) or JSON Lines (``--jsonl-input``), runs the batch on a
process pool when asked (``--workers``), and writes each record as soon as
it is ready, so an interrupted run keeps what it did. Exit codes: 0 when
every input was read and extracted, 1 when some input failed (an error
record names it; the others are still processed and written), 2 on a usage
error.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import time
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any

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

    ex = sub.add_parser("extract", help="extract a record from each article")
    ex.add_argument("inputs", nargs="+", help="article files (UTF-8), folders of *.txt, or '-' for stdin")
    ex.add_argument("--published", type=_date, help="the page's date, YYYY-MM-DD, for every input")
    ex.add_argument("--format", choices=("json", "jsonl", "csv"), default=None, help="output format (default json)")
    ex.add_argument("--jsonl", action="store_true", help="same as --format jsonl")
    ex.add_argument("--output", "-o", type=Path, help="write here instead of standard output")
    ex.add_argument("--workers", type=int, default=1, help="worker processes (default 1: this process)")
    ex.add_argument("--jsonl-input", action="store_true", help="inputs are JSON Lines files of articles")
    ex.add_argument("--text-field", default="text", help="JSONL field holding the article (default text)")
    ex.add_argument("--id-field", default="id", help="JSONL field naming the article (default id)")

    ev = sub.add_parser("evaluate", help="score against NAME.txt + NAME.json gold pairs")
    ev.add_argument("folder", type=Path, help="folder of NAME.txt and NAME.json files")
    ev.add_argument("--json", action="store_true", help="machine-readable output")
    ev.add_argument("--errors", action="store_true", help="list each miss and spurious item per article")
    ev.add_argument("--only", type=Path, metavar="LIST", help="score only the articles named in LIST (one a line)")
    ev.add_argument("--exclude", type=Path, metavar="LIST", help="leave out the articles named in LIST")
    ev.add_argument("--by-site", action="store_true", help="also score each site (SOURCES.tsv or file-name prefix)")

    hl = sub.add_parser("highlight", help="write a review page for an article, or a review site for many")
    hl.add_argument("file", help="an article (UTF-8) or '-': one page; a folder of *.txt or a .jsonl file: a site")
    hl.add_argument("-o", "--output", type=Path, required=True, help="the HTML file, or the site's folder, to write")
    hl.add_argument("--published", type=_date, help="the page's date, YYYY-MM-DD")
    hl.add_argument("--lang", choices=("vi", "en"), default="vi", help="language of the page's labels (default vi)")
    hl.add_argument("--jsonl-input", action="store_true", help="FILE is JSON Lines (implied by .jsonl, .ndjson)")
    hl.add_argument("--text-field", default="text", help="JSONL field holding the article (default text)")
    hl.add_argument("--id-field", default="id", help="JSONL field naming the article (default id)")
    hl.add_argument("--workers", type=int, default=1, help="worker processes for a site (default 1)")

    xp = sub.add_parser("explain", help="show the candidates each stage considered and why it kept or left each")
    xp.add_argument("file", help="article file (UTF-8) or '-'")
    xp.add_argument("--published", type=_date, help="the page's date, YYYY-MM-DD")
    xp.add_argument(
        "--field",
        action="append",
        choices=("event", "meeting_date", "organizer", "official", "directive", "award"),
        help="show only this field (repeatable)",
    )
    xp.add_argument("--json", action="store_true", help="machine-readable output")
    xp.add_argument("--extra-lexicon", type=Path, metavar="DIR", help="a folder of extra vocabulary files")

    sc = sub.add_parser("schema", help="print the JSON Schema of MeetingReport")
    sc.add_argument("--markdown", action="store_true", help="print the field reference (docs/fields.md) instead")
    return p


def _read_text(name: str) -> str:
    """An article file as text; binary or non-UTF-8 content is an error naming the file."""
    if name == "-":
        return sys.stdin.read()
    data = Path(name).read_bytes()
    if b"\x00" in data[:4096]:
        raise ValueError(f"{name}: binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ValueError(f"{name}: not UTF-8 text ({e.reason} at byte {e.start})") from e


Source = tuple[str, str | Exception]


def _sources(args: argparse.Namespace) -> Iterator[Source]:
    """(id, text or the error that prevented reading it) for every input, in order."""
    for name in args.inputs:
        path = Path(name)
        if name != "-" and path.is_dir():
            for p in sorted(path.rglob("*.txt")):
                yield from _file_sources(str(p), args)
        else:
            yield from _file_sources(name, args)


def _file_sources(name: str, args: argparse.Namespace) -> Iterator[Source]:
    try:
        text = _read_text(name)
    except (OSError, ValueError) as e:
        yield name, e
        return
    if not args.jsonl_input:
        yield name, text
        return
    for n, line in enumerate(io.StringIO(text), 1):
        if not line.strip():
            continue
        ident = f"{name}:{n}"
        try:
            obj = json.loads(line)
            ident = str(obj.get(args.id_field, ident))
            value = obj[args.text_field]
        except (json.JSONDecodeError, KeyError, AttributeError) as e:
            yield ident, ValueError(f"{ident}: bad JSON Lines record ({type(e).__name__}: {e})")
            continue
        yield ident, value


CSV_FIELDS = [
    "article", "item", "name", "titles", "roles", "kind", "number", "symbol", "year", "issued",
    "issuer", "count", "recipient", "form", "by", "meeting_date", "organizer", "error",
]  # fmt: skip


def csv_rows(article: str, report: MeetingReport) -> Iterator[dict[str, Any]]:
    """One row per official, directive or award (and one for the meeting itself)."""
    base = {
        "article": article,
        "meeting_date": report.meeting_date.isoformat() if report.meeting_date else "",
        "organizer": report.organizer.name if report.organizer else "",
    }
    yield {**base, "item": "meeting"}
    for o in report.officials:
        yield {**base, "item": "official", "name": o.name, "titles": "; ".join(o.titles), "roles": "; ".join(o.roles)}
    for d in report.directives:
        yield {
            **base, "item": "directive", "kind": d.kind, "number": d.number or "", "symbol": d.symbol or "",
            "year": d.year or "", "issued": d.issued.isoformat() if d.issued else "", "issuer": d.issuer or "",
            "name": d.name or "",
        }  # fmt: skip
    for a in report.awards:
        yield {
            **base, "item": "award", "count": a.count, "recipient": a.recipient, "form": a.form or "",
            "by": a.by or "",
        }  # fmt: skip


class _Writer:
    """Writes each record as it completes, in the chosen format."""

    def __init__(self, out: IO[str], fmt: str) -> None:
        self.out, self.fmt = out, fmt
        self.csv = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore") if fmt == "csv" else None
        if self.csv:
            self.csv.writeheader()

    def write(self, ident: str, result: Any) -> None:
        from .batch import ExtractionError

        if self.csv:
            if isinstance(result, ExtractionError):
                self.csv.writerow({"article": ident, "item": "error", "error": f"{result.type}: {result.message}"})
            else:
                for row in csv_rows(ident, result):
                    self.csv.writerow(row)
        else:
            if isinstance(result, ExtractionError):
                record: dict[str, Any] = {"file": ident, "error": {"type": result.type, "message": result.message}}
            else:
                record = {"file": ident, "report": result.model_dump(mode="json")}
            indent = 2 if self.fmt == "json" else None
            self.out.write(json.dumps(record, ensure_ascii=False, indent=indent) + "\n")
        self.out.flush()


def _extract(args: argparse.Namespace) -> int:
    from .batch import ExtractionError, extract_many

    fmt = args.format or ("jsonl" if args.jsonl else "json")
    started = time.perf_counter()
    sources = list(_sources(args))
    ids = [ident for ident, _ in sources]
    texts = [value for _, value in sources]
    out: IO[str] = args.output.open("w", encoding="utf-8", newline="") if args.output else sys.stdout
    writer = _Writer(out, fmt)
    progress = None
    if len(sources) > 1 and sys.stderr.isatty():
        from tqdm import tqdm

        progress = tqdm(total=len(sources), file=sys.stderr, unit="article")
    failed = 0
    try:
        readable = [(i, t) for i, t in enumerate(texts) if not isinstance(t, Exception)]
        results = iter(extract_many((t for _, t in readable), workers=args.workers, published=args.published))
        for i, value in enumerate(texts):
            if isinstance(value, Exception):
                result: Any = ExtractionError(index=i, id=ids[i], type=type(value).__name__, message=str(value))
            else:
                result = next(results)
                if isinstance(result, ExtractionError):
                    result = result.model_copy(update={"index": i, "id": ids[i]})
            if isinstance(result, ExtractionError):
                failed += 1
                print(f"dvextract: {ids[i]}: {result.type}: {result.message}", file=sys.stderr)
            writer.write(ids[i], result)
            if progress:
                progress.update()
    finally:
        if progress:
            progress.close()
        if args.output:
            out.close()
    elapsed = time.perf_counter() - started
    noun = "article" if len(sources) == 1 else "articles"
    print(f"dvextract: {len(sources)} {noun}, {failed} failed, {elapsed:.2f} s", file=sys.stderr)
    return 1 if failed else 0


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluate import GoldError, evaluate, format_sites, format_table, read_names

    if not args.folder.is_dir():
        print(f"dvextract evaluate: not a folder: {args.folder}", file=sys.stderr)
        return 2
    try:
        only = read_names(args.only) if args.only else None
        exclude = read_names(args.exclude) if args.exclude else set()
        sc = evaluate(args.folder, only=only, exclude=exclude, by_site=args.by_site)
    except (OSError, GoldError) as e:
        print(f"dvextract evaluate: {e}", file=sys.stderr)
        return 2
    if args.json:
        d = sc.as_dict()
        if not args.errors:
            d.pop("errors")
        print(json.dumps(d, ensure_ascii=False, indent=2))
        return 0
    print(format_table(sc))
    if args.by_site:
        print()
        print(format_sites(sc))
    if args.errors:
        for name, errs in sc.errors.items():
            print(f"\n{name}:")
            for e in errs:
                print(f"  - {e}")
    return 0


def _highlight(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if args.file != "-" and (path.is_dir() or args.jsonl_input or path.suffix.lower() in (".jsonl", ".ndjson")):
        return _highlight_site(args)
    from .pipeline import extract

    try:
        text = _read_text(args.file)
    except (OSError, ValueError) as e:
        print(f"dvextract highlight: {e}", file=sys.stderr)
        return 1
    try:
        report = extract(text, published=args.published)
    except ValueError as e:  # over the size limit
        print(f"dvextract highlight: {args.file}: {e}", file=sys.stderr)
        return 1
    try:
        args.output.write_text(report.to_html(lang=args.lang), encoding="utf-8", errors="replace")
    except OSError as e:
        print(f"dvextract highlight: {e}", file=sys.stderr)
        return 1
    print(f"dvextract: wrote {args.output} ({len(report.spans())} spans)", file=sys.stderr)
    return 0


def _explain(args: argparse.Namespace) -> int:
    from .explain import explain, to_json

    try:
        text = _read_text(args.file)
        found = explain(text, published=args.published, extra_lexicon=args.extra_lexicon)
    except (OSError, ValueError) as e:
        print(f"dvextract explain: {e}", file=sys.stderr)
        return 1
    print(to_json(found) if args.json else found.format(tuple(args.field) if args.field else None))
    return 0


def _highlight_articles(args: argparse.Namespace) -> Iterator[Source]:
    """(id, text or the error that kept it from being read) for a folder of *.txt or a JSON Lines file.

    The smallest reader the site needs, read lazily. At merge, swap this one
    function for ``readers.read(...)`` (branch io), which reads the same inputs.
    """
    path = Path(args.file)
    if path.is_dir():
        for p in sorted(path.rglob("*.txt")):
            try:
                yield str(p), _read_text(str(p))
            except (OSError, ValueError) as e:
                yield str(p), e
        return
    with path.open("rb") as lines:
        for n, raw in enumerate(lines, 1):
            ident = f"{args.file}:{n}"
            try:
                line = raw.decode("utf-8")
                if not line.strip():
                    continue
                obj = json.loads(line)
                ident = str(obj.get(args.id_field, ident))
                yield ident, obj[args.text_field]
            except (UnicodeDecodeError, json.JSONDecodeError, KeyError, AttributeError) as e:
                yield ident, ValueError(f"{ident}: bad JSON Lines record ({type(e).__name__}: {e})")


def _highlight_records(args: argparse.Namespace, articles: Iterator[Source]) -> Iterator[tuple[str, Any, Any]]:
    """(id, text, report or error record) in input order, extracted as they stream past."""
    from collections import deque

    from .batch import ExtractionError, extract_many

    read: deque[tuple[int, str, object]] = deque()  # read, not yet paired with its result

    def texts() -> Iterator[object]:
        for i, (ident, value) in enumerate(articles):
            read.append((i, ident, value))
            if not isinstance(value, Exception):
                yield value

    def unreadable() -> Iterator[tuple[str, Any, Any]]:
        while read and isinstance(read[0][2], Exception):
            i, ident, e = read.popleft()
            yield ident, None, ExtractionError(index=i, id=ident, type=type(e).__name__, message=str(e))

    for result in extract_many(texts(), workers=args.workers, published=args.published):
        yield from unreadable()
        i, ident, value = read.popleft()
        if isinstance(result, ExtractionError):
            result = result.model_copy(update={"index": i, "id": ident})
        yield ident, value if isinstance(value, str) else None, result
    yield from unreadable()


def _highlight_site(args: argparse.Namespace) -> int:
    from .site import write_site

    if args.workers < 0:
        print("dvextract highlight: --workers must be 0 or more", file=sys.stderr)
        return 2
    if not Path(args.file).exists():
        print(f"dvextract highlight: no such file or folder: {args.file}", file=sys.stderr)
        return 1
    if args.output.exists() and not args.output.is_dir():
        print(f"dvextract highlight: a site is written to a folder, and {args.output} is a file", file=sys.stderr)
        return 2
    try:
        site = write_site(_highlight_records(args, _highlight_articles(args)), args.output, lang=args.lang)
    except OSError as e:
        print(f"dvextract highlight: {e}", file=sys.stderr)
        return 1
    print(f"dvextract: wrote {site.index} ({site.articles} articles, {site.failed} failed)", file=sys.stderr)
    if site.articles == 0:
        print(f"dvextract highlight: no articles in {args.file}", file=sys.stderr)
        return 1
    return 1 if site.failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # "dvextract extract ... | head": the reader left, which is not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _main(argv: Sequence[str] | None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    if args.command == "extract":
        if args.workers < 0:
            print("dvextract extract: --workers must be 0 or more", file=sys.stderr)
            return 2
        return _extract(args)
    if args.command == "evaluate":
        return _evaluate(args)
    if args.command == "highlight":
        return _highlight(args)
    if args.command == "explain":
        return _explain(args)
    if args.markdown:
        from .reference import markdown

        print(markdown(), end="")
        return 0
    print(json.dumps(MeetingReport.model_json_schema(), ensure_ascii=False, indent=2))
    return 0
