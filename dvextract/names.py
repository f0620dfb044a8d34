"""Person names: where a full personal name lies in a report, and the reasons for it.

A Vietnamese report writes an official's name inside a run of capitalised
syllables that often also holds the end of a title or a place ("Quận ủy
Dương Kinh Đào Văn Ninh", "Bí thư Tỉnh Đoàn Lê Văn An"), so the name is
found by reading the run, not by a named-entity model (underthesea's ``ner``
misses names written after titles). This module does only that, so that
officials, organisers and awards can ask the same question and an explain
mode can show why a span was taken. A name is:

* a **surname** from ``data/surnames.txt`` (one syllable or more: "Rơ Châm",
  "Tôn Nữ") followed by one to four given syllables; surnames that also open
  place names (``data/place_surnames.txt``: "Vĩnh", "Lộc") need three
  syllables in all;
* an **Ê Đê / Gia Rai / Ba Na form**: ``Y`` or ``H'`` before the given name
  and the surname last ("Y Mượn Niê", "H'Loan Mlô"), or ``A`` + a given name
  ("A Pót");
* a **foreign name** in apposition: after a nationality that follows a title
  ("Đại sứ Nhật Bản tại Việt Nam Yamada Takio"), or a run of Latin words that
  cannot be Vietnamese syllables right after a title or an honorific ("ông
  John Smith").

A middle name after a surname does not start another name ("Quàng Văn
Hương", ``data/middle_names.txt``); a surname bound to the syllable before it
into a body's word does not start one either ("Tỉnh Đoàn", "Nhà Văn";
``data/name_bound_words.txt``). When a run still splits more than one way,
underthesea's word tokenizer, called on that short snippet only, decides.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

from . import lexicon, phrases, tokens

# A foreign given name may join two capitalised Latin parts with a hyphen ("Hans-Peter",
# "Min-ho"); a Vietnamese one never does, and "Bà Rịa-Vũng Tàu" keeps its parts apart
# because a part with a Vietnamese letter stops the joined form.
_SYL = r"[\p{Lu}](?:'[\p{Lu}]?)?[\p{Ll}]*(?:(?<=[A-Za-z])-[A-Za-z][a-z]*)*(?![\p{L}'])"
_CAPITAL = regex.compile(r"\p{Lu}")

# "môi trường", "thị trường" are words of their own, not the school word "trường".
_SCHOOL = r"(?<!(?:[Mm]ôi|[Tt]hị|[Cc]hiến|[Hh]iện|[Cc]ông|[Ll]ập|[Tt]hương) )(?:Trường|trường)"
# Likewise "Nông thôn" (countryside) and "Nhật Bản", "văn bản" are words, not "thôn", "bản" (hamlet).
_HAMLET = r"(?<!(?:[Nn]ông) )thôn|(?<!(?:[Nn]hật|[Vv]ăn|[Cc]ơ|[Xx]uất|[Pp]hiên|[Kk]ịch|[Tt]ư) )bản"
_PLACE_BEFORE = regex.compile(
    r"(?:\b(?:TP|Tp|tp|TP\.|thành phố|Thành phố|tỉnh|huyện|quận|xã|phường|thị xã|thị trấn|đường|phố|"
    r"tư tưởng|Đoàn TNCS|" + _SCHOOL + r"|tàu|cầu|khu|Khu|ấp|" + _HAMLET + r"|làng|Công viên|công viên|"
    r"Quảng trường|chùa|đình|đền|Bảo tàng|bảo tàng|Học viện|Nhà|nhà|giải thưởng|Giải thưởng|"
    r"Quỹ|quỹ|huyện ủy|tấm gương|gương|lăng|Lăng|khu di tích|di tích|"
    r"THCS|THPT|PTCS|PTTH|PTDTNT|PTDTBT|Tiểu học|tiểu học|Mầm non|mầm non|chuyên)\.?\s*)$"
)
# An address goes from the small unit to the large: a larger unit after the comma.
_LARGER_UNIT_AFTER = regex.compile(r",\s*(?:quận|huyện|thị xã|thành phố|TP\.?|tỉnh|Quận|Huyện|Thị xã|Tỉnh)(?![\p{L}])")
# A title may end with its place's word ("Chủ tịch HĐND TP Lê Văn An"): the name follows it.
_ADMIN_END = regex.compile(r"(?:thành phố|tỉnh|huyện|quận|thị xã|xã|phường|TP\.?|Tp\.?)\s*$")
_CREDIT = regex.compile(r"(?:Ảnh|Nguồn|Video|Clip|Đồ họa|Tin|Bài)\s*:\s*$")
_LOWER_WORD = regex.compile(r" (\p{Ll}+)")
_LOWER_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Ll}+) $")
_LINKS = frozenset({"và", "của", "về", "số"})
# A breaker that ends its run right before punctuation is a given name ("Đỗ Kim Hội - ...").
_PUNCT_AFTER = regex.compile(r"\s*[,;:)\-–]")
_CLAUSE_START = regex.compile(r"[,;.:!?\n]")
# One Vietnamese syllable, diacritics folded: an onset, one to three vowels, a coda.
_VI_SYLLABLE = regex.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)
_LATIN = regex.compile(r"[A-Za-z'À-ÖØ-öø-ÿ]+(?:-[A-Za-z'À-ÖØ-öø-ÿ]+)*")
_LENGTH_PREFERENCE = {3: 0, 4: 1, 2: 2, 5: 3}
# How far before a name its honorific or place word is looked for: both are short and
# touch the name, so a bounded window keeps a long sentence's scan linear.
_WINDOW = 40


@dataclass(frozen=True)
class PersonName:
    """A full personal name found in the text: its span, its words and why it was taken."""

    start: int
    end: int
    text: str
    reasons: tuple[str, ...]


def person_names(text: str, start: int, end: int, *, blocked: frozenset[str] = frozenset()) -> list[PersonName]:
    """Every full personal name in ``text[start:end]``, with offsets into ``text``.

    ``blocked`` holds names never to return (the article's author).
    """
    out: list[PersonName] = []
    s = text[start:end]
    for m in _run().finditer(s):
        if " " not in m.group(0):
            continue  # one capitalised syllable ("Sáng", "Hội") holds no full name
        syls = [(start + a, start + b) for a, b in _syllables(m)]
        for piece, after_title in _pieces(text, syls):
            name = _read_piece(text, start, s, piece, blocked, after_title)
            if name is not None:
                out.append(name)
    return out


def _syllables(m: regex.Match[str]) -> list[tuple[int, int]]:
    """The spans of a run's syllables, relative to the searched string."""
    out = []
    pos = m.start()
    for part in m.group(0).split(" "):
        out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


def _pieces(text: str, syls: list[tuple[int, int]]) -> list[tuple[list[tuple[int, int]], bool]]:
    """The parts of a run that may hold a name, each with whether a title head opens it.

    A title head inside the run ends the name before it ("... Lộc Phó Bí thư")
    and may be followed by the name it titles ("Nguyên Tổng Bí Thư Nông Đức
    Mạnh"); a role verb or a clause opener (``data/run_breakers.txt``) ends
    the run.
    """
    out: list[tuple[list[tuple[int, int]], bool]] = []
    after_title = False
    first = 1  # a run's own first syllable may be a head or an opener ("Theo", "Chủ tịch ...")
    while syls:
        cut = _cut(text, syls, first)
        if cut is None:
            out.append((syls, after_title))
            break
        i, head_end = cut
        out.append((syls[:i], after_title))
        if head_end is None:
            break
        syls = [sy for sy in syls[i:] if sy[0] >= head_end]
        after_title, first = True, 0  # after a head, a body's opener ("Hội ...") ends it all
    return out


def _cut(text: str, syls: list[tuple[int, int]], first: int) -> tuple[int, int | None] | None:
    """Where a run is cut, and where the title head cutting it ends (None for a verb or an opener)."""
    heads = _heads()
    verbs = _multiword_verbs()
    openers = _opening_words()
    breakers = _run_breakers()
    for i in range(first, len(syls)):
        a, b = syls[i]
        if text[a:b].casefold() in openers:  # only a head's or a verb's first word can open one
            head = heads.match(text, a)
            if head:
                return i, head.end()
            if verbs.match(text, a):
                return i, None
        if text[a:b] in breakers and not (i == len(syls) - 1 and i > 0 and _PUNCT_AFTER.match(text, b)):
            return i, None
    return None


def _read_piece(
    text: str, lo: int, s: str, syls: list[tuple[int, int]], blocked: frozenset[str], after_title: bool
) -> PersonName | None:
    """The name a piece of a run holds, if any, after the checks against places, bodies and quotes."""
    if len(syls) < 2:
        return None
    # A name is at most five syllables and the place before it at most three.
    syls = syls[-8:]
    got = _split_run(text, syls, _honored(text, lo, syls[0][0]))
    if got is None:
        return _foreign(text, lo, syls, blocked)
    k, reasons = got
    a, b = syls[k][0], syls[-1][1]
    name = text[a:b]
    if name in blocked or name in _not_names():
        return None
    follow = _LOWER_WORD.match(text, b, min(len(text), b + 20))
    if follow and follow.group(1) in phrases.title_words() and follow.group(1) not in _LINKS:
        return None  # "Đoàn Khối các cơ quan tỉnh": a body, not a person
    if follow and f"{text[syls[-1][0] : b]} {follow.group(1)}".casefold() in _bound_words():
        return None  # "Đoàn Thanh niên": the last syllable opens a body's word
    if _inside_quotes(s, a - lo) or _CREDIT.search(text, max(lo, a - 12), a):
        return None  # a quoted campaign, or a photo credit ("Ảnh: Nguyễn Cường/TTXVN")
    if k == 0 and _PLACE_BEFORE.search(text, max(lo, a - _WINDOW), a):
        # "TP Hồ Chí Minh", "đường Nguyễn Huệ" are places; but "Chủ tịch HĐND thành
        # phố Lương Nguyễn Minh Triết" ends a title with its place word, then the name.
        clause = text[max(lo, a - 80) : a].rsplit(",", 1)[-1].rsplit(";", 1)[-1]
        if not (len(syls) >= 3 and _ADMIN_END.search(clause) and _heads().search(clause)):
            return None
        if _LARGER_UNIT_AFTER.match(text, b):
            return None  # "Chủ tịch phường Nguyễn Trãi, quận 1": an address, small unit to large
    if after_title:
        reasons += ("after_title_in_run",)
    return PersonName(a, b, name, reasons)


def _split_run(text: str, syls: list[tuple[int, int]], honored: bool) -> tuple[int, tuple[str, ...]] | None:
    """Where the personal name starts in a run of capitalised syllables, with its reasons, or None.

    What comes before the name in the run is the tail of a title or a place.
    Ambiguous runs are settled by underthesea's word boundaries.
    """
    words = [text[a:b] for a, b in syls]
    # Only a listed surname's first syllable, an Ê Đê or Ba Na prefix, or (after an
    # honorific) the run's first syllable can start a name: test those alone.
    first = _surname_starts()
    maybe = [k for k, w in enumerate(words) if w in first or w.startswith("H'") or (k == 0 and honored)]
    starts = {k: r for k in maybe if (r := _start_reasons(words, k, honored))}
    if not starts:
        return None
    valid = sorted(starts)
    if len(valid) == 1:
        return valid[0], starts[valid[0]]
    left = max(0, syls[0][0] - 40)
    bounds = tokens.word_starts(text[left : syls[-1][1]])
    on_boundary = [k for k in valid if syls[k][0] - left in bounds]
    # The name is the last token-initial candidate that leaves a plausible name.
    chosen = next((k for k in on_boundary if len(words) - k <= 4), None)
    if chosen is None:
        chosen = min(valid, key=lambda k: _LENGTH_PREFERENCE.get(len(words) - k, 9))
    return chosen, (*starts[chosen], "split_by_tokenizer")


def _start_reasons(words: list[str], k: int, honored: bool) -> tuple[str, ...]:
    """Why a name may start at ``words[k]`` and run to the end of the piece (empty: it may not).

    ``honored``: an honorific stands right before the piece ("ông", "đồng chí").
    """
    n = len(words) - k
    if _no_start(words, k):
        return ()
    if _ede(words, k):
        return ("ede_form",) if 2 <= n <= 5 else ()
    if words[k] == "A" and 2 <= n <= 3 and (k == 0 or words[k - 1].casefold() in _honorific_words()):
        return ("ede_form",)  # Ba Na, Xơ Đăng: "A Pót"
    size = _surname_length(words, k, len(words))
    if not size and k == 0 and honored and 3 <= n <= 4 and words[1] in _middle_names():
        # "ông Xòng Văn Páo": an unlisted surname before "Văn", if it is a Vietnamese syllable
        return ("before_middle_name",) if _VI_SYLLABLE.fullmatch(_fold(words[0])) else ()
    if not size or not 1 <= n - size <= 4 or n < 2:
        return ()
    given = words[k + size :]
    if _looks_foreign(given) and not any(_VI_SYLLABLE.fullmatch(_fold(w)) for w in given):
        # "Kim Jong-un", "Âu Jean-Paul Marnier": no given syllable can be Vietnamese (a Khmer
        # "Thạch Sô Phal" has some that can), so the foreign reader decides.
        return ()
    if words[k] in _place_surnames() and n < 3:
        return ()
    if size == 1 and n > 5:
        return ()
    return ("two_syllable_surname",) if size > 1 else ("surname",)


def _no_start(words: list[str], k: int) -> bool:
    """Whether the grammar rules out a name starting at ``words[k]``, whatever the word lists say."""
    bound = _bound_words()
    if k and f"{words[k - 1]} {words[k]}".casefold() in bound:
        return True  # "Tỉnh Đoàn Lê Văn An": "Đoàn" belongs to the body
    if k + 1 < len(words) and f"{words[k]} {words[k + 1]}".casefold() in bound:
        return True  # "Đoàn Khối Doanh nghiệp": a body opens here
    if (
        k
        and words[k] in _middle_names()
        and _surname_length(words, k, len(words)) < 2
        and _surname_length(words, k - 1, len(words))
        and words[k - 1].casefold() not in _honorific_words()
    ):
        return True  # "Quàng Văn Hương": "Văn" is the middle name of the name before it
    if any(_surname_length(words, j, len(words)) > k - j for j in range(max(0, k - 3), k)):
        return True  # "Công Tằng Tôn Nữ Minh": "Tôn" is inside the surname begun before it
    if words[k].casefold() in _honorific_words() and (
        len(words) - k < 3 or _start_reasons(words, k + 1, False) or _looks_foreign(words[k + 1 :])
    ):
        # "Ông Nguyễn Văn Bình", "Ông Lộc" opening a sentence: the honorific, not the surname;
        # "Ông Ted Nolan" too: Latin words after it are a foreign name, read by _foreign.
        return True
    if any(_country_length(words, j) > k - j for j in range(max(0, k - 3), k)):
        return True  # "Nhân dân Trung Hoa Tập Cận Bình": "Hoa" ends the country begun before it
    return _country_length(words, k) > 1  # "Đại sứ Hà Lan ...": a country, not the surname "Hà"


def _surname_length(words: list[str], k: int, end: int) -> int:
    """How many syllables of the surname start at ``words[k]`` (the longest listed), or 0."""
    surnames = _surnames()
    for size in (4, 3, 2):
        if k + size < end and " ".join(words[k : k + size]) in surnames:
            return size
    if words[k] in surnames or words[k] in _place_surnames():
        return 1
    return 0


def _ede(words: list[str], k: int) -> bool:
    """An Ê Đê given name with its prefix: ``Y`` for men, ``H'`` for women ("H'Maryam Niê")."""
    w = words[k]
    return w == "Y" or (w.startswith("H'") and len(w) > 2)


def _country_length(words: list[str], k: int) -> int:
    """How many syllables of a country's name start at ``words[k]`` (the longest listed), or 0."""
    countries = _countries()
    for size in (4, 3, 2, 1):
        if k + size <= len(words) and " ".join(words[k : k + size]) in countries:
            return size
    return 0


def _foreign(text: str, lo: int, syls: list[tuple[int, int]], blocked: frozenset[str]) -> PersonName | None:
    """A foreign name in apposition: after a title and a nationality, or Latin words after a title.

    "Đại sứ Cuba Carlos Ruiz Vega", "Thủ tướng Lào Thongloun Sisoulith",
    "ông John Smith". Without a title or an honorific right before, a run of
    capitals is not read as a foreign name.
    """
    words = [text[a:b] for a, b in syls]
    honored = words[0].casefold() in _honorific_words()  # "Ngài Peter Brandt" opening a sentence
    k = int(honored)
    before = _LOWER_BEFORE.search(text, max(lo, syls[0][0] - 12), syls[0][0])
    if before and f"{before.group(1)} {words[0]}".casefold() in _bound_words():
        k = 1  # "Ủy ban châu Âu Jean-Paul Marnier": "Âu" ends the word "châu Âu"
    while k < len(words) and (size := _country_length(words, k)):
        k += size
    rest = syls[k:]
    if not 2 <= len(rest) <= 5:
        return None
    a, b = rest[0][0], rest[-1][1]
    name = text[a:b]
    if name in blocked or name in _not_names() or _CREDIT.search(text, max(lo, a - 12), a):
        return None
    clause = _clause_before(text, lo, syls[0][0])
    if k and _heads().search(clause):
        return PersonName(a, b, name, ("after_nationality", "foreign_after_title"))
    if not _looks_foreign(words[k:]):
        return None
    if honored or _honored(text, lo, syls[0][0]):
        return PersonName(a, b, name, ("foreign_after_honorific",))
    head = _last_head(clause)
    if head is not None and not _CAPITAL.search(clause, head):
        return PersonName(a, b, name, ("foreign_after_title",))
    if len(words) - k == 2 and words[k] in _surnames():
        # "Kim Jong-un", "Han Min-ho": a surname Vietnamese shares, with one foreign given
        # name; read as the Vietnamese reader read it before refusing the given name. Before
        # two foreign words ("Á-Âu Veronika Lenz"), the listed syllable ends something else.
        return PersonName(a, b, name, ("surname", "foreign_given_name"))
    return None


def _clause_before(text: str, lo: int, at: int) -> str:
    """The text of the clause before ``at``: from the last punctuation mark (at most 100 characters)."""
    window = text[max(lo, at - 100) : at]
    marks = list(_CLAUSE_START.finditer(window))
    return window[marks[-1].end() :] if marks else window


def _last_head(clause: str) -> int | None:
    """Where the last title head of a clause ends, or None."""
    found = list(_heads().finditer(clause))
    return found[-1].end() if found else None


def _looks_foreign(words: list[str]) -> bool:
    """Latin words without Vietnamese letters, half of which at least cannot be Vietnamese syllables."""
    if not all(len(w) > 1 and _LATIN.fullmatch(w) for w in words):
        return False
    return 2 * sum(not _VI_SYLLABLE.fullmatch(_fold(w)) for w in words) >= len(words)


def _fold(word: str) -> str:
    """A word in lower case without its diacritics, to compare its shape with a syllable's."""
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))


def _inside_quotes(s: str, pos: int) -> bool:
    return s.count('"', 0, pos) % 2 == 1


@lexicon.cached
def _run() -> regex.Pattern[str]:
    """A run of capitalised syllables, with the lower-case particles of foreign names inside it.

    "Staffan van Berk", "Luis de Souza", "Omar bin Salem": a particle of
    ``data/name_particles.txt`` joins the run only between a syllable ending in
    a plain Latin letter and a capital, so a Vietnamese run is read as before.
    """
    particles = lexicon.alternation(lexicon.lines("name_particles.txt"))
    link = r"(?: (?<=[A-Za-z] )(?:" + particles + r")(?: (?:" + particles + r"))? (?=\p{Lu})| )"
    return regex.compile(r"(?<![\p{L}\d'.])" + _SYL + r"(?:" + link + _SYL + r")*")


@lexicon.cached
def _surnames() -> frozenset[str]:
    return lexicon.surnames()


@lexicon.cached
def _countries() -> frozenset[str]:
    return lexicon.words("countries.txt")


@lexicon.cached
def _bound_words() -> frozenset[str]:
    return lexicon.folded("name_bound_words.txt")


def _heads() -> regex.Pattern[str]:
    """Title heads (``data/title_heads.txt``), any case: "Tổng Bí Thư" in a headline too."""
    return phrases.title_heads()


@lexicon.cached
def _surname_starts() -> frozenset[str]:
    """First syllables of the listed surnames (one or more syllables), and the Y and A prefixes."""
    listed = (*_surnames(), *lexicon.words("place_surnames.txt"))
    return frozenset({name.split()[0] for name in listed if name.split()} | {"Y", "A"})


@lexicon.cached
def _opening_words() -> frozenset[str]:
    """The first words of title heads and multi-word role verbs, case-folded: a cheap test before the patterns."""
    heads = (line.split()[0] for line in lexicon.lines("title_heads.txt") if line.split())
    verbs = (row[0].split()[0] for row in lexicon.table("roles.tsv") if " " in row[0])
    return frozenset(w.casefold().rstrip(".") for w in (*heads, *verbs))


@lexicon.cached
def _multiword_verbs() -> regex.Pattern[str]:
    """Role verbs of two words or more (``data/roles.tsv``): one inside a run ends the name before it."""
    body = lexicon.alternation((row[0] for row in lexicon.table("roles.tsv") if " " in row[0]), fold=True)
    return regex.compile(r"(?<![\p{L}])" + body + r"(?![\p{L}])", regex.I)


@lexicon.cached
def _honorific_words() -> frozenset[str]:
    """One-word honorifics of ``data/honorifics.txt``, case-folded ("ông", "bà", "ngài")."""
    return frozenset(w for w in lexicon.folded("honorifics.txt") if " " not in w)


def _honored(text: str, lo: int, at: int) -> bool:
    """Whether an honorific of ``data/honorifics.txt`` stands right before ``at`` (spaces between).

    The honorific ends where the spaces before ``at`` begin, so only its longest
    length before that point is searched, not the whole window.
    """
    start = max(lo, at - _WINDOW)
    p = at
    while p > start and text[p - 1].isspace():
        p -= 1
    return bool(_honorific_before().search(text, max(start, p - _honorific_length()), at))


@lexicon.cached
def _honorific_length() -> int:
    return max(len(w) for w in lexicon.lines("honorifics.txt"))


@lexicon.cached
def _honorific_before() -> regex.Pattern[str]:
    """An honorific of ``data/honorifics.txt`` ("ông", "ngài", "TS") right before a position."""
    body = lexicon.alternation(lexicon.lines("honorifics.txt"), fold=True)
    return regex.compile(r"(?<![\p{L}])" + body + r"\s*$", regex.I)


# The word lists read in the inner loops, each fetched by the no-argument cache (a lookup by the
# active overlay alone, three times as fast as a fetch by file name).
@lexicon.cached
def _run_breakers() -> frozenset[str]:
    return lexicon.words("run_breakers.txt")


@lexicon.cached
def _not_names() -> frozenset[str]:
    return lexicon.words("not_names.txt")


@lexicon.cached
def _middle_names() -> frozenset[str]:
    return lexicon.words("middle_names.txt")


@lexicon.cached
def _place_surnames() -> frozenset[str]:
    return lexicon.words("place_surnames.txt")
