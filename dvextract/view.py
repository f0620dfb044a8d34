"""A picture of what was found: one self-contained HTML page, and displaCy's format.

The page shows the article with every evidence span highlighted in a colour
per field, a legend, the structured record beside it, and the parsed value
as hover text. It has no network dependency (inline CSS, no script) and
escapes every character of the article, so a ``<script>`` in a scraped page
is shown as text. Spans nest when one lies inside another ("Phạm Thị Út"
inside its title line); a span that crosses another's edge is shown as a
highlight of its own part only, so the page holds exactly one ``<mark>`` per
span.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import MeetingReport

COLOURS = {
    "meeting_date": "#ffd166",
    "published": "#f4a261",
    "time_of_day": "#ffe8a3",
    "location": "#b5e48c",
    "meeting_kind": "#cdb4db",
    "period": "#e9c46a",
    "title": "#e0e0e0",
    "author": "#d9d9d9",
    "organizer": "#90caf9",
    "official": "#80cbc4",
    "official_title": "#c8e6c9",
    "directive": "#f8bbd0",
    "award": "#ffab91",
}


@dataclass
class _Node:
    start: int
    end: int
    label: str
    tip: str
    children: list[_Node] = field(default_factory=list)


def labelled_spans(report: MeetingReport) -> list[tuple[int, int, str, str]]:
    """Every evidence span once, as (start, end, field label, hover text)."""
    out: dict[tuple[int, int, str], str] = {}

    def put(s: Any, label: str, tip: str) -> None:
        if s.end > s.start:
            out.setdefault((s.start, s.end, label), tip)

    for name, s in report.evidence:
        if s is not None:
            put(s, name, f"{name}: {getattr(report, name, None)}")
    if report.organizer:
        for s in report.organizer.spans:
            put(s, "organizer", f"organizer: {report.organizer.name}")
    for o in report.officials:
        tip = f"official: {o.name} | {'; '.join(o.titles)} | {', '.join(o.roles) or 'no role'}"
        for s in o.spans:
            put(s, "official", tip)
        for s in o.title_spans:
            put(s, "official_title", f"title of {o.name}")
    for d in report.directives:
        tip = f"directive: {d.key}"
        tip += (f" | issued {d.issued}" if d.issued else "") + (f" | {d.issuer}" if d.issuer else "")
        for s in d.spans:
            put(s, "directive", tip)
    for a in report.awards:
        tip = f"award: {a.count} {a.recipient} | {a.form or ''} | {a.by or ''}"
        for s in a.spans:
            put(s, "award", tip)
    return sorted(((a, b, lab, tip) for (a, b, lab), tip in out.items()), key=lambda t: (t[0], -t[1], t[2]))


def _tree(spans: list[tuple[int, int, str, str]]) -> list[_Node]:
    """Nest spans by containment; a crossing span is clipped to where it does not cross."""
    roots: list[_Node] = []
    stack: list[_Node] = []
    for a, b, label, tip in spans:
        while stack and stack[-1].end <= a:
            stack.pop()
        if stack and b > stack[-1].end:
            b = stack[-1].end  # crosses its parent's end: clip
            if b <= a:
                continue
        node = _Node(a, b, label, tip)
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return roots


def _render(text: str, nodes: list[_Node], start: int, end: int) -> str:
    parts: list[str] = []
    pos = start
    for n in nodes:
        parts.append(html.escape(text[pos : n.start]))
        inner = _render(text, n.children, n.start, n.end)
        parts.append(
            f'<mark class="f-{n.label}" data-field="{n.label}" title="{html.escape(n.tip, quote=True)}">{inner}</mark>'
        )
        pos = n.end
    parts.append(html.escape(text[pos:end]))
    return "".join(parts)


def to_html(report: MeetingReport, text: str) -> str:
    """The whole page for ``report`` over the article ``text`` it was extracted from."""
    spans = labelled_spans(report)
    body = _render(text, _tree(spans), 0, len(text))
    styles = "\n".join(f".f-{k}{{background:{v}}}" for k, v in COLOURS.items())
    legend = "".join(f'<li><span class="f-{k} swatch"></span>{html.escape(k)}</li>' for k in COLOURS)
    record = report.model_dump(mode="json", exclude={"evidence"})
    rows = []
    for key, value in record.items():
        if isinstance(value, list | dict):
            shown = json.dumps(_strip_spans(value), ensure_ascii=False, indent=1)
            rows.append(f"<tr><th>{html.escape(key)}</th><td><pre>{html.escape(shown)}</pre></td></tr>")
        else:
            rows.append(f"<tr><th>{html.escape(key)}</th><td>{html.escape(str(value))}</td></tr>")
    title = html.escape(report.title or "dvextract")
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<style>
body{{font:15px/1.6 system-ui,sans-serif;margin:0;display:flex;gap:1.5em;padding:1em}}
#article{{flex:3;white-space:pre-wrap}} #record{{flex:2;font-size:13px}}
mark{{border-radius:3px;padding:0 1px}} mark mark{{outline:1px solid #555}}
table{{border-collapse:collapse}} th,td{{border:1px solid #ccc;padding:3px;vertical-align:top;text-align:left}}
pre{{margin:0;white-space:pre-wrap}} .swatch{{display:inline-block;width:1em;height:1em;margin-right:.4em}}
ul.legend{{list-style:none;padding:0;columns:2}}
{styles}
</style></head>
<body data-spans="{len(spans)}">
<div id="article">{body}</div>
<div id="record"><h2>Legend</h2><ul class="legend">{legend}</ul>
<h2>Record</h2><table>{"".join(rows)}</table></div>
</body></html>
"""


def _strip_spans(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_spans(v) for k, v in value.items() if k not in ("spans", "title_spans")}
    if isinstance(value, list):
        return [_strip_spans(v) for v in value]
    return value


def to_displacy(report: MeetingReport, text: str) -> dict[str, Any]:
    """The dict spaCy's ``displacy.render(..., style="ent", manual=True)`` draws."""
    ents = [{"start": a, "end": b, "label": label.upper()} for a, b, label, _ in labelled_spans(report)]
    ents.sort(key=lambda e: (e["start"], e["end"]))
    return {"text": text, "ents": ents, "title": report.title}
