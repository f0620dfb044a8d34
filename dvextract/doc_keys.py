"""Canonical keys: one key per document, however an article writes it.

A resolution named by its plenum is written many ways: "Trung ương 6 (khóa
XII)", "Trung ương 6, khóa XII", "Hội nghị lần thứ Sáu Ban Chấp hành Trung
ương khóa XII", "Hội nghị T.Ư 6 khóa 12". The key reads the facts that
identify it, not its spelling: ordinals in words, Roman or Arabic numerals
become one integer, parentheses and commas go, "T.Ư", "TƯ" and "TW" are
"Trung ương", a doubled word ("Đại hội Đại hội") is read once. A plenum of
the Central Committee keys on its number and term; a congress on its body
and number; anything else on its canonical words.

Numbered documents key on kind, number and symbol: the date and the issuer
are facts about the document, not its identity, and an article that leaves
them out cites the same document.
"""

from __future__ import annotations

import regex

from . import numbers

_ROMAN = regex.compile(r"^[ivxlc]+$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_ORDINAL_WORDS = {"nhất": 1, "tư": 4}
_WORD = regex.compile(r"[\p{L}\d]+(?:\.[\p{L}\d]+)*")
# Words of a congress's name that say nothing about whose congress it is.
_FILLERS = regex.compile(
    r"\b(?:của đảng cộng sản việt nam|đảng cộng sản việt nam|của đảng(?! bộ| ủy)|đại biểu|toàn quốc|lần thứ"
    r"|nhiệm kỳ(?: \d+)*|khóa \d+|của)\b"
)
_CENTRAL = frozenset({"trung ương", "tư", "t.ư", "tw", "bch tw"})


def roman(word: str) -> int | None:
    """'XII' → 12, 'iv' → 4; None when ``word`` is not a Roman numeral."""
    w = word.casefold()
    if not _ROMAN.match(w):
        return None
    total = 0
    for i, ch in enumerate(w):
        v = _ROMAN_VALUES[ch]
        total += -v if i + 1 < len(w) and _ROMAN_VALUES[w[i + 1]] > v else v
    return total


def ordinal(words: list[str], i: int) -> tuple[int | None, int]:
    """The ordinal written at ``words[i]`` (Arabic, Roman or in words) and how many words it took."""
    if i >= len(words):
        return None, 0
    w = words[i]
    if w.isdigit():
        return int(w), 1
    r = roman(w)
    if r is not None:
        return r, 1
    if w in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[w], 1
    for n in (3, 2, 1):  # "mười hai", "hai mươi mốt"
        if i + n <= len(words):
            v = numbers.words_to_int(" ".join(words[i : i + n]))
            if v is not None:
                return v, n
    return None, 0


def _words(name: str) -> list[str]:
    """Case-folded words; Roman numerals written in capitals ("XII") as digits; "T.Ư" as "tw"."""
    out: list[str] = []
    for written in _WORD.findall(name):
        r = roman(written) if written.isupper() and len(written) <= 7 else None
        w = str(r) if r is not None else written.casefold()
        out.append("tw" if w in {"t.ư", "tw"} else w)
        if len(out) >= 4 and out[-2:] == out[-4:-2] and not w.isdigit():
            del out[-2:]  # "Đại hội Đại hội": a two-syllable word written twice
        elif len(out) >= 2 and out[-1] == out[-2] and not w.isdigit():
            out.pop()
    return out


def _after(words: list[str], *cues: str) -> int | None:
    """The ordinal right after the first of ``cues`` (each one or two words) found in ``words``."""
    for cue in cues:
        parts = cue.split()
        for i in range(len(words) - len(parts) + 1):
            if words[i : i + len(parts)] == parts:
                value, _ = ordinal(words, i + len(parts))
                if value is not None:
                    return value
    return None


def _is_central(words: list[str]) -> bool:
    joined = " ".join(words)
    return "trung ương" in joined or "tw" in words or ("tư" in words and "hội nghị" in joined)


def unnumbered(kind: str, name: str, year: int | None) -> str:
    """The key of a document named without a number."""
    words = _words(name)
    term = _after(words, "khóa", "khoá")
    if kind == "Nghị quyết" and _is_central(words) and "đại hội" not in " ".join(words):
        n = _after(words, "lần thứ", "trung ương", "tw", "tư", "hội nghị")
        if n is not None:
            return f"{kind}|Trung ương|{n}|{term or ''}"
    congress = words[:2] == ["đại", "hội"]
    if kind == "Nghị quyết" and (congress or (words[:2] == ["đảng", "bộ"] and "thứ" in words)):
        n = _after(words, "lần thứ", "đại hội")
        rest = [w for w in _canonical(words[2 if congress else 0 :]) if w != str(n)]
        body = " ".join(_FILLERS.sub(" ", " ".join(rest)).split())
        if n is not None:
            return f"{kind}|Đại hội|{body or 'đảng'}|{n}"
    return f"{kind}|{' '.join(_canonical(words))}|{year or ''}"


def _canonical(words: list[str]) -> list[str]:
    """Words with every ordinal as an integer ("lần thứ sáu" → "lần thứ 6", "XII" → "12")."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        after_cue = bool(out) and out[-1] in {"thứ", "khóa", "khoá"}
        r = roman(w) if after_cue else None
        if w.isdigit() or r is not None:
            out.append(str(int(w) if w.isdigit() else r))
            i += 1
            continue
        if after_cue:
            value, used = ordinal(words, i)
            if value is not None:
                out.append(str(value))
                i += used
                continue
        out.append(w)
        i += 1
    return out


def numbered(kind: str, number: int, symbol: str | None) -> str:
    """The key of a numbered document: kind, number as an integer, normalised symbol."""
    return f"{kind}|{number}|{symbol or ''}"
