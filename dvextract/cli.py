"""The command line: ``dvextract extract``, ``evaluate``, ``highlight`` and ``schema``.

``extract`` only wires a reader (:mod:`dvextract.readers`: files, folders,
JSON Lines, gzip, stdin, read lazily) to :func:`~dvextract.batch.extract_many`
(in this process or a pool, ``--workers``) to a writer
(:mod:`dvextract.writers`: JSON, JSON Lines, CSV, SQLite, Parquet, chosen by
``--format`` or the output's extension). Each record is written as soon as
it is ready; Ctrl-C finishes the current article, closes the output and
prints the summary. Exit codes: 0 when every input was read and extracted,
1 when some input failed (an error record names it; the others are still
processed and written), 2 on a usage error (a one-line message), 130 after
Ctrl-C and 143 after SIGTERM.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import json
import logging
import signal
import sys
import time
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .models import MeetingReport
from .pipeline import DEFAULT_MAX_CHARS
from .records import Record
from .version import __version__
from .writers import FORMATS

if TYPE_CHECKING:
    from .writers import Writer

log = logging.getLogger("dvextract.cli")


def _date(s: str) -> date:
    try:
        return date.fromisoformat(s)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {s!r}") from e


def _max_chars(s: str) -> int | None:
    if s.lower() in ("none", "0"):
        return None
    try:
        n = int(s.replace(",", "").replace("_", ""))
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"not a number of characters: {s!r}") from e
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 (no limit) or more")
    return n


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="dvextract",
        description="Extract meeting records from Vietnamese civic-meeting news reports.",
    )
    p.add_argument("--version", action="version", version=f"dvextract {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    ex = sub.add_parser(
        "extract",
        help="extract a record from each article",
        description="Read articles lazily, extract each, and write one record per article as it completes.",
    )
    ex.add_argument(
        "inputs", nargs="+", help="article files, folders (*.txt, *.jsonl, *.gz below them), or '-' for stdin"
    )
    ex.add_argument("--output", "-o", type=Path, help="write here (format from the extension) instead of stdout")
    ex.add_argument("--format", choices=FORMATS, default=None, help="json (default), jsonl, csv, sqlite or parquet")
    ex.add_argument("--jsonl", action="store_true", help="same as --format jsonl")
    ex.add_argument("--resume", action="store_true", help="add to the output, skipping ids already in it")
    ex.add_argument("--overwrite", action="store_true", help="replace an existing output")
    ex.add_argument("--workers", type=int, default=1, help="worker processes (default 1: this process)")
    ex.add_argument("--published", type=_date, help="page date, YYYY-MM-DD, for inputs that carry none")
    ex.add_argument("--jsonl-input", action="store_true", help="read files and stdin as JSON Lines of articles")
    ex.add_argument("--text-field", default="text", help="JSON Lines field holding the article (default text)")
    ex.add_argument("--id-field", default="id", help="JSON Lines field naming the article (default id)")
    ex.add_argument(
        "--published-field", default="published", help="JSON Lines field with the page date (default published)"
    )
    ex.add_argument(
        "--meta-field", action="append", default=[], metavar="FIELD", help="JSON Lines field to keep in the record"
    )
    ex.add_argument("--encoding", help="text encoding of the inputs when not UTF-8 (a byte-order mark still wins)")
    ex.add_argument(
        "--max-chars", type=_max_chars, default=DEFAULT_MAX_CHARS, metavar="N",
        help=f"longest article read (default {DEFAULT_MAX_CHARS:,}; 0 or none: no limit)",
    )  # fmt: skip
    ex.add_argument("--split-long", action="store_true", help="read longer articles in pieces instead of failing")
    ex.add_argument(
        "--extra-lexicon", type=Path, metavar="DIR", help="a folder of your own vocabulary files (docs/usage.md)"
    )
    ex.add_argument("--quiet", "-q", action="store_true", help="no progress bar, no per-article errors, no summary")
    ex.add_argument("--verbose", "-v", action="store_true", help="also log diagnostics (skipped files, pool restarts)")

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
    hl.add_argument("--extra-lexicon", type=Path, metavar="DIR", help="a folder of your own vocabulary files")

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
    sc.add_argument("--envelope", action="store_true", help="print the JSON Schema of the record envelope instead")
    return p


def _extract(args: argparse.Namespace) -> int:
    from .batch import extract_many
    from .readers import read
    from .writers import OutputError, format_for, open_writer

    fmt = args.format or ("jsonl" if args.jsonl else None)
    if fmt is None:
        fmt = format_for(args.output) if args.output else "json"
        if fmt is None:
            return _usage(f"cannot tell the format from {args.output.name!r}: name it .json, .jsonl, .csv, "
                          ".sqlite or .parquet, or pass --format")  # fmt: skip
    if args.workers < 0:
        return _usage("--workers must be 0 or more")
    if args.encoding:
        try:
            codecs.lookup(args.encoding)
        except LookupError:
            return _usage(f"unknown encoding {args.encoding!r}")
    if args.extra_lexicon is not None:
        from .lexicon import check_overlay

        try:
            check_overlay(args.extra_lexicon)
        except ValueError as e:
            return _usage(str(e))
    try:
        writer = open_writer(fmt, args.output, resume=args.resume, overwrite=args.overwrite, stream=sys.stdout)
    except OutputError as e:
        return _usage(str(e))
    articles = read(
        args.inputs,
        jsonl=True if args.jsonl_input else None,
        text_field=args.text_field,
        id_field=args.id_field,
        published_field=args.published_field,
        meta_fields=args.meta_field,
        encoding=args.encoding,
        skip=writer.done,
    )
    records = extract_many(
        articles,
        workers=args.workers,
        published=args.published,
        max_chars=args.max_chars,
        split_long=args.split_long,
        extra_lexicon=args.extra_lexicon,
    )
    return _drain(records, writer, args)


def _drain(records: Iterator[Record], writer: Writer, args: argparse.Namespace) -> int:
    """Write every record as it comes; on Ctrl-C or SIGTERM finish the current one, close the output, say so."""
    from .writers import OutputError

    try:
        return _write_all(records, writer, args)
    except BrokenPipeError:
        raise
    except (OSError, OutputError) as e:  # a full disk, a removed folder, a locked database
        print(f"dvextract extract: {e}", file=sys.stderr)
        return 1


def _write_all(records: Iterator[Record], writer: Writer, args: argparse.Namespace) -> int:
    started = time.perf_counter()
    stop = _Stop()
    progress = None
    if not args.quiet and sys.stderr.isatty():
        from tqdm import tqdm

        progress = tqdm(file=sys.stderr, unit=" articles", mininterval=0.5)
    failed = count = 0
    redirect = contextlib.nullcontext()
    if progress is not None:
        from tqdm.contrib.logging import logging_redirect_tqdm

        redirect = logging_redirect_tqdm(loggers=[logging.getLogger("dvextract")])
    try:
        with stop, redirect:
            for record in records:
                writer.write(record)
                count += 1
                if record.error is not None:
                    failed += 1
                    log.warning("%s: %s", record.error.type, record.error.message)
                if progress is not None:
                    progress.update()
                if stop.signal:
                    break
    finally:
        if progress is not None:
            progress.close()
        records.close()  # type: ignore[attr-defined]
        writer.close()
    elapsed = time.perf_counter() - started
    noun = "article" if count == 1 else "articles"
    skipped = f", {len(writer.done)} already in {args.output}" if writer.done else ""
    summary = f"{count} {noun}, {failed} failed{skipped}, {elapsed:.2f} s"
    if stop.signal:
        where = f" -o {args.output} --resume" if args.output else ""
        log.warning("interrupted: %s; the output is complete up to there (rerun with%s to go on)", summary,
                    where or " --output FILE to keep it")  # fmt: skip
        return 128 + stop.signal
    log.info("%s", summary)
    return 1 if failed else 0


class _Stop:
    """While active, SIGINT and SIGTERM only ask the loop to stop; a second Ctrl-C stops at once."""

    def __init__(self) -> None:
        self.signal = 0
        self._saved: dict[int, Any] = {}

    def _handle(self, signum: int, frame: object) -> None:
        if self.signal:
            raise KeyboardInterrupt
        self.signal = signum
        log.warning("stopping after the current article (Ctrl-C again to stop at once)")

    def __enter__(self) -> _Stop:
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                self._saved[sig] = signal.signal(sig, self._handle)
            except ValueError:  # not the main thread: leave signals alone
                pass
        return self

    def __exit__(self, *exc: object) -> None:
        for sig, handler in self._saved.items():
            signal.signal(sig, handler)


def _usage(message: str) -> int:
    print(f"dvextract extract: {message}", file=sys.stderr)
    return 2


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
    from .pipeline import Extractor
    from .readers import read_text

    try:
        text = read_text(args.file)
        report = Extractor(args.extra_lexicon).extract(text, published=args.published)
    except OSError as e:
        print(f"dvextract highlight: {e.filename or args.file}: {e.strerror or e}", file=sys.stderr)
        return 1
    except ValueError as e:
        print(f"dvextract highlight: {e}", file=sys.stderr)
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
    from .readers import read_text

    try:
        text = read_text(args.file)
        found = explain(text, published=args.published, extra_lexicon=args.extra_lexicon)
    except (OSError, ValueError) as e:
        print(f"dvextract explain: {e}", file=sys.stderr)
        return 1
    print(to_json(found) if args.json else found.format(tuple(args.field) if args.field else None))
    return 0


def _highlight_records(args: argparse.Namespace) -> Iterator[tuple[str, str | None, Any]]:
    """(id, text, report or error) for every article of a folder or JSON Lines file, as they stream past.

    Articles come from :func:`dvextract.readers.read`, records from
    :func:`dvextract.extract_many` in the same order; only the articles read
    and not yet extracted are held (their texts are what the pages show).
    """
    from collections import deque

    from .batch import extract_many
    from .readers import read

    pending: deque[tuple[str, str | None]] = deque()

    def articles() -> Iterator[object]:
        for article in read(
            [args.file], jsonl=True if args.jsonl_input else None, text_field=args.text_field, id_field=args.id_field
        ):
            pending.append((article.id, article.text))
            yield article

    for record in extract_many(
        articles(), workers=args.workers, published=args.published, extra_lexicon=args.extra_lexicon
    ):
        ident, text = pending.popleft()
        if record.error is not None:
            print(f"dvextract highlight: {ident}: {record.error.type}: {record.error.message}", file=sys.stderr)
        yield ident, text, record.report if record.report is not None else record.error


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
    if args.extra_lexicon is not None:
        from .lexicon import check_overlay

        try:
            check_overlay(args.extra_lexicon)
        except ValueError as e:
            print(f"dvextract highlight: {e}", file=sys.stderr)
            return 2
    try:
        site = write_site(_highlight_records(args), args.output, lang=args.lang)
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
    except KeyboardInterrupt:  # a second Ctrl-C, or one before any output was open
        print("dvextract: stopped", file=sys.stderr)
        return 130


def _main(argv: Sequence[str] | None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    if args.command == "extract":
        _logging(args.quiet, args.verbose)
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
    model = Record if args.envelope else MeetingReport
    print(json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2))
    return 0


def _logging(quiet: bool, verbose: bool) -> None:
    """Diagnostics go to stderr as 'dvextract: ...' lines through the logging module."""
    logger = logging.getLogger("dvextract")
    if not any(getattr(h, "_dvextract_cli", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("dvextract: %(message)s"))
        handler._dvextract_cli = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(logging.ERROR if quiet else logging.DEBUG if verbose else logging.INFO)
    logger.propagate = False
