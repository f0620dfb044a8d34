"""CSV output: one row per official, directive or award, and one ``meeting`` row per article.

Every row carries the article's id, meeting date and organiser, so a
spreadsheet can filter and count without joins; an article that failed has
one ``error`` row. A record's rows are written together in one call, and
line breaks inside values are turned into spaces, so every line of the file
is one row and a run killed mid-write is repaired by cutting its last line.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ..models import MeetingReport
from ..records import Record
from . import OutputError
from .json_text import _TextWriter, _truncate

CSV_FIELDS = [
    "article", "item", "name", "titles", "roles", "kind", "number", "symbol", "year", "issued",
    "issuer", "count", "recipient", "form", "by", "meeting_date", "organizer", "error", "version",
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


class CsvWriter(_TextWriter):
    """Rows as :func:`csv_rows` makes them; a header first, unless resuming."""

    def __init__(self, path: str | os.PathLike[str] | None, stream: IO[str] | None, *, resume: bool) -> None:
        super().__init__(path, stream, resume=resume)
        self._buffer = io.StringIO()
        self._csv = csv.DictWriter(self._buffer, fieldnames=CSV_FIELDS, extrasaction="ignore")
        if not (resume and self._had_header):
            self._csv.writeheader()
            self.out.write(self._take())

    _had_header = False

    def write(self, record: Record) -> None:
        if record.report is None:
            e = record.error
            message = f"{e.kind}: {e.type}: {e.message}" if e else ""
            rows: list[dict[str, Any]] = [{"article": record.id, "item": "error", "error": message}]
        else:
            rows = list(csv_rows(record.id, record.report))
        for row in rows:
            row["version"] = record.version
            self._csv.writerow({k: _one_line(v) for k, v in row.items()})
        self._put(self._take())

    def _take(self) -> str:
        text = self._buffer.getvalue()
        self._buffer.seek(0)
        self._buffer.truncate()
        return text

    def _repair(self, path: Path) -> set[str]:
        ids: set[str] = set()
        end = 0
        with path.open("rb") as f:
            for number, line in enumerate(f):
                if not line.endswith(b"\n"):
                    break  # torn: the run was killed while writing it
                end += len(line)
                row = next(csv.reader([line.decode("utf-8")]), [])
                if number == 0:
                    if row != CSV_FIELDS:
                        raise OutputError(f"cannot resume {path}: its header is not dvextract's CSV header")
                    self._had_header = True
                elif row:
                    ids.add(row[0])
        _truncate(path, end)
        return ids


def _one_line(value: Any) -> Any:
    return value.replace("\r", " ").replace("\n", " ") if isinstance(value, str) else value
