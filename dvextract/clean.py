"""Cleaning: one normal form of the text for the rules, and a map back to the input.

Scraped Vietnamese news arrives in many spellings of the same text: NFD
combining marks, old-style tone placement ("hoà", "uỷ"), Icelandic Eth for
Đ, curly quotes and dashes, HTML tags and entities, zero-width characters and
CRLF line ends, plus site boilerplate after the article. The rules downstream
are written for one form only, so each named step below rewrites the text and
records, for every output character, the input range it came from. Spans
found in the clean text are mapped back with :meth:`CleanText.span`, which is
what lets every field promise ``text[start:end] == span.text`` on the
caller's own string (the promise langextract's users found broken).
"""

from __future__ import annotations

import html
import re
import unicodedata
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import regex

from . import lexicon
from .models import Span
from .published import MAX_LINE, date_line

Replacer = Callable[[Any], str]  # takes the match of its step's pattern (regex or re)


@dataclass(frozen=True, slots=True)
class CleanText:
    """The cleaned text and, per character, the input range it stands for."""

    raw: str
    text: str
    starts: array[int]  # compact: 8 bytes a character, not a Python int object each
    ends: array[int]

    def raw_range(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean-text range ``[start, end)`` to the input range it covers."""
        n = len(self.text)
        start = max(0, min(start, n))
        end = max(start, min(end, n))
        if start == end:
            pos = self.starts[start] if start < n else len(self.raw)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def span(self, start: int, end: int) -> Span:
        """Evidence for the clean-text range ``[start, end)``, in input offsets."""
        a, b = self.raw_range(start, end)
        return Span(start=a, end=b, text=self.raw[a:b])


def _rewrite(
    text: str, starts: array[int], ends: array[int], pattern: regex.Pattern[str] | re.Pattern[str], repl: Replacer
) -> tuple[str, array[int], array[int]]:
    """Apply ``pattern.sub(repl)`` and carry the offset map through it.

    Unchanged characters keep their own input range; every character of a
    replacement maps to the whole input range of what it replaced.
    """
    pieces: list[str] = []
    new_starts: array[int] = array("q")
    new_ends: array[int] = array("q")
    last = 0
    changed = False
    for m in pattern.finditer(text):
        a, b = m.span()
        out = repl(m)
        if out == m.group(0):
            continue
        changed = True
        pieces.append(text[last:a])
        new_starts.extend(starts[last:a])
        new_ends.extend(ends[last:a])
        if out and b > a:
            lo, hi = starts[a], ends[b - 1]
            pieces.append(out)
            new_starts.extend(array("q", [lo]) * len(out))
            new_ends.extend(array("q", [hi]) * len(out))
        last = b
    if not changed:
        return text, starts, ends
    pieces.append(text[last:])
    new_starts.extend(starts[last:])
    new_ends.extend(ends[last:])
    return "".join(pieces), new_starts, new_ends


# --- the named steps -------------------------------------------------------

_BLOCK_TAGS = {"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul"}
_HTML = regex.compile(
    r"<!--.*?-->|<(script|style)\b[^>]{0,1000}>.*?</\1\s*>|</?([A-Za-z][A-Za-z0-9]{0,15})\b[^<>]{0,2000}>"
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,10});",
    regex.S | regex.I,
)


def _html(m: regex.Match[str]) -> str:
    s = m.group(0)
    if s.startswith("&"):
        out = html.unescape(s)
        return out if out != s else s
    tag = (m.group(2) or "").lower()
    return "\n" if tag in _BLOCK_TAGS else ""


_COMBINING = regex.compile(r"\P{M}\p{M}+")


def _nfc(m: regex.Match[str]) -> str:
    return unicodedata.normalize("NFC", m.group(0))


_CHAR_MAP = {
    "\r\n": "\n",
    "\r": "\n",
    "\t": " ",
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u3000": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u00d0": "Đ",
    "\u00f0": "đ",
    "\u2026": "...",
}
# Plain character classes: the stdlib engine scans them twice as fast as ``regex``.
_CHARS = re.compile(
    r"\r\n|[\r\t\u00a0\u2007\u202f\u3000\u2002\u2003\u2009\u200a\u2010-\u2015\u2212"
    r"\u201c-\u201f\u2033\u00ab\u00bb\u2018\u2019\u201a\u201b\u2032\u00d0\u00f0\u2026]"
    r"|[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e]"
)


def _chars(m: re.Match[str]) -> str:
    return _CHAR_MAP.get(m.group(0), "")


def _old_tone_table() -> dict[str, str]:
    """Old-style pairs to new style: the tone moves from the second vowel to the first.

    Only open syllables differ between the styles ("hoà"/"hòa", "thuỷ"/"thủy");
    "hoàng" and "quý" are the same in both, which the pattern's guards keep.
    """
    table: dict[str, str] = {}
    tones = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}
    first = {"o": "òóỏõọ", "u": "ùúủũụ"}
    for lead, seconds in (("o", "ae"), ("u", "y")):
        for second in seconds:
            for i, toned in enumerate(tones[second]):
                old, new = lead + toned, first[lead][i] + second
                for f in (str.lower, str.capitalize, str.upper):
                    table[f(old)] = f(new)
    return table


_OLD_TONE = _old_tone_table()
_TONED_AE, _TONED_Y = "àáảãạèéẻẽẹ", "ỳýỷỹỵ"
# The keys of the table as character classes (one pass per character, not a 45-way alternation).
_OLD_TONE_RE = regex.compile(
    rf"(?<![qQ])(?:[oO][{_TONED_AE}]|O[{_TONED_AE.upper()}]|[uU][{_TONED_Y}]|U[{_TONED_Y.upper()}])(?!\p{{L}})"
)


def _new_tone(m: regex.Match[str]) -> str:
    return _OLD_TONE[m.group(0)]


_SPACES = regex.compile(r" {2,}|^ +| +$", regex.M)


def _collapse(m: regex.Match[str]) -> str:
    """Runs of spaces become one; spaces at a line's edges go."""
    s, (a, b) = m.string, m.span()
    if a == 0 or s[a - 1] == "\n" or b == len(s) or s[b] == "\n":
        return ""
    return " "


_WRAP = regex.compile(r"(?<=[\p{L}\d,])\n(?=[\p{L}])")


def _unwrap(m: regex.Match[str]) -> str:
    """A hard-wrapped paragraph: a line cut mid-sentence at the wrap width continues on the next.

    Wrapped lines are 60 to 120 characters long, and so is the line after one
    (a paragraph's lines share the wrap width; its last line is shorter). A
    longer line that ends without a full stop is a whole paragraph that lost
    its punctuation, and a headline of wrap length followed by a whole
    paragraph (a page that is not wrapped) stays apart; so does a page's
    date line ("Thứ Năm, 17/07/2025") under such a headline.
    """
    s, a = m.string, m.start()
    line_start = s.rfind("\n", 0, a) + 1
    if not 60 <= a - line_start <= 120:
        return "\n"
    next_end = s.find("\n", a + 1)
    if next_end < 0:
        next_end = len(s)
    if next_end - (a + 1) > 120:
        return "\n"
    following = s[a + 1 : next_end]
    return "\n" if len(following) <= MAX_LINE and date_line(following.strip()) else " "


def _always(text: str) -> bool:
    return True


def _composed(text: str) -> bool:
    """NFC text holds no mark to compose: a C-speed test spares the scan of every character."""
    return not unicodedata.is_normalized("NFC", text)


def _spaced(text: str) -> bool:
    return "  " in text or " \n" in text or "\n " in text or text[:1] == " " or text[-1:] == " "


# Each step with a cheap test of whether the text needs it at all.
_STEPS: tuple[tuple[regex.Pattern[str] | re.Pattern[str], Replacer, Callable[[str], bool]], ...] = (
    (_HTML, _html, lambda text: "<" in text or "&" in text),
    (_CHARS, _chars, _always),  # before NFC: a zero-width space may sit between a letter and its mark
    (_COMBINING, _nfc, _composed),
    (_OLD_TONE_RE, _new_tone, _always),
    (_SPACES, _collapse, _spaced),
    (_WRAP, _unwrap, lambda text: "\n" in text),
)


def _boilerplate_cut(text: str) -> int:
    """Where the article ends: the first line that only site furniture starts."""
    markers = lexicon.boilerplate()
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip().rstrip(":").casefold()
        if pos > 0 and stripped and stripped in markers:
            return pos
        pos += len(line) + 1
    return len(text)


def _repeated_spans(text: str) -> list[tuple[int, int]]:
    """Ranges to drop: a caption line repeated right after itself, or doubled in one line."""
    drops: list[tuple[int, int]] = []
    pos = 0
    previous = None
    for line in text.split("\n"):
        s = line.strip()
        if s:
            if s == previous and len(s) > 15:
                drops.append((pos, pos + len(line)))
            else:
                half = (len(s) - 1) // 2
                if len(s) > 30 and len(s) % 2 == 1 and s[half] == " " and s[:half] == s[half + 1 :]:
                    off = pos + line.index(s)
                    drops.append((off + half, off + len(s)))
            previous = s
        pos += len(line) + 1
    return drops


_COUNTING_CHARS = 1 << 16  # articles up to this size slice the kept array (512 KB); longer ones build their own
_COUNTING: array[int] = array("q", range(_COUNTING_CHARS + 1))


def _identity(n: int) -> tuple[array[int], array[int]]:
    """The map of an unchanged text: character i stands for input range [i, i + 1).

    Sliced from one counting array kept for all calls (a copy of memory);
    building it from ``range`` per article cost as much as a stage. A text
    longer than the kept array builds its own, so memory stays bounded.
    """
    if n > _COUNTING_CHARS:
        return array("q", range(n)), array("q", range(1, n + 1))
    return _COUNTING[:n], _COUNTING[1 : n + 1]


def clean(raw: str) -> CleanText:
    """Normalise ``raw`` for the rules while keeping the map back to it."""
    text = raw
    starts, ends = _identity(len(raw))
    for pattern, repl, needed in _STEPS:
        if needed(text):
            text, starts, ends = _rewrite(text, starts, ends, pattern, repl)
    cut = _boilerplate_cut(text)
    if cut < len(text):
        text, starts, ends = text[:cut].rstrip(), starts[:cut], ends[:cut]
        del starts[len(text) :], ends[len(text) :]
    for a, b in reversed(_repeated_spans(text)):
        text = text[:a] + text[b:]
        del starts[a:b], ends[a:b]
    return CleanText(raw=raw, text=text, starts=starts, ends=ends)
