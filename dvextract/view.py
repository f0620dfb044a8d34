"""A review page for one article, and displaCy's format with the same colours.

``to_html`` writes one self-contained HTML page: the article with every
evidence span marked in its field's colour and underline, and beside it the
record as tables (the meeting, officials, directives, awards). Clicking a
row lights up exactly that row's marks and scrolls to the first; pointing
at a mark shows its values and the rows it supports. Labels are in
Vietnamese or English. The page has inline CSS and a small inline script,
and nothing else: no network, no external file. Every character of the
article is escaped (a ``<script>`` in a scraped page is text); HTML input
is shown as the text a browser would show, its markup hidden but kept, so
the marks' offsets still index the caller's own string (see
:mod:`dvextract.marks`).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from . import assets, palette, tables
from .labels import labels, word
from .marks import Mark, collect, render
from .palette import COLOURS, displacy_options

if TYPE_CHECKING:
    from .models import MeetingReport

__all__ = ["COLOURS", "displacy_options", "labelled_spans", "page", "review_page", "to_displacy", "to_html"]


def labelled_spans(report: MeetingReport) -> list[tuple[int, int, str, str]]:
    """Every evidence span once, as (start, end, field, hover text), in text order."""
    return [(m.start, m.end, m.field, m.tip) for m in collect(report, "en")]


def page(title: str, lang: str, body: str, *, css: str, script: str, body_class: str, extra: str = "") -> str:
    """The HTML shell every page of the view and the site shares."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title>\n<style>{assets.BASE_CSS}{css}</style></head>\n"
        f'<body class="{body_class}"{extra}>\n{body}\n<script>{script}</script>\n</body></html>\n'
    )


def _legend(marks: list[Mark], lang: str) -> str:
    present = {m.field for m in marks}
    items = "".join(
        f'<li><span class="chip f-{name}"></span>{html.escape(word(lang, f"field.{name}"))}</li>'
        for name in palette.LOOKS
        if name in present
    )
    return f'<ul class="legend" aria-label="{html.escape(word(lang, "section.legend"))}">{items}</ul>'


def review_page(report: MeetingReport, text: str, lang: str = "vi", *, back: str | None = None) -> str:
    """The page for ``report`` over ``text``; ``back`` links to an index (the site's pages)."""
    labels(lang)  # an unknown language is an error before any work
    marks = collect(report, lang)
    article = render(text, marks)
    linked = {ref for m in marks for ref in m.refs}
    nav = f'<nav><a href="{html.escape(back)}">&larr; {html.escape(word(lang, "ui.back"))}</a></nav>' if back else ""
    toggle = ""
    if article.has_markup:
        box = '<input type="checkbox" id="show-markup">'
        toggle = f'<label class="toggle">{box} {html.escape(word(lang, "ui.show_markup"))}</label>'
    title = report.title or "dvextract"
    body = (
        f"<header>{nav}<h1>{html.escape(title)}</h1>"
        f'<p class="hint">{html.escape(word(lang, "ui.hint"))}</p>{_legend(marks, lang)}{toggle}</header>\n'
        f'<main><div id="article" class="{"html" if article.is_html else "text"}">{article.html}</div>\n'
        f'<div id="record">{tables.record(report, lang, linked)}</div></main>'
    )
    return page(
        title,
        lang,
        body,
        css=assets.REVIEW_CSS + palette.css(),
        script=assets.REVIEW_JS,
        body_class="review",
        extra=f' data-spans="{len(marks)}"',
    )


def to_html(report: MeetingReport, text: str, lang: str = "vi") -> str:
    """The review page for ``report`` over the article ``text`` it was extracted from."""
    return review_page(report, text, lang)


def to_displacy(report: MeetingReport, text: str) -> dict[str, Any]:
    """The dict spaCy's ``displacy.render(..., style="ent", manual=True)`` draws.

    Pass ``options=displacy_options()`` to draw it in the review page's colours.
    """
    ents = [{"start": m.start, "end": m.end, "label": m.field.upper()} for m in collect(report, "en")]
    ents.sort(key=lambda e: (e["start"], e["end"]))
    return {"text": text, "ents": ents, "title": report.title}
