"""SQLite output: the tables of :mod:`dvextract.writers.tables`, with keys, indexes and foreign keys.

Open the file in Datasette, the ``sqlite3`` shell or any SQL tool. Records
are inserted as they come, in transactions committed at least once a second
(and every 500 records), in write-ahead-log mode so a reader can query the
file while the run goes on (the file is left in the plain rollback-journal
mode when the run ends); a killed run loses at most its last uncommitted
second, which ``--resume`` extracts again. A record whose id is already in
the file replaces the earlier one, child rows included.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from datetime import date
from pathlib import Path
from typing import Any

from ..records import Record
from . import OutputError, Writer
from .tables import INDEXES, PRIMARY_KEYS, SCHEMA_VERSION, TABLES, Column, rows

log = logging.getLogger(__name__)

COMMIT_SECONDS = 1.0
COMMIT_RECORDS = 500
_SQL_TYPES = {"text": "TEXT", "int": "INTEGER", "bool": "INTEGER", "date": "TEXT", "list": "TEXT", "json": "TEXT"}


def schema() -> str:
    """The CREATE statements of the archive database."""
    out = []
    for table, columns in TABLES.items():
        defs = [f"  {c.name} {_SQL_TYPES[c.kind]}" for c in columns]
        if table != "articles":
            defs[0] += " NOT NULL REFERENCES articles(id)"
        key = PRIMARY_KEYS.get(table)
        if key:
            defs.append(f"  PRIMARY KEY ({', '.join(key)})")
        out.append(f"CREATE TABLE {table} (\n" + ",\n".join(defs) + "\n);")
    for table, cols in INDEXES:
        out.append(f"CREATE INDEX {table}_{'_'.join(cols)} ON {table} ({', '.join(cols)});")
    return "\n".join(out) + "\n"


class SqliteWriter(Writer):
    """Related tables in one SQLite file."""

    def __init__(self, path: Path, *, resume: bool) -> None:
        self.path = path
        if not resume:
            for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                p.unlink(missing_ok=True)
        try:
            self.db = sqlite3.connect(path, isolation_level=None, timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            if resume:
                self.done = frozenset(self._resume())
            else:
                self.db.executescript(schema() + f"PRAGMA user_version = {SCHEMA_VERSION};")
        except sqlite3.DatabaseError as e:
            raise OutputError(f"cannot {'resume' if resume else 'write'} {path}: {e}") from e
        self._insert = {
            table: f"INSERT INTO {table} VALUES ({', '.join('?' * len(cols))})" for table, cols in TABLES.items()
        }
        self._pending = 0
        self._last_commit = time.monotonic()
        self.db.execute("BEGIN")

    def _resume(self) -> set[str]:
        (version,) = self.db.execute("PRAGMA user_version").fetchone()
        if version != SCHEMA_VERSION:
            raise OutputError(
                f"cannot resume {self.path}: its schema is version {version}, this dvextract writes {SCHEMA_VERSION}"
            )
        return {row[0] for row in self.db.execute("SELECT id FROM articles")}

    def write(self, record: Record) -> None:
        try:
            self._write(record)
        except sqlite3.Error as e:
            raise OutputError(f"cannot write {self.path}: {e}") from e

    def _write(self, record: Record) -> None:
        tables = rows(record)
        converted = {
            t: [tuple(_value(c, v) for c, v in zip(TABLES[t], row, strict=True)) for row in r]
            for t, r in tables.items()
        }
        try:
            self.db.execute(self._insert["articles"], converted["articles"][0])
        except sqlite3.IntegrityError:  # the same id again: the later record replaces the earlier
            for table in TABLES:
                self.db.execute(
                    f"DELETE FROM {table} WHERE {'id' if table == 'articles' else 'article_id'} = ?", (record.id,)
                )
            self.db.execute(self._insert["articles"], converted["articles"][0])
        for table, values in converted.items():
            if table != "articles" and values:
                self.db.executemany(self._insert[table], values)
        self.written += 1
        self._pending += 1
        now = time.monotonic()
        if self._pending >= COMMIT_RECORDS or now - self._last_commit >= COMMIT_SECONDS or self.written == 1:
            self._commit(now)

    def _commit(self, now: float) -> None:
        self.db.execute("COMMIT")
        self.db.execute("BEGIN")
        self._pending = 0
        self._last_commit = now

    def close(self) -> None:
        try:
            if self.db.in_transaction:
                self.db.execute("COMMIT")
            try:
                self.db.execute("PRAGMA journal_mode=DELETE")  # one plain file again, for read-only copies
            except sqlite3.OperationalError:
                log.info("%s stays in write-ahead-log mode: another program has it open", self.path)
        except sqlite3.Error as e:
            raise OutputError(f"cannot finish {self.path}: {e}") from e
        finally:
            self.db.close()


def _value(column: Column, value: Any) -> Any:
    if value is None:
        return None
    if column.kind == "date" and isinstance(value, date):
        return value.isoformat()
    if column.kind == "list":
        return json.dumps(list(value), ensure_ascii=False)
    if column.kind == "bool":
        return int(value)
    return value
