"""Dates: the page's own date and the day the meeting was held.

dateparser is not used as a finder (domain.md section 5: it reads "5 năm"
as a date, takes the year from the machine clock and loses offsets). Dates
are found here by pattern, as candidates with a grain (a full date, or day
and month only), then classified by their context (a document's date, an
anniversary, a deadline, a term) and scored; the year of a day-month date is
resolved from the text, as the annotation guide orders it.
"""

from __future__ import annotations

import bisect
import calendar
from dataclasses import dataclass
from datetime import date

import regex

from .models import DateBasis
from .reasons import Candidate
from .segment import Segment

_TOD = r"(?P<tod>[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm)"

# "ngày 4 tháng 8 năm 2020", "5 tháng 5, 2012", "14 tháng 01"
_WORDY = r"(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s*(?:năm|,)\s*(?P<y>\d{4}))?(?!\d)"
# "13/1", "10-1", "19/10/2018", "19-10-2018", "29.10.2020"
_NUMERIC = r"(?P<d>\d{1,2})\s?(?P<sep>[/.-])\s?(?P<m>\d{1,2})(?:\s?(?P=sep)\s?(?P<y>\d{4}))?"
# "21, 22-4", "14 đến 15/3", "14 và 15/01": several days sharing one month.
_DAYLIST = (
    r"(?P<d>\d{1,2})(?:\s*(?:,|và|đến|tới|-)\s*(?:ngày\s+)?\d{1,2}){1,3}\s?(?P<sep>[/.-])\s?(?P<m>\d{1,2})"
    r"(?:\s?(?P=sep)\s?(?P<y>\d{4}))?"
)

DATE = regex.compile(r"(?<![\d/.,-])(?:" + _DAYLIST + "|" + _WORDY + "|" + _NUMERIC + r")(?![\d/]|-\d|\.\d|-?[\p{L}])")

_DOC_BEFORE = regex.compile(
    r"(?:\d+\s*[-/]\s*[\p{L}.]+(?:[/-][\p{L}\d.]+)*|\b(?:số|Chỉ thị|Nghị quyết|Quyết định|Kết luận"
    r"|Kế hoạch|Hướng dẫn|Quy định|Công văn|Thông báo|Nghị định|Thông tư|Luật|Chương trình|Đề án"
    r"|Pháp lệnh|Tờ trình|Thông tri)\s+\d+[\p{L}]?|hiệu lực(?:\s+thi hành)?(?:\s+kể)?\s+từ)"
    r"\s*,?\s*(?:được\s+)?(?:ban hành\s+|ký\s+)?"
    r"(?:vào\s+)?(?:ngày\s+)?$",
    regex.I,
)
_DEADLINE_BEFORE = regex.compile(r"(?:trước|đến|tới|hạn|chậm nhất|kể từ|sau)\s+(?:ngày\s+)?$", regex.I)
_ANNIVERSARY_BEFORE = regex.compile(r"(?:kỷ niệm|\()[^.;\n]{0,60}$", regex.I)
_MEETING_CUE = regex.compile(
    r"hội nghị|đại hội|kỳ họp|phiên|hội thảo|tọa đàm|lễ\b|buổi|tổ chức|diễn ra|khai mạc|bế mạc"
    r"|làm việc|tiếp xúc|gặp mặt|họp|giao ban|tổng kết|sơ kết|triển khai|ra mắt|trao",
    regex.I,
)
_RANGE_AFTER = regex.compile(r"\s*[-–]\s*\d{1,2}\s*[/-]\s*\d{1,2}")
_SECONDARY = regex.compile(r"trước đó|sau đó|cùng ngày|cũng trong ngày|^\s*\*|\bvào\s+(?:sáng|chiều|tối)", regex.I)
_CUE_BEFORE = regex.compile(
    r"(?P<cue>" + _TOD + r"\s+(?:qua\s+|nay\s+)?(?:(?:thứ\s+\S+|chủ nhật)\s*,?\s*)?(?:(?:ngày|hôm)\s+)?\(?)$"
    r"|(?<!\p{L})(?P<cue>(?:[Tt]rong\s+(?:\S+\s+)?|[Tt]ừ\s+|[Vv]ào\s+)?(?:[Nn]gày|[Hh]ôm)\s+\(?)$"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date written in the text: day and month, and the year when written beside them."""

    start: int
    end: int
    day: int
    month: int
    year: int | None
    cue_start: int
    time_of_day: str | None
    kind: str  # "event", "document", "deadline", "anniversary", "plain"

    def on(self, year: int) -> date | None:
        """This day and month in ``year``, or None when it does not exist (29/2)."""
        if self.day > calendar.monthrange(year, self.month)[1]:
            return None
        return date(year, self.month, self.day)


def _year(s: str | None) -> int | None:
    return int(s) if s else None


def find_dates(text: str) -> list[DateMention]:
    """Every valid day-month(-year) expression, with the cue before it and its kind."""
    out: list[DateMention] = []
    for m in DATE.finditer(text):
        day, month = int(m.group("d")), int(m.group("m"))
        year = _year(m.group("y"))
        if not (1 <= day <= 31 and 1 <= month <= 12) or (year and not 1900 <= year <= 2100):
            continue
        before = text[max(0, m.start() - 80) : m.start()]
        cue = _CUE_BEFORE.search(before)
        tod = cue.group("tod").lower() if cue and cue.group("tod") else None
        cue_start = m.start() - len(before) + cue.start("cue") if cue else m.start()
        if m.group("sep") == "." and not year and not cue:
            continue  # "5.7" is a decimal unless a date cue stands before it
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
        out.append(DateMention(m.start(), m.end(), day, month, year, cue_start, tod, kind))
    return out


# --- the meeting's date --------------------------------------------------------


def score(mention: DateMention, text: str, sentence: Segment | None, rank: int) -> float:
    """How likely a date is the main meeting's: its cue, its sentence, its position."""
    if mention.kind not in ("event", "plain"):
        return -1.0
    s = 0.0
    if mention.kind == "event":
        s += 3.0
    if mention.time_of_day:
        s += 1.0
    if sentence is not None:
        if mention.cue_start - sentence.start <= 2:
            s += 2.0  # "Chiều 13/1, ..." opens the lead sentence
        if _MEETING_CUE.search(sentence.text):
            s += 1.5
        else:
            s -= 2.0
        if _SECONDARY.search(text, sentence.start, mention.cue_start):
            s -= 3.0  # "Trước đó, tối 26/6", "* Chiều cùng ngày": another event
    s -= 0.3 * rank  # the inverted pyramid: the main event comes first
    return s


def resolve_year(
    mention: DateMention,
    published: date | None,
    text: str,
    others: list[DateMention],
) -> tuple[date | None, str]:
    """The full date of a meeting, and how its year was decided.

    In the guide's order: the year written beside it; the page's date (the
    latest such day on or before it); the article's own clues; else None.
    """
    if mention.year:
        return mention.on(mention.year), "written"
    if published:
        for y in (published.year, published.year - 1):
            d = mention.on(y)
            if d and d <= published:
                return d, "published"
        return None, "none"
    year = year_from_clues(mention, text, others)
    if year is None:
        return None, "none"
    return mention.on(year), "clues"


_Y = r"(?P<y>(?:19|20)\d\d)"
_TERM = regex.compile(r"(?:nhiệm kỳ|khóa|giai đoạn)\s*\(?(?P<a>(?:19|20)\d\d)\s*-\s*(?P<b>(?:19|20)\d\d)", regex.I)
_REVIEW = regex.compile(
    r"(?:tổng kết|sơ kết|kiểm điểm|đánh giá|kết quả|thành tích|tuyên dương|biểu dương|khen thưởng|nhìn lại)"
    r"[^.;\n]{0,250}?(?:năm\s+(?:(?:19|20)\d\d\s*-\s*)?|(?P<span>giai đoạn)\s+(?:19|20)\d\d\s*-\s*)" + _Y + r"(?!\d)",
    regex.I,
)
_YEARS_SINCE = regex.compile(
    r"(?:sơ kết|tổng kết)\s+(?P<n>\d{1,2})\s+năm\s+[^.;\n]{0,80}?(?:thực hiện|triển khai)"
    r"[^.;\n]{0,80}?ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*" + _Y,
    regex.I,
)
_PLAN = regex.compile(
    r"(?:triển khai|phương hướng|nhiệm vụ|kế hoạch|chương trình)[^.;\n]{0,80}?năm\s+" + _Y + r"(?!\s*-)",
    regex.I,
)
_HALF = regex.compile(r"(?:\d+|sáu|chín)\s+tháng\s+(?:đầu\s+)?năm\s+" + _Y, regex.I)
_EDITION = regex.compile(r"lần thứ\s+[IVXLC\d]+\s*-\s*" + _Y + r"(?!\d)")
_NAMED_YEAR = regex.compile(
    r"\b(?:Hội nghị|Đại hội|Kỳ họp|Festival|Lễ hội|Hội thi|Hội diễn)\b[^.;\n]{0,80}?năm\s+" + _Y + r"(?!\s*-)",
    regex.I,
)
_SEASON = regex.compile(r"năm\s+(?P<a>(?:19|20)\d\d)\s*-\s*" + _Y + r"(?!\d)")
_MONTH_YEAR = regex.compile(
    r"(?<!(?:từ|hồi|kể từ)\s+)tháng\s+(?P<m>\d{1,2})\s*(?:[/-]|năm)\s*" + _Y + r"(?!\d)", regex.I
)
_ANNIV_RANGE = regex.compile(
    r"kỷ niệm[^.;\n]{0,120}?\(\s*(?:\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*)?(?:19|20)\d\d\s*-\s*"
    r"(?:\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*)?" + _Y + r"\s*\)",
    regex.I,
)
_QUARTER = regex.compile(r"quý\s+(?P<q>I{1,3}|IV|[1-4])\s*(?:[/-]|năm)\s*" + _Y + r"(?!\d)", regex.I)
_CONGRESS = regex.compile(r"đại hội|phiên trù bị", regex.I)
_NEAR_DAYS = 75


def year_from_clues(mention: DateMention, text: str, others: list[DateMention]) -> int | None:
    """The meeting's year from what the article says (guide: 'Year clues'), or None.

    Tried in order, each a frame news writers use: the period the meeting
    reviews or plans, its edition or anniversary year, other dated events
    close to it (within about two months), an upcoming deadline, and the
    term a congress opens. A document's date only bounds the year, so it is
    never used; nor is a bare count of years, which misleads.
    """
    month = mention.month
    lead = text[: mention.end + 400]
    for m in _HALF.finditer(lead):
        return int(m.group("y"))
    for m in _YEARS_SINCE.finditer(lead):
        return int(m.group("y")) + int(m.group("n"))
    plan = _PLAN.search(lead)
    review = _REVIEW.search(lead)
    if plan and review and int(plan.group("y")) == int(review.group("y")) + 1:
        y = int(plan.group("y"))
        return y if month <= 6 else y - 1  # "tổng kết năm 2016; triển khai nhiệm vụ năm 2017"
    for m in _REVIEW.finditer(lead):
        y = int(m.group("y"))
        if m.group("span") and month <= 3:
            break  # a multi-year period reviewed in Q1: its last year or the next, unknown
        return y + 1 if month <= 3 else y
    for m in _SEASON.finditer(lead):
        if int(m.group("y")) == int(m.group("a")) + 1:
            return int(m.group("y"))
    for m in _PLAN.finditer(lead):
        y = int(m.group("y"))
        return y if month <= 6 else y - 1
    for pattern in (_EDITION, _ANNIV_RANGE):
        m = pattern.search(text)
        if m:
            return int(m.group("y"))
    near = _near_year(mention, text, others)
    if near:
        return near
    term = _TERM.search(lead)
    if term and _CONGRESS.search(lead):
        return int(term.group("a"))
    for pattern in (_NAMED_YEAR, _PLAN):
        m = pattern.search(text)
        if m:
            y = int(m.group("y"))
            return y if pattern is _NAMED_YEAR or month <= 6 else y - 1
    return None


def _near_year(mention: DateMention, text: str, others: list[DateMention]) -> int | None:
    """The year that puts the meeting within two months of another dated event of the text."""
    anchors: list[tuple[date, str]] = []
    for o in others:
        if o.year and o.year >= 1990 and o.kind in ("event", "plain", "deadline"):
            d = o.on(o.year)
            if d:
                anchors.append((d, o.kind))
    for m in _MONTH_YEAR.finditer(text):
        y, mo = int(m.group("y")), int(m.group("m"))
        if y >= 1990 and 1 <= mo <= 12:
            anchors.append((date(y, mo, 15), "month"))
    quarters = {"I": 3, "II": 6, "III": 9, "IV": 12, "1": 3, "2": 6, "3": 9, "4": 12}
    for m in _QUARTER.finditer(text):
        y = int(m.group("y"))
        if y >= 1990:
            mo = quarters[m.group("q").upper()]
            anchors.append((date(y, mo, calendar.monthrange(y, mo)[1]), "month"))
    best: tuple[int, int] | None = None
    for anchor, kind in anchors:
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            d = mention.on(y)
            if d is None:
                continue
            gap = (anchor - d).days
            if kind == "deadline":
                ok = 0 <= gap <= 366
            else:
                ok = abs(gap) <= _NEAR_DAYS
            if ok and (best is None or abs(gap) < best[0]):
                best = (abs(gap), y)
    return best[1] if best else None


# --- the one answer: the main meeting's date -------------------------------------


@dataclass(frozen=True, slots=True)
class MeetingDate:
    """The main meeting's date as the pipeline needs it: the day, its last day, the year's basis."""

    mention: DateMention
    day: date
    end: date | None
    basis: DateBasis


_BASIS: dict[str, DateBasis] = {"written": "written", "published": "published", "clues": "clue"}


def meeting_date(
    text: str, sentences: list[Segment], mentions: list[DateMention], published: date | None
) -> tuple[DateMention | None, MeetingDate | None, list[Candidate]]:
    """The main meeting's date mention, its resolved date (None when the year is unknowable), and the
    candidates considered.

    The best-scored mention among the candidates: cue, sentence, position
    (Giveme5W1H); its year as the annotation guide orders it.
    """
    best, best_score = None, 2.5
    rank = 0
    candidates: list[Candidate] = []
    # The inverted pyramid: the main meeting is dated in the article's first part.
    horizon = max(len(text) * 0.4, sentences[min(5, len(sentences) - 1)].end if sentences else 0)
    for m in mentions:
        if m.kind not in ("event", "plain") or m.start > horizon:
            continue
        s = score(m, text, sentence_at(sentences, m.start), rank)
        rank += 1
        c = Candidate("meeting_date", text[m.cue_start : m.end], m.cue_start, m.end, score=s)
        candidates.append(c)
        if s > best_score:
            best, best_score = m, s
    for c in candidates:
        c.kept = best is not None and c.end == best.end
        c.verdict = "the main meeting's date" if c.kept else "not the main meeting's date"
    if best is None:
        return None, None, candidates
    day, basis = resolve_year(best, published, text, mentions)
    if day is None:
        return best, None, candidates
    return best, MeetingDate(best, day, None, _BASIS[basis]), candidates


def sentence_at(sentences: list[Segment], pos: int) -> Segment | None:
    """The sentence holding clean-text offset ``pos`` (sentences are in order): a binary search."""
    i = bisect.bisect_right(sentences, pos, key=lambda s: s.start) - 1
    if i >= 0 and sentences[i].start <= pos < sentences[i].end:
        return sentences[i]
    return None
