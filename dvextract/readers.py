"""Reading articles: files, folders, JSON Lines, gzip and standard input, lazily, one at a time.

>>> from dvextract.readers import read
>>> for article in read(["fixtures/seed"]):        # doctest: +SKIP
...     print(article.id, article.error or len(article.text))

:func:`read` yields one :class:`Article` per article, in input order, and
reads the next only when asked, so an archive of any size is held one
article (one JSON Lines record) at a time. What it reads:

- a file: one article, or JSON Lines of articles when ``jsonl`` is true or
  its name ends in ``.jsonl`` / ``.ndjson``; gzip is recognised by its
  first bytes, whatever the name;
- a folder: every ``*.txt``, ``*.jsonl`` (and ``.ndjson``) file below it,
  gzipped or not (``*.txt.gz``, ``*.jsonl.gz``), suffixes in any case,
  in sorted path order; hidden files and folders are skipped; other files
  are counted and named in one log line per folder; a folder with no
  article in it gives an error article;
- ``"-"``: standard input, one article (or JSON Lines with ``jsonl=True``).

Text is decoded by its byte-order mark (UTF-8, UTF-16, UTF-32), else as
UTF-8, or with the ``encoding`` given. Anything that cannot be read (a
missing file, binary content, bytes that are not of the encoding, a JSON
Lines line that is not an object with a text field) becomes an Article
whose ``error`` says why and whose ``text`` is None: reading never stops
at a damaged input, and every input is accounted for.

Ids: a file's path as given (joined below a folder), ``-`` for standard
input, a JSON Lines record's ``id_field`` value, or ``PATH:LINE`` when the
record has none. ``published``: a JSON Lines record's ``published_field``
(an ISO date, or an ISO date-time whose date part is taken).
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import logging
import os
import re
import sys
from collections import Counter
from collections.abc import Container, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import BinaryIO

from .records import ErrorKind, ExtractionError, Scalar

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
_GZIP_MAGIC = b"\x1f\x8b"
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read: its id, its text (None when it could not be read), its page date, kept fields."""

    id: str
    text: str | None
    published: date | None = None
    meta: Mapping[str, Scalar] = field(default_factory=dict)
    error: ExtractionError | None = None


def read(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    jsonl: bool | None = None,
    text_field: str = "text",
    id_field: str = "id",
    published_field: str = "published",
    meta_fields: Iterable[str] = (),
    encoding: str | None = None,
    skip: Container[str] = (),
) -> Iterator[Article]:
    """Yield every article of ``inputs`` (paths, folders, or ``"-"``), lazily and in order.

    ``jsonl``: True reads every file and standard input as JSON Lines, False
    reads every file as one article, None (default) decides by name (and
    reads folders' ``.jsonl`` files as JSON Lines in any case).
    ``text_field``, ``id_field``, ``published_field``: the JSON Lines keys of
    the article, its id and its page date. ``meta_fields``: JSON Lines keys
    copied into ``Article.meta``. ``encoding``: the text encoding when it is
    not UTF-8 (a byte-order mark still wins). ``skip``: ids to pass over
    without reading the file or yielding the record (``--resume``).
    """
    if isinstance(inputs, str | os.PathLike):
        inputs = [inputs]
    if encoding is not None:
        codecs.lookup(encoding)  # an unknown encoding is the caller's error, raised now: LookupError
    opts = _Options(jsonl, text_field, id_field, published_field, tuple(meta_fields), encoding, skip)
    for name in inputs:
        name = os.fspath(name)
        if name == "-":
            yield from _stdin(opts)
        elif os.path.isdir(name):
            yield from _folder(name, opts)
        else:
            as_jsonl = opts.jsonl if opts.jsonl is not None else _kind(name) == "jsonl"
            yield from _file(name, as_jsonl, opts)


@dataclass(frozen=True, slots=True)
class _Options:
    jsonl: bool | None
    text_field: str
    id_field: str
    published_field: str
    meta_fields: tuple[str, ...]
    encoding: str | None
    skip: Container[str]


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Bytes of one article as text: by BOM, else ``encoding``, else UTF-8; a ValueError names the input."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode(data, codec, name)
    if encoding is not None:
        return _decode(data, encoding, name)
    if b"\x00" in data[:4096]:
        raise ValueError(
            f"{name}: binary file, not text (for UTF-16 or UTF-32 without a byte-order mark, "
            "pass --encoding utf-16-le or the like)"
        )
    return _decode(data, "utf-8", name)


def _decode(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as e:
        hint = "; pass --encoding (e.g. cp1258) if it is another encoding" if codec == "utf-8" else ""
        label = "UTF-8" if codec == "utf-8" else codec
        raise ValueError(f"{name}: not {label} text ({e.reason} at byte {e.start}){hint}") from e


def _error(ident: str, kind: ErrorKind, e: BaseException, meta: Mapping[str, Scalar] | None = None) -> Article:
    message = str(e)
    if isinstance(e, OSError) and e.strerror:
        message = f"{e.filename or ident}: {e.strerror}"
    return Article(
        ident, None, meta=meta or {}, error=ExtractionError(kind=kind, type=type(e).__name__, message=message)
    )


def _kind(name: str) -> str | None:
    """'text', 'jsonl', or None for a file that is not an article, by its suffixes (any case)."""
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    if lower.endswith(TEXT_SUFFIXES):
        return "text"
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    return None


def _folder(root: str, opts: _Options) -> Iterator[Article]:
    found = 0
    skipped: Counter[str] = Counter()
    for path in _walk(root):
        kind = _kind(path)
        if kind is None:
            base = os.path.basename(path)
            skipped[os.path.splitext(base)[1].lower() or base] += 1
            continue
        found += 1
        yield from _file(path, kind == "jsonl" or bool(opts.jsonl), opts)
    if skipped:
        listed = ", ".join(f"{n} {suffix}" for suffix, n in sorted(skipped.items()))
        log.info("%s: skipped %d files that are not articles (%s)", root, sum(skipped.values()), listed)
    if not found:
        yield _error(
            root, "read", FileNotFoundError(f"{root}: no article files (*.txt, *.jsonl, *.gz of them) in this folder")
        )


def _walk(root: str) -> Iterator[str]:
    """Files below ``root`` in sorted path order; hidden names skipped; linked folders visited once."""
    seen: set[str] = set()

    def visit(folder: str) -> Iterator[str]:
        real = os.path.realpath(folder)
        if real in seen:
            return
        seen.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as e:
            log.warning("%s: cannot list folder: %s", folder, e.strerror or e)
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir():
                yield from visit(entry.path)
            elif entry.is_file():
                yield entry.path

    yield from visit(root)


def _open(path: str) -> BinaryIO:
    """The file's bytes, gunzipped when it starts with gzip's magic number."""
    raw = open(path, "rb")
    if raw.peek(2)[:2] == _GZIP_MAGIC:
        raw.close()
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return raw


def _file(path: str, as_jsonl: bool, opts: _Options) -> Iterator[Article]:
    if not as_jsonl and path in opts.skip:
        return
    try:
        stream = _open(path)
    except OSError as e:
        yield _error(path, "read", e)
        return
    with stream:
        if as_jsonl:
            yield from _lines(stream, path, opts)
            return
        try:
            text = decode(stream.read(), path, opts.encoding)
        except (OSError, EOFError, ValueError) as e:  # gzip.BadGzipFile is an OSError
            yield _error(path, "read", e)
            return
        yield Article(path, text)


def _stdin(opts: _Options) -> Iterator[Article]:
    if "-" in opts.skip and not opts.jsonl:
        return
    raw: BinaryIO = sys.stdin.buffer
    if isinstance(raw, io.BufferedReader) and raw.peek(2)[:2] == _GZIP_MAGIC:
        raw = gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[assignment]
    if opts.jsonl:
        yield from _lines(raw, "-", opts)
        return
    try:
        text = decode(raw.read(), "standard input", opts.encoding)
    except (OSError, EOFError, ValueError) as e:
        yield _error("-", "read", e)
        return
    yield Article("-", text)


def _lines(stream: BinaryIO, name: str, opts: _Options) -> Iterator[Article]:
    """Each JSON Lines record of a stream; a bad line is an error article and the rest go on."""
    head = stream.peek(4)[:4] if hasattr(stream, "peek") else b""
    codec = next((c for bom, c in _BOMS if head.startswith(bom)), opts.encoding or "utf-8")
    if codecs.lookup(codec).name.startswith(("utf-16", "utf-32")):
        yield from _wide_lines(stream, name, codec, opts)
        return
    number = 0
    try:
        for number, raw in enumerate(stream, 1):
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8" if codec == "utf-8-sig" else codec)
            except UnicodeDecodeError as e:
                label = "UTF-8" if codec in ("utf-8", "utf-8-sig") else codec
                yield _error(f"{name}:{number}", "read", ValueError(f"{name}:{number}: not {label} text ({e.reason})"))
                continue
            yield from _record(line, name, number, opts)
    except (OSError, EOFError) as e:  # a truncated or damaged gzip stream
        yield _error(f"{name}:{number + 1}", "read", e)


def _wide_lines(stream: BinaryIO, name: str, codec: str, opts: _Options) -> Iterator[Article]:
    """JSON Lines in UTF-16 or UTF-32: decoded as a stream; a decoding error ends the file with an error."""
    number = 0
    try:
        for number, line in enumerate(io.TextIOWrapper(stream, encoding=codec), 1):
            if line.strip():
                yield from _record(line, name, number, opts)
    except (OSError, EOFError, UnicodeDecodeError) as e:
        yield _error(
            f"{name}:{number + 1}", "read", ValueError(f"{name}: not {codec} text from line {number + 1}: {e}")
        )


def _record(line: str, name: str, number: int, opts: _Options) -> Iterator[Article]:
    ident = f"{name}:{number}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        yield _error(ident, "input", ValueError(f"{ident}: not JSON ({e.msg} at column {e.colno})"))
        return
    if not isinstance(obj, dict):
        yield _error(ident, "input", ValueError(f"{ident}: a JSON Lines record must be an object"))
        return
    given = obj.get(opts.id_field)
    if given is not None and given != "":
        ident = given if isinstance(given, str) else json.dumps(given, ensure_ascii=False)
    if ident in opts.skip:
        return
    meta = {f: _scalar(obj.get(f)) for f in opts.meta_fields}
    text = obj.get(opts.text_field)
    if not isinstance(text, str):
        what = "no" if opts.text_field not in obj else f"a {type(text).__name__} in its"
        problem = ValueError(f"{ident}: {what} {opts.text_field!r} field (set the text field with --text-field)")
        yield _error(ident, "input", problem, meta)
        return
    try:
        published = parse_date(obj.get(opts.published_field))
    except ValueError as e:
        yield _error(ident, "input", ValueError(f"{ident}: {opts.published_field!r} field: {e}"), meta)
        return
    yield Article(ident, text, published, meta)


def parse_date(value: object) -> date | None:
    """A page date from a record: None, a date, an ISO date, or an ISO date-time (its date part)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):  # also pandas' Timestamp
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        m = _ISO_DATE.match(value.strip())
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError as e:
                raise ValueError(f"not a date: {value!r} ({e})") from e
    raise ValueError(f"not an ISO date (YYYY-MM-DD): {value!r}")


def _scalar(value: object) -> Scalar:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return json.dumps(value, ensure_ascii=False)


def read_text(path: str, encoding: str | None = None) -> str:
    """One article file (or ``-``) as text, decoded as :func:`read` does; ValueError or OSError if it cannot be."""
    if path == "-":
        return decode(sys.stdin.buffer.read(), "standard input", encoding)
    with _open(path) as stream:
        return decode(stream.read(), path, encoding)
