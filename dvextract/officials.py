"""Officials: named people with their titles and roles, from a grammar of the reports.

Vietnamese reports write an official in three orders, often mixed in one
article (domain.md section 2): ``Name, title, title`` ("Đồng chí Nguyễn Văn
Hưởng, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh"), ``Name -
title``, and title first with no separator ("Phó Bí thư Thường trực Quận ủy
quận Tân Bình Phạm Thị Út"). The grammar here has three parts:

* a **name** is a run of capitalised syllables starting with a surname from
  ``data/surnames.txt`` (or an Ê Đê ``Y``/``H'`` name), two to five long;
  when a place ends the title right before it ("Quận ủy Dương Kinh Đào Văn
  Ninh") and the run can split more than one way, underthesea's word
  tokenizer decides where the place ends;
* a **title** opens with a head from ``data/title_heads.txt`` and runs over
  capitalised words and the lower-case words of ``data/title_words.txt``
  until punctuation, a name, or any other word;
* **attachment**: a title written right before a name is that name's; any
  other title belongs to the nearest name before it in the same list item
  (items are split by ";"), else to the next name; a title before a colon
  ("các đồng chí Ủy viên Bộ Chính trị: A, ...; B, ...") is shared by the
  names after it.

Roles come from verbs (``data/roles.tsv``): one that opens the sentence
before its first name ("Dự hội nghị có ...", "Phát biểu tại hội nghị, ...")
applies to all its names; one right after a list ("A; B; C chủ trì hội
nghị") to the list; a photo caption's verb may sit on the next line.
Mentions merge by full name; a short mention ("ông Lộc", "bà Mai") joins the
one official whose given name it is.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

import regex

from . import lexicon, names, phrases
from .clean import CleanText
from .event import Event
from .models import Official, Role, Span
from .reasons import Candidate, decide
from .segment import Segment

ROLE_ORDER: tuple[Role, ...] = ("presiding", "attending", "speaking", "awarding")

_SYL = r"[\p{Lu}](?:'[\p{Lu}]?)?[\p{Ll}]*(?![\p{L}'])"


def _heads() -> regex.Pattern[str]:
    return phrases.title_heads()


@lexicon.cached
def _role_verbs() -> tuple[regex.Pattern[str], dict[str, Role]]:
    table: dict[str, Role] = {row[0].casefold(): row[1] for row in lexicon.table("roles.tsv")}  # type: ignore[misc]
    pattern = regex.compile(
        r"(?<![\p{L}])" + lexicon.alternation(table, fold=True) + r"(?![\p{L}])"
        # Nouns that open with a verb: "dự án", "dự kiến", "dự thảo" ...; "trao đổi"; "báo cáo viên".
        r"(?!(?<=(?<![\p{L}])dự)\s+(?:án|kiến|khuyết|thảo|toán|trữ|bị|định|thi|phòng|luật|báo|tính|đoán)\b)"
        r"(?!(?<=(?<![\p{L}])trao)\s+(?:đổi|thưởng cho các)\b)"
        r"(?!(?<=báo cáo)\s+viên\b)" + _nominalised(table),
        regex.I,
    )
    return pattern, table


def _nominalised(verbs: dict[str, Role]) -> str:
    """Lookaheads that refuse a role verb bound into a noun by the word before it (``data/verb_nouns.tsv``).

    "phiên thảo luận", "lễ trao" name an event, "Giám đốc điều hành" a post: the
    sentence's own verb stands elsewhere. Written as ``(?!(?<=word )verb)``, so
    the test costs nothing where no such word stands before the match.
    """
    binds: dict[str, list[str]] = {}
    for row in lexicon.table("verb_nouns.tsv"):
        binds.setdefault(row[1].casefold(), []).append(row[0])
    out = []
    for verb, words in binds.items():
        targets = lexicon.alternation(verbs, fold=True) if verb == "*" else regex.escape(verb)
        sep = r"\s+" if verb == "*" else r"[\s,]+"  # "quản lý, điều hành"; but "dự lễ, trao ..." is a verb
        out.append(r"(?<!(?<![\p{L}])" + lexicon.alternation(words, fold=True) + sep + r"(?:" + targets + r"))")
    return "".join(out)


@lexicon.cached
def _honorifics() -> regex.Pattern[str]:
    return lexicon.pattern("honorifics.txt", case_blind=True)


_RECEIVES = regex.compile(
    r"(?:trao|tặng|trao tặng|gắn|nhận|khen thưởng)[^.;]{0,120}?\s(?:cho|tặng|gồm|đến)\s"
    r"|(?:được|đã được)\s+(?:trao|tặng|trao tặng|nhận|khen thưởng)[^.]{0,80}?\sgồm\s",
    regex.I,
)
# "dưới sự chủ trì của Tổng Bí thư X": the role's agent follows "của".
# "dưới sự chủ trì của X", "trước sự chứng kiến của X": the role's agent follows "của".
_AGENT_OF = regex.compile(
    r"(?:sự\s+(?P<v>chủ trì|điều hành|chỉ đạo|chứng kiến|tham dự)|theo\s*(?P<v>báo cáo|ý kiến))"
    r"\s+của\s+(?:(?:đồng chí|ông|bà)\s+)?$",
    regex.I,
)
# "nguyên" (former), "Quyền" (acting) and "Phó" (deputy) before any head belong to the title.
_NGUYEN = regex.compile(r"(?:(?:nguyên|Nguyên|Quyền|quyền)\s+)?(?:(?:Phó|phó)\s+)?$")
_COLON = regex.compile(r"\s*:")
_ITEM = regex.compile(r"[^;]+")
_OF_AGENT = regex.compile(r"\s+(?:chỉ đạo\s+|khai mạc\s+|bế mạc\s+)?của\s")
_PASSIVE = regex.compile(r"(?:được|đã được)\s+$")
# What between an opening verb and its names shows that the verb is another clause's:
# a full stop, a bracket, a preposition of another party, a conjunction.
_OTHERS = regex.compile(r"[.()]|\b(?:với|(?<!đại diện )cho|của|hay|hoặc|nhưng|vì|nên)\b")
_AND = regex.compile(r"\s*(?:và|,)\s*")
_LIST_GAP = regex.compile(r"[\s,;-]*(?:(?:và|cùng|cùng với)[\s,;-]*)?")
_ADVERBS = (
    r"(?:\s*(?:đã|cũng|vẫn|đích thân|đến|về|cùng|trực tiếp|lên|thay mặt lãnh đạo[^,]{0,60},?|đồng thời|thì|là người))*"
)
# A bracket between a name and its title or verb: a photo caption's place mark ("(giữa)", "(ở
# giữa)", "(bìa trái)", "(thứ hai từ trái sang)"), or the place or delegation a person comes
# from ("(Nghệ An)", "(đoàn TP.HCM)"), capitalised words only, so a bracketed title
# ("(Chủ tịch UBND huyện)") is not passed over, nor a short name in capitals ("(APEC)"),
# which ends a body's name, not a person's.
_PLACE_MARK = (
    r"(?:\s*\((?:(?:ở|người|đứng)\s+)?(?:giữa|trái|phải|bên|bìa|thứ|đứng|ngoài cùng|hàng|áo)[^()]{0,40}\)"
    r"|\s*\((?:(?:[Đđ]oàn|ĐBQH|[Tt]ỉnh|TP\.?)\s*\p{Lu}[\p{L}.]*|\p{Lu}\p{Ll}\p{L}*)(?:\s\p{Lu}[\p{L}.]*){0,3}\))"
)
# Where a post is held, closing its apposition: "Ông A, Giám đốc Chi nhánh Ngân hàng X tại tỉnh Y, phát biểu".
_POST_PLACE = (
    r"(?:\s+(?:tại|ở)\s+(?:(?:TP\.?|Tp\.?|tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+)?"
    r"\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3}(?=\s*,))"
)
_TAIL = regex.compile(r"(?:" + _POST_PLACE + r")?[\s,-]*" + _PLACE_MARK + r"?[\s,-]*" + _ADVERBS + r"\s*")
_PLACE_MARK_RE = regex.compile(_PLACE_MARK)
_CAPITAL = regex.compile(r"\p{Lu}")


# A second post run on with no comma ("Chủ tịch UBND tỉnh Yên Bái Thứ trưởng Bộ Xây dựng") starts
# a new title; a head inside a body's name does not ("Ban Bí thư", "Văn phòng Chủ tịch nước").
_POST = regex.compile(
    r" (?:Phó |Tổng |Thứ |Bộ )?(?:Bí thư|Chủ tịch|Giám đốc|Thứ trưởng|Bộ trưởng|Trưởng ban|Trưởng Ban|"
    r"Chủ nhiệm|Cục trưởng|Vụ trưởng|Viện trưởng|Hiệu trưởng|Tổng Biên tập|Ủy viên|Uỷ viên)(?![\p{L}])"
)
_INSIDE_BODY = regex.compile(r"(?:Ban|phòng|Đoàn|Phủ|Hội đồng)$")


def _next_post(text: str, at: int) -> bool:
    """Whether a new post's head, written with capitals, starts at ``at + 1`` (not inside a body's name)."""
    if not text[at + 1 : at + 2].isupper():
        return False  # called at every word of a title: a plain test first
    return bool(_POST.match(text, at)) and not _INSIDE_BODY.search(text, max(0, at - 12), at)


# A committee's name may hold a verb in lower case: "Ban chỉ đạo", "Ban tổ chức", "Ban điều hành".
_COMMITTEE_END = regex.compile(r"(?<![\p{L}])[Bb]an$")
_PAREN_THEN_NAME = regex.compile(r" ?\([^()\n]{1,40}\)(?= )")
TITLE_LOWER_RUN = 4  # lower-case syllables of a unit's name after a capitalised word ("Hội cựu chiến binh")


@dataclass
class _Title:
    start: int
    end: int
    text: str
    shared: bool = False  # ends with ":" and applies to the names after it


@dataclass
class _Name:
    start: int
    end: int
    text: str
    short: bool = False
    titles: list[_Title] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    extent_end: int = 0  # end of the name and its trailing titles
    receives: bool = False  # named as the recipient of an award ("trao ... cho", "gồm")
    cues: list[tuple[str, int, int]] = field(default_factory=list)  # named reasons with their cue's range


def _names(text: str, seg: Segment, blocked: set[str]) -> list[_Name]:
    """Full personal names in a segment (found by :mod:`dvextract.names`), as mentions to title."""
    found = names.person_names(text, seg.start, seg.end, blocked=frozenset(blocked))
    return [_Name(n.start, n.end, n.text, extent_end=n.end) for n in found]


def _lower_verb(text: str, pos: int, verbs: regex.Pattern[str]) -> bool:
    """A role verb written in lower case at ``pos`` ("chỉ đạo"; "Ban Chỉ đạo" is a name)."""
    return pos < len(text) and text[pos].islower() and bool(verbs.match(text, pos))


_TRAIL = regex.compile(r"(?:\s+(?:của|và|về|các|số|tại|với|cho|ở|kiêm))+$|[\s,.]+$")
# A word that joins a second post to the first (guide: "Bí thư kiêm Chủ tịch UBND huyện" is two
# titles); "làm", "là", "giữ chức" only when a title's head follows ("... Tỉnh ủy làm Trưởng đoàn").
_JOINS_POST = regex.compile(r" (?:kiêm nhiệm|kiêm|đồng thời là|đồng thời|làm|là|giữ chức(?: vụ)?) ")


def _titles(text: str, seg: Segment, names: list[_Name], head_starts: list[int] | None = None) -> list[_Title]:
    """Title phrases of a segment: a head, then title words, up to a name or a stop.

    ``head_starts`` are the article's possible head positions (:func:`_cue_starts`),
    where the head pattern is tried instead of searching every character.
    """
    out: list[_Title] = []
    name_starts = {n.start for n in names}
    heads = _heads()
    pos = seg.start
    end = seg.end

    verbs, _ = _role_verbs()

    def stop(at: int) -> bool:
        # A name, a rank before one ("Bộ Công an Đại tướng Lương Tam Quang"), or a role verb ends the title.
        return (
            at in name_starts
            or at + 1 in name_starts
            or _honorific_at(text, at + 1)
            or (_lower_verb(text, at + 1, verbs) and not _COMMITTEE_END.search(text, max(seg.start, at - 4), at))
            or _next_post(text, at)
            or _second_post(text, at, heads)
        )

    while True:
        m = _next_head(text, heads, pos, end, head_starts)
        if not m:
            break
        if any(n.start <= m.start() < n.end for n in names):
            pos = m.end()
            continue
        start = m.start()
        nguyen = _NGUYEN.search(text, max(seg.start, start - 16), start)
        if nguyen and nguyen.group(0):
            start = nguyen.start()
        head_end = m.end()
        if text[head_end - 1] == "." and head_end < end and text[head_end].isupper():
            head_end = phrases.body_end(text, head_end, end)  # "CT.Hội CCB quận": the body touches the head
        cur = phrases.extend(text, head_end, end, links=True, lists=True, stop=stop, lower_run=TITLE_LOWER_RUN)
        abbr = _ABBR_PAREN.match(text, cur, end)
        if abbr and text[abbr.end() + 1 : abbr.end() + 2].islower():
            # "Chủ tịch Ủy ban An toàn giao thông (ATGT) quốc gia": the short name inside the body's name
            more = phrases.extend(text, abbr.end(), end, links=True, lists=True, stop=stop, lower_run=TITLE_LOWER_RUN)
            cur = more if more > abbr.end() else cur
        cur = _task_end(text, start, cur, end, name_starts) or cur
        paren = _PAREN_THEN_NAME.match(text, cur, end)
        if paren and paren.end() + 1 in name_starts:
            cur = paren.end()  # "Bí thư Khu ủy ... (Trung Quốc) Bành Thanh Hoa": the bracket is the title's
        phrase = text[start:cur]
        trail = _TRAIL.search(phrase)
        if trail:
            cur -= len(trail.group(0))
            phrase = text[start:cur]
        shared = bool(_COLON.match(text, cur, min(len(text), cur + 3)))
        out.append(_Title(start, cur, phrase, shared))
        pos = max(cur, m.end())
    return out


def _honorific_at(text: str, at: int) -> bool:
    """An honorific at ``at`` that ends a title; a capitalised one that is also a country is the country.

    "Đại sứ Anh Mark Hollis": "Anh" is England, part of the post, not the honorific "anh".
    """
    m = _honorifics().match(text, at)
    return bool(m) and not (text[at].isupper() and m.group(0) in lexicon.words("countries.txt"))


_ABBR_PAREN = regex.compile(r" \([\p{Lu}\d][\p{Lu}\d&./-]{1,11}\)")
# What ends the words that name a unit's task: a name's surroundings, an agent, a new title.
_TASK_STOP = regex.compile(
    r"[.;:()\n\"“”]|(?<![\p{L}])(?:do|bởi|được|đồng chí|ông|bà|đã|đang|sẽ|vừa|có|với|là)(?![\p{L}])"
)
_TASK_SPAN = 160
_TASK_VERB_GAP = regex.compile(r",?\s*(?:(?:đã|cũng|vẫn|trực tiếp)\s+)*$")


@lexicon.cached
def _task_units() -> regex.Pattern[str]:
    return regex.compile(r"(?<![\p{L}])" + lexicon.alternation(lexicon.lines("task_units.txt")) + r"(?![\p{L}])")


def _task_end(text: str, start: int, cur: int, end: int, name_starts: set[int]) -> int | None:
    """Where a title naming a unit for a task ends when its task's words run past ``cur``, or None.

    "X, Trưởng Ban Chỉ đạo sơ kết 5 năm thực hiện Luật Hợp tác xã năm 2012, chủ
    trì ...": the unit's name (``data/task_units.txt``) runs on to the verb of the
    clause, a chairing verb or a role verb after a comma. Its first word may be
    a verb ("Ban Chỉ đạo tổng kết ..."); any later role verb, a name, an agent or
    another title means the words are the sentence's, not the unit's.
    """
    if cur >= end or not _task_units().search(text, start, cur):
        return None
    verbs, table = _role_verbs()
    stop = _TASK_STOP.search(text, cur, min(end, cur + _TASK_SPAN))
    hi = stop.start() if stop else min(end, cur + _TASK_SPAN)
    if stop is not None and stop.group(0) == "đã":
        verb = verbs.match(text, stop.end() + 1, end)  # "... huyện đã chủ trì": "đã" is the verb's own
        hi = verb.end() if verb else hi
    for k, v in enumerate(verbs.finditer(text, cur, hi)):
        if not text[v.start()].islower():
            continue
        gap = _TASK_VERB_GAP.search(text, cur, v.start())
        lead = gap.start() if gap else v.start()
        chairs = table[v.group(0).casefold()] == "presiding"
        after_comma = gap is not None and "," in gap.group(0)
        if (chairs or after_comma) and lead > cur:
            if any(cur < a < lead for a in name_starts) or _heads().search(text, cur + 1, lead):
                return None
            return lead
        if k > 0 or v.start() > cur + 1:
            return None  # a role verb inside the words: the sentence's verb, not the unit's task
    return None


_JOIN_FIRST = (" kiêm", " đồng", " làm", " là", " giữ")


def _second_post(text: str, at: int, heads: regex.Pattern[str]) -> bool:
    """Whether a joining word at ``at`` brings in a second post: "kiêm" always, the others before a head."""
    if not text.startswith(_JOIN_FIRST, at):
        return False  # called at every word of a title: a plain test first
    join = _JOINS_POST.match(text, at)
    if join is None:
        return False
    return join.group(0).startswith(" kiêm") or bool(heads.match(text, join.end()))


def _attach(text: str, seg: Segment, names: list[_Name], titles: list[_Title]) -> None:
    """Give each title to its name by the orderings the reports use."""
    shared: list[_Title] = []
    bounds = [m.span() for m in _ITEM.finditer(text, seg.start, seg.end)]
    for t in titles:
        if t.shared:
            shared.append(t)
            # "các đồng chí Ủy viên Bộ Chính trị: A, B; các đồng chí Ủy viên T.Ư Đảng: C, D": a
            # shared title holds up to the next one of its kind (same head word); one of another
            # kind nests inside it ("Ủy viên Bộ Chính trị: ...; các Phó Thủ tướng: E, F").
            kind = _head_word(t.text)
            until = min(
                (u.start for u in titles if u.shared and u.start > t.end and _head_word(u.text) == kind),
                default=seg.end,
            )
            for n in names:
                if t.end < n.start < until:
                    n.titles.append(t)
            continue
        item = next(((a, b) for a, b in bounds if a <= t.start < b), (seg.start, seg.end))
        of_other = bool(_OF_BEFORE.search(text, max(item[0], t.start - 12), t.start))
        after = [n for n in names if n.start >= t.end and n.start < item[1]]
        before = [n for n in names if n.end <= t.start and n.start >= item[0]]
        gap_next = text[t.end : after[0].start] if after else None
        if after and (gap_next is not None and (gap_next.strip() == "" or _honorifics().fullmatch(gap_next.strip()))):
            after[0].titles.append(t)
            if _PLURAL.search(text, max(seg.start, t.start - 16), t.start):
                # "Các Phó Thủ tướng A, B và C": a plural title is each listed name's.
                for prev, n in itertools.pairwise(after):
                    if not _BARE_LIST.fullmatch(text, prev.end, n.start):
                        break
                    n.titles.append(t)
        elif before and not of_other and _apposed(text, before[-1], t, titles):
            # "A, Bí thư Huyện ủy, Chủ tịch UBND huyện": a chain of titles right after the name.
            # A title further on in the clause ("A nhấn mạnh, ... Tổng Thanh tra Chính phủ và
            # ngành ...") is a topic of the sentence, not A's.
            before[-1].titles.append(t)
            before[-1].extent_end = max(before[-1].extent_end, t.end)
        elif after and not before:
            if not _SEPARATORS.sub("", _uncovered(text, t.end, after[0].start, titles)):
                after[0].titles.append(t)
    # Shared titles come first, as the report states them first.
    for n in names:
        n.titles.sort(key=lambda t: (not t.shared, t.start))


# What may stand between a name (or its last title) and its next title: separators,
# "kiêm", and the verbs that give a post ("được bầu giữ chức", "làm").
_VOTE_WORDS = r"(?:bầu bổ sung|bầu|hiệp thương cử|cử|bổ nhiệm|tái cử|tái đắc cử|trúng cử|chỉ định)"
_POST_WORDS = r"(?:giữ chức(?: vụ)?|làm|giữ cương vị|vào chức(?: danh| vụ)?|là)"
_APPOSITION = regex.compile(
    r"[\s,\-–(]*(?:(?:kiêm|đồng thời là|hiện là|nay là"
    r"|(?:(?:đã |vừa )?được (?:\p{L}+ ){0,3}?)?" + _VOTE_WORDS + r"(?:\s+" + _POST_WORDS + r")?"
    r"|" + _POST_WORDS + r")\s*)?",
    regex.I,
)


def _apposed(text: str, n: _Name, t: _Title, titles: list[_Title]) -> bool:
    """Whether title ``t`` continues name ``n``'s chain of titles (only separators between).

    A verb of election in the gap ("A, ..., được bầu làm Chủ tịch Hội") gives A the
    post and marks A as elected at the meeting.
    """
    lo = max(n.extent_end, n.end)
    if t.start < lo or t.start - lo > 80:
        return False
    kept = _uncovered(text, lo, t.start, titles)
    if not _APPOSITION.fullmatch(_PLACE_MARK_RE.sub("", kept)):
        return False
    vote = _VOTE.search(text, lo, t.start)
    if vote:
        n.cues.append(("elected", vote.start(), vote.end()))
    if _MADE.search(kept):
        # "do X làm trưởng đoàn": the post is the title, and leading the delegation a role (roles.tsv)
        _, table = _role_verbs()
        role = table.get("làm " + _head_word(t.text))
        if role is not None:
            n.roles.add(role)
    return True


_MADE = regex.compile(r"(?<![\p{L}])làm\s*$")


_VOTE = regex.compile(
    r"(?<![\p{L}])(?:bầu|hiệp thương cử|bổ nhiệm|trúng cử|tái đắc cử|đắc cử|chỉ định)(?![\p{L}])", regex.I
)


def _head_word(title: str) -> str:
    """A title's head ("Ủy viên", "Phó Thủ tướng"), case-folded: what kind of post it names."""
    m = _heads().match(title)
    return (m.group(0) if m else title.split(" ", 1)[0]).casefold()


_PLURAL = regex.compile(r"(?<![\p{L}])[Cc]ác\s+(?:đồng chí\s+)?$")
_BARE_LIST = regex.compile(r"\s*(?:,|và|,\s*và)\s*")
_OF_BEFORE = regex.compile(r"(?<![\p{L}])(?:của|với|cho|gửi|theo|về|lên|tới)\s+$")


# What may stand between two titles before one name: separators and "kiêm" ("Phó Chủ tịch kiêm
# Tổng Thư ký Hội X Lê Văn An" gives both to Lê Văn An).
_SEPARATORS = regex.compile(r"[\s,\-–]|(?<![\p{L}])kiêm(?: nhiệm)?(?![\p{L}])|(?<![\p{L}])đồng thời(?: là)?(?![\p{L}])")


def _uncovered(text: str, lo: int, hi: int, titles: list[_Title]) -> str:
    """The characters of ``text[lo:hi]`` that no title covers."""
    parts, pos = [], lo
    for t in sorted(titles, key=lambda t: t.start):
        if t.end <= pos or t.start >= hi:
            continue
        parts.append(text[pos : max(pos, t.start)])
        pos = max(pos, t.end)
    parts.append(text[pos:hi] if pos < hi else "")
    return "".join(parts)


def _header(text: str, lo: int, first: int, seg: Segment) -> frozenset[Role] | None:
    """The role of a verb that opens a clause before its names ("Dự hội nghị có ...", "; tham dự có ...")."""
    verbs, table = _role_verbs()
    header = list(verbs.finditer(text, lo, first))
    if not header:
        return None
    h = header[-1]
    between = text[h.end() : first]
    role = table[h.group(0).casefold()]
    # "Tham dự và chỉ đạo hội nghị có ...": verbs joined by "và" or "," all hold.
    k = len(header) - 1
    while (
        k > 0
        and _VERB_JOIN.fullmatch(text, header[k - 1].end(), header[k].start())
        and text[header[k].start()].islower()  # "khai mạc Tham dự ...": a capital opens a new sentence
    ):
        k -= 1
    joined = {table[v.group(0).casefold()] for v in header[k:]}
    # "dưới sự chủ trì của X", "phát biểu chỉ đạo của X": the verb's agent follows "của".
    by = bool(_OF_AGENT.match(between)) and (
        text[max(seg.start, h.start() - 4) : h.start()].strip() == "sự" or role == "speaking"
    )
    # "được chủ trì bởi X": a passive whose agent is written keeps the role.
    passive = _PASSIVE.search(text, max(seg.start, h.start() - 10), h.start()) and not _BY.match(between)
    # An award verb before the names makes them its recipients, not its givers.
    if role != "awarding" and not passive and len(between) < 120 and (by or not _OTHERS.search(between)):
        return frozenset(joined - {"awarding"})
    return None


def _opening_role(text: str, lo: int, opener: int, seg: Segment) -> frozenset[Role] | None:
    """The role the words before a list of names give it: an opening verb, or a reported speaker.

    "Theo Thứ trưởng X, ...": what X said is reported; "chất vấn nhóm vấn đề thứ
    tư đối với Bộ trưởng X": X answers the questions.
    """
    role = _header(text, lo, opener, seg)
    if role is None and _accompanies(text, lo, opener):
        return frozenset({"attending"})
    reported = _ACCORDING_TO.search(text, max(lo, opener - 8), opener)
    if role is None and (reported or _QUESTIONED.search(text, max(lo, opener - 100), opener)):
        return frozenset({"speaking"})
    return role


# "Cùng đi với Bí thư Tỉnh ủy có ...", "Tháp tùng Thủ tướng có ...": those who go with the head
# are there; the head named after "với" is not the verb's other party.
_ACCOMPANY = regex.compile(
    r"(?<![\p{L}])(?:cùng đi|đi cùng|tháp tùng)(?:\s+với)?\s[^.;:()]{0,100}?\s(?:còn\s+)?có\s+"
    r"(?:(?:các\s+)?(?:đồng chí|ông|bà)\s*)?:?\s*$",
    regex.I,
)


def _accompanies(text: str, lo: int, opener: int) -> bool:
    """Whether a list opens with "those who go with the head are ..." (a cheap word test first)."""
    head = text[max(lo, opener - 160) : opener].casefold()
    if "cùng đi" not in head and "tháp tùng" not in head and "đi cùng" not in head:
        return False
    return bool(_ACCOMPANY.search(text, max(lo, opener - 160), opener))


_QUESTIONED = regex.compile(r"(?<![\p{L}])chất vấn(?:\s+[^.;:()\n]{0,80}?)?\s+đối với\s+(?:các\s+)?$", regex.I)
# A name (and its titles) then a colon and a capital: the person's words follow.
_SAYS_COLON = regex.compile(r"\s*:\s*[\"“«]?\p{Lu}")
_ACCORDING_TO = regex.compile(r"(?<![\p{L}])[Tt]heo\s+$")
_BY = regex.compile(r"\s+(?:\p{Ll}+\s+){0,3}?bởi\s")
_VERB_JOIN = regex.compile(r"\s*(?:,|và|,\s*và)?\s*")  # "dự và chỉ đạo", "dự, phát biểu", "dự động viên"


def _roles(
    text: str,
    seg: Segment,
    names: list[_Name],
    titles: list[_Title],
    next_line: Segment | None,
    carried: frozenset[Role] | None = None,
) -> frozenset[Role] | None:
    """Roles from the verb that opens each clause, and from the verb after each list of names.

    A clause after ";" may open with its own verb ("...; tham dự có B"), which then
    holds for the names after it. ``carried`` is the opening verb's role of the
    sentence before, when this sentence only continues its list (it opens with a
    name or a title). Returns the opening role still open at the sentence's end,
    for the next sentence.
    """
    if not names:
        return None
    verbs, table = _role_verbs()
    ordered = sorted(names, key=lambda n: n.start)
    first = ordered[0]
    opener = min([t.start for t in first.titles] + [first.start])
    header_role = _opening_role(text, seg.start, opener, seg)
    if header_role is None and carried is not None and _only_list_before(text, seg.start, opener):
        # Only a sentence that is nothing but the list continues the one before.
        j0 = 0
        while j0 + 1 < len(ordered) and _joins(text, ordered[j0], ordered[j0 + 1], titles):
            j0 += 1
        end0 = max(ordered[j0].extent_end, ordered[j0].end)
        if _LIST_END.fullmatch(text, end0, seg.end) or _WITH_OTHERS.match(text, end0, seg.end):
            header_role = carried
    fronted = _fronted_chair(text, seg.start, opener)
    list_end = seg.start  # where the list before this one, with its verbs, ended
    moved_on = False  # that list had its own verb: a new list needs its own opener
    j = -1
    for i, n in enumerate(ordered):
        if i > j:  # n opens a list ("...; tham dự có B, ...", "... Tham dự hội nghị có B")
            if i > 0:
                own = _opening_role(text, list_end, min([t.start for t in n.titles] + [n.start]), seg)
                if own is not None:
                    header_role = own
                elif moved_on:
                    header_role = None
                fronted = None  # the fronted clause's subject is the sentence's first list only
            j = i
            while j + 1 < len(ordered) and _joins(text, ordered[j], ordered[j + 1], titles):
                j += 1
        if header_role:
            n.roles |= header_role
        if fronted is not None:
            n.roles.add("presiding")
            n.cues.append(("fronted_chair", fronted.start("v"), fronted.end("v")))
        before = min([t.start for t in n.titles if t.end <= n.start] + [n.start])
        agent = _AGENT_OF.search(text, max(seg.start, before - 60), before)
        if agent:
            n.roles.add(table.get(agent.group("v").casefold(), "speaking"))  # "theo ý kiến của X"
            n.cues.append(("agent_of_role", agent.start(), agent.end()))
        elif _OF_BEFORE_NAME.search(text, max(seg.start, before - 8), before):
            n.cues.append(("of_another", before - 4, before))
        if _RECEIVES.search(text, seg.start, n.start):
            n.receives = True
        # The verb after the list this name belongs to (ordered[i..j]).
        tail_from = max(ordered[j].extent_end, ordered[j].end)
        m = _TAIL.match(text, tail_from, seg.end)
        at = m.end() if m else tail_from
        if at >= seg.end - 1 and next_line is not None and not _OPENS_LIST.match(text, next_line.start):
            at = next_line.start
        list_end, moved_on = max(list_end, at), False
        cue = _after_cue(text, at, seg.end)
        if cue is not None:
            n.cues.append(cue)
            list_end, moved_on = max(list_end, cue[2]), True
            continue
        if _SAYS_COLON.match(text, tail_from, seg.end) and j == len(ordered) - 1:
            n.roles.add("speaking")  # "Phó Thủ tướng X: Đề nghị ...": what follows the colon is X's words
        v = (
            verbs.match(text, at)
            or _detour_verb(text, tail_from, seg.end)
            or _later_verb(text, at, seg.end)
            or _verb_after_behalf(text, at, seg.end)
        )
        while v:
            n.roles.add(table[v.group(0).casefold()])
            list_end, moved_on = max(list_end, v.end()), True
            v = _next_verb(text, v, seg.end)
    tail = text[max(ordered[-1].extent_end, ordered[-1].end) : seg.end]
    return header_role if _LIST_END.fullmatch(tail) else None


# Between a subject and its verb: a move to a place ("đã về xã Tân Hòa chủ trì"), the passive
# of an assignment ("được phân công chủ trì") or the people it acts with ("cùng các đồng chí
# trong Ban Thường vụ chủ trì", "với các đại biểu dự", "và các đại biểu dự"); none is the verb.
_DETOUR = regex.compile(
    r"[\s,-]*" + _PLACE_MARK + r"?[\s,-]*(?:(?:đã|cũng|vẫn|đích thân|trực tiếp)\s+)*"
    r"(?:(?P<move>được\s+(?:giao|phân công|ủy quyền|uỷ quyền|mời)\s+"
    r"|(?:về|xuống|lên|tới|đến|sang)\s+(?:(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|"
    r"thôn|ấp|bản|TP\.?|cơ sở|địa phương|đơn vị)\s+)?(?:[\p{Lu}\d][\p{L}\d.-]*\s+){1,4})"
    r"|(?P<with>(?:cùng(?:\s+với)?|với|và)\s+(?:các|đoàn|lãnh đạo|đại diện|thường trực|Thường trực)\s)"
    # A co-chair whose name the grammar cannot read ("và Tổng thống nước bạn - Y đồng chủ trì").
    r"|(?P<co>và\s+\p{Lu}[^,.;:()\n]{0,80}?\s)(?=(?:đồng chủ trì|cùng chủ trì|đồng chủ tọa)(?![\p{L}])))",
)
_DETOUR_SPAN = 100  # how far the comitative phrase may run before the verb
_CLAUSE_END = regex.compile(r"[.,;:!?()\n]")


# A sentence that opens with the chairing, before its subject: "[Ngày 6/2,] chủ trì buổi
# làm việc với lãnh đạo các sở, ..., Chủ tịch UBND tỉnh X yêu cầu ...". The clause may hold
# "với", "của", "cho" (which stop an opening verb's list): its subject is the first list after it.
_FRONTED = regex.compile(
    r"(?:[^,.;:!?]{0,40},\s*)?(?P<v>đồng chủ trì|chủ trì|điều hành|chủ tọa|chủ toạ)\s+(?!(?:là|có|gồm)(?![\p{L}]))"
    r"[^.;:!?]*,\s*(?:(?:các\s+)?(?:đồng chí|ông|bà)\s+)?",
    regex.I,
)
_FRONTED_HINT = ("chủ trì", "điều hành", "chủ tọa", "chủ toạ")


def _fronted_chair(text: str, lo: int, opener: int) -> regex.Match[str] | None:
    """A chairing clause that opens the sentence and ends with a comma right before its subject's list."""
    head = text[lo:opener].casefold()
    if not any(w in head for w in _FRONTED_HINT):
        return None
    return _FRONTED.fullmatch(text, lo, opener)


def _detour_verb(text: str, at: int, end: int) -> regex.Match[str] | None:
    """The role verb after a move to a place or a comitative phrase that follows the names.

    "Bí thư X đã về xã Y chủ trì hội nghị": the place is the goal of the move,
    the verb is still X's; "X cùng các lãnh đạo của huyện chủ trì": the people
    named with "cùng" share the act, which stays X's; "X và Tổng thống nước bạn
    Y đồng chủ trì": a co-chair the grammar reads no name for still makes X one.
    """
    m = _DETOUR.match(text, at, end)
    if m is None:
        return None
    verbs, _ = _role_verbs()
    if m.group("move") or m.group("co"):
        return verbs.match(text, m.end())
    stop = _CLAUSE_END.search(text, m.end(), min(end, m.end() + _DETOUR_SPAN))
    hi = stop.start() if stop else min(end, m.end() + _DETOUR_SPAN)
    return next((v for v in verbs.finditer(text, m.end(), hi) if text[v.start()].islower()), None)


# A later verb joined to an act of being there ("dẫn đầu đoàn ... tới Việt Nam tham dự và
# đồng chủ trì kỳ họp"), up to the clause's end or another party's phrase.
_CHAIN = regex.compile(r"(?:,|\s(?:và|rồi))\s+(?:cùng\s+|trực tiếp\s+)?")
_CHAIN_STOP = regex.compile(r"[.;:!?()\n]|(?<![\p{L}])(?:do|bởi|được|cho|theo|với sự|nhằm|để)(?![\p{L}])")
_CHAIN_SPAN = 150
_NOT_ITS_VERB = regex.compile(r"\s+(?:có|là|gồm)(?![\p{L}])")
_PRESENT: frozenset[str] = frozenset({"presiding", "attending"})


def _next_verb(text: str, v: regex.Match[str], end: int) -> regex.Match[str] | None:
    """The next verb of the same subject after role verb ``v``, or None.

    Joined by "và" or a comma ("chủ trì và phát biểu"); run on with no
    conjunction when it chairs ("phát biểu điều hành phiên họp"); or, after an
    act of being there or chairing, a later "và"/"," + a verb of presence
    ("dẫn đầu đoàn ... tham dự và đồng chủ trì"). "chủ trì là X", "dự có X"
    open another clause.
    """
    verbs, table = _role_verbs()
    more = _AND.match(text, v.end(), min(len(text), v.end() + 6))
    if more:
        w = verbs.match(text, more.end())
        if w:
            return w
    w = verbs.match(text, v.end() + 1) if text[v.end() : v.end() + 1] == " " else None
    if w and not _NOT_ITS_VERB.match(text, w.end()):
        run_on = table[w.group(0).casefold()]
        # "phát biểu điều hành": a chairing verb run on. "phát biểu chỉ đạo và chủ trì": a run-on verb
        # of the same role adds nothing itself, but the chain goes on after it ("và chủ trì").
        if run_on == "presiding" or run_on == table[v.group(0).casefold()]:
            return w
    if table[v.group(0).casefold()] not in _PRESENT:
        return None
    stop = _CHAIN_STOP.search(text, v.end(), min(end, v.end() + _CHAIN_SPAN))
    hi = stop.start() if stop else min(end, v.end() + _CHAIN_SPAN)
    for c in _CHAIN.finditer(text, v.end(), hi):
        w = verbs.match(text, c.end(), hi)
        if (
            w
            and text[w.start()].islower()
            and table[w.group(0).casefold()] in _PRESENT
            and not _NOT_ITS_VERB.match(text, w.end())
        ):
            return w
    return None


# A line that opens with its own verb and list ("Dự hội nghị có ...", "Cùng đi với đoàn có ..."):
# not the verb of a caption on the line before.
_OPENS_LIST = regex.compile(r"[^.,;:\n]{0,80}?\s(?:có|gồm)(?:\s|:)")
_OF_BEFORE_NAME = regex.compile(r"(?<![\p{L}])của\s+(?:(?:đồng chí|ông|bà)\s+)?$", regex.I)
_LIST_END = regex.compile(r"[\s.,;…]*")
# "... cùng các đồng chí trong Ban Thường vụ, đại diện các sở": the list goes on with unnamed guests.
_WITH_OTHERS = regex.compile(r"[\s,;-]*(?:cùng(?: với)?|và)\s+(?:các|đại diện|lãnh đạo|đông đảo)\s[^.]*[.…]?\s*$")
_LIST_OPEN = regex.compile(r"[\s\-–•*+]*(?:(?:các |và )?(?:đồng chí|ông|bà|đ/c|Đ/c)\s*)?", regex.I)
# How far a role verb may stand from the names it follows, inside their clause
# ("A, Bí thư Huyện ủy, trong bài phát biểu chỉ đạo đã nhấn mạnh").
LATER_VERB_CHARS = 60
_CLAUSE_STOP = regex.compile(
    r"[.,;:!?\n\"“”]|(?<![\p{L}])(?:được|bị|nhận|của|cho|gửi|và các|với|bằng văn bản|"
    r"hội nghị|đại hội|kỳ họp|hội thảo|buổi lễ|đại biểu)(?![\p{L}])",  # a new clause or a new subject
    regex.I,
)


# On whose behalf a person acts, between the name and the verb: "thay mặt Thủ tướng Chính
# phủ trả lời", "thừa ủy quyền của Chủ tịch nước, trình bày".
_BEHALF = regex.compile(r"(?:thay mặt|thừa (?:ủy|uỷ) quyền|theo (?:ủy|uỷ) quyền)(?:\s+của)?\s", regex.I)
_BEHALF_END = regex.compile(r"[.;:!?\n]")


def _verb_after_behalf(text: str, at: int, end: int) -> regex.Match[str] | None:
    """The role verb after an "on behalf of" phrase: the first lower-case one before the clause ends."""
    behalf = _BEHALF.match(text, at, end)
    if behalf is None:
        return None
    verbs, _ = _role_verbs()
    stop = _BEHALF_END.search(text, behalf.end(), min(end, behalf.end() + 100))
    hi = stop.start() if stop else min(end, behalf.end() + 100)
    for v in verbs.finditer(text, behalf.end(), hi):
        if text[v.start()].islower():
            return v
    return None


def _only_list_before(text: str, lo: int, opener: int) -> bool:
    """Whether a sentence opens straight with its list of names (it continues the sentence before)."""
    return bool(_LIST_OPEN.fullmatch(text, lo, opener))


def _later_verb(text: str, at: int, end: int) -> regex.Match[str] | None:
    """A role verb a few words on in the clause, before any stop (a passive, 'của', 'cho', a new clause)."""
    verbs, _ = _role_verbs()
    hi = min(end, at + LATER_VERB_CHARS)
    stop = _CLAUSE_STOP.search(text, at, hi)
    if stop:
        hi = stop.start()
    if _CAPITAL.search(text, at, hi):
        return None  # another name or body is the subject there
    return verbs.search(text, at, hi)


@lexicon.cached
def _cue_table() -> tuple[regex.Pattern[str], dict[str, str]]:
    table = {row[0].casefold(): row[1] for row in lexicon.table("official_cues.tsv")}
    pattern = regex.compile(lexicon.alternation(table, fold=True) + r"(?![\p{L}])", regex.I)
    return pattern, table


def _after_cue(text: str, at: int, end: int) -> tuple[str, int, int] | None:
    """What the verb after a list of names says about them, when it is not a role ('gửi lẵng hoa', 'được bầu')."""
    pattern, table = _cue_table()
    m = pattern.match(text, at, end)
    if m is None:
        got = _RECEIVED.match(text, at, end)  # "được Chủ tịch UBND tỉnh tặng Bằng khen": the giver inside
        return ("award_recipient", got.start(), got.end()) if got else None
    return table[m.group(0).casefold()], m.start(), m.end()


_RECEIVED = regex.compile(
    r"(?:đã |vừa )?được\s+[^,.;:]{1,60}?\s(?:trao tặng|tặng|trao|khen thưởng)(?![\p{L}])", regex.I
)


# A post decided at the meeting: elected, appointed or relieved ("thôi giữ chức ... đối với bà X").
_RELIEVED_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:miễn nhiệm|cho thôi|thôi giữ|thôi tham gia|thôi làm)[^.;]{0,150}?(?:đối với|của)\s+"
    r"(?:(?:đồng chí|ông|bà)\s+)?$",
    regex.I,
)
_ELECTED_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:bầu(?: bổ sung)?|hiệp thương cử|cử|bổ nhiệm|bổ sung|công bố quyết định bổ nhiệm)"
    r"\s+(?:(?:các )?(?:đồng chí|ông|bà)\s*:?\s*)?$",
    regex.I,
)


def _joins(text: str, a: _Name, b: _Name, titles: list[_Title]) -> bool:
    """Whether two names stand in one list: only separators and b's titles between them."""
    lo, hi = max(a.extent_end, a.end), b.start
    if hi - lo > 300:
        return False
    gap = _uncovered(text, lo, hi, titles)
    gap = _honorifics().sub(" ", _PLACE_MARK_RE.sub("", gap))
    return bool(_LIST_GAP.fullmatch(gap))


_SHORT = regex.compile(r"(?<![\p{L}])(?P<h>[Đđ]ồng chí|[Ôô]ng|[Bb]à|Đ/c|đ/c)\s+(?P<n>" + _SYL + r"(?: " + _SYL + r")?)")


def find(
    doc: CleanText,
    sentences: list[Segment],
    author: Segment | None,
    happened: Event,
    headline: Segment | None = None,
) -> tuple[tuple[Official, ...], list[Candidate]]:
    """Every official of the article, merged by name, with evidence for each mention.

    Each full-name mention is a candidate; :func:`_decide` weighs its reasons
    (``data/reasons.tsv``, section "official"): does it place the person at the
    reported event, or outside it? A person is an official when one mention is kept.
    """
    text = doc.text
    blocked = {author.text} if author else set()
    found: list[_Name] = []
    carried: frozenset[Role] | None = None
    bare: list[int] = []  # sentences with no title head and no honorific
    chairs: list[tuple[_Name, _Name]] = []  # two people joined in one list under a chairing verb
    unnamed: list[tuple[Segment, list[_Title] | None]] = []  # titles with no name, near a clause's start
    cues, head_starts = _cue_starts(text)
    for k, seg in enumerate(sentences):
        at = bisect.bisect_left(cues, seg.start)
        if not (at < len(cues) and cues[at] < seg.end):
            # No title and no honorific: a name here matters only as a person titled
            # elsewhere ("Nguyễn Văn An phát biểu"); read after the titled are known.
            bare.append(k)
            carried = None
            continue
        names = _names(text, seg, blocked)
        if not names:
            carried = None
            if cues[at] - seg.start <= _SUBJECT_REACH and _SUBJECT_OPEN.fullmatch(text, seg.start, cues[at]):
                unnamed.append((Segment(seg.start, min(seg.end, cues[at] + _SUBJECT_SPAN), ""), None))
            continue
        titles = _titles(text, seg, names, head_starts)
        _attach(text, seg, names, titles)
        held = {id(t) for n in names for t in n.titles}
        loose = [t for t in titles if id(t) not in held and t.start - seg.start <= _SUBJECT_REACH]
        if loose:
            unnamed.append((seg, loose))
        nxt = _caption_next(text, sentences, k)
        carried = _roles(text, seg, names, titles, nxt, carried)
        chairs += [
            (a, b)
            for a, b in itertools.pairwise(names)
            if "presiding" in a.roles and "presiding" in b.roles and _joins(text, a, b, titles)
        ]
        for n in names:
            before = min([t.start for t in n.titles if t.end <= n.start] + [n.start])
            elected = _elected_before(text, max(seg.start, before - 200), before)
            if elected:
                n.cues.append(("elected", elected.start(), elected.end()))
        found.extend(names)
    found.extend(_bare_mentions(text, sentences, bare, {n.text for n in found if n.titles}))
    found.extend(_title_subjects(text, unnamed, found))
    found.sort(key=lambda n: n.start)
    covered = {i for f in found for i in range(f.start, f.end)}
    for seg in sentences:
        for m in _SHORT.finditer(text, seg.start, seg.end):
            if m.start("n") in covered:
                continue
            short = _Name(m.start("n"), m.end("n"), m.group("n"), short=True, extent_end=m.end("n"))
            _roles(text, seg, [short], [], None)
            found.append(short)
    titled = {n.text for n in found if n.titles and not n.short}
    _co_chairs(chairs, titled)
    seen = [_decide(text, n, n.text in titled, happened, headline) for n in found if not n.short]
    # A title standing for its holder joins the holder as a short mention; shown with its reasons.
    seen += [_decide(text, n, True, happened, headline) for n in found if n.short and _for_holder(n)]
    return tuple(_merge(doc, found, seen)), seen


def _co_chairs(chairs: list[tuple[_Name, _Name]], titled: set[str]) -> None:
    """Mark an untitled person who chairs beside a titled one, in one list under one verb.

    A photo caption names co-chairs by honorific alone ("Ông A (bên phải) và ông
    B chủ trì buổi làm việc"); when the article titles one of them, the other
    shares the chair in the same official capacity, though no title is written.
    """
    for a, b in chairs:
        if (a.text in titled) != (b.text in titled):
            untitled, other = (b, a) if a.text in titled else (a, b)
            untitled.cues.append(("co_chair", other.start, other.end))


# A title that stands for its holder as the subject of a clause ("Bí thư Huyện ủy chủ trì hội
# nghị", after "Bí thư Huyện ủy Lê Văn An" was named): it opens the sentence, or follows a
# time or place phrase and a comma, with at most an honorific before it.
_SUBJECT_REACH = 60
_SUBJECT_SPAN = 200  # how far past its head a subject title and its verb are read
_SUBJECT_OPEN = regex.compile(r"(?:[^,.;:!?\n]{0,50},\s*)?(?:(?:đồng chí|ông|bà|Đ/c|đ/c)\s+)?", regex.I)


def _title_subjects(text: str, unnamed: list[tuple[Segment, list[_Title] | None]], found: list[_Name]) -> list[_Name]:
    """Roles of people a clause names by their title alone, when exactly one titled person holds that title.

    The mention joins its holder as a short mention (so it adds roles, never a
    new person): "Thủ tướng chủ trì phiên họp" after "Thủ tướng Chính phủ Lê Văn
    An" gives An the presiding role; a title two people hold ("Phó Chủ tịch")
    names nobody.
    """
    if not unnamed:
        return []
    holders: dict[str, set[str]] = {}
    keys: dict[str, str] = {}
    for n in found:
        for t in n.titles:
            key = keys.get(t.text) or keys.setdefault(t.text, _title_key(t.text))
            holders.setdefault(key, set()).add(n.text)
    if not holders:
        return []
    out: list[_Name] = []
    for seg, titles in unnamed:
        if titles is None:
            titles = _title_before_verb(text, seg)
        for t in titles:
            if t.shared or not _SUBJECT_OPEN.fullmatch(text, seg.start, t.start):
                continue
            who = _holder(_title_key(t.text), holders)
            if who is None:
                continue
            roles = _subject_roles(text, t.end, seg.end)
            if roles:
                mention = _Name(t.start, t.end, who, short=True, extent_end=t.end, roles=roles)
                mention.cues.append(("title_for_holder", t.start, t.end))
                out.append(mention)
            break  # a clause has one subject
    return out


_SUBJECT_TAIL = regex.compile(r"(?:\s+(?:đã|cũng|vẫn|đích thân|trực tiếp|đồng thời|thì))*\s*$")
_NOT_A_TITLE = regex.compile(r"[,;:()\"“”]")


def _title_before_verb(text: str, seg: Segment) -> list[_Title]:
    """The words from a sentence's first title head to its first lower-case role verb, as a title.

    A sentence with no name is read only this far: the title that is its subject
    ends where its verb begins ("Bí thư Huyện ủy | chủ trì"), with no list or
    bracket between; the full title grammar is for sentences that name people.
    """
    head = _heads().search(text, seg.start, seg.end)
    if head is None:
        return []
    verbs, _ = _role_verbs()
    verb = next((v for v in verbs.finditer(text, head.end(), seg.end) if text[v.start()].islower()), None)
    if verb is None:
        return []
    tail = _SUBJECT_TAIL.search(text, head.start(), verb.start())
    end = tail.start() if tail else verb.start()
    if end <= head.start() or _NOT_A_TITLE.search(text, head.start(), end):
        return []
    return [_Title(head.start(), end, text[head.start() : end])]


def _subject_roles(text: str, at: int, end: int) -> set[str]:
    """The roles of the verbs right after a subject that ends at ``at`` (its verb and the verbs joined to it)."""
    verbs, table = _role_verbs()
    tail = _TAIL.match(text, at, end)
    pos = tail.end() if tail else at
    v = verbs.match(text, pos, end) if pos < end and text[pos].islower() else None
    v = v or _detour_verb(text, at, end)
    roles: set[str] = set()
    while v:
        roles.add(table[v.group(0).casefold()])
        v = _next_verb(text, v, end)
    return roles


def _for_holder(n: _Name) -> bool:
    """Whether a short mention is a title standing for its holder (explained as a candidate of its own)."""
    return any(c[0] == "title_for_holder" for c in n.cues)


def _holder(key: str, holders: dict[str, set[str]]) -> str | None:
    """The one person whose title is ``key``, or the fuller form of it ("thủ tướng" for "thủ tướng chính phủ")."""
    people = {p for k, names in holders.items() if k == key or k.startswith(key + " ") for p in names}
    return next(iter(people)) if len(people) == 1 else None


@lexicon.cached
def _title_or_honorific() -> regex.Pattern[str]:
    """Title heads and honorifics in one pattern: a sentence with neither holds no titled mention."""
    return regex.compile(r"(?<![\p{L}])" + lexicon.alternation(_cue_words(), fold=True), regex.I)


@lexicon.cached
def _cue_words() -> tuple[str, ...]:
    return (*lexicon.lines("title_heads.txt"), *lexicon.lines("honorifics.txt"))


def _next_head(
    text: str, heads: regex.Pattern[str], pos: int, end: int, starts: list[int] | None
) -> regex.Match[str] | None:
    """``heads.search(text, pos, end)``, tried only at the possible starts when they are known."""
    if starts is None:
        return heads.search(text, pos, end)
    for k in range(bisect.bisect_left(starts, pos), len(starts)):
        if starts[k] >= end:
            break
        m = heads.match(text, starts[k], end)
        if m:
            return m
    return None


@lexicon.cached
def _cue_scan() -> re.Pattern[str]:
    """Title heads (group 1) and honorifics, case-folded, at word starts: one scan gives both."""
    heads = lexicon.alternation(lexicon.lines("title_heads.txt"), fold=True)
    honorifics = lexicon.alternation(lexicon.lines("honorifics.txt"), fold=True)
    return re.compile(r"(?<![^\W\d_])(?=(" + heads + ")|" + honorifics + ")")


def _cue_starts(text: str) -> tuple[list[int], list[int] | None]:
    """Where a title head or an honorific starts, and where a title head does.

    One scan of the case-folded text with the stdlib engine (as
    :func:`lexicon.word_starts` does), every start found; when folding would move
    offsets, the case-blind pattern and no head positions (titles are then searched).
    """
    folded = lexicon.folded_text(text)
    if folded is None:
        return [m.start() for m in _title_or_honorific().finditer(text)], None
    cues: list[int] = []
    heads: list[int] = []
    for m in _cue_scan().finditer(folded):
        cues.append(m.start())
        if m.group(1) is not None:
            heads.append(m.start())
    return cues, heads


_VOTE_HINT = regex.compile(r"bầu|cử|bổ|thôi|miễn|công bố", regex.I)


def _elected_before(text: str, lo: int, hi: int) -> regex.Match[str] | None:
    """An election, appointment or relief written before a name (a cheap test first: the patterns scan back)."""
    if not _VOTE_HINT.search(text, lo, hi):
        return None
    return _ELECTED_BEFORE.search(text, max(lo, hi - 40), hi) or _RELIEVED_BEFORE.search(text, lo, hi)


def _caption_next(text: str, sentences: list[Segment], k: int) -> Segment | None:
    """The next sentence when it starts a new line: a caption's verb may stand there."""
    nxt = sentences[k + 1] if k + 1 < len(sentences) else None
    if nxt is not None and text[sentences[k].end : nxt.start].count("\n") == 0:
        return None
    return nxt


def _bare_mentions(text: str, sentences: list[Segment], bare: list[int], titled: set[str]) -> list[_Name]:
    """Mentions, in sentences with no title or honorific, of people titled elsewhere, with their roles."""
    if not bare or not titled:
        return []
    out: list[_Name] = []
    for k in bare:
        seg = sentences[k]
        names = [_Name(a, b, text[a:b], extent_end=b) for a, b in _occurrences(text, seg, titled)]
        if names:
            _roles(text, seg, names, [], _caption_next(text, sentences, k))
            out.extend(names)
    return out


def _occurrences(text: str, seg: Segment, names: set[str]) -> list[tuple[int, int]]:
    """Where the given names stand in a segment as whole words, in order."""
    out = []
    for name in names:
        at = text.find(name, seg.start, seg.end)
        while at >= 0:
            end = at + len(name)
            if not (at and text[at - 1].isalpha()) and not (end < len(text) and text[end].isalpha()):
                out.append((at, end))
            at = text.find(name, end, seg.end)
    return sorted(out)


FIELD = "official"


def _decide(text: str, n: _Name, titled: bool, happened: Event, headline: Segment | None) -> Candidate:
    """Does this mention place a titled person at the reported event? (one readable place)

    For: a title beside the name (or beside another mention of it), a role verb that governs it (chủ trì, dự,
    phát biểu, trao ...), an election at the meeting, a place in the sentence
    that reports the event or in the headline. Against: no title, only sending
    flowers or a letter, being the receiver of an award, standing after "của"
    (someone else's document or direction), a former post with no role.
    """
    c = Candidate(FIELD, n.text, n.start, n.end)
    if n.titles:
        c.add("titled", n.titles[0].start, n.titles[0].end, n.titles[0].text)
    elif titled:
        c.add("titled_elsewhere")  # "đồng chí X phát biểu" after "X, Bí thư Huyện ủy" earlier
    else:
        c.add("no_title")
    if n.roles:
        c.add("role_verb", note=", ".join(r for r in ROLE_ORDER if r in n.roles))
    for name, a, b in n.cues:
        if name == "of_another" and n.roles:
            continue
        c.add(name, a, b, text[a:b] if 0 <= a < b else "")
    if n.receives and not n.roles:
        c.add("award_recipient")
    if n.titles and not n.roles and all(t.text.casefold().startswith("nguyên") for t in n.titles):
        c.add("former_post")
    lead = happened.lead
    if lead is not None and lead.start <= n.start < lead.end:
        c.add("in_lead", lead.start, lead.end)
    if headline is not None and headline.start <= n.start < headline.end:
        c.add("in_headline", headline.start, headline.end)
    return decide(c, "official at the event", "left out")


def _fullest(titles: list[str]) -> list[str]:
    """A person's distinct titles, without those that only begin another ("Thủ tướng" beside "Thủ tướng Chính phủ").

    Reports give a post in full once and shorten it later; the short form is the
    same post, not a second one.
    """
    folded = [_title_key(t) for t in titles]
    out: list[str] = []
    seen: set[str] = set()
    for t, f in zip(titles, folded, strict=True):
        if f in seen or any(g != f and g.startswith(f + " ") for g in folded):
            continue  # the same post written out or abbreviated ("Ủy ban nhân dân" / "UBND"), or its short form
        seen.add(f)
        out.append(t)
    return out


@lexicon.cached
def _abbreviations() -> tuple[regex.Pattern[str], dict[str, str]]:
    table = {row[0].casefold(): row[1].casefold() for row in lexicon.table("title_abbreviations.tsv") if len(row) > 1}
    pattern = regex.compile(r"(?<![\p{L}])" + lexicon.alternation(table, fold=True) + r"(?![\p{L}])", regex.I)
    return pattern, table


def _title_key(title: str) -> str:
    """A title folded for comparing posts: spaces, case, and abbreviations (``data/title_abbreviations.tsv``)."""
    pattern, table = _abbreviations()
    folded = " ".join(title.split()).casefold()
    return pattern.sub(lambda m: table.get(m.group(0).casefold(), m.group(0)), folded)


def _honour_near(text: str, at: int) -> bool:
    """Whether an honour (``data/award_forms.txt``) is named in the sentence around a receiver at ``at``.

    "trao Huy hiệu 50 năm tuổi Đảng cho X" honours X; "trao quyết định bổ nhiệm cho X",
    "trao quy hoạch cho X" hand over a document.
    """
    lo = max(0, at - 120, text.rfind(".", 0, at) + 1)
    return bool(lexicon.pattern("award_forms.txt").search(text, lo, min(len(text), at + 120)))


def _merge(doc: CleanText, found: list[_Name], seen: list[Candidate]) -> list[Official]:
    """One official per full name (when one of its mentions is kept); short mentions join the only one they fit."""
    kept = {(c.start, c.end) for c in seen if c.kept}
    by_name: dict[str, list[_Name]] = {}
    for n in found:
        if not n.short:
            by_name.setdefault(n.text, []).append(n)
    officials = {k: v for k, v in by_name.items() if any((m.start, m.end) in kept for m in v)}
    # People honoured with an award at the event are not its officials (guide, precedents),
    # even when they speak for the honoured; those who also preside or hand out awards are.
    honoured = {c.text for c in seen if c.has("award_recipient") and _honour_near(doc.text, c.start)}
    for k in list(officials):
        if k in honoured and not any(m.roles & {"presiding", "awarding"} for m in officials[k]):
            del officials[k]
    for n in found:
        if n.short or n.text not in officials:
            fits = [k for k in officials if k == n.text or k.endswith(" " + n.text)]
            if len(fits) == 1 and (n.short or n.text not in officials):
                officials[fits[0]].append(n)
    out: list[Official] = []
    for name, mentions in officials.items():
        titles: list[str] = []
        title_spans: list[Span] = []
        distinct: set[str] = set()
        roles: set[str] = set()
        for m in mentions:
            if m.short or (m.start, m.end) in kept:
                roles |= m.roles  # a mention left out (flowers sent, an award received) gives no role
            for t in m.titles:
                key = " ".join(t.text.split()).casefold()
                if key not in distinct:
                    distinct.add(key)
                    titles.append(t.text)
                title_spans.append(doc.span(t.start, t.end))
        titles = _fullest(titles)
        out.append(
            Official(
                name=name,
                titles=titles,
                roles=[r for r in ROLE_ORDER if r in roles],
                spans=[doc.span(m.start, m.end) for m in sorted(mentions, key=lambda m: m.start)],
                title_spans=sorted(set(title_spans), key=lambda s: s.start),
            )
        )
    out.sort(key=lambda o: o.spans[0].start)
    return out
