"""The relational view of records: the tables SQLite and Parquet outputs share, defined once.

One row per article in ``articles`` (its report's scalar fields, or its
error), and child tables keyed by ``article_id`` (and the item's position
in the report) for officials, their titles, directives, awards and every
evidence span. Roles, a closed set, are boolean columns on ``officials``;
titles, an open set, are rows of ``official_titles`` (and also a list on
the official's row). ``articles.record`` keeps the whole envelope as JSON,
so no field is lost, also one added to the report after this schema.

Each column has a kind that each format maps to its own type: ``date``
is ISO text in SQLite and ``date32`` in Parquet, ``list`` is JSON text in
SQLite and ``list<string>`` in Parquet, ``json`` is JSON text in both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from ..records import Record

Kind = Literal["text", "int", "bool", "date", "list", "json"]

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind
    doc: str


def _c(name: str, kind: Kind, doc: str) -> Column:
    return Column(name, kind, doc)


ARTICLE_ID = _c("article_id", "text", "The article's id (articles.id).")

TABLES: dict[str, tuple[Column, ...]] = {
    "articles": (
        _c("id", "text", "The article's id: file path, JSON Lines id, or position."),
        _c("version", "text", "The dvextract version that made the record."),
        _c("ok", "bool", "True when there is a report, false for an error."),
        _c("error_kind", "text", "read, input, extract or worker; null when ok."),
        _c("error_type", "text", "The exception's type; null when ok."),
        _c("error_message", "text", "What went wrong; null when ok."),
        _c("title", "text", "The headline."),
        _c("author", "text", "The byline."),
        _c("published", "date", "The page's date."),
        _c("meeting_date", "date", "The day the meeting took place."),
        _c("meeting_end", "date", "Its last day, for a meeting over several days."),
        _c("date_basis", "text", "Where the meeting date's year came from."),
        _c("time_of_day", "text", "sáng, trưa, chiều, tối or đêm."),
        _c("location", "text", "Where it was held."),
        _c("meeting_kind", "text", "hội nghị tổng kết, kỳ họp, đại hội ..."),
        _c("period", "text", "The period reviewed."),
        _c("organizer", "text", "The body that held the meeting."),
        _c("n_officials", "int", "How many officials (rows in officials)."),
        _c("n_directives", "int", "How many directives."),
        _c("n_awards", "int", "How many award counts."),
        _c("meta", "json", "The input fields kept with --meta-field, as a JSON object."),
        _c("record", "json", "The whole record envelope as JSON."),
    ),
    "officials": (
        ARTICLE_ID,
        _c("official_index", "int", "Position in the report's officials, from 0."),
        _c("name", "text", "Full personal name."),
        _c("titles", "list", "Every title as written."),
        _c("presiding", "bool", "Presided (chủ trì, điều hành)."),
        _c("attending", "bool", "Attended (dự, tham dự, có mặt)."),
        _c("speaking", "bool", "Spoke (phát biểu, kết luận, chỉ đạo ...)."),
        _c("awarding", "bool", "Handed out awards (trao, tặng)."),
    ),
    "official_titles": (
        ARTICLE_ID,
        _c("official_index", "int", "The official (officials.official_index)."),
        _c("title_index", "int", "Position among the official's titles, from 0."),
        _c("title", "text", "The title as written: 'Bí thư Huyện ủy'."),
    ),
    "directives": (
        ARTICLE_ID,
        _c("directive_index", "int", "Position in the report's directives, from 0."),
        _c("kind", "text", "Chỉ thị, Nghị quyết, Luật ..."),
        _c("number", "text", "The number as written ('19')."),
        _c("symbol", "text", "What follows the number ('CT/TU')."),
        _c("year", "int", "Year of an unnumbered law, or of a state number."),
        _c("name", "text", "Naming words of an unnumbered reference."),
        _c("issued", "date", "The document's own date."),
        _c("issuer", "text", "The issuing body."),
        _c("subject", "text", "What it is about."),
        _c("key", "text", "Canonical key, one per document."),
    ),
    "awards": (
        ARTICLE_ID,
        _c("award_index", "int", "Position in the report's awards, from 0."),
        _c("count", "int", "How many recipients."),
        _c("recipient", "text", "collective or individual."),
        _c("form", "text", "bằng khen, giấy khen ..."),
        _c("awarded_by", "text", "The awarding body (the report's 'by')."),
        _c("reason", "text", "What it rewards."),
        _c("per_award", "bool", "True when the count is of awards ('lượt')."),
    ),
    "spans": (
        ARTICLE_ID,
        _c("field", "text", "What the span supports: meeting_date, organizer, official, official_title, directive ..."),
        _c("item_index", "int", "The official, directive or award it belongs to; null for the report's own fields."),
        _c("start_char", "int", "Start offset (inclusive) in the article's text."),
        _c("end_char", "int", "End offset (exclusive)."),
        _c("text", "text", "The article's own characters there."),
    ),
}

PRIMARY_KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("id",),
    "officials": ("article_id", "official_index"),
    "official_titles": ("article_id", "official_index", "title_index"),
    "directives": ("article_id", "directive_index"),
    "awards": ("article_id", "award_index"),
}

INDEXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("articles", ("meeting_date",)),
    ("articles", ("published",)),
    ("officials", ("name",)),
    ("official_titles", ("title",)),
    ("directives", ("kind", "number", "symbol")),
    ("directives", ("key",)),
    ("awards", ("form",)),
    ("spans", ("article_id",)),
)

Rows = dict[str, list[tuple[Any, ...]]]


def rows(record: Record) -> Rows:
    """The record as rows of every table, values in column order (dates as dates, lists as tuples)."""
    out: Rows = {name: [] for name in TABLES}
    aid = record.id
    r, e = record.report, record.error
    meta = json.dumps(record.meta, ensure_ascii=False)
    whole = record.model_dump_json()
    if r is None:
        assert e is not None
        out["articles"].append(
            (aid, record.version, False, e.kind, e.type, e.message, *([None] * 11), 0, 0, 0, meta, whole)
        )
        return out
    out["articles"].append(
        (
            aid, record.version, True, None, None, None, r.title, r.author, r.published, r.meeting_date,
            r.meeting_end, r.date_basis, r.time_of_day, r.location, r.meeting_kind, r.period,
            r.organizer.name if r.organizer else None, len(r.officials), len(r.directives), len(r.awards),
            meta, whole,
        )
    )  # fmt: skip
    spans = out["spans"]
    for name, span in r.evidence:
        if span is not None:
            spans.append((aid, name, None, span.start, span.end, span.text))
    if r.organizer:
        spans += [(aid, "organizer", None, s.start, s.end, s.text) for s in r.organizer.spans]
    for i, o in enumerate(r.officials):
        roles = set(o.roles)
        out["officials"].append(
            (aid, i, o.name, o.titles, *(role in roles for role in ("presiding", "attending", "speaking", "awarding")))
        )
        out["official_titles"] += [(aid, i, j, t) for j, t in enumerate(o.titles)]
        spans += [(aid, "official", i, s.start, s.end, s.text) for s in o.spans]
        spans += [(aid, "official_title", i, s.start, s.end, s.text) for s in o.title_spans]
    for i, d in enumerate(r.directives):
        out["directives"].append(
            (aid, i, d.kind, d.number, d.symbol, d.year, d.name, d.issued, d.issuer, d.subject, d.key)
        )
        spans += [(aid, "directive", i, s.start, s.end, s.text) for s in d.spans]
    for i, a in enumerate(r.awards):
        out["awards"].append((aid, i, a.count, a.recipient, a.form, a.by, a.reason, a.per_award))
        spans += [(aid, "award", i, s.start, s.end, s.text) for s in a.spans]
    return out


def markdown() -> str:
    """The tables as Markdown, for docs/archive.md."""
    lines: list[str] = []
    for table, columns in TABLES.items():
        key = ", ".join(PRIMARY_KEYS.get(table, ()))
        lines += [f"### {table}", "", f"Key: ({key})." if key else "No key; indexed by article_id.", ""]
        lines += ["| column | kind | meaning |", "|---|---|---|"]
        lines += [f"| `{c.name}` | {c.kind} | {c.doc} |" for c in columns]
        lines.append("")
    lines.append("Indexes: " + "; ".join(f"{t}({', '.join(cs)})" for t, cs in INDEXES) + ".")
    return "\n".join(lines) + "\n"
