"""The article's own furniture and the meeting's circumstances.

Headline, byline, place ("tại Bình Liêu"), kind of meeting and the period it
reviews are read from fixed positions and frames: the headline is the first
line that is not the page's date line, the byline a short line of
capitalised words closing the article, the place the "tại ..." phrase of the
lead sentence.
"""

from __future__ import annotations

import regex

from . import lexicon
from .segment import Segment

_DATE_LINE = regex.compile(r"\d{1,2}[/-]\d{1,2}[/-]\d{4}")


def headline(lines: list[Segment], skip: tuple[int, int] | None) -> Segment | None:
    """The first line that is not the page's date line nor an agency-tagged lead.

    A text of one line has no headline: that line is the report itself.
    """
    if len(lines) < 2:
        return None
    for seg in lines[:4]:
        if skip and seg.start >= skip[0] and seg.end <= skip[1]:
            continue
        t = seg.text.strip()
        if not t or t[0] in "(.-" or len(t) > 250 or len(t) < 8:
            continue
        if _DATE_LINE.match(t):
            continue
        return seg
    return None


_BYLINE = regex.compile(
    r"^(?:(?:Bài|Tin|Ảnh|Bài và ảnh|Tin, ảnh|Theo)\s*:?\s*)?"
    r"(?P<name>[\p{Lu}][\p{L}]*\.?(?:\s?[\p{Lu}][\p{L}]*\.?){0,4})"
    r"(?:\s*[-(]\s*[^)]{1,40}\)?)?$"
)


def byline(lines: list[Segment]) -> Segment | None:
    """The author: a short line of capitalised words among the article's last lines."""
    for seg in reversed(lines[-3:]):
        t = seg.text.strip()
        if len(t) > 45 or len(t) < 3:
            continue
        m = _BYLINE.match(t)
        if m and len(m.group("name").split()) <= 5:
            off = seg.start + seg.text.index(t) + m.start("name")
            return Segment(off, off + len(m.group("name")), m.group("name"))
    return None


_PLACE = regex.compile(
    r"(?:^|,\s*|\s)tại\s+(?P<place>[\p{Lu}\d][^,;.\n]{1,80}?)(?=\s*,|\s+(?:đã|tổ chức|diễn ra|khai mạc)\b|\.|$)"
)


def _found(sentence: Segment | None, pattern: regex.Pattern[str], group: int | str = 0) -> Segment | None:
    """The first match of ``pattern`` in ``sentence``, as a clean-text segment."""
    if sentence is None:
        return None
    m = pattern.search(sentence.text)
    if not m:
        return None
    return Segment(sentence.start + m.start(group), sentence.start + m.end(group), m.group(group))


def location(sentence: Segment | None) -> Segment | None:
    """Where the meeting was held: the 'tại ...' phrase of the lead sentence."""
    return _found(sentence, _PLACE, "place")


@lexicon.cached
def _kinds() -> regex.Pattern[str]:
    kinds = sorted(lexicon.lines("meeting_kinds.txt"), key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}])(?:" + "|".join(map(regex.escape, kinds)) + r")(?![\p{L}])", regex.I)


def meeting_kind(sentence: Segment | None) -> Segment | None:
    """The kind of meeting the lead sentence reports (hội nghị tổng kết, kỳ họp ...)."""
    return _found(sentence, _kinds())


_PERIOD = regex.compile(
    r"(?:(?:\d{1,2}|sáu|chín)\s+tháng\s+(?:đầu\s+|cuối\s+)?năm\s+(?:19|20)\d\d"
    r"|(?:\d{1,2}|sáu|chín)\s+tháng\s+đầu\s+năm"
    r"|quý\s+[IV]+(?:\s*[/-]\s*|\s+năm\s+)(?:19|20)\d\d"
    r"|giai đoạn\s+(?:19|20)\d\d\s*-\s*(?:19|20)\d\d"
    r"|nhiệm kỳ\s+(?:19|20)\d\d\s*-\s*(?:19|20)\d\d"
    r"|năm\s+(?:19|20)\d\d)",
    regex.I,
)


def period(sentence: Segment | None) -> Segment | None:
    """The period the meeting reviews ('năm 2019', '9 tháng đầu năm 2020')."""
    return _found(sentence, _PERIOD)


_EVENT = regex.compile(
    r"hội nghị|đại hội|kỳ họp|phiên họp|cuộc họp|phiên trù bị|buổi làm việc|làm việc với"
    r"|(?<!nghi )\blễ\b(?! hội)|tiếp xúc cử tri"
    r"|hội thảo|tọa đàm|giao ban|họp mặt|gặp mặt|\bhọp\b(?! báo)|tuyên dương|vinh danh|khen thưởng|trao tặng|truy điệu",
    regex.I,
)


@lexicon.cached
def _not_civic() -> regex.Pattern[str]:
    cues = sorted(lexicon.lines("not_civic.txt"), key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}])(?:" + "|".join(map(regex.escape, cues)) + r")(?![\p{L}])", regex.I)


def not_civic(lead: str) -> bool:
    """Whether the lead reports a press conference or a company meeting, not a civic one."""
    return bool(_not_civic().search(lead))


def reports_event(text: str, window: int = 1000) -> bool:
    """Whether the article's opening reports a meeting or ceremony at all.

    Articles that report no such event get no officials or awards (guide:
    "empty fields, not guesses"); a business or health story names people
    with titles too.
    """
    return bool(_EVENT.search(text, 0, window))
