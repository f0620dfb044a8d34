"""Record values as a reader sees them: localised words, ISO dates, a dash for nothing.

The tables of the review page and the hover text of its highlights say the
same thing about a value, so both come from here. A null is never shown as
Python's ``None``: a table cell shows an em dash, a hover text leaves it out.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from .labels import word
from .models import Award, Directive, MeetingReport, Official

DASH = "—"
SEP = " · "


def text(value: object) -> str:
    """A scalar value as text: ISO for dates, "" for null."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def coded(lang: str, prefix: str, value: str | None) -> str:
    """A model literal ('attending', 'collective', 'clue', 'chiều') in the reader's words."""
    return "" if value is None else word(lang, f"{prefix}.{value}", value)


def roles(lang: str, values: Iterable[str]) -> str:
    return ", ".join(coded(lang, "role", r) for r in values)


def fact(report: MeetingReport, field: str, lang: str) -> str:
    """A scalar field of the report (or the organiser's name) as shown in the meeting table."""
    if field == "organizer":
        return report.organizer.name if report.organizer else ""
    value = getattr(report, field)
    if field == "date_basis":
        return coded(lang, "basis", value)
    if field == "time_of_day":
        return coded(lang, "tod", value)
    return text(value)


def _join(parts: Iterable[str]) -> str:
    return SEP.join(p for p in parts if p)


def official(o: Official, lang: str) -> str:
    return _join([o.name, "; ".join(o.titles), roles(lang, o.roles)])


def directive(d: Directive, lang: str) -> str:
    number = "/".join(p for p in (d.number, d.symbol) if p)
    head = " ".join(p for p in (d.kind, number, d.name or "") if p)
    return _join([head, text(d.issued), d.issuer or "", d.subject or "", d.key])


def award(a: Award, lang: str) -> str:
    return _join([f"{a.count} {coded(lang, 'recipient', a.recipient)}", a.form or "", a.by or "", a.reason or ""])


def tip(lang: str, field: str, value: str) -> str:
    """Hover text: the field's name first (the cue that needs no colour), then its value."""
    name = word(lang, f"field.{field}")
    return f"{name}: {value}" if value else name
