"""Vietnamese number words to integers, over a span already isolated as a count.

The PyPI converter is GPL and joins unrelated digits ("hai tập thể và ba cá
nhân" gives 23, domain.md section 6), so this one reads only the words it is
given, all of which must be number words, and returns None otherwise.
"""

from __future__ import annotations

import regex

from . import lexicon


@lexicon.cached
def _table() -> dict[str, tuple[int, str]]:
    return {row[0]: (int(row[1]), row[2]) for row in lexicon.table("number_words.tsv")}


@lexicon.cached
def _inner() -> frozenset[str]:
    return frozenset(row[0] for row in lexicon.table("number_words.tsv") if len(row) > 3 and row[3] == "inner")


def opens_number(word: str) -> bool:
    """Whether a count may start with ``word``: not "tư" of "đầu tư", "không", "mươi" (they only continue one)."""
    return word.casefold() not in _inner()


@lexicon.cached
def word_pattern() -> str:
    """A regex alternation of the number words, for finding candidate spans."""
    return "(?:" + "|".join(sorted(map(regex.escape, _table()), key=len, reverse=True)) + ")"


def words_to_int(phrase: str) -> int | None:
    """'mười lăm' → 15, 'hai mươi mốt' → 21, 'một trăm linh năm' → 105; None if not a number."""
    words = phrase.casefold().split()
    if not words:
        return None
    table = _table()
    total = 0  # completed thousands, millions ...
    section = 0  # the part below the current scale
    digit: int | None = None
    last_kind = ""
    for w in words:
        if w not in table:
            return None
        value, kind = table[w]
        if kind == "unit":
            if digit is not None and last_kind == "unit":
                section += digit * 10  # "hai mốt" = 21: an informal tens digit
            digit = value
        elif kind == "ten":
            section += 10
            digit = None
        elif kind == "tens":
            section += (digit if digit is not None else 1) * 10
            digit = None
        elif kind == "zero":
            pass
        elif kind == "scale":
            base = section + (digit or 0)
            if digit is None and section == 0:
                base = 1  # "trăm" alone, "nghìn" alone: one of them
            if value == 100:
                section = base * 100
            else:
                total += base * value
                section = 0
            digit = None
        last_kind = kind
    return total + section + (digit or 0)
