"""Dates: the page's own date and the day the meeting was held.

dateparser is not used as a finder (domain.md section 5: it reads "5 năm"
as a date, takes the year from the machine clock and loses offsets). Dates
are found here by pattern, as candidates with a grain (a full date, or day
and month only), then classified by their context (a document's date, an
anniversary, a deadline, a term) and scored; the year of a day-month date is
resolved from the text, as the annotation guide orders it.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

import regex

from .segment import Segment, lines

_WEEKDAY = r"(?:Thứ\s*(?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])|Chủ\s*[Nn]hật|CN)"
_TOD = r"(?P<tod>[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm)"

# "ngày 4 tháng 8 năm 2020", "5 tháng 5, 2012", "14 tháng 01"
_WORDY = (
    r"(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s*(?:năm|,)\s*(?P<y>\d{4}))?(?!\d)"
)
# "13/1", "10-1", "19/10/2018", "19-10-2018", "29.10.2020"
_NUMERIC = (
    r"(?P<d>\d{1,2})\s?(?P<sep>[/-])\s?(?P<m>\d{1,2})(?:\s?(?P=sep)\s?(?P<y>\d{4}))?"
    r"|(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})"
)
# "21, 22-4", "14 đến 15/3", "14 và 15/01": several days sharing one month.
_DAYLIST = r"(?P<d>\d{1,2})(?:\s*(?:,|và|đến|tới|-)\s*(?:ngày\s+)?\d{1,2}){1,3}\s?[/-]\s?(?P<m>\d{1,2})(?:\s?[/-]\s?(?P<y>\d{4}))?"

DATE = regex.compile(
    r"(?<![\d/.,-])(?:" + _DAYLIST + "|" + _WORDY + "|" + _NUMERIC + r")(?![\d/]|-\d|\.\d|-?[\p{L}])"
)

_DOC_BEFORE = regex.compile(
    r"(?:\d+\s*[-/]\s*[\p{L}.]+(?:[/-][\p{L}\d.]+)*|\b(?:số|Chỉ thị|Nghị quyết|Quyết định|Kết luận"
    r"|Kế hoạch|Hướng dẫn|Quy định|Công văn|Thông báo|Nghị định|Thông tư|Luật|Chương trình|Đề án"
    r"|Pháp lệnh|Tờ trình|Thông tri)\s+\d+[\p{L}]?)\s*,?\s*(?:được\s+)?(?:ban hành\s+|ký\s+)?"
    r"(?:vào\s+)?(?:ngày\s+)?$",
    regex.I,
)
_DEADLINE_BEFORE = regex.compile(
    r"(?:trước|đến|tới|hạn|chậm nhất|kể từ|từ|sau)\s+(?:ngày\s+)?$", regex.I
)
_ANNIVERSARY_BEFORE = regex.compile(r"(?:kỷ niệm|\()[^.;\n]{0,60}$", regex.I)
_MEETING_CUE = regex.compile(
    r"hội nghị|đại hội|kỳ họp|phiên|hội thảo|tọa đàm|lễ\b|buổi|tổ chức|diễn ra|khai mạc|bế mạc"
    r"|làm việc|tiếp xúc|gặp mặt|họp|giao ban|tổng kết|sơ kết|triển khai|ra mắt|trao",
    regex.I,
)
_CUE_BEFORE = regex.compile(
    r"(?P<cue>" + _TOD + r"\s+(?:(?:thứ\s+\S+|chủ nhật)\s*,?\s*)?(?:(?:ngày|hôm)\s+)?)$"
    r"|(?<!\p{L})(?P<cue>(?:[Tt]rong\s+(?:\S+\s+)?|[Tt]ừ\s+|[Vv]ào\s+)?(?:[Nn]gày|[Hh]ôm)\s+)$"
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
        after = text[m.end() : m.end() + 12]
        if _DOC_BEFORE.search(before):
            kind = "document"
        elif regex.match(r"\s*[-–]\s*\d{1,2}\s*[/-]\s*\d{1,2}", after) and year:
            kind = "anniversary"
        elif _DEADLINE_BEFORE.search(before[-25:]):
            kind = "deadline"
        elif year and _ANNIVERSARY_BEFORE.search(before[-70:]):
            kind = "anniversary"
        elif cue:
            kind = "event"
        else:
            kind = "plain"
        out.append(
            DateMention(m.start(), m.end(), day, month, year, cue_start, tod, kind)
        )
    return out


# --- the page's own date ------------------------------------------------------

_HEADER = regex.compile(
    r"^(?:" + _WEEKDAY + r"\s*[,\-|]?\s*)?(?:ngày\s+)?(?P<date>"
    r"\d{1,2}\s+tháng\s+\d{1,2}\s*(?:năm|,)\s*\d{4}|\d{1,2}\s?[/-]\s?\d{1,2}\s?[/-]\s?\d{4})"
    r"(?P<rest>.*)$",
    regex.I,
)
_HEADER_REST = regex.compile(
    r"^\s*(?:[,\-|]?\s*(?:lúc\s*)?\d{1,2}\s*[:hg]\s*\d{2}(?:\s*(?:phút|\(?GMT\s*\+\s*7\)?|\[GMT\s*\+\s*7\]|"
    r"AM|PM|SA|CH))*)?\s*(?:[,|\-]?\s*\d+\s+lượt\s+xem)?\s*[.]?\s*$",
    regex.I,
)


@dataclass(frozen=True, slots=True)
class Published:
    """The page's date and the clean-text range of its date line."""

    value: date
    start: int
    end: int


def find_published(text: str, head_lines: int = 8) -> Published | None:
    """The page's date line: a weekday and/or a full date, alone on one of the first lines.

    The line must hold nothing but the date, a time and page furniture, so a
    lead sentence that starts with a full date ("Ngày 15/4/2024, Quận ủy ...")
    is never taken for the page's date.
    """
    for seg in _head(text, head_lines):
        m = _HEADER.match(seg.text)
        if not m or not _HEADER_REST.match(m.group("rest")):
            continue
        dm = find_dates(m.group("date"))
        if dm and dm[0].year:
            value = dm[0].on(dm[0].year)
            if value:
                return Published(value, seg.start, seg.end)
    return None


def _head(text: str, n: int) -> list[Segment]:
    return lines(text)[:n]


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


_TERM = regex.compile(r"(?:nhiệm kỳ|khóa|giai đoạn)\s*(?P<a>(?:19|20)\d\d)\s*-\s*(?P<b>(?:19|20)\d\d)", regex.I)
_REVIEW = regex.compile(
    r"(?P<kind>tổng kết|sơ kết|kết quả|thành tích|tuyên dương|khen thưởng|nhìn lại)"
    r"[^.;\n]{0,160}?năm\s+(?P<y>(?:19|20)\d\d)",
    regex.I,
)
_PLAN = regex.compile(
    r"(?:triển khai|phương hướng|nhiệm vụ|kế hoạch|chương trình)[^.;\n]{0,80}?năm\s+(?P<y>(?:19|20)\d\d)",
    regex.I,
)
_HALF = regex.compile(r"(?:\d+|sáu|chín)\s+tháng\s+(?:đầu\s+)?năm\s+(?P<y>(?:19|20)\d\d)", regex.I)
_YEAR = regex.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/])")
_YEAR_CONTEXT_SKIP = regex.compile(r"(?:đến|tới|vào)\s+năm\s+$|năm\s+$", regex.I)


def year_from_clues(mention: DateMention, text: str, others: list[DateMention]) -> int | None:
    """The meeting's year from what the article says around it (guide: 'Year clues')."""
    month = mention.month
    # A review of year Y held early in the next year; a plan for year Y held at its start.
    lead = text[: max(600, mention.end + 400)]
    for m in _HALF.finditer(lead):
        return int(m.group("y"))
    for m in _REVIEW.finditer(lead):
        y = int(m.group("y"))
        return y + 1 if month <= 3 else y
    for m in _PLAN.finditer(lead):
        y = int(m.group("y"))
        return y if month <= 6 else y - 1
    # An upcoming deadline bounds the year from above.
    deadlines = sorted(
        (o.on(o.year) for o in others if o.kind == "deadline" and o.year and o.on(o.year)),
    )
    if deadlines:
        limit = deadlines[0]
        assert limit is not None
        for y in (limit.year, limit.year - 1):
            d = mention.on(y)
            if d and d <= limit:
                return y
    # A congress opening a term is held in the term's first year.
    term = _TERM.search(lead)
    if term and regex.search(r"đại hội|phiên trù bị", lead, regex.I):
        return int(term.group("a"))
    # Else the year the article itself speaks of most, outside terms and documents' dates.
    counts: dict[int, int] = {}
    blocked: set[tuple[int, int]] = set()
    for t in _TERM.finditer(text):
        blocked.add(t.span("a"))
        blocked.add(t.span("b"))
    for o in others:
        if o.kind in ("document", "anniversary") and o.year:
            blocked.add((o.end - 4, o.end))
    for y in _YEAR.finditer(text):
        if y.span() in blocked:
            continue
        counts[int(y.group(0))] = counts.get(int(y.group(0)), 0) + 1
    if counts:
        best = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        if best[1] >= 1 and len(counts) == 1 or best[1] >= 2:
            return best[0]
        return max(counts)
    return None
