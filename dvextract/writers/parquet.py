"""Parquet output: the tables of :mod:`dvextract.writers.tables`, a folder of part files per table.

``-o archive.parquet`` makes::

    archive.parquet/articles/part-00000.parquet
    archive.parquet/officials/part-00000.parquet
    archive.parquet/official_titles/part-00000.parquet
    archive.parquet/directives/part-00000.parquet
    archive.parquet/awards/part-00000.parquet
    archive.parquet/spans/part-00000.parquet

Each table folder is a Parquet dataset: ``pandas.read_parquet("archive.parquet/officials")``,
``duckdb "SELECT * FROM 'archive.parquet/officials/*.parquet'"``, Spark or
Dask read it whole. Rows are written in row groups of 500 records so
memory stays bounded; a part file holds at most 50,000 records, then the
next part begins. A part is readable once it is closed: Ctrl-C closes it,
a killed run leaves it without its footer, and ``--resume`` deletes such a
part (in every table) and extracts its articles again in a new part.
Dask jobs write the same layout, one part per partition
(:func:`dvextract.dask.to_parquet`). Needs pyarrow: ``pip install "dvextract[parquet]"``.
"""

from __future__ import annotations

import logging
import re
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..records import Record
from . import OutputError, Writer
from .tables import TABLES, Column, Rows, rows

log = logging.getLogger(__name__)

ROW_GROUP_RECORDS = 500
PART_RECORDS = 50_000
_PART = re.compile(r"part-(\d+)\.parquet")


def _arrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as e:
        raise OutputError('Parquet output needs pyarrow: pip install "dvextract[parquet]"') from e
    return pyarrow


def arrow_schema(table: str) -> Any:
    """The pyarrow schema of one table."""
    pa = _arrow()
    kinds = {
        "text": pa.string(),
        "int": pa.int64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
        "list": pa.list_(pa.string()),
        "json": pa.string(),
    }
    return pa.schema([pa.field(c.name, kinds[c.kind]) for c in TABLES[table]])


class _Part:
    """One part file per table, written row group by row group."""

    def __init__(self, root: Path, number: int) -> None:
        pa = _arrow()
        self.pa = pa
        self.writers = {}
        for table in TABLES:
            (root / table).mkdir(parents=True, exist_ok=True)
            self.writers[table] = pa.parquet.ParquetWriter(
                root / table / f"part-{number:05d}.parquet", arrow_schema(table), compression="zstd"
            )
        self.buffer: Rows = {t: [] for t in TABLES}
        self.buffered = 0
        self.records = 0

    def add(self, tables: Rows) -> None:
        for t, r in tables.items():
            self.buffer[t] += r
        self.buffered += 1
        self.records += 1
        if self.buffered >= ROW_GROUP_RECORDS:
            self.flush()

    def flush(self) -> None:
        for table, values in self.buffer.items():
            self.writers[table].write_table(_table(self.pa, table, values))
        self.buffer = {t: [] for t in TABLES}
        self.buffered = 0

    def close(self) -> None:
        if self.buffered or not self.records:
            self.flush()
        for w in self.writers.values():
            w.close()


def _table(pa: Any, table: str, values: list[tuple[Any, ...]]) -> Any:
    columns: list[Column] = list(TABLES[table])
    schema = arrow_schema(table)
    data = list(zip(*values, strict=True)) if values else [() for _ in columns]
    arrays = [
        pa.array([_cell(c, v) for v in col], type=schema.field(c.name).type)
        for c, col in zip(columns, data, strict=True)
    ]
    return pa.Table.from_arrays(arrays, schema=schema)


def _cell(column: Column, value: Any) -> Any:
    if column.kind == "list" and value is not None:
        return list(value)
    return value


def write_part(records: Iterable[Record], root: str | Path, number: int) -> int:
    """Write ``records`` as part ``number`` of every table below ``root``; the number of records written."""
    part = _Part(Path(root), number)
    try:
        for record in records:
            part.add(rows(record))
    finally:
        part.close()
    return part.records


class ParquetWriter(Writer):
    """The tables as Parquet datasets below one folder."""

    def __init__(self, root: Path, *, resume: bool, overwrite: bool) -> None:
        _arrow()
        self.root = root
        if root.exists() and not root.is_dir():
            raise OutputError(f"{root} is a file: Parquet output is a folder of tables")
        if root.exists() and overwrite and not resume:
            strange = [p.name for p in root.iterdir() if p.name not in TABLES]
            if strange:
                raise OutputError(f"will not replace {root}: it holds {strange[0]}, which dvextract did not write")
            shutil.rmtree(root)
        root.mkdir(exist_ok=True)
        parts = self._resume() if resume else set()
        self.next_number = max(parts, default=-1) + 1
        self.part: _Part | None = None

    def _resume(self) -> set[int]:
        pq = _arrow().parquet
        numbers: set[int] = set()
        for table in TABLES:
            folder = self.root / table
            if folder.is_dir():
                numbers |= {int(m[1]) for p in folder.iterdir() if (m := _PART.fullmatch(p.name))}
        good: set[int] = set()
        done: set[str] = set()
        for n in sorted(numbers):
            files = [self.root / t / f"part-{n:05d}.parquet" for t in TABLES]
            try:
                for f in files:
                    pq.read_metadata(f)
                ids = pq.read_table(files[0], columns=["id"]).column("id").to_pylist()
            except (OSError, ValueError) as e:  # pyarrow's ArrowInvalid is a ValueError
                log.warning("%s: part %05d was not closed (%s); its articles will be extracted again", self.root, n, e)
                for f in files:
                    f.unlink(missing_ok=True)
                continue
            good.add(n)
            done.update(ids)
        self.done = frozenset(done)
        return good | numbers

    def write(self, record: Record) -> None:
        if self.part is None:
            self.part = _Part(self.root, self.next_number)
            self.next_number += 1
        self.part.add(rows(record))
        self.written += 1
        if self.part.records >= PART_RECORDS:
            self.part.close()
            self.part = None

    def close(self) -> None:
        if self.part is not None:
            self.part.close()
            self.part = None
        elif self.written == 0 and self.next_number == 0:
            _Part(self.root, 0).close()  # an empty run still leaves readable, empty tables
