"""One look per field, shared by the review page, its legend and displaCy.

The background colours are Paul Tol's "light" scheme, made for text
labels that must stay apart for readers with any common colour-vision
deficiency; the three page-furniture fields (headline, byline, page date)
are greys. Colour is never the only cue: every field also has its own
underline style (solid, dashed, dotted, double or none), and its name is
in the legend and at the start of every highlight's hover text. An
official's title is a paler tint of the official's colour, so a title
reads as belonging to its name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

LineStyle = Literal["solid", "dashed", "dotted", "double", "none"]


@dataclass(frozen=True, slots=True)
class Look:
    """How a field's spans are drawn: background, underline colour and style."""

    background: str
    line: str
    style: LineStyle


LOOKS: dict[str, Look] = {
    "meeting_date": Look("#EEDD88", "#7A6A00", "solid"),
    "time_of_day": Look("#D9CCEE", "#5E3C99", "dotted"),
    "period": Look("#BBCC33", "#4F5A00", "dashed"),
    "published": Look("#DDDDDD", "#444444", "double"),
    "location": Look("#99DDFF", "#1A6A94", "dotted"),
    "meeting_kind": Look("#FFAABB", "#A02848", "dashed"),
    "organizer": Look("#77AADD", "#1B4A85", "double"),
    "official": Look("#44BB99", "#145A47", "solid"),
    "official_title": Look("#C4E8DC", "#145A47", "dotted"),
    "directive": Look("#AAAA00", "#454500", "dashed"),
    "award": Look("#EE8866", "#8E3414", "solid"),
    "title": Look("#EEEEEE", "#888888", "none"),
    "author": Look("#EEEEEE", "#666666", "dotted"),
}
"""Every field that has evidence spans, in legend order."""

COLOURS: dict[str, str] = {name: look.background for name, look in LOOKS.items()}
"""Field name to background colour (the page's and displaCy's)."""


def css() -> str:
    """The ``.f-FIELD`` rules for marks, legend chips and row chips."""
    rules = []
    for name, look in LOOKS.items():
        width = "3px" if look.style == "double" else "2px"
        line = "none" if look.style == "none" else f"{width} {look.style} {look.line}"
        rules.append(f".f-{name}{{background:{look.background};border-bottom:{line}}}")
    return "\n".join(rules)


def displacy_options() -> dict[str, Any]:
    """The ``options`` for ``displacy.render(..., style="ent", manual=True)``: the page's colours.

    Labels are the upper-case field names that :func:`dvextract.view.to_displacy`
    writes, so a displaCy picture and the review page agree.
    """
    return {
        "ents": [name.upper() for name in LOOKS],
        "colors": {name.upper(): look.background for name, look in LOOKS.items()},
    }
