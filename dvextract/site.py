"""A static review site for a batch: an index of every article, and one review page each.

The index has one row per article (its id, meeting date, organiser, counts
of officials, directives and awards, and the error if it failed), sortable
by clicking a column header. Each id links to the article's review page
(:func:`dvextract.view.review_page`), which links back. Every file is
self-contained (inline CSS and script, no network), so the folder can be
zipped, mailed or opened from a USB stick.

Records are streamed: each page is written as its record arrives and only
the index's small rows are kept, so a batch of any size fits in memory.
File names are made from the ids (which may be URLs or paths) by keeping
safe ASCII characters and adding a short hash of the whole id, so two ids
never share a file and no id can name a file outside the folder.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from . import assets
from .labels import labels, word
from .models import MeetingReport
from .records import ExtractionError
from .view import page, review_page

PAGES = "articles"
"""The sub-folder holding the review pages."""

SiteItem = tuple[str, "str | None", "MeetingReport | ExtractionError"]
"""(article id, the article's text, its result) as :func:`write_site` takes them."""


@dataclass(frozen=True, slots=True)
class Site:
    """What :func:`write_site` wrote."""

    index: Path
    articles: int
    failed: int


@dataclass(frozen=True, slots=True)
class _Row:
    article_id: str
    href: str
    meeting_date: str
    organizer: str
    officials: int | None
    directives: int | None
    awards: int | None
    error: str


def _outcome(result: object) -> MeetingReport | str:
    """The one place that knows the batch's record types: a report, or an error's message."""
    if isinstance(result, MeetingReport):
        return result
    if isinstance(result, ExtractionError):
        return f"{result.type}: {result.message}"
    if isinstance(result, BaseException):
        return f"{type(result).__name__}: {result}"
    raise TypeError(f"a site record's result must be a MeetingReport or ExtractionError, not {type(result).__name__}")


_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def page_name(article_id: str, taken: set[str]) -> str:
    """A safe, unique file name for ``article_id``: ASCII letters, digits, ``-`` and ``_``, then a hash."""
    folded = unicodedata.normalize("NFKD", article_id.replace("đ", "d").replace("Đ", "D"))
    ascii_only = folded.encode("ascii", "ignore").decode("ascii")
    stem = _UNSAFE.sub("-", ascii_only).strip("-_")[-60:].lstrip("-_") or "article"
    digest = hashlib.sha1(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    name, n = f"{stem}-{digest}.html", 2
    while name in taken:  # the same id twice in a batch
        name, n = f"{stem}-{digest}-{n}.html", n + 1
    taken.add(name)
    return name


def _error_page(article_id: str, text: str | None, message: str, lang: str) -> str:
    back = f'<nav><a href="../index.html">&larr; {html.escape(word(lang, "ui.back"))}</a></nav>'
    head = f'<h1>{html.escape(article_id)}</h1><p class="hint">{html.escape(word(lang, "ui.error"))}</p>'
    error = f'<p class="error" data-value="error">{html.escape(message)}</p>'
    article = f'<div id="article" class="text">{html.escape(text or "")}</div>'
    body = f"<header>{back}{head}{error}</header>\n<main>{article}</main>"
    return page(article_id, lang, body, css=assets.REVIEW_CSS, script="", body_class="review")


def _row(article_id: str, href: str, report: MeetingReport) -> _Row:
    return _Row(
        article_id=article_id,
        href=href,
        meeting_date=report.meeting_date.isoformat() if report.meeting_date else "",
        organizer=report.organizer.name if report.organizer else "",
        officials=len(report.officials),
        directives=len(report.directives),
        awards=len(report.awards),
        error="",
    )


def _write(path: Path, document: str) -> None:
    # A lone surrogate (from a JSON "\ud800" or an undecodable file name) becomes "?": same length.
    path.write_text(document, encoding="utf-8", errors="replace")


def _write_one(out: Path, name: str, article_id: str, text: str | None, result: object, lang: str) -> _Row:
    outcome = _outcome(result)
    href = f"{PAGES}/{name}"
    if isinstance(outcome, MeetingReport):
        try:
            source = text if text is not None else outcome._text(None)
            document = review_page(outcome, source, lang, back="../index.html")
        except Exception as e:  # a report that does not fit its text: show it as an error, keep going
            outcome = f"{type(e).__name__}: {e}"
        else:
            _write(out / href, document)
            return _row(article_id, href, outcome)
    _write(out / href, _error_page(article_id, text, outcome, lang))
    return _Row(article_id, href, "", "", None, None, None, outcome)


def write_site(records: Iterable[SiteItem], out_dir: str | Path, *, lang: str = "vi") -> Site:
    """Write ``out_dir/index.html`` and ``out_dir/articles/*.html`` for ``(id, text, result)`` records.

    ``result`` is a :class:`MeetingReport` or an :class:`ExtractionError`
    (``text`` may then be None). Pages are written as records arrive.
    """
    labels(lang)  # an unknown language fails before anything is written
    out = Path(out_dir)
    (out / PAGES).mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    rows = [
        _write_one(out, page_name(str(article_id), taken), str(article_id), text, result, lang)
        for article_id, text, result in records
    ]
    index = out / "index.html"
    _write(index, index_page(rows, lang))
    return Site(index, len(rows), sum(1 for r in rows if r.error))


_COLUMNS = (
    ("article", "col.article", "text"),
    ("date", "col.date", "text"),
    ("organizer", "col.organizer", "text"),
    ("officials", "col.officials", "number"),
    ("directives", "col.directives", "number"),
    ("awards", "col.awards", "number"),
    ("error", "col.error", "text"),
)


def _count(name: str, n: int | None) -> str:
    shown = "" if n is None else str(n)
    return f'<td class="num" data-value="{name}" data-sort="{shown}">{shown or "—"}</td>'


def index_page(rows: list[_Row], lang: str) -> str:
    """The index: one row per article, its columns sortable in the page."""
    head = "".join(
        f'<th scope="col" data-key="{key}" data-type="{kind}"><button type="button">'
        f"{html.escape(word(lang, label))}</button></th>"
        for key, label, kind in _COLUMNS
    )
    body = []
    for r in rows:
        link = f'<a href="{html.escape(r.href)}">{html.escape(r.article_id)}</a>'
        body.append(
            f'<tr><td data-value="article" data-sort="{html.escape(r.article_id)}">{link}</td>'
            f'<td data-value="date">{r.meeting_date}</td>'
            f'<td data-value="organizer">{html.escape(r.organizer)}</td>'
            f"{_count('officials', r.officials)}{_count('directives', r.directives)}{_count('awards', r.awards)}"
            f'<td data-value="error" class="error">{html.escape(r.error)}</td></tr>'
        )
    failed = sum(1 for r in rows if r.error)
    summary = f"{len(rows)} {word(lang, 'ui.summary')}, {failed} {word(lang, 'ui.failed')}"
    title = word(lang, "ui.index_title")
    content = (
        f'<h1>{html.escape(title)}</h1><p class="hint">{html.escape(summary)}. '
        f"{html.escape(word(lang, 'ui.index_hint'))}</p>"
        f'<div class="wrap"><table id="articles"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></div>"
    )
    return page(title, lang, content, css=assets.INDEX_CSS, script=assets.INDEX_JS, body_class="index")
