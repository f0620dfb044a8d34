"""Proper-noun phrases: where the name of a body ends.

Vietnamese capitalises only the first syllable of each word in a body's
name ("Bộ Chính trị", "Ban Chỉ đạo Trung ương", "Ủy ban Kiểm tra"), so a
name cannot be read as a run of capitals. A body's name here is: a
capitalised word, the lower-case syllables that complete it (up to three,
never a function word from ``data/function_words.txt``), the lower-case
title words of ``data/title_words.txt`` ("tỉnh", "dân vận"), and a term
("khóa XI", "(khóa VI)"). Issuers of documents and givers of awards are read
with it.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from . import lexicon

_FIRST = regex.compile(r"[\p{Lu}\d](?:[\p{L}\d&'/]|\.(?=[\p{L}\d]))*(?:-[\p{L}\d]+)*")
_WORD = regex.compile(r" ([\p{L}\d](?:[\p{L}\d&'/]|\.(?=[\p{L}\d]))*(?:-[\p{L}\d]+)*)")
_TERM = regex.compile(r" (?:\(\s*)?[Kk]hóa [\dIVXLC]+(?:\s*\))?| lần thứ (?:[\dIVXLC]+|\p{Ll}+)(?:,(?= \p{Lu}))?")
_LOWER = regex.compile(r" (\p{Ll}+)(?![\p{L}])")
_PAIR = regex.compile(r" (\p{Ll}+ \p{Ll}+)(?![\p{L}])")


@lexicon.cached
def _function_words() -> frozenset[str]:
    return lexicon.words("function_words.txt")


@lexicon.cached
def title_words() -> frozenset[str]:
    return lexicon.folded("title_words.txt")


@lexicon.cached
def _title_words() -> frozenset[str]:
    """Title words without the linking ones ("và", "của" ...), for bodies' names."""
    return title_words() - {"và", "của", "về", "số", "các"}


def body_end(text: str, start: int, end: int | None = None) -> int:
    """The end of the body's name that starts at ``start`` (a capitalised word)."""
    end = len(text) if end is None else end
    m = _FIRST.match(text, start, end)
    if not m:
        return start
    return extend(text, own_syllables(text, m.end(), end), end)


# A title goes on over ", phường X", ", thành phố X", ", Bộ Y", "phòng, chống" and "Lao động - Thương binh".
_LIST_CONT = regex.compile(r",(?= (?:phường|xã|quận|huyện|tỉnh|thị xã|thị trấn|thành phố|Bộ|chống)\s)| -(?= \p{Lu})")


@lexicon.cached
def _abroad() -> regex.Pattern[str]:
    """The "tại" of a post held abroad, after its country: "Đại sứ Việt Nam tại Lào", "Tổng Lãnh sự
    Việt Nam tại Thượng Hải", "Bí thư Đảng ủy Việt Nam tại Liên bang Nga".

    Only right after a country (``data/countries.txt``, or "nước ta") and before a capital:
    "Chủ tịch UBND tỉnh tại hội nghị" keeps its "tại" out of the title.
    """
    countries = lexicon.alternation([*lexicon.lines("countries.txt"), "nước ta"])
    return regex.compile(r"(?<=(?<![\p{L}])" + countries + r") tại(?= \p{Lu})")


def extend(
    text: str,
    cur: int,
    end: int,
    *,
    links: bool = False,
    lists: bool = False,
    stop: Callable[[int], bool] | None = None,
    lower_run: int = 0,
) -> int:
    """How far a name phrase goes on from ``cur`` (just after its first word).

    Over capitalised words with their own syllables, title words and terms;
    ``links`` lets the linking words of titles continue it ("Trưởng Đoàn kiểm
    tra số 471 của Bộ Chính trị"); ``lists`` the comma or dash that continues
    a place or ministry ("Khu phố 1, phường Phú Thọ Hòa"); ``stop(pos)`` ends it
    early (a personal name or a rank starts at ``pos + 1``); ``lower_run`` lets up
    to that many lower-case syllables that are no function word continue a unit's
    name after a capitalised word ("Trưởng Trạm y tế xã", "Chủ tịch Hội cựu chiến
    binh"): titles name units by common nouns, an open class no list holds.
    """
    words = title_words() if links else _title_words()
    heads = title_heads()
    place_dot, place_dot_first = _place_dot(), _place_dot_first()
    budget = lower_run
    after_lower = False  # a year may end a unit's name only after its lower-case words
    while cur < end:
        if stop is not None and stop(cur):
            break
        # The character after the space tells which of the patterns below can match at all.
        nxt = text[cur + 1] if cur + 1 < end else ""
        term = None
        if nxt in _TERM_FIRST:
            term = _TERM.match(text, cur, end)
        elif after_lower and nxt == "n":
            term = _YEAR_TERM.match(text, cur, end)
        after_lower = False
        if term:
            cur = term.end()
            continue
        place = place_dot.match(text, cur, end) if nxt in place_dot_first else None
        if place:
            cur = place.end()  # "Đoàn ĐBQH TP. Hòa Sơn": the abbreviation's dot does not end the name
            continue
        if lists:
            cont = _LIST_CONT.match(text, cur, end) or (
                _abroad().match(text, cur, end) if text.startswith(" tại ", cur) else None
            )
            if cont and not heads.match(text, cont.end() + 1):
                cur = cont.end()
                continue
        w = _WORD.match(text, cur, end)
        if not w:
            break
        word = w.group(1)
        if word[0].isupper() or word[0].isdigit():
            # A capitalised word or a number may take a second syllable ("Chính trị", "5 năm"),
            # but a number never a verb that ``stop`` sees ("quận 1 | chia sẻ").
            number_then_stop = word[0].isdigit() and stop is not None and stop(w.end())
            cur = w.end() if number_then_stop else own_syllables(text, w.end(), end)
            budget = lower_run
            continue
        pair = _PAIR.match(text, cur, end)
        if pair and pair.group(1).casefold() in words:
            cur = pair.end()
            continue
        if word.casefold() in words:
            if word == "và" and heads.match(text, w.end() + 1):
                break  # "Bộ trưởng Bộ Quốc phòng và Ủy viên ...": a new title
            cur = w.end()
            continue
        if budget > 0:
            run_end = _lower_run_end(text, cur, end, budget, stop)
            if run_end is not None:
                cur, budget, after_lower = run_end, 0, True
                continue
        break
    return cur


# A bracketed short name ends a unit's name as punctuation does: "Ủy ban Phòng chống thiên tai (PCTT)".
_RUN_FOLLOW = regex.compile(
    r"\s*(?:[,.;:)\-–]|$)| [\p{Lu}\d]| năm (?:19|20)\d\d(?!\d)| \([\p{Lu}\d][\p{Lu}\d&./-]{1,11}\)"
)
# A unit named for a year's task: "Ban Chỉ đạo Tổng điều tra kinh tế năm 2017".
_YEAR_TERM = regex.compile(r" năm (?:19|20)\d\d(?!\d)")


def _lower_run_end(text: str, cur: int, end: int, budget: int, stop: Callable[[int], bool] | None = None) -> int | None:
    """The end of a run of up to ``budget`` lower-case syllables that completes a unit's name, or None.

    The run must end where a name would: before a capitalised word, a number, a
    title word ("xã", "tỉnh") or punctuation, never before a verb or a clause's
    words ("trần tình về ..."); no syllable of it may be a grammatical word
    (``data/grammar_words.txt``), and ``stop`` (a role verb, for titles) ends it.
    """
    pos = cur
    for _ in range(budget):
        low = _LOWER.match(text, pos, end)
        if not low or low.group(1) in _grammar_words() or _TIME_OF_DAY.match(text, pos):
            return None
        one_word = pos > cur and (_word_before(text, pos) + low.group(0)).casefold() in _folded_name_words()
        if not one_word and ((stop is not None and stop(pos)) or _starts_run_verb(text, pos, end)):
            return pos if pos > cur else None  # "Hội cựu chiến binh | dự hội nghị": the verb ends the name
        pos = low.end()
        if _RUN_FOLLOW.match(text, pos, end) or pos >= end:
            return pos
        aspect = _LOWER.match(text, pos, end)
        if aspect and aspect.group(1) in _ASPECT and stop is not None and stop(aspect.end()):
            return pos  # "Ủy ban An toàn giao thông quốc gia | đã chủ trì": a tense marker, then the verb
        nxt = _LOWER.match(text, pos, end)
        if nxt and nxt.group(1).casefold() in _title_words():
            return pos
    return None


_ASPECT = frozenset({"đã", "đang", "vừa", "sẽ", "cũng", "vẫn"})  # tense and aspect markers before a verb


_TERM_FIRST = frozenset("(Kkl")  # what follows the space of a term: "(khóa", "Khóa", "khóa", "lần thứ"


@lexicon.cached
def _place_dot_first() -> frozenset[str]:
    """The first letters of the abbreviated place classifiers, to try ``_place_dot`` only where it can match."""
    return frozenset(h[0] for h in lexicon.lines("place_abbreviations.txt"))


@lexicon.cached
def _place_dot() -> regex.Pattern[str]:
    """A place's classifier abbreviated with a dot and a space before the place's name ("TP. Hòa Sơn")."""
    heads = lexicon.lines("place_abbreviations.txt")
    return regex.compile(r" " + lexicon.alternation(heads) + r"\.(?= [\p{Lu}\d])")


def is_function_word(word: str) -> bool:
    """Whether ``word`` is a lower-case word that never continues a name (data/function_words.txt)."""
    return word in _function_words()


def own_syllables(text: str, cur: int, end: int) -> int:
    """After a capitalised word, the lower-case syllable that completes it ("Chính trị").

    Vietnamese words in names have one or two syllables; more lower-case
    syllables after it belong to the sentence ("Chính phủ quy định").
    """
    words = _title_words()
    for _ in range(1):
        pair = _PAIR.match(text, cur, end)
        if pair and pair.group(1).casefold() in words:
            break
        low = _LOWER.match(text, cur, end)
        if not low or low.group(1).casefold() in words:
            break
        if low.group(1) in _function_words() and _word_before(text, cur) + low.group(0) not in _name_words():
            break  # "Chính phủ thông qua": a verb; but "Giao thông" is one word (data/name_words.txt)
        if _TIME_OF_DAY.match(text, low.start()):
            break  # "Quốc hội sáng nay": a time of day, not a syllable of the name ("sáng tạo" is one)
        cur = low.end()
    return cur


@lexicon.cached
def _run_verbs() -> frozenset[str]:
    return lexicon.words("run_verbs.txt")


def _starts_run_verb(text: str, pos: int, end: int) -> bool:
    """Whether a verb of ``data/run_verbs.txt`` starts at ``pos`` (after its space)."""
    pair = _PAIR.match(text, pos, end)
    return bool(pair) and pair.group(1) in _run_verbs()


@lexicon.cached
def _grammar_words() -> frozenset[str]:
    return lexicon.words("grammar_words.txt")


@lexicon.cached
def _name_words() -> frozenset[str]:
    return lexicon.words("name_words.txt")


@lexicon.cached
def _folded_name_words() -> frozenset[str]:
    return lexicon.folded("name_words.txt")


def _word_before(text: str, cur: int) -> str:
    """The word that ends at ``cur`` (after the last space before it)."""
    return text[text.rfind(" ", 0, cur) + 1 : cur]


# A time of day with its complement ("sáng nay", "chiều 5/3", "tối cùng ngày") ends a name.
_TIME_OF_DAY = regex.compile(r" (?:sáng|chiều|tối|trưa|đêm) (?:nay|qua|mai|hôm|ngày|thứ|chủ nhật|cùng|\d)")


@lexicon.cached
def title_heads() -> regex.Pattern[str]:
    """The heads of position titles (``data/title_heads.txt``), in any case: the one pattern every stage uses."""
    return lexicon.pattern("title_heads.txt", case_blind=True)


def starts_title(phrase: str) -> bool:
    """Whether a phrase opens with a position title ("Chủ tịch UBND tỉnh", "Thủ tướng")."""
    return bool(title_heads().match(phrase))
