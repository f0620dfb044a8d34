"""Dates in the text, and the day the main meeting was held.

dateparser is not used as a finder (domain.md section 5: it reads "5 năm"
as a date, takes the year from the machine clock and loses offsets). Dates
are found here by pattern, as mentions with a grain (a full date, or day
and month only, or a day range "từ 14 đến 16/3"), classified by their context
(a document's date, an anniversary, a deadline) and scored as candidates
for the main meeting's date with named reasons (``data/reasons.tsv``,
section "meeting_date"). Spoken and relative days ("hôm qua", "Chiều thứ
Hai") are found by :mod:`dvextract.relative`; the year of a day-month date
comes, in the annotation guide's order, from the text beside it, the page's
date, or the article's own clues (:mod:`dvextract.yearclues`).
"""

from __future__ import annotations

import bisect
import calendar
from dataclasses import dataclass, replace
from datetime import date

import regex

from . import numbers, relative, yearclues
from .models import DateBasis
from .reasons import Candidate, decide
from .segment import Segment

FIELD = "meeting_date"
_TOD = r"(?P<tod>[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm)"
_DAY_WORD = (
    r"(?:hai mươi|ba mươi|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
    r"(?:\s+(?:một|mốt|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín))?"
)
_MONTH_WORD = (
    # a month's name is capitalised ("tháng Năm"), but for "tháng giêng" and "tháng chạp" ("tháng năm" is years)
    r"(?:[Gg]iêng|[Cc]hạp|Mười\s+[Mm]ột|Mười\s+[Hh]ai|Một|Hai|Ba|Tư|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)"
)
_MONTHS = {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
    "mười": 10, "mười một": 11, "chạp": 12, "mười hai": 12,
}  # fmt: skip
# Years: four digits, or two after a day and month written with the same sign ("15/1/17").
_Y4 = r"(?P<y>\d{4})"
# "ngày 4 tháng 8 năm 2020", "5 tháng 5, 2012", "14 tháng 01", "5 tháng Giêng"
_MONTH_OF = r"\s+tháng\s+(?P<m>\d{1,2}(?!\d)|" + _MONTH_WORD + r"(?![\p{L}]))(?:\s*(?:năm|,)\s*" + _Y4 + r")?(?!\d)"
_WORDY = r"(?P<d>\d{1,2})" + _MONTH_OF
# "13/1", "10-1", "19/10/2018", "19-10-2018", "29.10.2020", "15/1/17"
_M = r"(?P<m>1[0-2]|0?[1-9])(?!\d)"  # a month: a wrong one must not hide a right reading ("5-6-17")
_NUMERIC = r"(?P<d>\d{1,2})\s?(?P<sep>[/.-])\s?" + _M + r"(?:\s?(?P=sep)\s?(?:(?P<y>\d{4})|(?P<yy>\d{2})(?![\d/])))?"
# "21, 22-4", "14 đến 16/3", "14 và 15/01", "24-25/6": several days sharing one month; the last is kept.
_DAYLIST = (
    r"(?P<d>\d{1,2})(?:\s*(?:,|và|đến|tới|-)\s*(?:ngày\s+)?\d{1,2}){0,2}\s*(?:,|và|đến|tới|-)\s*(?:ngày\s+)?"
    r"(?P<last>\d{1,2})\s?(?P<sep>[/.-])\s?" + _M + r"(?:\s?(?P=sep)\s?" + _Y4 + r")?"
)

DATE = regex.compile(r"(?<![\d/.,-])(?:" + _DAYLIST + "|" + _WORDY + "|" + _NUMERIC + r")(?![\d/]|-\d|\.\d|-?[\p{L}])")
# "mồng 5 tháng Giêng", "ngày mười chín tháng Mười Hai năm 2021": a day in words follows "ngày" or "mồng"
WORD_DATE = regex.compile(r"(?:[Nn]gày|[Mm]ồng|[Mm]ùng)\s+(?P<d>" + _DAY_WORD + r")" + _MONTH_OF)

_DOC_BEFORE = regex.compile(
    r"(?:\d+\s*[-/]\s*[\p{L}.]+(?:[/-][\p{L}\d.]+)*|\b(?:số|Chỉ thị|Nghị quyết|Quyết định|Kết luận"
    r"|Kế hoạch|Hướng dẫn|Quy định|Công văn|Thông báo|Nghị định|Thông tư|Luật|Chương trình|Đề án"
    r"|Pháp lệnh|Tờ trình|Thông tri)\s+\d+[\p{L}]?|hiệu lực(?:\s+thi hành)?(?:\s+kể)?\s+từ)"
    r"\s*,?\s*(?:được\s+)?(?:ban hành\s+|ký\s+)?"
    r"(?:vào\s+)?(?:ngày\s+)?$",
    regex.I,
)
# "trước ngày 30/4", "chậm nhất ngày ..." (not "tính đến 30/11": a stock-taking date, not a deadline)
_DEADLINE_BEFORE = regex.compile(
    r"(?<!tính\s|tính toán\s)(?:trước|đến|tới|hạn|chậm nhất|kể từ|sau)\s+(?:ngày\s+)?$", regex.I
)
_ANNIVERSARY_BEFORE = regex.compile(r"(?:kỷ niệm|kỉ niệm|\()[^.;\n]{0,60}$", regex.I)
_RANGE_AFTER = regex.compile(r"\s*[-–]\s*\d{1,2}\s*[/.-]\s*\d{1,2}")
# The cue before a date: a time of day, "nay"/"qua", a weekday, "ngày"/"hôm", "mồng", an opening bracket.
_WEEKDAY = r"(?:[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ\s+[Nn]hật)"
_CUE_BEFORE = regex.compile(  # searched backwards from the date ("(?r)"): one attempt, not one per position
    r"(?r)(?P<cue>" + _TOD + r"\s+(?:(?:ngày\s+)?(?:hôm\s+)?(?:qua|nay|mai)\s*,?\s+)?(?:" + _WEEKDAY + r"\s*,?\s*)?"
    r"(?:(?:ngày|hôm)\s+)?(?:(?:mồng|mùng)\s+)?\(?)$"
    r"|(?<![\p{L}])(?P<cue>(?:(?:[Hh]ôm|[Nn]gày hôm|[Nn]gày)\s+(?:nay|qua|mai)\s*,?\s+)\(?)$"
    r"|(?<![\p{L}])(?P<cue>" + _WEEKDAY + r"\s*,?\s*(?:(?:ngày|hôm)\s+)?(?:(?:mồng|mùng)\s+)?\(?)$"
    r"|(?<![\p{L}])(?P<cue>(?:[Tt]rong\s+(?:\S+\s+)?|[Tt]ừ\s+|[Vv]ào\s+)?(?:[Nn]gày|[Hh]ôm)\s+(?:(?:mồng|mùng)\s+)?\(?)$"
    r"|(?<![\p{L}])(?P<cue>(?:[Mm]ồng|[Mm]ùng)\s+)$"
    r"|(?<![\p{L}])(?P<cue>[Tt]ừ\s+)$"
)
# "từ ngày 30/6 đến ngày 2/7": a range over two months, its end written as a date of its own.
_RANGE_TO = regex.compile(r"\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?$")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date written in the text, or a relative day ("hôm qua") to resolve against the page's date.

    A written mention has ``day`` and ``month`` (and ``year`` when written
    beside them), and for a range its ``last_day``/``last_month``. A
    relative one has ``rule`` (see :mod:`dvextract.relative`) and day 0.
    """

    start: int
    end: int
    day: int
    month: int
    year: int | None
    cue_start: int
    time_of_day: str | None
    kind: str  # "event", "document", "deadline", "anniversary", "plain", "range_end"
    last_day: int | None = None
    last_month: int | None = None
    rule: str | None = None

    def on(self, year: int) -> date | None:
        """This day and month in ``year``, or None when it does not exist (29/2)."""
        if self.rule is not None or self.day > calendar.monthrange(year, self.month)[1]:
            return None
        return date(year, self.month, self.day)

    def last_on(self, first: date) -> date | None:
        """The range's last day, in the year of its first day (or the next, over New Year)."""
        if self.last_day is None:
            return None
        month = self.last_month or self.month
        year = first.year + (1 if month < first.month else 0)
        if self.last_day > calendar.monthrange(year, month)[1]:
            return None
        last = date(year, month, self.last_day)
        return last if last > first else None


def _day(s: str) -> int | None:
    return int(s) if s.isdigit() else numbers.words_to_int(s)


def _month(s: str) -> int | None:
    return int(s) if s.isdigit() else _MONTHS.get(" ".join(s.casefold().split()))


def _group(m: regex.Match[str], name: str) -> str | None:
    """A group that only some of the date patterns have (not a dict built per match: that is slow)."""
    try:
        return m.group(name)
    except IndexError:
        return None


def _year(m: regex.Match[str]) -> int | None:
    if m.group("y"):
        return int(m.group("y"))
    yy = _group(m, "yy")
    if yy:
        return 2000 + int(yy) if int(yy) < 70 else 1900 + int(yy)
    return None


def find_dates(text: str) -> list[DateMention]:
    """Every valid day-month(-year) expression, with the cue before it, its kind and its range."""
    out: list[DateMention] = []
    found = list(DATE.finditer(text))
    if "tháng" in text:  # a day in words is read only where "ngày"/"mồng" stands before it
        words = yearclues.anchored(WORD_DATE, text, ("ngày ", "mồng ", "mùng "), 0, len(text))
        found = sorted([*found, *words], key=lambda m: m.start("d"))
    for m in found:
        day, month = _day(m.group("d")), _month(m.group("m"))
        year = _year(m)
        if day is None or month is None or not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if year and not 1900 <= year <= 2100:
            continue
        last = int(m.group("last")) if _group(m, "last") else None
        if last is not None and not day < last <= 31:
            last = None
        at = m.start("d")  # the date itself: a day in words is found with the "ngày" before it
        before_at = max(0, at - 80)
        cue = _CUE_BEFORE.search(text, before_at, at)
        tod = cue.group("tod").lower() if cue and cue.group("tod") else None
        cue_start = cue.start("cue") if cue else at
        if not m.group("d").isdigit() and not cue:
            continue  # "năm tháng ..." is no date: a day in words needs "ngày"/"mồng" before it
        if _group(m, "sep") == "." and not year and not cue:
            continue  # "5.7" is a decimal unless a date cue stands before it
        if _group(m, "yy") and not cue:
            continue  # "10/3/15" with no cue may be a reference number
        end = m.end()
        if cue and cue.group(0).endswith("(") and text.startswith(")", end):
            end += 1  # "Sáng qua (15/1)": the bracket is part of the expression
        before = text[before_at:at]
        after = text[m.end() : m.end() + 12]
        if _DOC_BEFORE.search(before):
            kind = "document"
        elif _RANGE_AFTER.match(after) and year:
            kind = "anniversary"
        elif _DEADLINE_BEFORE.search(before[-25:]):
            kind = "deadline"
        elif year and _ANNIVERSARY_BEFORE.search(before[-70:]):
            kind = "anniversary"
        elif cue:
            kind = "event"
        else:
            kind = "plain"
        mention = DateMention(at, end, day, month, year, cue_start, tod, kind, last)
        if out and kind != "document" and _joins_range(text, out[-1], mention):
            first = out[-1]
            out[-1] = replace(first, last_day=day, last_month=month, end=end)
            mention = replace(mention, kind="range_end")
        out.append(mention)
    return out


def _joins_range(text: str, first: DateMention, second: DateMention) -> bool:
    """Whether ``second`` closes a range opened by ``first`` ("từ 30/6 đến 2/7")."""
    if first.kind not in ("event", "plain") or first.last_day is not None or first.year != second.year:
        return False
    if not _RANGE_TO.search(text, first.end, second.start) or second.start - first.end > 16:
        return False
    a, b = (first.month, first.day), (second.month, second.day)
    return a < b or (first.month == 12 and second.month == 1)


# --- the meeting's date --------------------------------------------------------

_MEETING_CUE = regex.compile(
    r"hội nghị|đại hội|kỳ họp|phiên|hội thảo|tọa đàm|lễ\b|buổi|tổ chức|diễn ra|khai mạc|bế mạc"
    r"|làm việc|tiếp xúc|gặp mặt|họp|giao ban|tổng kết|sơ kết|triển khai|ra mắt|trao",
    regex.I,
)
_SECONDARY = regex.compile(r"trước đó|sau đó|cùng ngày|cũng trong ngày|^\s*\*|\bvào\s+(?:sáng|chiều|tối)", regex.I)
_RANKS = ("", "second_mention", "third_mention")


HISTORY_YEARS = 5  # a written year this far before the article's latest is history, not the meeting


def _reasons(mention: DateMention, text: str, sentence: Segment | None, rank: int, latest: int | None) -> Candidate:
    """A candidate for the main meeting's date, with the reasons that speak for and against it."""
    c = Candidate(FIELD, text[mention.cue_start : mention.end], mention.cue_start, mention.end)
    if mention.year and latest and mention.year < latest - HISTORY_YEARS:
        c.add("historical_date", mention.start, mention.end, f"{mention.year} < {latest}")
    if mention.rule is not None:
        c.add("relative_day", mention.cue_start, mention.end, text[mention.cue_start : mention.end])
    elif mention.kind == "event":
        c.add("date_cue", mention.cue_start, mention.start, text[mention.cue_start : mention.start].strip())
    elif mention.kind != "plain":
        c.add(f"{mention.kind}_date", mention.start, mention.end)
    if mention.time_of_day:
        c.add("time_of_day", mention.cue_start, mention.cue_start + len(mention.time_of_day), mention.time_of_day)
    if sentence is not None:
        if mention.cue_start - sentence.start <= 2:
            c.add("opens_sentence", sentence.start, sentence.start)
        cue = _MEETING_CUE.search(sentence.text)
        if cue:
            c.add("meeting_word_in_sentence", sentence.start + cue.start(), sentence.start + cue.end(), cue.group(0))
        else:
            c.add("no_meeting_word", sentence.start, sentence.end)
        other = _SECONDARY.search(text, sentence.start, mention.cue_start)
        if other:
            c.add("another_event", other.start(), other.end(), other.group(0).strip())
    if rank:
        c.add(_RANKS[rank] if rank < len(_RANKS) else "later_mention", mention.cue_start, mention.end)
    return decide(c, "a date of the event", "not the meeting's date")


@dataclass(frozen=True, slots=True)
class MeetingDate:
    """The main meeting's date as the pipeline needs it: the day, its last day, the year's basis."""

    mention: DateMention
    day: date
    end: date | None
    basis: DateBasis


def meeting_date(
    text: str,
    sentences: list[Segment],
    mentions: list[DateMention],
    published: date | None,
    headline: Segment | None = None,
) -> tuple[DateMention | None, MeetingDate | None, list[Candidate]]:
    """The main meeting's date mention, its resolved date (None when the year or the day is
    unknowable), and the candidates considered.

    ``mentions`` are the written dates (:func:`find_dates`, the page's date
    line left out); relative days are found here. The best-scored mention
    wins (cue, sentence, position: Giveme5W1H), ties going to the first; its
    year comes as the annotation guide orders it, and the reason for the
    year is added to the winner.
    """
    # The inverted pyramid: the main meeting is dated in the article's first part.
    horizon = int(max(len(text) * 0.4, sentences[min(5, len(sentences) - 1)].end if sentences else 0))
    lead_part = min(horizon, sentences[min(5, len(sentences) - 1)].end if sentences else horizon)
    everything = sorted([*mentions, *relative.find(text, mentions, lead_part)], key=lambda m: m.start)
    candidates: list[tuple[DateMention, Candidate]] = []
    rank = 0
    latest = max((m.year for m in everything if m.year and m.kind != "document"), default=None)
    for m in everything:
        if m.kind == "range_end" or m.start > horizon:
            continue
        c = _reasons(m, text, sentence_at(sentences, m.start), rank, latest)
        if m.kind in ("event", "plain"):
            rank += 1
        candidates.append((m, c))
    kept = [(m, c) for m, c in candidates if c.kept]
    best, best_c = max(kept, key=lambda mc: mc[1].score, default=(None, None))
    for _m, c in candidates:
        if c is best_c:
            c.verdict = "the main meeting's date"
        elif c.kept:
            c.kept, c.verdict = False, "a date of the text, outscored"
    seen = [c for _m, c in candidates]
    if best is None or best_c is None:
        return None, None, seen
    resolved = resolve(best, published, text, everything, sentences, headline)
    if resolved is None:
        best_c.add("year_unknown", best.start, best.end)
        return best, None, seen
    day, last, basis, why = resolved
    best_c.add(why.name, why.start, why.end, why.note)
    return best, MeetingDate(best, day, last, basis), seen


@dataclass(frozen=True, slots=True)
class _Why:
    name: str
    start: int = -1
    end: int = -1
    note: str = ""


def resolve(
    mention: DateMention,
    published: date | None,
    text: str,
    others: list[DateMention],
    sentences: list[Segment],
    headline: Segment | None,
) -> tuple[date, date | None, DateBasis, _Why] | None:
    """The full date of a meeting, its last day, how its year was decided, and the reason to show.

    In the guide's order: the year written beside it; the page's date (the
    latest such day on or before it; a relative day counts from it); the
    article's own clues; else None.
    """
    if mention.rule is not None:
        if published is None:
            return None
        days = relative.resolve(mention.rule, published)
        if days is None:
            return None
        return days[0], days[1], "relative", _Why("day_from_page_date", note=published.isoformat())
    if mention.year:
        d = mention.on(mention.year)
        return (d, mention.last_on(d), "written", _Why("year_written", mention.start, mention.end)) if d else None
    if published:
        for y in (published.year, published.year - 1):
            d = mention.on(y)
            if d and d <= published:
                return d, mention.last_on(d), "published", _Why("year_from_page_date", note=published.isoformat())
        return None
    clue = yearclues.year_from_clues(mention, text, others, sentence_at(sentences, mention.start), headline)
    if clue is None:
        return None
    d = mention.on(clue.year)
    return (d, mention.last_on(d), "clue", _Why(clue.name, clue.start, clue.end, clue.note)) if d else None


def sentence_at(sentences: list[Segment], pos: int) -> Segment | None:
    """The sentence holding clean-text offset ``pos`` (sentences are in order): a binary search."""
    i = bisect.bisect_right(sentences, pos, key=lambda s: s.start) - 1
    if i >= 0 and sentences[i].start <= pos < sentences[i].end:
        return sentences[i]
    return None
