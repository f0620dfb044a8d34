"""Recipient phrases: the noun phrase after a count that says who received an award.

Sites name recipients with any noun ("45 cán bộ Đoàn tiêu biểu", "27 em
thiếu nhi", "15 công nhân trẻ", "8 chi hội"), so a closed list of whole
phrases misses most of them. A recipient phrase here is a *head* noun from
``data/recipients.tsv``, which says whether the head names a collective or an
individual, followed by the words that qualify it, up to a verb, a linking
word or a punctuation mark. The head decides the class; the qualifiers are
kept only for ``explain``.

Heads are matched as written, and also when misspelt by one letter or one
tone mark ("tập thê", "cá nhan"): one edit between the written syllables and
the head, found through an index of one-deletion variants (a lookup per
count, not a scan of the list). Heads that a slip turns into another word, or
that are words of other kinds as well ("tổ chức" is a verb, "em" a pronoun),
carry a flag in the data file and are matched only as written, with the
extra condition the flag names.

A head may hold a comma where the language pairs two nouns under one count
("8 chi, tổ hội", "4 y, bác sĩ", "6 cán bộ, chiến sĩ"); a count before two
nouns of different classes ("30 tập thể, cá nhân") is a mixed total, read
by the awards stage with :func:`kind_of`. Works (tác phẩm, công trình, mô
hình) have the class ``work``: they are never recipients, but "18 tác giả,
tác phẩm" is a mixed total like any other.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from . import lexicon

# What may follow a head that is also a verb ("tổ chức") for it to be read as a noun.
_NOUN_END = regex.compile(
    r"\s*(?:[,;.:)\n]|$|(?:và|hoặc|có|được|đã|đạt|nhận|tiêu biểu|xuất sắc|điển hình|cá nhân|tập thể|của|thuộc|trong"
    r"|tham gia)(?![\p{L}]))"
)
# Words that end the qualifiers of a recipient phrase: verbs, links, prepositions.
_PHRASE_STOP = frozenset(
    "có đã đang sẽ được bị đạt nhận với và hoặc vì là của do trong tại cho đều thuộc tham gia hoàn thành gồm trên ở "
    "từ đến theo về nhằm để lần năm tháng ngày đi đồng thời dự".split()
)
_WORD = regex.compile(r"[\p{L}/]+")
_WORD_GAP = regex.compile(r",? (?=[\p{L}/])")
_NEXT_WORD = regex.compile(r" ([\p{L}\d/]+)")
MAX_QUALIFIERS = 6
_RECIPIENT_KINDS = frozenset({"collective", "individual"})


@dataclass(frozen=True, slots=True)
class Phrase:
    """A recipient phrase: its range, its head as the lexicon writes it, and its class."""

    start: int
    end: int  # end of the whole phrase (head and qualifiers)
    head_end: int
    head: str
    kind: str  # "collective" or "individual"
    flag: str  # "", "exact", "verb" or "after" (see data/recipients.tsv)
    misspelt: str | None  # the head as written, when it is one edit away from the lexicon's


@lexicon.cached
def _heads() -> dict[str, tuple[str, str, str]]:
    """Case-folded head → (head as listed, class, flag)."""
    out: dict[str, tuple[str, str, str]] = {}
    for row in lexicon.table("recipients.tsv"):
        if len(row) >= 2:
            out.setdefault(row[0].casefold(), (row[0], row[1], row[2] if len(row) > 2 else ""))
    return out


@lexicon.cached
def _longest() -> int:
    """The most words a head has ("cựu thanh niên xung phong"): how far :func:`at` looks."""
    return max((len(k.replace(",", " ").split()) for k in _heads()), default=1)


def _word_ends(text: str, pos: int, limit: int) -> list[int]:
    """Where each of the next words from ``pos`` ends, over spaces and a comma between two words."""
    ends: list[int] = []
    cur = pos
    for _ in range(_longest()):
        if ends:
            gap = _WORD_GAP.match(text, cur, limit)
            if not gap:
                break
            cur = gap.end()
        w = _WORD.match(text, cur, limit)
        if not w:
            break
        cur = w.end()
        ends.append(cur)
    return ends


@lexicon.cached
def _capitalised() -> frozenset[str]:
    """Heads listed with a capital as well, read capitalised ("12 Mẹ Việt Nam Anh hùng", "Đảng viên")."""
    return frozenset(row[0] for row in lexicon.table("recipients.tsv") if row and row[0][:1].isupper())


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@lexicon.cached
def _variants() -> dict[str, tuple[str, ...]]:
    """One-deletion variants of every head that tolerates a slip, to the heads they come from."""
    out: dict[str, list[str]] = {}
    for key, (_, _, flag) in _heads().items():
        if flag or len(key) < 5:
            continue
        for v in {key} | _deletions(key):
            out.setdefault(v, []).append(key)
    return {k: tuple(v) for k, v in out.items()}


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one substitution, insertion or deletion."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1 :]


def _near(written: str) -> str | None:
    """The one head ``written`` is a one-edit slip of, if any (and not a listed word itself)."""
    found = {h for v in {written} | _deletions(written) for h in _variants().get(v, ()) if _one_edit(written, h)}
    return found.pop() if len(found) == 1 else None


def at(text: str, pos: int, limit: int) -> Phrase | None:
    """The recipient phrase that starts at ``pos``, or None.

    The longest head wins ("hộ gia đình" over "hộ"); a head flagged ``verb``
    that does not end a noun phrase rejects the whole reading, so "tổ chức
    hội thi" is not "tổ" either. The first syllable is lower-case unless the
    head is listed with a capital ("Đảng viên", "CLB") or has two syllables
    and no flag ("05 Tập thể", as official texts capitalise): a count before
    any other capitalised word is a place or a name ("Quận 5 Tân Bình").
    """
    ends = _word_ends(text, pos, limit)
    if not ends:
        return None
    heads = _heads()
    if text[pos].isupper():
        body = _body_at_level(text, pos, limit)
        if body is not None:
            return body
    for fuzzy in (False, True):
        for n in range(len(ends), 0, -1):
            written = text[pos : ends[n - 1]]
            key = written.casefold()
            entry = heads.get(key)
            misspelt = None
            if entry is None and not fuzzy:
                entry = _agent_noun(written, n)
            if fuzzy:
                near = _near(key) if entry is None and len(key) >= 5 and written[0].islower() else None
                if near is None:
                    continue
                entry, misspelt = heads[near], written
            if entry is None:
                continue
            listed, kind, flag = entry
            if flag == "level":
                continue  # "hội", "đoàn" alone are no recipients ("20 hội thi", "3 đoàn công tác")
            if kind not in _RECIPIENT_KINDS:
                return None  # "hai trường hợp": a compound, not the head "trường"; "20 tác phẩm": a work
            if (
                written[0].isupper()
                and listed[0].islower()
                and (flag or " " not in listed)
                and written not in _capitalised()
            ):
                return None  # "Quận 5 Tân Bình", "thôn 3 Xã ...": a place; "05 Tập thể" is still a count
            head_end = pos + len(written)
            if flag == "verb" and not _NOUN_END.match(text, head_end, limit):
                return None
            return Phrase(pos, _qualifiers_end(text, head_end, limit), head_end, listed, kind, flag, misspelt)
    return None


@lexicon.cached
def _agent_suffixes() -> dict[str, str]:
    """Final syllable → class, for agent nouns the lexicon does not list (``data/agent_suffixes.tsv``)."""
    return {row[0].casefold(): row[1] for row in lexicon.table("agent_suffixes.tsv") if len(row) >= 2}


MAX_AGENT_SYLLABLES = 3  # "kiểm sát viên", "kỹ thuật viên"


def _agent_noun(written: str, syllables: int) -> tuple[str, str, str] | None:
    """An unlisted noun for a person by role ("tổ viên", "điều tra viên", "y sĩ"), read as a listed head.

    Agent nouns are an open class built on a few Sino-Vietnamese syllables,
    so the lexicon cannot list them all. Two or three lower-case syllables
    ending in such a syllable qualify; a syllable before it that ends a phrase
    or counts time ("30 năm đảng viên") means the count is not of persons.
    """
    if not 2 <= syllables <= MAX_AGENT_SYLLABLES or "," in written or not written[0].islower():
        return None
    words = written.split(" ")
    kind = _agent_suffixes().get(words[-1].casefold())
    if kind is None or any(w.casefold() in _PHRASE_STOP or not w.isalpha() or not w.islower() for w in words[:-1]):
        return None
    return written, kind, ""


@lexicon.cached
def _levels() -> regex.Pattern[str]:
    """The levels a body's units stand at (``data/body_levels.txt``), after its name."""
    return regex.compile(r" (?:các |những )?" + lexicon.alternation(lexicon.lines("body_levels.txt")) + r"(?![\p{L}])")


_NAME_WORD = regex.compile(r" (\p{Lu}[\p{L}&]*|\p{Ll}+)(?![\p{L}\d])")
MAX_BODY_NAME_WORDS = 5  # "Hội Liên hiệp Phụ nữ" before its level


def _body_at_level(text: str, pos: int, limit: int) -> Phrase | None:
    """A body's units counted at a level: HEAD NAME LEVEL ("5 Hội Nông dân cơ sở", "3 Đoàn xã").

    The head is a body's head word flagged ``level`` in ``data/recipients.tsv``,
    capitalised; the name after it opens with a capital ("Hội | Nông dân", not
    "Hội | nghị"), and its lower-case syllables are no linking words; the level
    ends it, or the phrase's end does ("2 Hội Cựu chiến binh, 3 chi hội");
    "Ban" needs its level ("5 Ban Công tác Mặt trận khu dân cư").
    """
    w = _WORD.match(text, pos, limit)
    if w is None:
        return None
    entry = _heads().get(w.group(0).casefold())
    if entry is None or entry[2] != "level" or not w.group(0)[0].isupper():
        return None
    cur = w.end()
    for n in range(MAX_BODY_NAME_WORDS + 1):
        level = _levels().match(text, cur, limit)
        if level is not None and (n or entry[0] != "Ban"):
            return Phrase(
                pos, _qualifiers_end(text, level.end(), limit), level.end(), entry[0], entry[1], "level", None
            )
        word = _NAME_WORD.match(text, cur, limit)
        if word is None or word.group(1).casefold() in _PHRASE_STOP:
            # "2 Hội Cựu chiến binh, 3 chi hội": a name that ends the phrase counts the bodies too
            if n and entry[0] != "Ban":
                return Phrase(pos, cur, cur, entry[0], entry[1], "level", None)
            return None
        if n == 0 and not word.group(1)[0].isupper():
            return None
        cur = word.end()
    return None


def _qualifiers_end(text: str, pos: int, limit: int) -> int:
    """Where the words qualifying a head end ("cán bộ | Đoàn tiêu biểu | có thành tích")."""
    end = pos
    for _ in range(MAX_QUALIFIERS):
        w = _NEXT_WORD.match(text, end, limit)
        if not w or w.group(1).casefold() in _PHRASE_STOP or w.group(1)[0].isdigit():
            break
        end = w.end()
    return end


def compound_end(text: str, pos: int, limit: int) -> int:
    """The end of the longest listed noun that starts at ``pos``, in any case ("Nhà báo", "Cựu chiến binh"), or ``pos``.

    Bodies are named after such nouns ("Hội Nhà báo", "Hội Người cao tuổi"),
    whose later syllables may be verbs elsewhere ("báo cáo").
    """
    heads = _heads()
    ends = _word_ends(text, pos, limit)
    for n in range(len(ends), 1, -1):
        entry = heads.get(text[pos : ends[n - 1]].casefold())
        if entry is not None and "," not in entry[0]:
            return ends[n - 1]
    return pos


def kind_of(text: str, pos: int, limit: int) -> str | None:
    """The class of a bare noun at ``pos`` ("cá nhân" in "30 tập thể, cá nhân"; "work" for "tác phẩm"), or None."""
    p = at(text, pos, limit)
    if p is not None:
        return p.kind
    w = _WORD.match(text, pos, limit)
    nxt = _NEXT_WORD.match(text, w.end(), limit) if w else None
    for written in ((w.group(0) + " " + nxt.group(1)) if w and nxt else None, w.group(0) if w else None):
        entry = _heads().get(written.casefold()) if written else None
        if entry is not None and entry[1] == "work" and written and written[0].islower():
            return "work"
    return None
