"""Long inputs read in pieces: cut at paragraph ends, extracted apart, merged into one record.

Used only when the caller asks (``extract(text, split_long=True)``) for a
text over the size limit. Spans of each piece are shifted by the piece's
offset, so they still index the caller's whole string. The meeting's own
facts come from the first piece that has them; officials merge by name,
directives by key, awards by their values.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .models import MeetingReport

_SCALARS = ("title", "published", "meeting_date", "time_of_day", "location", "meeting_kind", "period", "organizer")


def cut(text: str, size: int) -> list[tuple[int, int]]:
    """Ranges of at most ``size`` characters, ending at a blank line, a line end or a space if one is near."""
    out = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            for sep in ("\n\n", "\n", " "):
                at = text.rfind(sep, start + size // 2, end)
                if at > start:
                    end = at + len(sep)
                    break
        out.append((start, end))
        start = end
    return out


def _shift(value: Any, offset: int) -> Any:
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys():
            return {**value, "start": value["start"] + offset, "end": value["end"] + offset}
        return {k: _shift(v, offset) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_shift(v, offset) for v in value]
    return value


def pieces(text: str, size: int, run: Callable[[str], MeetingReport]) -> MeetingReport:
    """Extract ``text`` piece by piece with ``run`` and merge the records."""
    merged: dict[str, Any] = MeetingReport().model_dump()
    people: dict[str, dict[str, Any]] = {}
    docs: dict[str, dict[str, Any]] = {}
    prizes: dict[tuple[Any, ...], dict[str, Any]] = {}
    for a, b in cut(text, size):
        part = _shift(run(text[a:b]).model_dump(), a)
        for key in _SCALARS:
            if merged[key] is None and part[key] is not None:
                merged[key] = part[key]
                if key in part["evidence"]:
                    merged["evidence"][key] = part["evidence"][key]
        if part["author"] is not None:
            merged["author"], merged["evidence"]["author"] = part["author"], part["evidence"]["author"]
        for o in part["officials"]:
            into = people.setdefault(o["name"], {**o, "titles": [], "roles": [], "spans": [], "title_spans": []})
            into["titles"] += [t for t in o["titles"] if t not in into["titles"]]
            into["roles"] += [r for r in o["roles"] if r not in into["roles"]]
            into["spans"] += o["spans"]
            into["title_spans"] += o["title_spans"]
        for d in part["directives"]:
            docs.setdefault(d["key"], {**d, "spans": []})["spans"] += d["spans"]
        for w in part["awards"]:
            key = (w["count"], w["recipient"], w["form"], w["by"])
            prizes.setdefault(key, {**w, "spans": []})["spans"] += w["spans"]
    merged["officials"] = list(people.values())
    merged["directives"] = list(docs.values())
    merged["awards"] = list(prizes.values())
    report = MeetingReport.model_validate(merged)
    report._source = text
    return report
