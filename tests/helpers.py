"""Test helpers: variants of a text that must give the same answers."""

from __future__ import annotations

import unicodedata

import regex

from dvextract.clean import _OLD_TONE

_NEW_TO_OLD = {new: old for old, new in _OLD_TONE.items()}
_NEW_RE = regex.compile(
    r"(?<![qQ])(?:" + "|".join(map(regex.escape, sorted(_NEW_TO_OLD, key=len, reverse=True))) + r")(?!\p{L})"
)


def to_old_tone(text: str) -> str:
    """Write 'hòa', 'ủy' the old way: 'hoà', 'uỷ'."""
    return _NEW_RE.sub(lambda m: _NEW_TO_OLD[m.group(0)], text)


def to_nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def to_odd_marks(text: str) -> str:
    """Curly quotes, en dashes, no-break spaces and CRLF, as scraped pages have them."""
    out = text.replace('"', "\u201c").replace(" - ", " \u2013 ").replace("\n", "\r\n")
    return out.replace(", ", ",\u00a0")


VARIANTS = {"raw": lambda t: t, "nfd": to_nfd, "old_tone": to_old_tone, "odd_marks": to_odd_marks}
