"""The article with its evidence marked: one ``<mark>`` per span, over the caller's own string.

Each mark carries ``data-start``/``data-end`` (offsets into the caller's
text, so ``text[start:end]`` is the span's text), its field, the rows of
the record it supports (``data-refs``: ``o0`` is the first official,
``d1`` the second directive, ``f-meeting_date`` a meeting fact) and hover
text with their values.

HTML input is rendered as the raw string with its markup hidden, not as the
cleaned text: the page's text nodes hold every character of the input in
order, so the article's ``textContent`` *is* the input and every span
offset stays true on the page, while a reader sees the text a browser
would show. Tags (and script, style and comment blocks) sit escaped in
hidden elements; a block tag also ends the line; an entity shows its
character through CSS generated content, which is not part of the text.
What counts as markup is the cleaner's own pattern, so the page hides
exactly what the rules did not read.
"""

from __future__ import annotations

import bisect
import heapq
import html
from dataclasses import dataclass, field
from typing import Literal

from . import describe
from .clean import _BLOCK_TAGS, _HTML
from .models import MeetingReport, Span

MarkupKind = Literal["tag", "block", "entity"]


@dataclass(frozen=True, slots=True)
class Mark:
    """An evidence span on the page, and the record rows it supports."""

    start: int
    end: int
    field: str
    refs: tuple[str, ...]
    tip: str


def collect(report: MeetingReport, lang: str = "en") -> list[Mark]:
    """Every evidence span once, in text order; a span shared by two records carries both refs."""
    found: dict[tuple[int, int, str], tuple[list[str], list[str]]] = {}

    def put(s: Span | None, name: str, ref: str, tip: str) -> None:
        if s is None or s.end <= s.start:
            return
        refs, tips = found.setdefault((s.start, s.end, name), ([], []))
        if ref not in refs:
            refs.append(ref)
            tips.append(tip)

    for name, s in report.evidence:
        put(s, name, f"f-{name}", describe.tip(lang, name, describe.fact(report, name, lang)))
    if report.organizer:
        for s in report.organizer.spans:
            put(s, "organizer", "f-organizer", describe.tip(lang, "organizer", report.organizer.name))
    for i, o in enumerate(report.officials):
        about = describe.official(o, lang)
        for s in o.spans:
            put(s, "official", f"o{i}", describe.tip(lang, "official", about))
        for s in o.title_spans:
            put(s, "official_title", f"o{i}", describe.tip(lang, "official_title", f"{s.text} ({o.name})"))
    for i, d in enumerate(report.directives):
        for s in d.spans:
            put(s, "directive", f"d{i}", describe.tip(lang, "directive", describe.directive(d, lang)))
    for i, a in enumerate(report.awards):
        for s in a.spans:
            put(s, "award", f"a{i}", describe.tip(lang, "award", describe.award(a, lang)))
    marks = [Mark(a, b, name, tuple(refs), "\n".join(tips)) for (a, b, name), (refs, tips) in found.items()]
    return sorted(marks, key=lambda m: (m.start, -m.end, m.field))


@dataclass
class _Node:
    start: int
    end: int
    mark: Mark
    children: list[_Node] = field(default_factory=list)

    @property
    def part(self) -> bool:
        return (self.start, self.end) != (self.mark.start, self.mark.end)


def tree(marks: list[Mark]) -> list[_Node]:
    """Nest marks by containment.

    A span that crosses the end of the one it starts in is drawn in pieces:
    the part inside, then the rest as a mark of its own (class ``part``,
    same data attributes), so no character of any span goes unmarked.
    """
    heap = [(m.start, -m.end, m.field, i, m.start, m.end) for i, m in enumerate(marks)]
    heapq.heapify(heap)
    roots: list[_Node] = []
    stack: list[_Node] = []
    while heap:
        _, _, _, i, a, b = heapq.heappop(heap)
        while stack and stack[-1].end <= a:
            stack.pop()
        if stack and b > stack[-1].end:
            cut = stack[-1].end
            heapq.heappush(heap, (cut, -b, marks[i].field, i, cut, b))
            b = cut
        node = _Node(a, b, marks[i])
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return roots


@dataclass(frozen=True, slots=True)
class Markup:
    """A range of the input that is markup: a tag or block to hide, or an entity to show decoded."""

    start: int
    end: int
    kind: MarkupKind
    shown: str = ""


def markup(text: str) -> list[Markup]:
    """The HTML in ``text`` as the cleaner sees it, in order."""
    out = []
    for m in _HTML.finditer(text):
        s = m.group(0)
        if s.startswith("&"):
            decoded = html.unescape(s)
            if decoded != s:
                out.append(Markup(m.start(), m.end(), "entity", decoded))
        else:
            block = (m.group(2) or "").lower() in _BLOCK_TAGS
            out.append(Markup(m.start(), m.end(), "block" if block else "tag"))
    return out


@dataclass(frozen=True, slots=True)
class Article:
    """The marked article: its HTML, how many marks it holds, and whether the input was HTML."""

    html: str
    marks: int
    is_html: bool
    has_markup: bool


def render(text: str, marks: list[Mark]) -> Article:
    """The article's HTML: every character of ``text`` escaped, marks nested, markup hidden."""
    hidden = markup(text)
    painter = _Painter(text, hidden)
    body = painter.nodes(tree(marks), 0, len(text))
    is_html = any(m.kind == "block" for m in hidden)
    return Article(body, painter.count, is_html, any(m.kind != "entity" for m in hidden))


class _Painter:
    """Writes text ranges and marks; markup ranges inside plain text are hidden or decoded."""

    def __init__(self, text: str, hidden: list[Markup]) -> None:
        self.text = text
        self.hidden = hidden
        self.starts = [m.start for m in hidden]
        self.count = 0

    def nodes(self, nodes: list[_Node], start: int, end: int) -> str:
        parts: list[str] = []
        pos = start
        for n in nodes:
            parts.append(self.plain(pos, n.start))
            m = n.mark
            self.count += 1
            inner = self.nodes(n.children, n.start, n.end)
            cls = f"f-{m.field} part" if n.part else f"f-{m.field}"
            parts.append(
                f'<mark class="{cls}" data-field="{m.field}" data-start="{m.start}" data-end="{m.end}" '
                f'data-refs="{" ".join(m.refs)}" title="{html.escape(m.tip)}">{inner}</mark>'
            )
            pos = n.end
        parts.append(self.plain(pos, end))
        return "".join(parts)

    def plain(self, a: int, b: int) -> str:
        """``text[a:b]`` escaped, with the markup ranges in it hidden (or an entity decoded)."""
        if a >= b:
            return ""
        text = self.text
        i = bisect.bisect_right(self.starts, a) - 1
        if i < 0 or self.hidden[i].end <= a:
            i += 1
        out: list[str] = []
        pos = a
        while i < len(self.hidden) and self.hidden[i].start < b:
            m = self.hidden[i]
            lo, hi = max(a, m.start), min(b, m.end)
            out.append(html.escape(text[pos:lo]))
            raw = html.escape(text[lo:hi])
            if m.kind == "entity":
                whole = (lo, hi) == (m.start, m.end)
                shown = f'<span class="ent" data-c="{html.escape(m.shown)}"><span hidden>{raw}</span></span>'
                out.append(shown if whole else raw)
            else:
                out.append(f'<span class="markup" hidden>{raw}</span>')
                if m.kind == "block" and hi == m.end:
                    out.append('<br class="brk">')
            pos = hi
            i += 1
        out.append(html.escape(text[pos:b]))
        return "".join(out)
