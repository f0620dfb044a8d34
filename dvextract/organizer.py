"""Organiser: the body that held the meeting, as the sentence reporting it names it.

Candidates, not a first frame: every body the reporting sentences put in an
organiser's place is proposed, with named reasons, and the best scored wins
(``data/reasons.tsv``, section "organizer"). The places a Vietnamese lead
puts its organiser in:

* the subject of the event's predicate (``data/event_predicates.txt``, shared
  with :mod:`dvextract.event`): "Chiều 13/1, Ban Dân vận Tỉnh ủy tổ chức hội
  nghị". Between subject and verb there may stand an apposition ("HĐND huyện
  Tân Lộc khóa XII, nhiệm kỳ 2021-2026 khai mạc"), a parenthesis or a member
  list ("Khối thi đua số 4 (gồm ...) tổ chức"), a stray comma, co-organisers
  ("Sở Tư pháp, Sở Nội vụ phối hợp tổ chức": the first named holds it), a
  partner ("phối hợp với Bộ Ngoại giao"), aspect words ("đã", "long trọng")
  and a classifier ("đã có buổi tiếp xúc");
* the agent of a passive: "Hội nghị do Ban Tuyên giáo Tỉnh ủy tổ chức";
* the body named inside the event noun: "Kỳ họp thứ năm HĐND tỉnh Hòa Sơn
  khóa X", "Đại hội đại biểu Đảng bộ huyện Tân Lộc lần thứ XX", "Hội nghị lần
  thứ 10 Ban Chấp hành Đảng bộ tỉnh";
* a body joined to a person who is the subject: "Tổng Bí thư ... cùng Đoàn
  đại biểu Quốc hội thành phố đã tiếp xúc cử tri";
* the host of a working session: "buổi làm việc với Thường trực Thành ủy".

A body's name is read with the body-name grammar of :mod:`dvextract.phrases`
from a head word of ``data/bodies.txt``; in the subject's place it may run
over lower-case words up to a capitalised one before the verb ("Chi đoàn
Trung tâm điều dưỡng ... Bộ Xây dựng tổ chức"). Positions, tense and the
sentence's relation to the main event weigh each candidate: the lead
counts most; the future, a plan, an event being prepared, a document's
name and a later sentence about another event count against.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import regex

from . import lexicon, phrases
from .event import Event, event_nouns
from .reasons import Candidate, decide, known, weight
from .segment import Segment

FIELD = "organizer"
AFTER_LEAD = 8  # sentences read after the lead ...
BEFORE_LEAD = 3  # ... and before it (the headline is read too)
MAX_WORDS = 16  # a body's name is a noun phrase, not a clause


@dataclass(frozen=True, slots=True)
class Found:
    """A body's name as a clean-text range."""

    start: int
    end: int
    name: str


@lexicon.cached
def _heads() -> regex.Pattern[str]:
    """The head words of bodies, in the casings a name is written with: as listed, with the later words
    in lower or upper case ("Ban thường vụ", "Ủy Ban"), or in capitals. Matched case-sensitively (a
    case-blind alternation this long is several times slower), and only where a capital starts."""
    forms: set[str] = set()
    for head in lexicon.lines("bodies.txt"):
        first, *rest = head.split(" ")
        forms |= {head, head.upper(), " ".join([first, *(w.lower() for w in rest)])}
        forms.add(" ".join([first, *(w[:1].upper() + w[1:] for w in rest)]))
    return regex.compile(r"(?=\p{Lu})(?<![\p{L}\d])" + lexicon.alternation(forms) + r"(?![\p{L}])")


@lexicon.cached
def _not_bodies() -> regex.Pattern[str]:
    return lexicon.pattern("not_bodies.txt")


@dataclass(frozen=True, slots=True)
class _Grammar:
    """The compiled vocabulary of one lexicon overlay, fetched once per article (not once per word)."""

    heads: regex.Pattern[str]
    not_bodies: regex.Pattern[str]
    titles: regex.Pattern[str]
    gap: regex.Pattern[str]
    predicate: regex.Pattern[str]
    last_predicate: regex.Pattern[str]  # the same, searched backwards: the sentence's last verb
    lower_heads: regex.Pattern[str]
    predicate_words: re.Pattern[str]  # the predicates and event nouns as plain text (a trie), for a first test
    verb_then_event: regex.Pattern[str]  # a predicate before a capitalised event noun: "... họp Hội nghị"
    places: regex.Pattern[str]  # a place named with its classifier: "tỉnh Hòa Sơn", "TP.Tân Lộc"


@lexicon.cached
def _lower_heads() -> regex.Pattern[str]:
    """Heads of two words and more in lower case, read only as an agent ("do ủy ban nhân dân tỉnh tổ
    chức") or joined to a person ("cùng đoàn đại biểu Quốc hội tỉnh"), where the syntax makes them a body."""
    forms = {h.lower() for h in lexicon.lines("bodies.txt") if " " in h}
    return regex.compile(lexicon.alternation(forms) + r"(?= \S)(?![\p{L}])")


# A place's name after its classifier: capitalised words (joined by a dash: "Bà Rịa - Vũng Tàu") or a
# district's number ("quận 3").
_PLACE_NAME = r"(?:\d{1,2}(?![\d/.,\-]\d)|\p{Lu}[\p{L}]*(?:(?:\s+|\s*[-–]\s*)\p{Lu}[\p{L}]*){0,4})(?![\p{L}\d])"


@lexicon.cached
def _places() -> regex.Pattern[str]:
    """A place named with its classifier (``data/place_classifiers.txt``): "tỉnh Hòa Sơn", "Thành phố Tân
    Lộc", "TP. Hòa Sơn", "TP.Hòa Sơn", "TPHCM", "H. Tân Lộc". A word is followed by a space; an abbreviation
    by a dot, a space or nothing, a one-letter one ("H.", "Q.") always by its dot."""
    words, short, letters = set(), set(), set()
    for c in lexicon.lines("place_classifiers.txt"):
        if c[:1].islower():
            words |= {c, c[:1].upper() + c[1:]}
        else:
            (short if len(c) > 1 else letters).add(c)
    return regex.compile(
        r"(?<![\p{L}\d.])(?:" + lexicon.alternation(words) + r"\s+"
        r"|" + lexicon.alternation(short) + r"(?:\.\s?|\s)?"
        r"|" + lexicon.alternation(letters) + r"\.\s?)"
        r"(?=\p{Lu}|\d)" + _PLACE_NAME
    )


@lexicon.cached
def _grammar() -> _Grammar:
    predicate = _predicate()
    last = regex.compile("(?r)" + predicate.pattern, predicate.flags)
    words = re.compile(
        lexicon.alternation(
            w for name in ("event_predicates.txt", "event_nouns.txt") for w in lexicon.lines(name) if w[:1].islower()
        )
    )
    return _Grammar(
        _heads(),
        _not_bodies(),
        phrases.title_heads(),
        _gap(),
        predicate,
        last,
        _lower_heads(),
        words,
        _verb_then_event(),
        _places(),
    )


@lexicon.cached
def _verb_then_event() -> regex.Pattern[str]:
    """A predicate followed by a capitalised event noun ("Ban Chấp hành Đảng bộ tỉnh | họp Hội nghị lần thứ 5"):
    the name's capitalised words go on after it, so the name grammar alone would read the verb into the name."""
    verbs = (v for v in lexicon.lines("event_predicates.txt") if v[:1].islower())
    nouns = {n[:1].upper() + n[1:] for n in lexicon.lines("event_nouns.txt") if n[:1].islower() and " " in n}
    return regex.compile(
        r" " + lexicon.alternation(verbs) + r"(?: (?:" + _ASPECT + r"))* "
        r"(?=" + lexicon.alternation(nouns) + r"(?![\p{L}]))"
    )


@lexicon.cached
def _name_first_heads() -> regex.Pattern[str]:
    """Heads that are also a verb or a common noun ("Tổ chức"), followed by a word that is no name's: one in
    lower case, or an event noun, the verb's object ("Tổ chức Hội nghị tổng kết, ...")."""
    events = lexicon.pattern("event_nouns.txt").pattern
    return regex.compile(lexicon.pattern("name_first_heads.txt").pattern + r"\s+(?:(?!\p{Lu})|" + events + ")")


def _is_body(g: _Grammar, phrase: str) -> bool:
    return (
        bool(g.heads.match(phrase))
        and phrase[:1].isupper()
        and not g.not_bodies.match(phrase)
        and not g.titles.match(phrase)
        and not _name_first_heads().match(phrase)
    )


def is_body(phrase: str) -> bool:
    """Whether a phrase starts with a body's head word and is capitalised like a name.

    "Hội" heads bodies (Hội Nông dân) but also event nouns (Hội nghị, Hội thi);
    "Báo" heads newspapers but opens "Báo cáo" (``data/not_bodies.txt``); "Bộ trưởng"
    and "Thành ủy viên" are titles of people.
    """
    return _is_body(_grammar(), phrase)


# --- where a subject may start ------------------------------------------------

# What may stand right before a subject: the sentence start (handled apart), clause punctuation,
# a closing bracket or a dash ("(TTXVN) - "), the tail of a date or time that opens the lead with
# no comma ("Ngày 19/12/2021 HĐND xã ...", "Sáng nay HĐND ...", "... tháng Mười Hai năm 2021 Huyện ủy"),
# or a connector: "do" (a passive's agent), "cùng", "và các đại biểu" (joined to a person subject).
# A conjunction of time opens a clause with its own subject: "..., sau khi UBND huyện X có buổi làm việc với ...",
# "... khi Sở X tổ chức hội nghị"; not "trước khi" (what comes after the event told is another event) nor
# "trong khi" (a contrast: "whereas").
# A place after the lead's date, no comma before the subject: "Sáng 5/3 tại Hà Nội Bộ Tư pháp ...". A
# venue ("tại Hội trường Tỉnh ủy") names a building, and its body is no subject.
_PLACE = (
    r"(?!(?:Hội trường|Trụ sở|Nhà|Trung tâm|Cung|Khách sạn|Trường|Phòng|Văn phòng|Sân|Quảng trường)(?![\p{L}]))"
    r"(?:(?:TP|tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\.?\s*)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}"
)
_LEFT = regex.compile(  # searched backwards from the phrase ("(?r)"): one attempt, not one per position
    r"(?r)(?:(?P<punct>[,;:]\s*|(?:\)(?<!\([\p{Lu}\d][\p{Lu}\d&.\-]{1,12}\))|[\]\"'])\s*[-–:]?\s*|\s[-–]\s*|^\s*[-*•+]\s*)"
    r"|(?<![\p{L}])(?P<clause>(?:[Ss]au\s+)?(?<!(?:[Tt]rước|[Tt]rong)\s)[Kk]hi\s+)"
    r"|(?P<date>(?:\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{2,4})?\)?|\d{4}\)?|(?<![\p{L}])(?:[Ss]áng|[Cc]hiều"
    r"|[Tt]ối|[Tt]rưa|[Hh]ôm)\s+(?:nay|qua|kia))(?:,?\s+tại\s+(?P<place>" + _PLACE + r"))?\s+)"
    r"|(?<![\p{L}])(?P<reported>(?:cho biết|cho hay|thông tin|thông báo|khẳng định)(?:\s+(?:rằng|là))?,?\s+)"
    r"|(?<![\p{L}])(?P<agent>do\s+)"
    r"|(?<![\p{L}])(?P<deputies>(?:cùng(?:\s+với)?|và)\s+(?:(?:các|những)\s+)?(?:vị\s+)?đại biểu\s+)"
    r"|(?<![\p{L}])(?P<joined>(?:cùng(?:\s+với)?|và)\s+(?:(?:các|những)\s+)?(?:thành viên\s+|đại diện\s+"
    r"|lãnh đạo\s+)?)"
    r")$"
)
_ANY_LEFT = 60
_DELEGATION_HEAD = regex.compile(r"(?:Đoàn|Tổ)(?![\p{L}])")


def _left(text: str, sentence: Segment, at: int) -> str | None:
    """How the phrase at ``at`` is introduced: 'start', 'punct', 'clause' (after "khi", "sau khi"), 'date',
    'placed' (after a date and a place with no comma), 'reported' (after "cho biết"), 'agent', 'joined', or None."""
    if text[sentence.start : at].strip(" \"'*-•+") == "":
        return "start"
    m = _LEFT.search(text, max(sentence.start, at - _ANY_LEFT), at)
    if not m:
        return None
    if m.group("place") is not None:
        return "placed"
    return next(
        k for k in ("punct", "clause", "date", "reported", "agent", "deputies", "joined") if m.group(k) is not None
    )


# --- between the subject and its verb -----------------------------------------

_ASPECT = (
    r"(?:đã|vừa|sẽ|sắp|đang|cũng|mới|chính thức|long trọng|trang trọng|trọng thể|đồng|tiếp tục|lần đầu(?: tiên)?"
    r"|dự kiến|thường xuyên|định kỳ|có|tiến hành|đứng ra|bước vào|vẫn|đều|luôn)"
)
# One regex per gap, its parts in the order Vietnamese puts them, ending at the predicate (written in
# lower case: capitalised, "Tổ chức" belongs to a name); each part optional and bounded, so
# backtracking stays small. Co-organisers are bodies (a head word) or "các/những ..." groups.
_CHARS = r"(?:[^.;\n]|\.(?=\S))"
# A time told between the subject and its verb: "UBND tỉnh sáng nay tổ chức", "... phối hợp với Sở Y tế,
# chiều 5/3 đã tổ chức".
_WHEN = (
    r",?\s+(?:sáng|chiều|tối|trưa|hôm)\s+(?:nay|qua|\(?\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{2,4})?\)?)"
    r"(?:\s*,)?"
)  # a phrase's characters: no full stop, but the dots of "TP.HCM", "T.Ư"
# A co-organisers' group runs to the verb, but not over a clause of purpose or cause with a subject of its own
# ("... các đại biểu để cử tri giám sát": the verb is another clause's; "... cùng nhau để thảo luận" is not).
# {VERB} stands for the predicates, filled in by :func:`_gap`.
_CO_CHARS = r"(?:(?!\s(?:(?:để|nhằm)\s(?!{VERB})|(?:mà|vì|nên|khi)\s))" + _CHARS + ")"
_GAP_PARTS = (
    r"(?P<appos>(?:\s*,\s*(?:khóa|khoá|nhiệm kỳ|nhiệm kì|giai đoạn)\s+[\dIVXLC][^,;.()\n]{0,30}?(?=[\s,(])"
    r"|\s*,\s*\p{Ll}[^,;.()\n]{0,40}?(?=\s*,))*)"
    r"(?P<paren>\s*\([^()\n]{0,200}\))?"
    r"(?P<unit>,?\s+(?:đơn vị(?:\s+bầu cử)?|tổ(?:\s+đại biểu)?)\s+(?:số\s+)?\d+(?![\d/.\-]))?"
    r"(?P<unit_paren>\s*\([^()\n]{0,60}\))?"  # "đơn vị 5 (TP Hòa Sơn)": the unit's place
    r"(?P<members>,?\s+gồm:?\s+[^;()\n]{1,200}?(?=,?\s))?"
    r"(?P<leader>,?\s+do\s+[^;()\n]{3,140}?\s+(?:dẫn đầu|làm\s+[Tt]rưởng\s+[Đđ]oàn|chủ trì)(?![\p{L}])\s*,?)?"
    r"(?P<co>(?:\s*,\s*|\s+(?:và|cùng|cùng với)\s+)(?:các|những|đại diện|lãnh đạo)\s"
    + _CO_CHARS
    + r"{0,100}?(?=,?\s))?"
    r"(?P<comma>\s*,)?"
    r"(?P<when>" + _WHEN + r")?"
    r"(?P<aspect>(?:\s+" + _ASPECT + r"(?![\p{L}]))*)"
    r"(?P<partner>\s+phối hợp(?:\s+(?:với|cùng(?:\s+với)?))?"
    r"(?:\s+(?=\p{Lu}|các\s|những\s)" + _CHARS + r"{1,160}?)??(?=\s))?"
    r"(?P<when2>" + _WHEN + r")?"
    r"(?P<aspect2>(?:\s+" + _ASPECT + r"(?![\p{L}]))*)"
    r"(?:\s+(?:(?:các|những|một)\s+)?(?:buổi|cuộc|chuyến|phiên|kỳ|lễ))?"
    r"\s+"
)


@lexicon.cached
def _not_event_after() -> str:
    """What after a predicate makes it another word (``data/not_event_after.txt``): "tiếp tục", "tổ chức
    thực hiện", the noun "tổ chức" ("các tổ chức tín dụng", "cá nhân, tổ chức khác")."""
    return r"(?!\s*" + lexicon.alternation(lexicon.lines("not_event_after.txt")) + r"(?![\p{L}]))"


@lexicon.cached
def _gap() -> regex.Pattern[str]:
    verbs = sorted((v for v in lexicon.lines("event_predicates.txt") if v[:1].islower()), key=len, reverse=True)
    nouns = sorted((v for v in lexicon.lines("event_nouns.txt") if v[:1].islower()), key=len, reverse=True)
    verb_words = "|".join(map(regex.escape, verbs))
    # the predicate, or an event noun after "tiến hành", "có", "đứng ra", "bước vào" ("đã tiến hành hội nghị")
    pred = (
        r"(?:" + _PLURAL_BEFORE + r"(?P<pred>(?:" + verb_words + r")(?![\p{L}\d])" + _not_event_after() + ")"
        r"|(?<=(?:tiến hành|có|đứng ra|bước vào)\s+(?:(?:các|những|một)\s+)?)"
        r"(?P<pred>(?:" + "|".join(map(regex.escape, nouns)) + r")(?![\p{L}\d])))"
    )
    return regex.compile(_GAP_PARTS.replace("{VERB}", verb_words) + pred)


@lexicon.cached
def _predicate() -> regex.Pattern[str]:
    verbs = (v for v in lexicon.lines("event_predicates.txt") if v[:1].islower())
    return regex.compile(_PLURAL_BEFORE + lexicon.alternation(verbs) + r"(?![\p{L}\d])" + _not_event_after())


# A plural marker makes the next word a noun: "các tổ chức phụ nữ", "những cuộc họp" name things, no verb.
_PLURAL_BEFORE = r"(?<!(?<![\p{L}])(?:[Cc]ác|[Nn]hững) )"


_FUTURE = regex.compile(r"(?<![\p{L}])(?:sẽ|sắp|dự kiến|chuẩn bị)(?![\p{L}])")


# A name the grammar ends too early may run on to the verb, over lower-case words up to a capitalised
# or administrative word ("Chi đoàn Trung tâm điều dưỡng ... Sầm Sơn", "Hội khuyến học huyện"), or over a
# comma before a capitalised word that starts no new body ("Công đoàn cơ quan Dân, Đảng quận X").
_STOPS = (
    r"đã|đang|sẽ|sắp|vừa|là|được|bị|có|cho|của|tại|với|cùng|và|khi|để|nhằm|theo|về|trong|từ|đến|do|mà|thì|phối hợp|sáng"
    r"|chiều|tối|trưa|ngày|hôm|tháng|năm|long trọng|trang trọng|trọng thể|chính thức|phát biểu|chỉ đạo|yêu cầu"
    r"|đề nghị|cho biết|nhấn mạnh|khẳng định|nhiệm kỳ|cũng|vào|ra|lên|giao|làm|nói|trao|tặng|nhận|thăm|gặp|dự"
    r"|tham|ký|bầu|nêu|gửi|xin|đưa|cử|mời|này|đó|ông|bà|anh|chị|những|một|tới|tiếp theo|kế tiếp"
    r"|đều|rất|luôn|vẫn|còn|chưa|không|cần|phải"  # adverbs before a verb
)
_ADMIN = r"(?:tỉnh|huyện|quận|thị xã|xã|phường|thị trấn|thành phố)(?![\p{L}])"
_RUN_WORD = regex.compile(r"\s+(?!(?:" + _STOPS + r")(?![\p{L}]))\p{Ll}[\p{L}\d\-]*")
_COMMA_CAPITAL = regex.compile(r",(?=\s+\p{Lu})")
_NEXT_NAME = regex.compile(r"\s+(?:\p{Lu}|" + _ADMIN + ")")
MAX_RUN = 8
# A fixed phrase whose first syllable the grammar may take for a name's own ("Hà Nội long | trọng").
_SPLIT = regex.compile(
    r"\s(?:long trọng|trang trọng|trọng thể|chính thức|nhiệm kỳ|nhiệm kì|tổ chức|khai mạc|bế mạc|mở rộng|thường kỳ"
    r"|bất thường|tiến hành|bước vào)(?![\p{L}])"
)


_NEW_SENTENCE = regex.compile(r" (\p{Lu}\p{Ll}+)(?![\p{L}])")
_SENTENCE_OPENERS = frozenset(
    "tại theo trong sau trước với để nhằm khi qua về đến cùng ngày sáng chiều tối hôm đây đó".split()
    + "tuy nhưng song vì nên".split()  # conjunctions: "... khóa X Tuy thế, ..." lost its full stop
)
_JOINT = regex.compile(r" [-–] |, ")  # between co-organisers: "Hội A - Hội B", "Quân ủy Trung ương, Bộ Quốc phòng"
# A time or a date after a name is not part of it: "... Quốc hội Chiều 15-6", "... Chính phủ tháng 6/2017".
_TIME_NEXT = regex.compile(
    r" (?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Nn]gày|[Hh]ôm|[Tt]háng|[Nn]ăm|[Qq]uý)(?: (?:nay|qua|mai|ngày|hôm))*"
    r" \(?\d|(?: \d{1,2}[/.-]\d{1,2})"
)


_TENSE_WORDS = frozenset(("sắp", "sẽ", "đã", "đang", "vừa"))
# Verbs that take an event noun ("HĐND tỉnh khóa X | tiến hành kỳ họp thứ 5"): not a syllable of the name.
_VERB_OF_NOUN = regex.compile(r" (?:tiến hành|bước vào|đứng ra)(?![\p{L}])")


def _stop_before_predicate(g: _Grammar, text: str, end: int) -> Callable[[int], bool]:
    """A name stops before its verb, and before a dash that starts another body (co-organisers)."""

    def stop(cur: int) -> bool:
        glued = _NEW_SENTENCE.match(text, cur, end)
        if glued and glued.group(1).lower() in _SENTENCE_OPENERS:
            return True  # "... Đoàn Mạnh Hùng/TTXVN Tại buổi làm việc": a capitalised "Tại" opens a sentence
        joint = _JOINT.match(text, cur, end)
        if joint:
            return _is_body(g, text[joint.end() : joint.end() + 40])
        if text[cur : cur + 1] != " ":
            return False
        return (
            g.predicate.match(text, cur + 1, end) is not None
            or bool(_TIME_NEXT.match(text, cur, end))
            or bool(_VERB_OF_NOUN.match(text, cur, end))
        )

    return stop


def _name_end(g: _Grammar, text: str, start: int, end: int) -> int:
    """Where the body's name starting at ``start`` ends (the body-name grammar, lists of places allowed)."""
    head = g.heads.match(text, start, end)
    cur = head.end() if head else _word_end(text, start)
    if (head is None or " " not in head.group(0)) and g.predicate.match(text, cur + 1, end) is None:
        cur = phrases.own_syllables(text, cur, end)  # "Hội khuyến học", not "Chính phủ | thường kỳ"
    stop = _stop_before_predicate(g, text, end)
    cur = phrases.extend(text, cur, end, lists=True, stop=stop)
    # "Bộ Kế hoạch và Đầu tư", "Ban Tuyên giáo và Dân vận": "và" joins two capitalised words of one name,
    # unless a new body or title starts after it ("Sở Tư pháp và Sở Nội vụ": co-organisers).
    # "Bộ VH-TT&DL", "Học viện Chính trị-Bộ Quốc phòng": a word glued on by a sign is the same name.
    while True:
        glued = _GLUE.match(text, cur, end)
        if glued:
            cur = phrases.extend(text, phrases.own_syllables(text, glued.end(), end), end, lists=True, stop=stop)
            continue
        after_word = _capitalised_before(text, cur) or (head is not None and cur == head.end())
        own = _RUN_WORD.match(text, cur, end) if after_word else None
        if (
            own
            and g.predicate.match(text, cur + 1, end) is None
            and (_OWN_NEXT.match(text, own.end(), end) or _verb_next(g, text, own.end(), end))
        ):
            # a syllable of the capitalised word the shared list holds back: "Nhà báo", "Truyền thông"
            cur = phrases.extend(text, own.end(), end, lists=True, stop=stop)
            continue
        abbreviation = _ABBREVIATION.match(text, cur, end)
        if abbreviation:  # "Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam tỉnh": the short form inside the name
            cur = phrases.extend(text, abbreviation.end(), end, lists=True, stop=stop)
            continue
        numbered = _NUMBERED.match(text, cur, end)
        if numbered:
            cur = phrases.extend(text, numbered.end(), end, lists=True, stop=stop)
            continue
        of = _OF_BODY.match(text, cur, end)
        if of and _is_body(g, text[of.end() : of.end() + 40]):
            cur = _name_end(g, text, of.end(), end)
            continue
        joined = _AND_CAPITAL.match(text, cur, end) or _LIST_IN_NAME.match(text, cur, end)
        if (
            not joined
            or g.heads.match(text, joined.end(), end)
            or g.titles.match(text[joined.end() : joined.end() + 30])
        ):
            break
        nxt = phrases.own_syllables(text, _word_end(text, joined.end()), end)
        cur = phrases.extend(text, nxt, end, lists=True, stop=stop)
    inner = g.verb_then_event.search(text, head.end() if head else start, cur)
    if inner:
        cur = inner.start()  # "Ban Chấp hành Đảng bộ tỉnh | họp Hội nghị lần thứ 5"
    last = text.rfind(" ", start, cur) + 1
    if last > start and (
        g.predicate.match(text, last, end) or text[last:cur] in _TENSE_WORDS or _co_verb(g, text, start, last, cur, end)
    ):
        cur = last - 1  # "UBND TP.HCM họp", "... khóa X sắp": the verb or its tense taken for a syllable
    split = _SPLIT.search(text, max(start, cur - 12), min(end, cur + 20))
    if split and split.start() < cur < split.end():
        cur = split.start()
    return cur


def _co_verb(g: _Grammar, text: str, start: int, last: int, cur: int, end: int) -> bool:
    """Whether the name's last word is "đồng" (jointly) before the predicate ("Liên đoàn Lao động Hòa Sơn | đồng
    tổ chức"): taken for a syllable of the name, unless it is the one of "Hội đồng"."""
    return (
        text[last:cur] == "đồng"
        and text[max(start, last - 4) : last - 1].casefold() != "hội"
        and g.predicate.match(text, cur + 1, end) is not None
    )


T = TypeVar("T")


def _read(
    g: _Grammar,
    text: str,
    start: int,
    limit: int,
    fits: Callable[[int], T | None],
    run_fits: Callable[[int], T | None] | None = None,
) -> tuple[int, T, bool] | None:
    """The end of the body's name at ``start`` that ``fits`` accepts, what it returned, and whether the
    name had to run on past the grammar's end (over more than one syllable: a single lower-case
    syllable after a capitalised word is the word's own, "Truyền thông"); None when no reading fits."""
    end = _name_end(g, text, start, limit)
    got = fits(end)
    if got is not None:
        return end, got, False
    cur = end
    for k in range(MAX_RUN):
        step = _RUN_WORD.match(text, cur, limit) or (_COMMA_CAPITAL.match(text, cur, limit) if k == 0 else None)
        if step is None:
            break
        cur = step.end()
        tries = [cur]
        if _NEXT_NAME.match(text, cur, limit):
            tries.append(_unit_end(g, text, _word_start(text, cur, limit), limit))
        own = k == 0 and step.group(0)[:1] != "," and text[end - 1 : end].isalpha() and _capitalised_before(text, end)
        for longer in tries:
            got = (run_fits or fits)(longer)
            if got is not None:
                return longer, got, not (own and longer == cur)
    return None


def _capitalised_before(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is capitalised."""
    at = text.rfind(" ", 0, end) + 1
    return text[at : at + 1].isupper()


_AND_CAPITAL = regex.compile(r" (?:và|&|-) (?=\p{Lu})")
_ASPECT_NEXT = regex.compile(r"\s+" + _ASPECT + r"(?![\p{L}])|\s+phối hợp(?![\p{L}])")


def _verb_next(g: _Grammar, text: str, pos: int, end: int) -> bool:
    """Whether the subject's verb (or its aspect word) follows ``pos``: "... Truyền thông | phối hợp"."""
    return bool(_ASPECT_NEXT.match(text, pos, end)) or (
        text[pos : pos + 1] == " " and g.predicate.match(text, pos + 1, end) is not None
    )


_ABBREVIATION = regex.compile(r" ?\([\p{Lu}\d][\p{Lu}\d&.\-]{1,12}\)(?= (?:\p{Lu}|" + _ADMIN + "))")
_NUMBERED = regex.compile(r" số \d+[\p{L}\d]*(?![\p{L}\d])")  # "Khối thi đua số 4", "Đoàn kiểm tra số 471"
_OWN_NEXT = regex.compile(r" \p{Lu}| ?[,(]| [-–] ")
_OF_BODY = regex.compile(r" của (?=\p{Lu})")  # "Ủy ban Kinh tế của Quốc hội": a body of a body
_LIST_IN_NAME = regex.compile(r", (?=\p{Lu}\p{L}*(?: \p{Ll}+)? và \p{Lu})")  # "Bộ Văn hóa, Thể thao và Du lịch"
_GLUE = regex.compile(r"[&/\-–][\p{L}\d][\p{L}\d&'/\-]*")
_TRAILING_TERM = regex.compile(
    r"(?:(?<=(?:Trung ương|TƯ|TW|T\.Ư))\s+\d{1,2}|\s*\(\s*[Kk]hóa [\dIVXLC]+\s*\)|\s+[Kk]hóa [\dIVXLC]+"
    r"|\s+lần (?:thứ )?\S+|\s+thứ(?: [\dIVXLC]+| \p{Ll}+)?|,?\s+nhiệm kỳ \S+(?:\s*-\s*\S+)?|[\s,]+)$"
)  # "thứ 7", "thứ bảy": the event's ordinal after its body ("Hội nghị Ủy ban ... thứ 7 (khóa VIII)")


def _trimmed(g: _Grammar, text: str, start: int, end: int, lower: bool = False) -> Found | None:
    """The name without a trailing term ("khóa XIV", "lần thứ XX"), if it still reads as a body (a
    ``lower`` one: not capitalised, but no common noun either)."""
    # A bracket the name never opened: it was read into the end of the parenthesis it stands in ("(kỳ họp thứ 3,
    # Quốc hội khóa XIV) ...").
    close = text.find(")", start, end)
    if close >= 0 and text.find("(", start, close) < 0:
        end = close
    while True:
        t = _TRAILING_TERM.search(text, start, end)
        if not t or t.start() <= start:
            break
        end = t.start()
    name = text[start:end]
    body = not g.not_bodies.match(name) if lower else _is_body(g, name)
    if not body or len(name.split()) > MAX_WORDS:
        return None
    return Found(start, end, name)


# --- the body named inside the event noun ---------------------------------------

_ORDINAL = (
    r"(?:\d+|[IVXLC]+|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+(?:một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám"
    r"|chín))?|\p{Ll}+\s+mươi(?:\s+\p{Ll}+)?)"
)
_EVENT_CARRIER = regex.compile(
    r"(?=[ĐđHhKkPpCcBb])(?<![\p{L}])(?:[Đđ]ại hội|ĐẠI HỘI|[Hh]ội nghị|HỘI NGHỊ|[Kk][ỳì] họp|[Pp]hiên họp|[Cc]uộc họp"
    r"|[Pp]hiên trù bị"
    r"|[Pp]hiên (?:khai|bế) mạc"
    r"|(?:[Bb]uổi|[Cc]uộc)\s+giao ban)"  # a regular briefing: "buổi giao ban báo chí (của) Thành ủy X"
    r"(?:\s+(?:[Đđ]ại biểu|thường kỳ|thường lệ|toàn thể|bất thường|mở rộng|trực tuyến|chuyên đề|giao ban|tổng kết"
    r"|báo chí"
    r"|sơ kết|lần thứ\s+"
    + _ORDINAL
    + r"|thứ\s+"
    + _ORDINAL
    + r"|lần\s+\d+|\(?[Kk]hóa\s+[\dIVXLC]+\)?)|(?<=thứ\s+\S+),(?=\s+\p{Lu}))*"
    r"(?:\s+của)?\s+(?=\p{Lu})"
)
# "Hội nghị sơ kết công tác ... 6 tháng đầu năm của Ủy ban Kiểm tra Trung ương": the body that owns the
# event, after a description with no document, person or instruction in it.
_EVENT_OF = regex.compile(
    r"(?<![\p{L}])(?:[Hh]ội nghị|[Đđ]ại hội|[Kk][ỳì] họp|[Pp]hiên họp|[Cc]uộc họp|[Hh]ội thảo|[Ll]ễ|[Bb]uổi lễ)"
    r"(?P<desc>(?:(?!\s(?:theo|sự|lời|ý kiến|chỉ đạo|yêu cầu|đề nghị|Nghị quyết|Chỉ thị|Kết luận|Quyết định|Luật"
    r"|Đề án|Kế hoạch|Chương trình|với|và|do|tại|của|đã|đang|sẽ|vừa|diễn ra)(?![\p{L}]))[^.;:\n\"“”]){3,150}?)"
    r"\s+của\s+(?=\p{Lu})"  # a finite verb ("đã", "diễn ra") ends the description: its clause is another
)


@lexicon.cached
def _document_last() -> regex.Pattern[str]:
    """A kind of document (``data/doc_kinds.txt``, any case) as the last word of an event noun's description:
    the "của" after it names the document's issuer, not the event's owner ("Hội nghị công bố quyết định của Bộ
    Nội vụ", "Lễ trao quyết định của Ban Thường vụ Tỉnh ủy")."""
    kinds = lexicon.alternation(lexicon.lines("doc_kinds.txt"), fold=True)
    return regex.compile(r"(?<![\p{L}])(?:" + kinds + r")$", regex.I)


_DOCUMENT_BEFORE = regex.compile(
    r"(?r)(?:[Nn]ghị quyết|[Vv]ăn kiện|[Cc]hỉ thị|[Kk]ết luận|[Bb]áo cáo chính trị|[Đđ]iều lệ)"
    r"(?:\s[^.;\n]{0,100}?(?:\svà|,))?\s*$"
)
# A plural marker before the event noun: "các kỳ họp", "những phiên họp" name a kind of event, not one.
_SEVERAL_BEFORE = regex.compile(r"(?r)(?<![\p{L}])(?:[Cc]ác|[Nn]hững|[Nn]hiều)\s+$")
_PLANNED_BEFORE = regex.compile(
    r"(?r)(?<![\p{L}])(?:[Cc]huẩn bị|[Dd]ự kiến|sẽ|nội dung|thời gian|[Kk]ế hoạch|[Tt]iến tới|[Hh]ướng tới|[Cc]hào mừng"
    r"|[Tt]rước thềm|bàn việc|để trình|sẽ trình)(?![\p{L}])[^.;\n]{0,60}$"
)
# "tiếp xúc cử tri sau kỳ họp", "trước kỳ họp thứ ba": the session named is another event than the one told.
_OTHER_EVENT_BEFORE = regex.compile(
    r"(?r)(?<![\p{L}])(?:[Ss]au|[Tt]rước|[Kk]ết thúc|[Cc]uối|[Bb]ên lề|thông qua tại)\s+$"
)  # "tiếp xúc cử tri sau kỳ họp", "bên lề kỳ họp", "các luật được thông qua tại kỳ họp"
# "Từ năm 2013, Bộ Y tế ...", "Năm 2005, Quốc hội đã tổ chức ...": the clause tells another time.
_OTHER_TIME = regex.compile(
    r"(?:^|[,;:]\s*)(?:[Tt]ừ\s+|[Tt]rong\s+|[Vv]ào\s+)?(?:[Nn]ăm|[Đđ]ầu năm|[Cc]uối năm|[Tt]háng\s+\d{1,2}[/-])\s*"
    r"(?:19|20)\d\d(?:\s*,|\s+(?=\p{Lu}))"  # "Năm 2016 Sở Y tế ...": also with no comma
)
_PLANNED_AFTER = regex.compile(  # "..., dự kiến", "... khóa X sắp (diễn ra)", "kỳ họp Quốc hội tới": the next one
    r"(?:\s+(?:[Kk]hóa|[Kk]hoá|lần thứ)\s+[\dIVXLC]+)?\s*,?\s*(?:dự kiến|sẽ|sắp|chuẩn bị|được dự kiến"
    r"|tới(?! nay)|tiếp theo|kế tiếp)(?![\p{L}])"  # "tới nay": up to now, the past
)

# What may follow a body named in an event noun: a term, punctuation, a verb or a preposition.
_CARRIED_END = regex.compile(
    r"\s*(?:$|[,.;:()\-–]|(?:lần thứ|khóa|khoá|nhiệm kỳ|nhiệm kì|mở rộng|thường kỳ|bất thường|trực tuyến|chuyên đề"
    r"|đã|vừa|sẽ|đang|được|bước vào|khai mạc|bế mạc"
    r"|diễn ra|tiến hành|họp|thảo luận|cho ý kiến|xem xét|đánh giá|bàn|tại|vào|sáng|chiều|tối|ngày|năm|tháng"
    r"|với|và|do|của|về|nhằm|để|là|có|trong|thông qua|quyết định|bầu)(?![\p{L}]))"
)
# ... and where a name that ran over lower-case words may stop: a term or punctuation, not a verb.
_CARRIED_RUN_END = regex.compile(r"\s*(?:$|[,.;:()]|(?:lần thứ|khóa|khoá|nhiệm kỳ|nhiệm kì)(?![\p{L}]))")
_ENDS_IN_TERM = regex.compile(r"(?:lần thứ \S+|[Kk]hóa [\dIVXLC]+|\))$")
# The host of a working session: "buổi làm việc với Thường trực Thành ủy", "Phó Thủ tướng làm việc với
# Bộ Y tế". When a visiting delegation is its subject ("Đoàn kiểm tra ... làm việc với Tỉnh ủy"), the
# delegation holds the session, and the host is not its organiser.
# A party named after its cue: a body, or a place with its classifier (in lower case: "huyện Tân Lộc"),
# after its leaders or not; which of them, :func:`_party` reads.
_PARTY = r"(?P<leaders>(?:(?:[Bb]an|các)\s+)?lãnh đạo\s+(?:của\s+)?)?(?=\p{Lu}|\p{Ll}+\s)"
_HOST = regex.compile(
    r"(?<![\p{L}])(?:(?:[Bb]uổi|[Cc]uộc) )?(?:làm việc|gặp mặt|gặp gỡ)\s+(?:với|của)\s+"
    + _PARTY
    + r"|(?<![\p{L}])hội nghị liên tịch[^.;\n]{0,40}?\s+(?:với|của)\s+"
    + _PARTY
)
# The first party of a meeting between two: "cuộc họp giao ban giữa UBND tỉnh với các sở", "buổi làm việc
# giữa Thường trực Tỉnh ủy và Tổng công ty X": named first, it holds the meeting (the first of co-organisers).
_BETWEEN = regex.compile(
    r"(?<![\p{L}])(?:[Bb]uổi|[Cc]uộc|[Hh]ội nghị|[Pp]hiên|[Gg]iao ban|[Đđ]ối thoại)(?:\s+[^\s.;,:]+){0,6}?\s+giữa\s+"
    + _PARTY
)
# The agent of a passive after its verb: "Hội nghị được tổ chức bởi Sở Nội vụ".
_BY = regex.compile(
    r"(?<![\p{L}])được\s+(?:(?:đồng|phối hợp)\s+)?(?:tổ chức|triệu tập|chủ trì|đăng cai)\s+bởi\s+" + _PARTY
)
_DELEGATION = regex.compile(
    r"(?<![\p{L}])(?:(?:[Đđ]oàn|ĐOÀN) (?:công tác|kiểm tra|giám sát|khảo sát|cán bộ|đại biểu cấp cao)|[Tt]ổ công tác)"
    r"(?![\p{L}])"
)

_ANOTHER_EVENT = regex.compile(
    r"^\W*(?:[Tt]rước đó|[Ss]au đó|[Dd]ịp này|[Nn]hân dịp này|[Cc]ùng ngày|[Cc]ũng trong|[Bb]ên lề|[Tt]iếp đó|\*)"
)


# --- the candidates ------------------------------------------------------------


_GIVEN_NAMES = regex.compile(r"(?: \p{Lu}\p{Ll}+){2,3}(?![\p{L}\d]| \p{Ll})")


def _is_person(text: str, head: regex.Match[str], end: int) -> bool:
    """Whether a head word that is also a surname ("Đoàn") starts a personal name: two or three more
    capitalised syllables and no lower-case one (a body's name has its own: "Đoàn Thanh niên")."""
    return head.group(0) in lexicon.surnames() and bool(_GIVEN_NAMES.match(text, head.end(), end))


_JOINERS = regex.compile(r"(?<![\p{L}])(?:cùng(?: với)?|do) (?=\p{Ll})")


_Reasons = list[tuple[str, int, int, str]]


def _subjects(g: _Grammar, text: str, s: Segment) -> list[tuple[Found, _Reasons]]:
    """Bodies, and places standing for their government, in a subject's (or agent's) place before an
    event predicate of sentence ``s``."""
    out: list[tuple[Found, _Reasons]] = []
    taken: dict[int, int] = {}  # predicate start -> how many subjects already found for it
    if not g.predicate_words.search(s.text):
        return out  # no verb of an event in the sentence: substring tests cost less than the pattern
    last = g.last_predicate.search(text, s.start, s.end)
    last_verb = last.start() if last else s.start
    lowers = (g.lower_heads.match(text, j.end(), last_verb) for j in _JOINERS.finditer(text, s.start, last_verb))
    heads = [*g.heads.finditer(text, s.start, last_verb), *(h for h in lowers if h)]
    read: list[tuple[Found, regex.Match[str], _Reasons]] = []
    for h in sorted(heads, key=lambda h: h.start()):  # a subject stands before its verb
        got = _body_subject(g, text, s, h)
        if got is not None:
            read.append(got)
    for place in g.places.finditer(text, s.start, last_verb):
        if not any(f.start <= place.start() < f.end for f, _, _ in read):  # "UBND huyện X, tỉnh Y": in a name
            got = _place_subject(g, text, s, place)
            if got is not None:
                read.append(got)
    if last is not None:
        for run in _CAPITAL_RUN.finditer(text, s.start, last_verb):
            if not any(f.start <= run.start() < f.end for f, _, _ in read):
                got = _bare_place_subject(g, text, s, run)
                if got is not None:
                    read.append(got)
    led = [gap.span("leader") for _, gap, _ in read if gap.group("leader")]
    for found, gap, reasons in sorted(read, key=lambda r: r[0].start):
        verb = gap.start("pred")
        if any(a <= found.start < b for a, b in led):
            # "Ban Tổ chức cuộc thi do Bộ X chủ trì đã tổ chức lễ": the body after "do" leads the subject
            reasons.append(("leads_the_subject", found.start, found.start, ""))
        then = _OTHER_TIME.search(text, s.start, found.start + 1)  # + 1: the name's capital ends a clause with no comma
        if then:
            reasons.append(("another_time", then.start(), then.end(), then.group(0).strip(" ,;:")))
        if taken.get(verb):
            reasons.append(("not_first_co_organiser", found.start, found.start, ""))
        taken[verb] = taken.get(verb, 0) + 1
        out.append((found, reasons))
    return out


def _kind(how: str, at: int, gap: regex.Match[str]) -> tuple[str, int, int, str]:
    """The reason that says which place of the clause the phrase introduced by ``how`` stands in."""
    verb = (gap.start("pred"), gap.end("pred"), gap.group("pred"))
    if how == "agent":
        return ("agent_of_passive", *verb[:2], "do ... " + verb[2])
    if how in ("joined", "deputies"):
        return ("joined_to_subject", at, at, "")
    return ("subject_of_event_predicate", *verb)


def _body_subject(
    g: _Grammar, text: str, s: Segment, h: regex.Match[str]
) -> tuple[Found, regex.Match[str], _Reasons] | None:
    """The body whose head word ``h`` stands in a subject's or agent's place, with its reasons, or None."""
    at = h.start()
    how, leaders = _introduced(text, s, at)
    members = _members(text, s, at) if how is None else None
    if members is not None:
        how = members[0]  # "các đại biểu Quốc hội thảo luận": the assembly sits (checked on its name below)
    if how is None or (how == "deputies" and not _DELEGATION_HEAD.match(text, at, s.end)):
        return None  # "các đại biểu Quốc hội": deputies, not a body; "các đại biểu Đoàn ĐBQH": a body
    lower = text[at].islower()
    if not (g.not_bodies.match(text, at, s.end) is None if lower else _is_body(g, text[at : at + 60])):
        return None  # not a name, an event noun ("Hội nghị"), or a title ("Thành ủy viên")
    if _is_person(text, h, s.end):
        return None  # "Ảnh: Đoàn Mạnh Hùng/TTXVN": a surname, not "Đoàn Thanh niên"
    read = _read(g, text, at, s.end, lambda end: _attach(g, text, end, s.end))
    if read is None:
        return None
    end, (gap, notes), ran = read
    if gap.group("pred") in _NO_AGENT:
        return None  # "Hội Hoa xuân Tân Lộc diễn ra": an event, not its holder ("Kỳ họp thứ 5, HĐND ...": _carried)
    if ran:
        if how == "clause":
            return None  # a clause of time names its subject in full: a name run on to a verb is misread
        notes.insert(0, ("subject_runs_to_verb", at, end, ""))
    found = _trimmed(g, text, at, end, lower)
    if found is None:
        return None
    if how == "placed" and ("," in found.name or text[found.end : found.end + 2].lstrip()[:1] == ","):
        return None  # "tại Điếu Ngư Đài, Chủ tịch nước ...": the head word ends the place; no subject starts
    if members is not None and found.name not in _assemblies():
        return None  # "các đại biểu Quốc hội tỉnh Hòa Sơn": one province's deputies, not the assembly
    reasons: _Reasons = [_kind(how, at, gap)]
    if members is not None:
        reasons.append(("members_stand_for_assembly", *members[1], text[members[1][0] : members[1][1]].strip()))
    earlier = _antecedent(g, text, found.name, at) if found.name in _anaphoric_heads() else None
    if earlier is not None:
        reasons.append(("bare_head_names_earlier_body", found.start, found.end, found.name))
        found = earlier
    if how == "placed":
        reasons.append(("after_place_without_comma", at, at, ""))
    if how == "joined" and _AGENT_BEFORE.search(text, max(s.start, at - 160), at):
        reasons.append(("not_first_co_organiser", at, at, ""))  # "do Viện X và Hội Y tổ chức": Y co-holds it
    if leaders is not None:
        reasons.append(("leaders_stand_for_body", *leaders, text[leaders[0] : leaders[1]].strip()))
    return found, gap, reasons + notes


# A passive's agent opened before a joined body, in the same clause: the body is a second agent.
_AGENT_BEFORE = regex.compile(r"(?<![\p{L}])do\s[^,;.:()]{3,150}?\s(?:và|cùng(?:\s+với)?)\s+$")


# Where a place may stand for its government: opening the clause, after its date, or as a passive's agent.
_PLACE_LEFT = frozenset(("start", "punct", "date", "reported", "agent"))
# An address still open before the place ("tại Hội trường X, tỉnh Hòa Sơn, ..."): the place ends it.
_VENUE_BEFORE = regex.compile(r"(?<![\p{L}])(?:[Tt]ại|ở|[Tt]rên địa bàn)\s[^.;:!?]{0,120}?,\s*$")
# Predicates whose subject is the event itself: a place before them is its venue.
_NO_AGENT = frozenset(("diễn ra",))


def _place_subject(
    g: _Grammar, text: str, s: Segment, place: regex.Match[str]
) -> tuple[Found, regex.Match[str], _Reasons] | None:
    """A place standing for its government as the subject or agent of the event's predicate ("Sáng 5/3,
    tỉnh Hòa Sơn tổ chức hội nghị", "lãnh đạo huyện Tân Lộc đã có buổi làm việc"), with its reasons."""
    at = place.start()
    how, leaders = _introduced(text, s, at)
    if how not in _PLACE_LEFT:
        return None  # "UBND tỉnh ...", "tại tỉnh ...": part of a name, or a venue
    if how == "punct" and _VENUE_BEFORE.search(text, s.start, at):
        return None  # "tại thành phố Tân Lộc, tỉnh Hòa Sơn, Sở Y tế tổ chức": the end of an address
    got = _attach(g, text, place.end(), s.end)
    if got is None:
        return None
    gap, notes = got
    if gap.group("pred") in _NO_AGENT or any(n[0] == "first_of_co_organisers" for n in notes):
        return None  # "..., TP Hòa Sơn, đã diễn ra Lễ ...", "TP Hòa Sơn, Tỉnh ủy, UBND tổ chức": a venue
    reasons: _Reasons = [_kind(how, at, gap), ("place_for_its_government", at, place.end(), "")]
    if leaders is not None:
        reasons.append(("leaders_stand_for_body", *leaders, text[leaders[0] : leaders[1]].strip()))
    return Found(at, place.end(), place.group(0)), gap, reasons + notes


# A place's bare name, two to four capitalised syllables ("Hòa Sơn tổ chức hội nghị").
_CAPITAL_RUN = regex.compile(r"(?<![\p{L}\d.&/\-])\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}(?![\p{L}\d&/\-])")


def _bare_place_subject(
    g: _Grammar, text: str, s: Segment, run: regex.Match[str]
) -> tuple[Found, regex.Match[str], _Reasons] | None:
    """A place named bare as the subject ("Ngày 7/2, Hòa Sơn tổ chức hội nghị"), when the article names it
    with its classifier elsewhere ("tỉnh Hòa Sơn"): only then is the name known to be a place's."""
    if not text[run.end() + 1 : run.end() + 2].islower():
        return None  # a verb or its aspect word follows a subject: "Hòa Sơn | tổ chức", "Hòa Sơn | đã"
    if g.heads.match(text, run.start(), run.end()) or g.titles.match(text, run.start(), run.end()):
        return None  # a body or a title: read by their own grammar
    got = _attach(g, text, run.end(), s.end)
    if got is None:
        return None
    how, leaders = _introduced(text, s, run.start())
    if how not in _PLACE_LEFT or (how == "punct" and _VENUE_BEFORE.search(text, s.start, run.start())):
        return None
    gap, notes = got
    if gap.group("pred") in _NO_AGENT or any(n[0] == "first_of_co_organisers" for n in notes):
        return None
    name = run.group(0)
    named = next(
        (p for p in g.places.finditer(text) if p.group(0).endswith(name) and p.group(0)[: -len(name)][-1:] in " ."),
        None,
    )
    if named is None:
        return None  # never named as a place: a person's or a thing's name, perhaps
    reasons: _Reasons = [
        _kind(how, run.start(), gap),
        ("place_for_its_government", run.start(), run.end(), ""),
        ("place_named_elsewhere", named.start(), named.end(), named.group(0)),
    ]
    if leaders is not None:
        reasons.append(("leaders_stand_for_body", *leaders, text[leaders[0] : leaders[1]].strip()))
    return Found(run.start(), run.end(), run.group(0)), gap, reasons + notes


# "lãnh đạo tỉnh Hòa Sơn", "Ban lãnh đạo Sở Y tế": the leaders of a body act for it.
_LEADERS = regex.compile(r"(?r)(?<![\p{L}])(?:(?:[Bb]an|BAN)\s+)?(?:[Ll]ãnh đạo|LÃNH ĐẠO)\s+(?:(?:các|của)\s+)?$")


_MEMBERS = regex.compile(r"(?r)(?<![\p{L}])(?:[Cc]ác|[Nn]hững)\s+(?:vị\s+)?đại biểu\s+$")
# Where an assembly's members may open their clause: the sentence start, punctuation, a date.
_MEMBERS_LEFT = frozenset(("start", "punct", "date", "placed"))


@lexicon.cached
def _assemblies() -> frozenset[str]:
    return lexicon.words("assemblies.txt")


def _members(text: str, s: Segment, at: int) -> tuple[str | None, tuple[int, int] | None] | None:
    """The members of an assembly opening a clause ("Sáng 5/3, các đại biểu Quốc hội thảo luận"): how
    they are introduced and their range; None when no members stand before ``at``."""
    if "biểu" not in text[max(0, at - 8) : at]:
        return None
    members = _MEMBERS.search(text, max(s.start, at - 24), at)
    if members is None:
        return None
    how = _left(text, s, members.start())
    return (how if how in _MEMBERS_LEFT else None), (members.start(), members.end())


def _introduced(text: str, s: Segment, at: int) -> tuple[str | None, tuple[int, int] | None]:
    """How the phrase at ``at`` is introduced (see :func:`_left`), looking past its leaders ("lãnh đạo")
    when they stand before it; and the leaders' range, if any."""
    leaders = _LEADERS.search(text, max(s.start, at - 20), at) if "đạo" in text[max(0, at - 12) : at] else None
    if leaders is None:
        return _left(text, s, at), None
    return _left(text, s, leaders.start()), (leaders.start(), leaders.end())


@lexicon.cached
def _anaphoric_heads() -> frozenset[str]:
    return lexicon.words("anaphoric_heads.txt")


_ANTECEDENT_CHARS = 3000
_POST_IN_NAME = regex.compile(
    r"\s+kiêm(?![\p{L}])|,?\s+(?:Phó\s+)?Trưởng\s+(?:[Đđ]oàn|[Bb]an)(?![\p{L}])"
)  # how far back a bare head looks for the body it stands for


def _antecedent(g: _Grammar, text: str, head: str, before: int) -> Found | None:
    """The last body named in full before ``before`` with the head word ``head`` ("Đoàn đại biểu Quốc hội
    tỉnh Hòa Sơn ... Đoàn đã tổ chức"): a bare head stands for the body the text has named."""
    lo = max(0, before - _ANTECEDENT_CHARS)
    for m in regex.compile(r"(?r)(?<![\p{L}])" + regex.escape(head) + r"(?= \S)").finditer(text, lo, before):
        h = g.heads.match(text, m.start(), before)
        if h is None or _is_person(text, h, before) or not _is_body(g, text[m.start() : m.start() + 60]):
            continue
        end = _unit_end(g, text, m.start(), min(len(text), m.start() + 200))
        post = _POST_IN_NAME.search(text, h.end(), end)
        if post:
            end = post.start()  # "Tổng cục X kiêm Trưởng đoàn ...": a second post, not the body's name
        found = _trimmed(g, text, m.start(), end)
        if found is not None and found.name != head:
            return found
    return None


_WORD = regex.compile(r"[\p{L}\d](?:[\p{L}\d&'/\-]|\.(?=[\p{L}\d]))*")
_SPACE = regex.compile(r"[\s,]*")


def _word_end(text: str, pos: int) -> int:
    m = _WORD.match(text, pos)
    return m.end() if m else pos


def _word_start(text: str, pos: int, limit: int) -> int:
    m = _SPACE.match(text, pos, limit)
    return m.end() if m else pos


_CO_SEP = regex.compile(r"\s*,\s*|\s+(?:và|cùng|cùng với|[-–])\s+")
MAX_CO = 6


def _item_end(g: _Grammar, text: str, start: int, limit: int, bound: int) -> int:
    """The end of a co-organiser's name: the grammar's end, or a few lower-case words on to the next
    separator or the verb ("Hội Cựu chiến binh - Liên đoàn ..."), common nouns between capitalised words
    ("Đoàn thanh niên Báo Tân Lộc") included."""
    end = _unit_end(g, text, start, limit)
    cur = end
    for _ in range(MAX_RUN):
        if _CO_SEP.match(text, cur, bound) or g.gap.match(text, cur, bound):
            return cur
        step = _RUN_WORD.match(text, cur, bound)
        if step is None:
            break
        cur = step.end()
    return end


def _attach(
    g: _Grammar, text: str, end: int, limit: int
) -> tuple[regex.Match[str], list[tuple[str, int, int, str]]] | None:
    """The predicate the name ending at ``end`` is the subject of, and notes on the gap, or None.

    Co-organisers named before the verb ("Sở Tư pháp, Sở Nội vụ và Hội Luật gia phối hợp tổ chức")
    are each read with the body-name grammar; the first named holds the event.
    """
    bound = min(limit, end + 400)
    gap = g.gap.match(text, end, bound)
    cur = end
    for _ in range(MAX_CO):
        if gap is not None:
            break
        sep = _CO_SEP.match(text, cur, bound)
        # a place after "và" only: after a comma it goes on the name's address ("UBND quận 1, TP Hòa Sơn")
        joined = sep is not None and "," not in sep.group(0) and "-" not in sep.group(0)
        place = g.places.match(text, sep.end(), bound) if joined else None
        if sep is None or not (place or _is_body(g, text[sep.end() : sep.end() + 40])):
            return None
        # "UBND huyện Tân Lộc và xã Hòa Sơn có buổi làm việc": a place stands for its government beside the body
        cur = place.end() if place else _item_end(g, text, sep.end(), limit, bound)
        gap = g.gap.match(text, cur, bound)
    if gap is None:
        return None
    notes: list[tuple[str, int, int, str]] = []
    if cur > end or gap.group("co"):
        co = (end, cur) if cur > end else (gap.start("co"), gap.end("co"))
        notes.append(("first_of_co_organisers", co[0], co[1], text[co[0] : co[1]].strip(" ,")[:40]))
    for part in ("appos", "paren", "unit", "unit_paren", "members"):
        if gap.group(part):
            notes.append(("apposition_before_verb", gap.start(part), gap.end(part), gap.group(part).strip(" ,")[:40]))
    if gap.group("leader"):
        led = gap.group("leader").strip(" ,")[:40]
        notes.append(("leader_before_verb", gap.start("leader"), gap.end("leader"), led))
    for part in ("when", "when2"):
        if gap.group(part):
            notes.append(("time_before_verb", gap.start(part), gap.end(part), gap.group(part).strip(" ,")))
    tense = _FUTURE.search(text, gap.start("aspect"), gap.start("pred"))
    if tense:
        notes.append(("future_or_plan", tense.start(), tense.end(), tense.group(0)))
    return gap, notes


# Syllables each frame needs, looked for before its pattern runs over the sentence.
_CARRIER_WORDS = ("ại hội", "ẠI HỘI", "ội nghị", "ỘI NGHỊ", "họp", "ọp", "hiên trù bị", "giao ban")
_HOST_WORDS = ("làm việc", "gặp", "liên tịch")
# Each frame of a party named after its cue, the syllable that must be in the sentence for it to run,
# and the reason of its kind.
_PARTY_FRAMES = (
    (_HOST, _HOST_WORDS, "host_of_working_session"),
    (_BETWEEN, ("giữa",), "first_party_of_meeting"),
    (_BY, ("bởi",), "agent_of_passive"),
)


_TITLE_JOINT = regex.compile(r",\s+|\s+và\s+")


def _past_officials(g: _Grammar, text: str, at: int, end: int) -> int:
    """Where the body starts after the officials a briefing is held by ("giao ban Chủ tịch, Phó Chủ tịch UBND
    tỉnh với ..."): the officials of a body meet for it. ``at`` itself when no title stands there."""
    cur = at
    while (t := g.titles.match(text, cur, end)) is not None:
        joint = _TITLE_JOINT.match(text, t.end(), end)
        if joint is not None and g.titles.match(text, joint.end(), end):
            cur = joint.end()
            continue
        return t.end() + 1 if text[t.end() : t.end() + 1] == " " else at
    return at


def _carried(g: _Grammar, text: str, s: Segment) -> list[tuple[Found, list[tuple[str, int, int, str]]]]:
    """Bodies named inside an event noun of sentence ``s`` ("Kỳ họp thứ 9 HĐND tỉnh ...")."""
    out = []
    if not any(w in s.text for w in _CARRIER_WORDS):
        return out
    carriers = [(m, "named_in_event_noun") for m in _EVENT_CARRIER.finditer(text, s.start, s.end)]
    if " của " in s.text:  # the owner's frame needs it: skip its costly pattern otherwise
        ends_in_document = _document_last()  # "Hội nghị công bố quyết định của Bộ X": Bộ X issued the decision
        carriers += [
            (m, "owner_of_event_noun")
            for m in _EVENT_OF.finditer(text, s.start, s.end)
            if not ends_in_document.search(m.group("desc"))
        ]
    for m, how in carriers:
        at = m.end()
        if "giao ban" in m.group(0):
            at = _past_officials(g, text, at, s.end)
        if not _is_body(g, text[at : min(s.end, at + 40)]):
            continue
        read = _read(
            g,
            text,
            at,
            s.end,
            lambda end: True if _CARRIED_END.match(text, end, s.end) else None,
            lambda end: (
                True if _CARRIED_RUN_END.match(text, end, s.end) or _ENDS_IN_TERM.search(text, s.start, end) else None
            ),
        )
        found = _trimmed(g, text, at, read[0] if read else _unit_end(g, text, at, s.end))
        if found is None:
            continue
        reasons = [(how, m.start(), m.end(), m.group(0).strip(" ,")[:40])]
        found, named = _named_before(g, text, found, s.end)
        reasons += named
        before = max(s.start, m.start() - 120)
        if _DOCUMENT_BEFORE.search(text, before, m.start()):
            reasons.append(("in_document_name", m.start(), m.end(), ""))
        several = _SEVERAL_BEFORE.search(text, max(s.start, m.start() - 12), m.start())
        if several:  # "tại các kỳ họp của HĐND tỉnh Hòa Sơn": sessions in general, not the one told
            reasons.append(("several_events", several.start(), m.end(), text[several.start() : m.end()][:40]))
        other = _OTHER_EVENT_BEFORE.search(text, max(s.start, m.start() - 20), m.start())
        if other:
            reasons.append(("another_event", other.start(), other.end(), other.group(0).strip()))
        planned = _PLANNED_BEFORE.search(text, max(s.start, m.start() - 70), m.start())
        if planned:
            reasons.append(("event_being_prepared", planned.start(), planned.end(), planned.group(0)[:30]))
        after = _PLANNED_AFTER.match(text, found.end, s.end)
        if after:
            reasons.append(("future_or_plan", after.start(), after.end(), after.group(0).strip(" ,")))
        out.append((found, reasons))
    return out


def _hosts(g: _Grammar, text: str, s: Segment) -> list[tuple[Found, _Reasons]]:
    """Bodies and places named after a cue of the event: the host of a working session, the first party
    of a meeting between two, the agent after "được tổ chức bởi"."""
    out = []
    for frame, words, kind in _PARTY_FRAMES:
        if not any(w in s.text for w in words):
            continue  # the frame's syllable is not in the sentence: skip its pattern
        for m in frame.finditer(text, s.start, s.end):
            got = _party(g, text, s, m.end())
            if got is None:
                continue
            found, reasons = got
            reasons.insert(0, (kind, m.start(), m.end(), m.group(0).strip()))
            if m.group("leaders"):
                reasons.append(("leaders_stand_for_body", m.start("leaders"), m.end("leaders"), "lãnh đạo"))
            planned = _PLANNED_BEFORE.search(text, max(s.start, m.start() - 70), m.start())
            if planned:  # "chuẩn bị cho hội nghị giữa A và B": an event being prepared
                reasons.append(("event_being_prepared", planned.start(), planned.end(), planned.group(0)[:30]))
            visitor = _DELEGATION.search(text, s.start, m.start()) if frame is _HOST else None
            if visitor:
                reasons.append(("delegation_holds_it", visitor.start(), visitor.end(), visitor.group(0)))
            out.append((found, reasons))
    return out


def _party(g: _Grammar, text: str, s: Segment, at: int) -> tuple[Found, _Reasons] | None:
    """The body, or the place standing for its government, named at ``at``."""
    place = g.places.match(text, at, s.end)
    if place is not None and not _is_body(g, text[at : min(s.end, at + 40)]):
        return Found(at, place.end(), place.group(0)), [("place_for_its_government", at, place.end(), "")]
    if not _is_body(g, text[at : min(s.end, at + 40)]):
        return None
    found = _trimmed(g, text, at, _unit_end(g, text, at, s.end))
    return _named_before(g, text, found, s.end) if found is not None else None


# What may follow a bare head that stands for a body named before: punctuation or a word of the clause.
_BARE_END = regex.compile(r"\s*(?:$|[,.;:()!?\"”]|(?:" + _STOPS + r")(?![\p{L}]))")


# Where a name read in full ends cleanly: punctuation or a linking word of the clause.
_CLEAN_END = regex.compile(r"\s*(?:$|[,.;:()!?\"”\-–])|\s(?:và|với|của|do|tại|về|là|được|cùng|trong)(?![\p{L}])")


def _named_before(g: _Grammar, text: str, found: Found, limit: int) -> tuple[Found, _Reasons]:
    """A bare head in an event noun or a party's place ("hội nghị sơ kết ... của Ủy ban.", "làm việc với Sở
    về ...") stands for the body of that head the text named in full before; a head followed by common
    nouns ("Ủy ban hỗn hợp về ...") is a name of its own."""
    if found.name not in _anaphoric_heads() or not _BARE_END.match(text, found.end, limit):
        return found, []
    earlier = _antecedent(g, text, found.name, found.start)
    if earlier is None or not (_CLEAN_END.match(text, earlier.end) or _verb_next(g, text, earlier.end, len(text))):
        return found, []  # none, or a name read short ("Ủy ban Kinh tế | đô thị Tân Lộc ..."): keep the head
    return earlier, [("bare_head_names_earlier_body", found.start, found.end, found.name)]


UNIT_LOWER_RUN = 3  # lower-case syllables a unit's name may hold between two capitalised words


def _unit_end(g: _Grammar, text: str, start: int, limit: int) -> int:
    """The end of a unit's name that may hold common nouns after a capitalised word, before a capitalised
    one or a place ("Cục Thi hành | án dân sự TP Hòa Sơn", "Công ty | cổ phần Tân Lộc"): units are named by
    common nouns, an open class no list holds, so only the run's bounds are checked (at most
    ``UNIT_LOWER_RUN`` syllables, no grammatical word, ending where a name goes on)."""
    end = _name_end(g, text, start, limit)
    stop = _stop_before_predicate(g, text, limit)
    longer = phrases.extend(text, end, limit, lists=True, stop=stop, lower_run=UNIT_LOWER_RUN)
    if longer > end and _capitalised_before(text, longer) and not _LOWER_RUN_STOP.search(text, end, longer):
        return longer
    return end


# A word that never stands inside a unit's name between two capitalised words: a preposition, a verb
# of the clause ("làm việc với Sở Y tế | về ...", "... | bàn giải pháp ...").
_LOWER_RUN_STOP = regex.compile(r" (?:" + _STOPS + r")(?![\p{L}])")


_KINDS = (
    "subject_of_event_predicate",
    "agent_of_passive",
    "named_in_event_noun",
    "owner_of_event_noun",
    "joined_to_subject",
    "host_of_working_session",
    "first_party_of_meeting",
)
_PLACES = ("in_lead", "in_headline", "later_sentence", "before_lead")  # the order sentences are read in
# Sentences after the lead: there the event's predicates also tell other doings ("tổ chức lấy ý kiến",
# "chủ trì xây dựng dự thảo", "quán triệt"), so a subject counts only when its sentence names an event
# (``data/event_nouns.txt``: "tổ chức hội nghị", "đã họp", "Hội nghị do ... tổ chức"). Not the sentences
# before the lead: the headline's summary often tells the event there in a verb alone ("Quốc hội thảo luận").
_AWAY_FROM_LEAD = frozenset(("later_sentence",))


@lexicon.cached
def _best_possible(place: str) -> float:
    """The highest score a candidate read in ``place`` can reach (its best kind, its place)."""
    others = sum(
        max(0.0, weight(FIELD, r)) for r in known(FIELD) if r not in _KINDS and r not in _PLACES and r != "threshold"
    )
    return max(weight(FIELD, k) for k in _KINDS) + weight(FIELD, place) + others


def _reading_order(
    sentences: list[Segment], lead: Segment | None, headline: Segment | None
) -> list[tuple[Segment, str]]:
    """The sentences to read, each with its place: the lead, the headline, the sentences after the lead,
    a few before it."""
    i = 0
    if lead is not None:
        i = next((k for k, s in enumerate(sentences) if s.start <= lead.start < s.end + 1), 0)
    in_headline = [s for s in sentences if headline is not None and headline.start <= s.start < headline.end]
    if headline is not None and not in_headline:
        in_headline = [headline]
    order = [(sentences[i], "in_lead")] if lead is not None and sentences else []
    order += [(s, "in_headline") for s in in_headline if not order or s is not order[0][0]]
    after = sentences[i + 1 : i + 1 + AFTER_LEAD] if lead is not None else sentences[: 1 + AFTER_LEAD]
    order += [(s, "later_sentence") for s in after if s not in in_headline]
    order += [(s, "before_lead") for s in sentences[max(0, i - BEFORE_LEAD) : i] if s not in in_headline]
    return order


def find(
    text: str, sentences: list[Segment], happened: Event, headline: Segment | None = None
) -> tuple[Found | None, list[Candidate]]:
    """The organiser and every body considered for it, each with its reasons.

    Read: the event's lead sentence, the headline, the sentences after the
    lead, a few before it; the best-scored candidate over the threshold wins
    (on a tie, the one read first). Reading stops once no sentence left can
    give a better candidate than the best found (a kept lead candidate
    cannot be beaten by a later sentence's).
    """
    g = _grammar()
    candidates: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    best: Candidate | None = None
    for s, place in _reading_order(sentences, happened.lead, headline):
        if best is not None and best.score >= _best_possible(place):
            continue
        if s.text.isupper():
            continue  # a headline in capitals: its words are not cased like names
        another = _ANOTHER_EVENT.match(s.text)
        subjects = _subjects(g, text, s)
        if subjects and place in _AWAY_FROM_LEAD and not event_nouns(text, s.start, s.end):
            for _, reasons in subjects:  # "..., Sở X đã tổ chức lấy ý kiến ...": a subject of no meeting
                reasons.append(("no_event_in_sentence", s.start, s.end, ""))
        for found, reasons in subjects + _carried(g, text, s) + _hosts(g, text, s):
            if (found.start, found.end) in seen:
                continue
            seen.add((found.start, found.end))
            c = Candidate(FIELD, found.name, found.start, found.end)
            for name, a, b, note in reasons:
                c.add(name, a, b, note)
            c.add(place, s.start, s.end)
            if another and place != "in_lead":
                c.add("another_event", s.start + another.start(), s.start + another.end(), another.group(0).strip())
            decide(c, "a possible organiser", "left out")
            candidates.append(c)
            if c.kept and (best is None or c.score > best.score):
                best = c
    for c in candidates:
        if c is best:
            c.verdict = "organiser: the best-scored body"
        elif c.kept:
            c.kept = False
            c.verdict = "a body of the event, outscored"
    if best is None:
        return None, candidates
    return Found(best.start, best.end, best.text), candidates
