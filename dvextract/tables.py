"""The record as tables a reader can check: the meeting, officials, directives, awards.

Every row that has evidence carries ``data-ref`` (the same ref its marks
carry in ``data-refs``), so a click lights up exactly its words in the
article. Every value cell names its field in ``data-value``, so a test or a
scraper reads the page without guessing columns. Nulls show as an em dash.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from . import describe
from .labels import word
from .models import Award, MeetingReport

FACTS = (
    "title", "author", "published", "meeting_date", "meeting_end", "date_basis", "time_of_day",
    "location", "meeting_kind", "period", "organizer",
)  # fmt: skip
"""The meeting table's rows, in reading order."""

_ESC = html.escape


def _cell(name: str, value: str, note: str = "") -> str:
    if not value:
        return f'<td data-value="{name}" class="null">{describe.DASH}</td>'
    extra = f' <small class="note">{_ESC(note)}</small>' if note else ""
    return f'<td data-value="{name}">{_ESC(value)}{extra}</td>'


def _row(ref: str, linked: set[str], cells: str) -> str:
    if ref in linked:
        return f'<tr data-ref="{ref}" tabindex="0">{cells}</tr>'
    return f"<tr>{cells}</tr>"


def _chip(field: str) -> str:
    return f'<span class="chip f-{field}" aria-hidden="true"></span>'


def meeting(report: MeetingReport, lang: str, linked: set[str]) -> str:
    """Two columns: the fact's name (with its field's colour when it has marks) and its value."""
    rows = []
    for name in FACTS:
        ref = f"f-{name}"
        chip = _chip(name) if ref in linked else ""
        label = _ESC(word(lang, f"field.{name}"))
        value = _cell(name, describe.fact(report, name, lang))
        rows.append(_row(ref, linked, f'<th scope="row">{chip}{label}</th>{value}'))
    return _section("meeting", lang, "", "".join(rows))


Column = tuple[str, str, Callable[[Any], "str | tuple[str, str]"]]
"""A column: its field, its label key, and the value (or value and note) of an item."""


def _filled(value: str | tuple[str, str]) -> bool:
    return bool(value[0] if isinstance(value, tuple) else value)


def _items(
    kind: str,
    prefix: str,
    field: str,
    items: Sequence[Any],
    columns: Sequence[Column],
    lang: str,
    linked: set[str],
    keep: int,
) -> str:
    """One row per item; the first ``keep`` columns always, the others when some item has a value."""
    if not items:
        return _section(kind, lang, "", f'<tr><td class="null">{_ESC(word(lang, "ui.none"))}</td></tr>')
    # A part no item has (no directive here is dated) is left out, not shown as a column of dashes.
    columns = [c for i, c in enumerate(columns) if i < keep or any(_filled(c[2](item)) for item in items)]
    head = '<th class="n">#</th>' + "".join(f'<th scope="col">{_ESC(word(lang, k))}</th>' for _, k, _ in columns)
    rows = []
    for i, item in enumerate(items):
        ref = f"{prefix}{i}"
        cells = f'<td class="n">{_chip(field) if ref in linked else ""}{i + 1}</td>'
        for name, _, show in columns:
            value = show(item)
            cells += _cell(name, *value) if isinstance(value, tuple) else _cell(name, value)
        rows.append(_row(ref, linked, cells))
    return _section(kind, lang, f"<thead><tr>{head}</tr></thead>", "".join(rows))


def _section(kind: str, lang: str, head: str, body: str) -> str:
    title = _ESC(word(lang, f"section.{kind}"))
    table = f"<table>{head}<tbody>{body}</tbody></table>"
    return f'<section id="{kind}"><h2>{title}</h2><div class="wrap">{table}</div></section>'


def officials(report: MeetingReport, lang: str, linked: set[str]) -> str:
    columns: list[Column] = [
        ("name", "col.name", lambda o: o.name),
        ("titles", "col.titles", lambda o: "; ".join(o.titles)),
        ("roles", "col.roles", lambda o: describe.roles(lang, o.roles)),
        ("mentions", "col.mentions", lambda o: str(len(o.spans))),
    ]
    return _items("officials", "o", "official", report.officials, columns, lang, linked, keep=len(columns))


def directives(report: MeetingReport, lang: str, linked: set[str]) -> str:
    columns: list[Column] = [
        ("kind", "col.kind", lambda d: d.kind),
        ("number", "col.number", lambda d: describe.text(d.number)),
        ("symbol", "col.symbol", lambda d: describe.text(d.symbol)),
        ("year", "col.year", lambda d: describe.text(d.year)),
        ("name", "col.doc_name", lambda d: describe.text(d.name)),
        ("subject", "col.subject", lambda d: describe.text(d.subject)),
        ("issued", "col.issued", lambda d: describe.text(d.issued)),
        ("issuer", "col.issuer", lambda d: describe.text(d.issuer)),
        ("key", "col.key", lambda d: d.key),
    ]
    return _items("directives", "d", "directive", report.directives, columns, lang, linked, keep=1)


def awards(report: MeetingReport, lang: str, linked: set[str]) -> str:
    def count(a: Award) -> tuple[str, str]:
        return str(a.count), word(lang, "ui.per_award") if a.per_award else ""

    columns: list[Column] = [
        ("count", "col.count", count),
        ("recipient", "col.recipient", lambda a: describe.coded(lang, "recipient", a.recipient)),
        ("form", "col.form", lambda a: describe.text(a.form)),
        ("by", "col.by", lambda a: describe.text(a.by)),
        ("reason", "col.reason", lambda a: describe.text(a.reason)),
    ]
    return _items("awards", "a", "award", report.awards, columns, lang, linked, keep=2)


def record(report: MeetingReport, lang: str, linked: set[str]) -> str:
    """All four tables; ``linked`` holds the refs that have marks in the article."""
    parts = (meeting, officials, directives, awards)
    return "".join(part(report, lang, linked) for part in parts)
