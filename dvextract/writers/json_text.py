"""JSON outputs: JSON Lines (one record a line) and one JSON array (valid JSON for any number of records).

Both write the envelope as :class:`~dvextract.records.Record` serialises it,
keys in the order id, version, meta, report, error. The array puts each
record on lines of its own, starting ``{`` and ending ``}`` at the start of
a line, so a resumed run finds where the last whole record ends without
loading the file.
"""

from __future__ import annotations

import json
import os
from abc import abstractmethod
from json.decoder import scanstring
from pathlib import Path
from typing import IO

from ..records import Record
from . import OutputError, Writer


class _TextWriter(Writer):
    def __init__(self, path: str | os.PathLike[str] | None, stream: IO[str] | None, *, resume: bool) -> None:
        done: set[str] = set()
        if path is not None and resume:
            done = self._repair(Path(path))
        self.done = frozenset(done)
        self._owned = path is not None
        self.out: IO[str] = open(path, "a" if resume else "w", encoding="utf-8", newline="") if path else stream  # type: ignore[assignment]

    @abstractmethod
    def _repair(self, path: Path) -> set[str]:
        """The ids already in ``path``, after cutting off a record torn by a killed run."""

    def _put(self, text: str) -> None:
        self.out.write(text)
        self.out.flush()
        self.written += 1

    def close(self) -> None:
        if self._owned:
            self.out.close()
        else:
            self.out.flush()


class JsonLinesWriter(_TextWriter):
    """One record a line."""

    def write(self, record: Record) -> None:
        self._put(record.model_dump_json() + "\n")

    def _repair(self, path: Path) -> set[str]:
        ids: set[str] = set()
        end = 0
        with path.open("rb") as f:
            for number, line in enumerate(f, 1):
                if not line.endswith(b"\n"):
                    break  # torn: the run was killed while writing it
                try:
                    ids.add(_id_of(line.decode("utf-8")))
                except (ValueError, KeyError, TypeError) as e:
                    raise OutputError(f"cannot resume {path}: line {number} is not a dvextract record ({e})") from e
                end += len(line)
        _truncate(path, end)
        return ids


class JsonArrayWriter(_TextWriter):
    """One JSON array; ``[]`` when there is no record."""

    def __init__(self, path: str | os.PathLike[str] | None, stream: IO[str] | None, *, resume: bool) -> None:
        super().__init__(path, stream, resume=resume)
        self._started = bool(self.done)

    def write(self, record: Record) -> None:
        lead = ",\n" if self._started else "[\n"
        self._started = True
        self._put(lead + record.model_dump_json(indent=2))

    def close(self) -> None:
        self.out.write("\n]\n" if self._started else "[]\n")
        super().close()

    def _repair(self, path: Path) -> set[str]:
        ids: set[str] = set()
        end = 0  # byte offset just after the last whole record
        block: list[bytes] = []
        offset = 0
        with path.open("rb") as f:
            for line in f:
                offset += len(line)
                if line.startswith(b"{"):
                    block = [line]
                elif block:
                    block.append(line)
                    if line.rstrip(b",\r\n") == b"}":
                        text = b"".join(block).decode("utf-8").rstrip().rstrip(",")
                        try:
                            ids.add(str(json.loads(text)["id"]))
                        except (ValueError, KeyError, TypeError) as e:
                            raise OutputError(f"cannot resume {path}: not a dvextract JSON array ({e})") from e
                        end = offset - len(line) + 1  # keep the closing brace, drop ',' and the newline
                        block = []
                elif line.strip() not in (b"[", b"]", b"[]", b""):
                    raise OutputError(f"cannot resume {path}: not a dvextract JSON array")
        _truncate(path, end)
        return ids


def _id_of(line: str) -> str:
    """A record line's id, read from its first key without parsing the whole line when it can."""
    if line.startswith('{"id":"'):
        return scanstring(line, 7)[0]
    return str(json.loads(line)["id"])


def _truncate(path: Path, size: int) -> None:
    if path.stat().st_size != size:
        with path.open("r+b") as f:
            f.truncate(size)
