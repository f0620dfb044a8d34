"""The meeting's year from what the article says, when neither the text beside the date nor the page gives it.

The annotation guide's "Year clues", as an ordered list of frames news
writers use; the first that applies wins, and its name is the reason
``explain`` shows (``data/reasons.tsv``, section "meeting_date"). A clue
must belong to the meeting: a year inside a cited law's name ("Luật Hòa giải
ở cơ sở năm 2013"), a programme's span or target ("giai đoạn 2016-2020",
"đến năm 2030") is masked first, and windows read over the dots of "TP.HCM".

1. 29/02 within a term: the term's one leap year;
2. the event's own anniversary: "kỷ niệm ... (19/5/1890 - 19/5/2017)", "kỷ
   niệm 70 năm ... (27/7/1947)", "Huy hiệu 30 năm tuổi Đảng" with "vào Đảng
   ngày 16/2/1987";
3. a half year: "6 tháng đầu năm 2024", "6 tháng cuối năm 2017";
4. N years of a dated document: "sơ kết 2 năm thực hiện Kết luận ..., ngày 18/5/2021";
5. the event's edition: "lần thứ V - 2019";
6. a review and the next year's plan side by side;
7. a review of a year ("tổng kết công tác năm 2023": held in its last
   quarter, or the next year) or of a period;
8. an honour of a year ("tuyên dương ... năm 2021": held that year, or in
   the next year's first quarter);
9. a school year ("năm học 2016-2017"), a plan for a year;
10. other dated events within about two months;
11. the term a congress or a term's first session opens ("nhiệm kỳ 2021-2026");
12. the year in the event's name ("Hội nghị ... năm 2019").
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import regex

from .segment import Segment

if TYPE_CHECKING:
    from .dates import DateMention

_W = r"(?:[^.;\n]|\.(?=\S))"  # a window's character: no full stop, but the dots of "TP.HCM", "T.Ư"
_Y = r"(?P<y>(?:19|20)\d\d)"
_NEAR_DAYS = 75
LEAD_WINDOW = 400  # clues are read up to this far past the meeting's date ...
HONOUR_WINDOW = 1200  # ... and the honours given at it ("Nhân dịp này, ... biểu dương ...") a little further


@dataclass(frozen=True, slots=True)
class Clue:
    """A year for the meeting, the frame that gave it, and where."""

    year: int
    name: str
    start: int
    end: int
    note: str = ""


# --- years that belong to something else ---------------------------------------------------

_NOT_THE_MEETINGS = regex.compile(
    # a law's year: "Luật Hòa giải ở cơ sở năm 2013", "Hiến pháp năm 2013"
    r"(?:Luật|Bộ luật|Hiến pháp|Pháp lệnh)(?:\s+(?!năm\s)\S+){0,10}?\s+năm\s+"
    + _Y
    # a programme's span or target: "Chương trình MTQG ... giai đoạn 2016-2020", "đến năm 2030", "tầm nhìn 2045"
    + r"|(?:Chương trình|chương trình|Đề án|đề án|Chiến lược|chiến lược|Quy hoạch|quy hoạch|Kế hoạch|kế hoạch)"
    + _W
    + r"{0,100}?giai đoạn\s+(?:19|20)\d\d\s*[-–]\s*"
    + _Y
    + r"|(?:đến|tới)\s+năm\s+"
    + _Y
    + r"|tầm nhìn(?:\s+(?:đến|tới))?(?:\s+năm)?\s+"
    + _Y
)


_MASK_NEEDLES = (
    "luật", "bộ luật", "hiến pháp", "pháp lệnh", "chương trình", "đề án", "chiến lược", "quy hoạch", "kế hoạch",
    "đến năm", "tới năm", "tầm nhìn",
)  # fmt: skip


def anchored(
    pattern: regex.Pattern[str],
    text: str,
    needles: tuple[str, ...],
    start: int,
    end: int,
    folded: str | None = None,
) -> Iterator[regex.Match[str]]:
    """The matches of ``pattern`` in ``text[start:end]`` that start at one of ``needles`` (its first
    words, lower case), in text order: the pattern runs only where a needle stands, not at every
    position. ``folded`` is ``text.lower()`` when the caller has it; a plain search stands in when
    lower-casing changes the text's length."""
    folded = text.lower() if folded is None else folded
    if len(folded) != len(text):
        yield from pattern.finditer(text, start, end)
        return
    spots: set[int] = set()
    for needle in needles:
        at = folded.find(needle, start, end)
        while at >= 0:
            spots.add(at)
            at = folded.find(needle, at + 1, end)
    for at in sorted(spots):
        m = pattern.match(text, at, end)
        if m:
            yield m


def _masked(text: str, end: int, folded: str | None = None) -> list[tuple[int, int]]:
    return [m.span("y") for m in anchored(_NOT_THE_MEETINGS, text, _MASK_NEEDLES, 0, end, folded)]


def _free(m: regex.Match[str], masked: list[tuple[int, int]]) -> bool:
    return not any(a <= m.start("y") < b for a, b in masked)


# --- the frames ----------------------------------------------------------------------------

_TERM = regex.compile(
    r"(?:nhiệm kỳ|nhiệm kì|khóa|giai đoạn)\s*[\dIVXLC]*\s*,?\s*(?:nhiệm kỳ\s*)?\(?(?P<a>(?:19|20)\d\d)\s*[-–]\s*"
    r"(?P<b>(?:19|20)\d\d)",
    regex.I,
)
_ANNIV_RANGE = regex.compile(
    r"k[ỷỉ] niệm" + _W + r"{0,200}?\(\s*(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)?(?:19|20|18)\d\d\s*[-–]\s*"
    r"(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)?" + _Y + r"\s*\)",
    regex.I,
)
_ANNIV_SINCE = regex.compile(
    r"k[ỷỉ] niệm\s+(?P<n>\d{1,3})\s+năm" + _W + r"{0,160}?\(\s*(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)?"
    r"(?P<y0>(?:18|19|20)\d\d)\s*\)",
    regex.I,
)
_PARTY_YEARS = regex.compile(r"(?P<n>\d{2})\s+năm\s+tuổi\s+Đảng", regex.I)
_JOINED = regex.compile(
    r"(?:vào|kết nạp vào|được kết nạp vào|gia nhập)\s+Đảng\s+(?:Cộng sản Việt Nam\s+)?(?:từ\s+)?(?:ngày|năm|tháng)\s+"
    r"(?:\d{1,2}\s*[/.-]\s*)?(?:\d{1,2}\s*[/.-]\s*)?(?P<y0>(?:19|20)\d\d)",
    regex.I,
)
_HALF = regex.compile(r"(?:\d+|sáu|chín|những)\s+tháng\s+(?:đầu\s+|cuối\s+)?năm\s+" + _Y, regex.I)
# A window that no plan, target or other time crosses: "đánh giá ... trong năm 2017", "phấn đấu năm 2018",
# "quyết toán ngân sách năm 2015" are not the year a meeting reviews.
_NO_OTHER_YEAR = (
    r"(?:(?!(?:trong|đến|tới|vào|từ|sau|trước|phấn đấu|mục tiêu|dự kiến|kế hoạch|chương trình|quyết toán"
    r"|dự toán|so với|ký|kể từ)\s)" + _W + r")"
)
_YEARS_SINCE = regex.compile(
    r"(?:sơ kết|tổng kết)\s+(?P<n>\d{1,2})\s+năm\s+" + _W + r"{0,80}?(?:thực hiện|triển khai|thi hành)"
    r"" + _W + r"{0,80}?ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*" + _Y,
    regex.I,
)
_EDITION = regex.compile(r"lần thứ\s+[IVXLC\d]+\s*[-–]\s*" + _Y + r"(?!\d)")
_REVIEW = regex.compile(
    r"(?:tổng kết|sơ kết|kiểm điểm|đánh giá kết quả|kết quả (?:thực hiện|công tác|hoạt động)|nhìn lại)"
    + _NO_OTHER_YEAR
    + r"{0,160}?"
    r"(?:năm\s+|(?P<span>(?:giai đoạn|nhiệm kỳ|năm học|năm)\s+(?:19|20)\d\d\s*[-–]\s*))" + _Y + r"(?!\d)",
    regex.I,
)
_LATER_REVIEW = regex.compile(
    r"(?:tổng kết|sơ kết|kiểm điểm)" + _NO_OTHER_YEAR + r"{0,120}?năm\s+" + _Y + r"(?!\d|\s*[-–])", regex.I
)
_HONOUR = regex.compile(
    r"(?:tuyên dương|biểu dương|khen thưởng|vinh danh|tôn vinh|thành tích|trao(?:\s+tặng)?\s+(?:Giải|giải|danh hiệu))"
    + _W
    + r"{0,200}?(?:năm\s+|(?P<span>giai đoạn)\s+(?:19|20)\d\d\s*[-–]\s*)"
    + _Y
    + r"(?!\d)",
    regex.I,
)
# "so với năm 2015", "từ năm 2012", "ngân sách năm 2015" are no plan's year
_NOT_PLANNED = r"(?:(?!(?:đến|tới|so với|ký|kể từ|từ|sau|trước|quyết toán|ngân sách)\s)" + _W + r")"
# drafting the plan of a year is done the year before: "xây dựng kế hoạch thanh tra năm 2018" (in July 2017)
_DRAFTING = regex.compile(
    r"(?r)(?:xây dựng|dự kiến|định hướng|lập|chuẩn bị|thông qua|phê duyệt|ban hành)\s+(?:\S+\s+){0,4}$", regex.I
)
_REPORTED = regex.compile(r"(?r)(?:kết quả|tình hình|đánh giá)(?:\s+\S+){0,3}\s+$", regex.I)
_CURRENT = regex.compile(r"(?:hoàn thành|thực hiện|trong năm|cả năm|còn lại)", regex.I)


def _plan_year(plan: regex.Match[str], text: str, month: int) -> int:
    """The year a meeting about the plan for year Y is held in: Y in its first quarter or while it is
    carried out (spring to summer); the year before when the plan is being drafted, or in the last
    quarter when it looks ahead ("triển khai nhiệm vụ năm 2018" in December 2017)."""
    y = int(plan.group("y"))
    if _REPORTED.search(text, max(0, plan.start() - 40), plan.start()):
        return y if month >= 10 else y + 1  # "kết quả thực hiện nhiệm vụ năm 2016": a review, not a plan
    if month <= 3:
        return y
    if _DRAFTING.search(text, max(0, plan.start() - 60), plan.start()):
        return y - 1
    if month <= 9 or _CURRENT.search(plan.group(0)):
        return y
    return y - 1


_PLAN = regex.compile(
    r"(?:triển khai|phương hướng|nhiệm vụ|kế hoạch|chương trình)"
    + _NOT_PLANNED
    + r"{0,80}?năm\s+"
    + _Y
    + r"(?!\s*[-–])",
    regex.I,
)
_SEASON = regex.compile(r"(?<!từ\s)năm(?:\s+học)?\s+(?P<a>(?:19|20)\d\d)\s*[-–]\s*" + _Y + r"(?!\d)")
_SEASON_CLOSED = regex.compile(r"(?r)(?:tổng kết|bế giảng|kết thúc|sơ kết)" + _W + r"{0,40}$", regex.I)
_SEASON_OPENED = regex.compile(
    r"(?r)(?:tuyển sinh|chuẩn bị|khai giảng|triển khai|kế hoạch|nhiệm vụ)" + _W + r"{0,40}$", regex.I
)
_CONGRESS = regex.compile(
    r"(?:đại hội|phiên trù bị|kỳ họp thứ nhất|kỳ họp đầu tiên|kỳ họp thứ 1)(?![\p{L}\d])", regex.I
)
_PREPARING = regex.compile(
    r"(?:chuẩn bị|tiến tới|hướng tới|bàn việc|dự kiến|kế hoạch tổ chức|chào mừng)" + _W + r"{0,40}$", regex.I
)
_NAMED_YEAR = regex.compile(
    r"(?<![\p{L}])(?:Hội nghị|Đại hội|Kỳ họp|Festival|Lễ hội|Hội thi|Hội diễn|Giải thưởng|Cuộc thi|Liên hoan)"
    r"(?![\p{L}])" + _NO_OTHER_YEAR + r"{0,80}?(?:năm\s+|(?<=[\p{L}]\s))(?<![\d/.-])" + _Y + r"(?![\d/]|\.\d|\s*[-–])",
    regex.I,
)  # "Hội nghị ... năm 2019", "Hội nghị Thủ tướng với doanh nghiệp 2017"
_MONTH_YEAR = regex.compile(
    r"(?<!(?:từ|hồi|kể từ)\s+)tháng\s+(?P<m>\d{1,2})\s*(?:[/-]|năm)\s*" + _Y + r"(?!\d)", regex.I
)
_QUARTER = regex.compile(r"quý\s+(?P<q>I{1,3}|IV|[1-4])\s*(?:[/-]|năm)\s*" + _Y + r"(?!\d)", regex.I)
_QUARTER_END = {"I": 3, "II": 6, "III": 9, "IV": 12, "1": 3, "2": 6, "3": 9, "4": 12}


def year_from_clues(
    mention: DateMention,
    text: str,
    others: list[DateMention],
    sentence: Segment | None = None,
    headline: Segment | None = None,
) -> Clue | None:
    """The meeting's year from the article's own clues (the frames above, in order), or None.

    A document's date only bounds the year, so it is never used; nor is a
    bare count of years, which misleads.
    """
    month = mention.month
    end = min(len(text), mention.end + LEAD_WINDOW)
    masks: dict[int, list[tuple[int, int]]] = {}  # per reach, computed when a frame first matches

    folded = text.lower()

    def first(pattern: regex.Pattern[str], until: int = end) -> regex.Match[str] | None:
        needles = _NEEDLES.get(pattern)
        found = anchored(pattern, text, needles, 0, until, folded) if needles else pattern.finditer(text, 0, until)
        for m in found:
            if until not in masks:
                masks[until] = _masked(text, min(len(text), until + 200), folded)
            if _free(m, masks[until]):
                return m
        return None

    if (mention.day, month) == (29, 2):
        for m in _TERM.finditer(text, 0, end):
            leaps = [y for y in range(int(m.group("a")), int(m.group("b")) + 1) if calendar.isleap(y)]
            if len(leaps) == 1:
                return Clue(leaps[0], "year_from_leap_day_in_term", m.start(), m.end(), m.group(0))
    for m in _ANNIV_RANGE.finditer(text, 0, end + 200):
        return Clue(int(m.group("y")), "year_from_anniversary", m.start(), m.end(), m.group(0)[-30:])
    for m in _ANNIV_SINCE.finditer(text, 0, end + 200):
        return Clue(
            int(m.group("y0")) + int(m.group("n")), "year_from_anniversary", m.start(), m.end(), m.group(0)[:40]
        )
    badge = _PARTY_YEARS.search(text, 0, end)
    joined = _JOINED.search(text, badge.end()) if badge else None
    if badge and joined:
        year = int(joined.group("y0")) + int(badge.group("n"))
        return Clue(year, "year_from_party_membership", badge.start(), joined.end(), badge.group(0))
    half = first(_HALF)
    if half:
        return Clue(int(half.group("y")), "year_from_half_year", half.start(), half.end(), half.group(0))
    since = first(_YEARS_SINCE)
    if since:
        year = int(since.group("y")) + int(since.group("n"))
        return Clue(year, "year_from_years_since_document", since.start(), since.end(), since.group(0)[:40])
    edition = first(_EDITION, len(text))
    if edition:
        return Clue(int(edition.group("y")), "year_from_edition", edition.start(), edition.end(), edition.group(0))
    plan, review = first(_PLAN), first(_REVIEW)
    if plan and review and int(plan.group("y")) == int(review.group("y")) + 1:
        y = int(plan.group("y"))  # "tổng kết năm 2016; triển khai nhiệm vụ năm 2017"
        return Clue(y if month <= 6 else y - 1, "year_from_review_and_plan", review.start(), plan.end())
    if review:
        y = int(review.group("y"))
        if review.group("span"):
            if month > 3:  # a period reviewed in its last year; in Q1, its last year or the next: unknown
                return Clue(y, "year_from_review", review.start(), review.end(), review.group(0)[-30:])
        else:  # a year is reviewed in its last quarter, or in the next year
            return Clue(y if month >= 10 else y + 1, "year_from_review", review.start(), review.end(),
                        review.group(0)[-30:])  # fmt: skip
    honour = first(_HONOUR, min(len(text), mention.end + HONOUR_WINDOW))
    if honour:
        y = int(honour.group("y"))
        if not (honour.group("span") and month <= 3):
            return Clue(y + 1 if month <= 3 and not honour.group("span") else y, "year_from_honour", honour.start(),
                        honour.end(), honour.group(0)[-30:])  # fmt: skip
    for m in _SEASON.finditer(text, 0, end):
        if int(m.group("y")) == int(m.group("a")) + 1 and _free(m, _masked(text, m.end(), folded)):
            return Clue(_season_year(m, text, month), "year_from_school_year", m.start(), m.end(), m.group(0))
    if plan:
        return Clue(_plan_year(plan, text, month), "year_from_plan", plan.start(), plan.end(), plan.group(0)[-30:])
    near = _near_year(mention, text, others)
    if near:
        return near
    term = _opened_term(text, end, _masked(text, min(len(text), end + 200), folded), folded)
    if term:
        return term
    review = first(_LATER_REVIEW, len(text))  # further on: "Hội nghị cũng nghe báo cáo kiểm điểm ... năm 2016"
    if review:
        y = int(review.group("y"))
        year = y if month >= 10 else y + 1
        return Clue(year, "year_from_review", review.start(), review.end(), review.group(0)[-30:])
    named = first(_NAMED_YEAR, len(text))
    if named:
        return Clue(int(named.group("y")), "year_from_event_name", named.start(), named.end(), named.group(0)[-30:])
    plan = first(_PLAN, len(text))  # a plan further on: "kế hoạch thanh tra năm 2018" discussed in July 2017
    if plan:
        return Clue(_plan_year(plan, text, month), "year_from_plan", plan.start(), plan.end(), plan.group(0)[-30:])
    return None


# Words each frame starts with, looked for (case-folded) before the frame's pattern runs.
_NEEDLES: dict[regex.Pattern[str], tuple[str, ...]] = {
    _YEARS_SINCE: ("sơ kết", "tổng kết"),
    _EDITION: ("lần thứ",),
    _REVIEW: ("tổng kết", "sơ kết", "kiểm điểm", "đánh giá kết quả", "kết quả", "nhìn lại"),
    _LATER_REVIEW: ("tổng kết", "sơ kết", "kiểm điểm"),
    _HONOUR: ("tuyên dương", "biểu dương", "khen thưởng", "vinh danh", "tôn vinh", "thành tích", "trao"),
    _PLAN: ("triển khai", "phương hướng", "nhiệm vụ", "kế hoạch", "chương trình"),
    _NAMED_YEAR: (
        "hội nghị",
        "đại hội",
        "kỳ họp",
        "festival",
        "lễ hội",
        "hội thi",
        "hội diễn",
        "giải thưởng",
        "cuộc thi",
        "liên hoan",
    ),
}


def _season_year(m: regex.Match[str], text: str, month: int) -> int:
    """A school or crop year Y0-Y1: its autumn is in Y0, its spring in Y1; in summer it is closed (Y1)
    or prepared (Y0), as the words before it say."""
    first, last = int(m.group("a")), int(m.group("y"))
    if month >= 9:
        return first
    if 6 <= month <= 8 and not _SEASON_CLOSED.search(text, max(0, m.start() - 60), m.start()):
        if _SEASON_OPENED.search(text, max(0, m.start() - 60), m.start()):
            return first
    return last


def _opened_term(text: str, end: int, masked: list[tuple[int, int]], folded: str | None = None) -> Clue | None:
    """The first year of the term a congress (or a term's first session) opens, when it is held, not prepared."""
    for congress in anchored(_CONGRESS, text, ("đại hội", "phiên trù bị", "kỳ họp"), 0, end, folded):
        if _PREPARING.search(text, max(0, congress.start() - 60), congress.start()):
            continue
        # the term written after the event noun, or before it as the body's ("HĐND tỉnh khóa X, nhiệm kỳ ...")
        terms = [
            t
            for t in _TERM.finditer(text, max(0, congress.start() - 160), min(len(text), congress.end() + 160))
            if not any(a <= t.start("b") < b for a, b in masked)
        ]
        if terms:
            term = min(terms, key=lambda t: min(abs(t.start() - congress.end()), abs(congress.start() - t.end())))
            return Clue(int(term.group("a")), "year_from_opened_term", term.start(), term.end(), term.group(0))
    return None


_TARGET_BEFORE = regex.compile(
    r"(?r)(?:trong|đến|tới|trước|hoàn thành|phấn đấu|dự kiến|chậm nhất)\s+(?:(?:cuối|đầu|giữa)\s+)?$", regex.I
)
_ANY_YEAR = regex.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/])")
# a target ("đến năm 2030", "vào năm 2018") or the end of a span ("nhiệm kỳ 2024 - 2029")
_TARGET_YEAR_BEFORE = regex.compile(r"(?r)(?:(?:đến|tới|vào|trước|tầm nhìn)\s+(?:năm\s+)?|\d{4}\s*[-–]\s*)$", regex.I)
HISTORY_GAP = 2  # an anchor this many years before the article's latest year is history


def _latest_year(text: str) -> int:
    """The latest year the article writes that is no target ("đến năm 2030") nor a span's end."""
    years = [
        int(m.group(0))
        for m in _ANY_YEAR.finditer(text)
        if not _TARGET_YEAR_BEFORE.search(text, max(0, m.start() - 20), m.start())
    ]
    return max(years, default=0)


def _near_year(mention: DateMention, text: str, others: list[DateMention]) -> Clue | None:
    """The year that puts the meeting within two months of another dated event of the text.

    Months and quarters that are targets ("hoàn thành trong quý II-2020") are no anchors, nor is history
    (a date years before the article's latest: "thiết lập quan hệ vào tháng 6/2013"). On a tie, an event's
    date wins over a deadline.
    """
    anchors: list[tuple[date, str, int, int]] = []
    for o in others:
        if o.year and o.year >= 1990 and o.kind in ("event", "plain", "deadline", "range_end"):
            d = o.on(o.year)
            if d:
                anchors.append((d, o.kind, o.start, o.end))
    for m in _MONTH_YEAR.finditer(text):
        y, mo = int(m.group("y")), int(m.group("m"))
        if y >= 1990 and 1 <= mo <= 12 and not _TARGET_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            anchors.append((date(y, mo, 15), "month", m.start(), m.end()))
    for m in _QUARTER.finditer(text):
        y = int(m.group("y"))
        if y >= 1990 and not _TARGET_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            mo = _QUARTER_END[m.group("q").upper()]
            anchors.append((date(y, mo, calendar.monthrange(y, mo)[1]), "month", m.start(), m.end()))
    if not anchors:
        return None
    latest = _latest_year(text)
    best: tuple[int, bool, int, int, int] | None = None
    for anchor, kind, a, b in anchors:
        if anchor.year < latest - HISTORY_GAP:
            continue
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            d = mention.on(y)
            if d is None:
                continue
            gap = (anchor - d).days
            ok = 0 <= gap <= 366 if kind == "deadline" else abs(gap) <= _NEAR_DAYS
            rank = (abs(gap), kind == "deadline", y, a, b)
            if ok and (best is None or rank[:2] < best[:2]):
                best = rank
    if best is None:
        return None
    return Clue(best[2], "year_from_nearby_date", best[3], best[4], text[best[3] : best[4]])
