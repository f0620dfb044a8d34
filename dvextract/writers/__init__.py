"""Writing records: one module per format, one way to open any of them.

>>> from dvextract.writers import open_writer
>>> with open_writer("jsonl", "records.jsonl") as out:      # doctest: +SKIP
...     for record in extract_many(read(["archive/"])):
...         out.write(record)

Every writer takes :class:`~dvextract.records.Record` objects one at a
time and puts each in its output as it comes (SQLite commits at least once
a second), so an interrupted run keeps what it did and memory does not grow
with the archive. ``resume=True`` opens an existing output to add to it:
its ``done`` set holds the ids already there (a record torn by a killed run
is cut off first), so the caller can skip them. An existing output is never
overwritten unless ``overwrite=True``.

Formats: ``json`` (one JSON array), ``jsonl`` (one record a line), ``csv``
(one row per official, directive or award), ``sqlite`` (related tables,
:mod:`dvextract.writers.tables`), ``parquet`` (the same tables, one folder
of part files per table; needs ``pip install "dvextract[parquet]"``).
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from pathlib import Path
from types import TracebackType
from typing import IO, Self

from ..records import Record

FORMATS = ("json", "jsonl", "csv", "sqlite", "parquet")
SUFFIXES = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".sqlite": "sqlite",
    ".sqlite3": "sqlite",
    ".db": "sqlite",
    ".parquet": "parquet",
}
FILE_ONLY = ("sqlite", "parquet")


class OutputError(Exception):
    """The output cannot be written or resumed; the message is one line for the user."""


class Writer(ABC):
    """Takes records one at a time; ``done`` holds the ids already in a resumed output."""

    done: frozenset[str] = frozenset()
    written: int = 0

    @abstractmethod
    def write(self, record: Record) -> None:
        """Put one record in the output."""

    @abstractmethod
    def close(self) -> None:
        """Finish the output (close the JSON array, commit, write Parquet footers)."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def format_for(path: str | os.PathLike[str]) -> str | None:
    """The format an output path's extension names, or None."""
    return SUFFIXES.get(Path(path).suffix.lower())


def open_writer(
    fmt: str,
    path: str | os.PathLike[str] | None = None,
    *,
    resume: bool = False,
    overwrite: bool = False,
    stream: IO[str] | None = None,
) -> Writer:
    """A writer of ``fmt`` to ``path`` (or to ``stream``, for the text formats).

    Raises :class:`OutputError` with a one-line message when the folder is
    missing, the output exists and neither ``resume`` nor ``overwrite`` is
    set, or an output to resume is not one this format wrote.
    """
    if fmt not in FORMATS:
        raise OutputError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    if path is None:
        if fmt in FILE_ONLY:
            raise OutputError(f"--format {fmt} writes a file: give it with --output")
        if resume:
            raise OutputError("--resume needs the output to add to: give it with --output")
        if stream is None:
            raise OutputError("no output: give a path or a stream")
    else:
        path = Path(path)
        parent = path.absolute().parent
        if not parent.is_dir():
            raise OutputError(f"cannot write {path}: folder {parent} does not exist")
        exists = path.exists()
        if exists and not (resume or overwrite):
            raise OutputError(f"{path} exists: pass --resume to add to it, or --overwrite to replace it")
        if path.is_dir() and fmt != "parquet":
            raise OutputError(f"{path} is a folder: give a file name")
        resume = resume and exists
    if fmt == "sqlite":
        from .sqlite import SqliteWriter

        return SqliteWriter(Path(path), resume=resume)  # type: ignore[arg-type]
    if fmt == "parquet":
        from .parquet import ParquetWriter

        return ParquetWriter(Path(path), resume=resume, overwrite=overwrite)  # type: ignore[arg-type]
    if fmt == "csv":
        from .csv_rows import CsvWriter

        return CsvWriter(path, stream, resume=resume)
    from .json_text import JsonArrayWriter, JsonLinesWriter

    cls = JsonLinesWriter if fmt == "jsonl" else JsonArrayWriter
    return cls(path, stream, resume=resume)
