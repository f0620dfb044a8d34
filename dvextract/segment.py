"""Segmentation: lines (paragraphs) and sentences of the clean text, as ranges.

Stages look for cues sentence by sentence, so a name, a date or a count is
read with the verb of its own sentence and not a neighbour's. Ranges are in
clean-text offsets; :meth:`dvextract.clean.CleanText.span` maps them back.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from . import lexicon, phrases


@dataclass(frozen=True, slots=True)
class Segment:
    """A range of the clean text and its characters."""

    start: int
    end: int
    text: str


_LINE = regex.compile(r"[^\n]+")
# A sentence ends at . ! ? ... followed by a space and a capital or an opening mark,
# or at the end of a line. "TP.HCM", "T.Ư", "Q.2" have no space and do not end one.
_SENTENCE_END = regex.compile(r"[.!?]+(?=\s+[\"'(\p{Lu}\d])|\n")


def _sentence_ranges(text: str) -> list[tuple[int, int]]:
    """Each sentence's range, edge spaces included: from one end to the next.

    Searching for the ends and cutting between them reads each character
    once; a lazy pattern for the whole sentence tried the end at every
    character. A sentence holds at least one character before its end, and
    empty lines hold none.
    """
    out = []
    pos, n = 0, len(text)
    while pos < n:
        if text[pos] == "\n":
            pos += 1
            continue
        m = _SENTENCE_END.search(text, pos + 1)
        if m is None:
            out.append((pos, n))
            break
        end = m.start() if m.group() == "\n" else m.end()
        out.append((pos, end))
        pos = end
    return out


def lines(text: str) -> list[Segment]:
    """Non-empty lines, each a paragraph, caption or header of the page."""
    return [Segment(m.start(), m.end(), m.group(0)) for m in _LINE.finditer(text)]


MAX_SENTENCE = 2000
_BREAK = regex.compile(r"[;,]\s|\s")


@lexicon.cached
def _abbreviated_place() -> regex.Pattern[str]:
    """A place's classifier abbreviated with a dot, at the end of a would-be sentence ("... Quốc hội TP.")."""
    heads = lexicon.lines("place_abbreviations.txt")
    return regex.compile(r"(?<![\p{L}\d.])" + lexicon.alternation(heads) + r"\.$")


# The place's name after the dot: a capitalised word, then another one, a number or the clause's
# punctuation ("TP. Hòa Sơn", "TP. HCM)", "Q. 3"); "TP. Ông An ...", "TP. Theo đó" or a title start one.
_PLACE_NAME = regex.compile(r"(?P<word>\p{Lu}[\p{L}]*)(?:\s+[\p{Lu}\d]|\s*[,.;:)\-–]|$)|\d")


@lexicon.cached
def _last_letters() -> frozenset[str]:
    """The last letters of the abbreviations: a cheap first test of a would-be sentence's end."""
    return frozenset(a[-1] for a in lexicon.lines("place_abbreviations.txt"))


@lexicon.cached
def _openers() -> frozenset[str]:
    """Words that open a sentence rather than a place's name: honorifics and grammatical words."""
    return lexicon.folded("honorifics.txt") | lexicon.folded("function_words.txt") | lexicon.folded("grammar_words.txt")


def _continues_place(text: str, prev: Segment, nxt: Segment) -> bool:
    """Whether ``prev`` ends with a place abbreviation whose name opens ``nxt`` (one sentence, not two)."""
    if not prev.text.endswith(".") or text[prev.end : nxt.start].strip() or "\n" in text[prev.end : nxt.start]:
        return False
    if not _abbreviated_place().search(prev.text[-4:]):
        return False
    m = _PLACE_NAME.match(nxt.text)
    if m is None or phrases.title_heads().match(nxt.text):
        return False  # "... của TP. Phó Chủ tịch ...": a title opens the next sentence
    return m.group("word") is None or m.group("word").casefold() not in _openers()


def sentences(text: str) -> list[Segment]:
    """Sentences, stripped of edge spaces; a line with no full stop is one sentence.

    The dot of an abbreviated place ("Đoàn ĐBQH TP. Hòa Sơn") does not end one: the
    place's name after it belongs to the same sentence.

    A "sentence" longer than ``MAX_SENTENCE`` characters (a scraped page with
    no punctuation) is cut at the last ";", "," or space before the bound, so
    the per-sentence work of the stages stays bounded and the whole run linear.
    """
    out = []
    for start, end in _sentence_ranges(text):
        s = text[start:end]
        lead = len(s) - len(s.lstrip())
        body = s.strip()
        if not body:
            continue
        a = start + lead
        b = a + len(body)
        while b - a > MAX_SENTENCE:
            cut = a + MAX_SENTENCE
            last = None
            for br in _BREAK.finditer(text, a + MAX_SENTENCE // 2, cut):
                last = br
            if last is not None:
                cut = last.end()
            out.append(Segment(a, cut, text[a:cut].rstrip()))
            a = cut
        if out and out[-1].text[-2:-1] in _last_letters() and _continues_place(text, out[-1], Segment(a, b, body)):
            a = out.pop().start
        out.append(Segment(a, b, text[a:b]))
    return out
