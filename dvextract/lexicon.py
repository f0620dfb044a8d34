"""Lexicons: the field's vocabulary, kept in data files beside the code.

Titles, bodies, document types, surnames, number words and cue verbs change
as Vietnamese institutions change (the 2025 merger of provinces and boards
is one example), so they live in ``dvextract/data/`` as plain text that a
domain expert can edit without reading Python. Each file is read once, on
first use, and kept as an immutable set or mapping.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def lines(name: str) -> tuple[str, ...]:
    """The non-empty, non-comment lines of ``data/<name>``, stripped."""
    raw = resources.files("dvextract").joinpath("data", name).read_text(encoding="utf-8")
    out = []
    for line in raw.splitlines():
        line = line.split(" #", 1)[0].strip() if not line.startswith("#") else ""
        if line:
            out.append(line)
    return tuple(out)


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated data file, each cell stripped."""
    return tuple(tuple(c.strip() for c in line.split("\t")) for line in lines(name))


@cache
def words(name: str) -> frozenset[str]:
    """A data file's lines as a set."""
    return frozenset(lines(name))


@cache
def folded(name: str) -> frozenset[str]:
    """A data file's lines as a case-folded set, for case-blind lookups."""
    return frozenset(w.casefold() for w in lines(name))


def boilerplate() -> frozenset[str]:
    """Lines that start the site furniture after an article ("Tin khác")."""
    return folded("boilerplate.txt")


def surnames() -> frozenset[str]:
    """Vietnamese family names (domain.md section 3), as written with capitals."""
    return words("surnames.txt")


@cache
def mapping(name: str) -> dict[str, str]:
    """A two-column data file as a dict from the first column to the second."""
    return {row[0]: row[1] for row in table(name) if len(row) >= 2}
