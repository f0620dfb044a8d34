"""Spoken and relative days: "hôm qua", "sáng nay", "Chiều thứ Hai", "cuối tuần qua", resolved against the page's date.

News leads often date the meeting from the day of publication ("Sáng qua,
Ban Dân vận Tỉnh ủy tổ chức ..."). The expressions are found here by
pattern (never by dateparser, which is not a finder: domain.md section 5)
and resolved against the page's date:

* dateparser where it is right: "hôm nay", "hôm qua", "ngày mai" (and
  "sáng nay", "chiều qua" ..., read as "hôm nay", "hôm qua"), with one
  configured parser per page date (``languages=['vi']``, ``RELATIVE_BASE``
  = the page's date, ``PREFER_DATES_FROM='past'``), called only on the
  snippet found;
* own rules where it is wrong or silent: "hôm kia" and "ngày kia" (it
  returns None), a weekday (it skips the page's own day: "thứ Bảy" read on
  a Saturday is the Saturday before, where a lead means that very day),
  "cuối tuần qua" (None).

dateparser is imported on first use, so articles with no relative day pay
nothing for it.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

import regex

from . import lexicon

if TYPE_CHECKING:
    from .dates import DateMention

_TOD = r"(?P<tod>[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm)"
_WEEKDAYS = {"hai": 0, "2": 0, "ba": 1, "3": 1, "tư": 2, "4": 2, "năm": 3, "5": 3, "sáu": 4, "6": 4, "bảy": 5, "7": 5}
_FOR_DATEPARSER = {"today": "hôm nay", "yesterday": "hôm qua", "tomorrow": "ngày mai"}
_OWN = {"day_before_yesterday": -2, "day_after_tomorrow": 2}

# "sáng nay", "chiều hôm qua", "hôm kia", "ngày mai", "tối qua"; not "hiện nay", "vừa qua", "thông qua".
_DAY = regex.compile(
    r"(?=[SsTtCcĐđNnHh])(?<![\p{L}])(?:" + _TOD + r"\s+(?:ngày\s+)?(?:hôm\s+)?|(?:[Nn]gày\s+)?[Hh]ôm\s+)"
    r"(?P<rel>nay|qua|kia)(?![\p{L}])"
    r"|(?<![\p{L}])[Nn]gày\s+(?P<rel>mai|kia)(?![\p{L}])"
)
# "Chiều thứ Hai", "vào thứ Sáu tuần trước", "Chủ nhật vừa qua"; a weekday's name is capitalised, or a
# time of day or "ngày/hôm/vào" stands before it ("thứ hai" alone is an ordinal: "lần thứ hai").
_WEEKDAY = regex.compile(
    r"(?=[SsTtCcĐđNnHhVv])(?<![\p{L}])(?:(?:" + _TOD + r"|[Nn]gày|[Hh]ôm|[Vv]ào)\s+(?:ngày\s+)?"
    r"(?P<wd>thứ\s+(?:hai|ba|tư|năm|sáu|bảy|Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])|[Cc]hủ\s+[Nn]hật)"
    r"|(?<!(?:lần|họp|kỳ|khóa|phiên|đợt|giải|hạng|lớp|vị|số|người|ngày)\s)"
    r"(?P<wd>[Tt]hứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ\s+[Nn]hật))(?![\p{L}])"
    r"(?:\s+(?P<week>tuần\s+(?:trước|qua|rồi)|vừa qua|qua))?(?![\p{L}])"
)
_WEEKEND = regex.compile(
    r"(?=[DdVvCc])(?<![\p{L}])(?:[Dd]ịp\s+|[Vv]ào\s+)?[Cc]uối\s+tuần\s+(?:qua|trước|rồi|vừa qua)(?![\p{L}])"
)
# The words every relative day holds, found before the patterns run (most leads have none).
_KEYWORDS = (
    *("hôm", "Hôm", "HÔM", "gày mai", "gày kia", "hủ nhật", "hủ Nhật", "uối tuần", "gày thứ", "ào thứ"),
    *("hứ " + day for day in ("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy")),  # digits need "ngày"/"vào" before
    *(tod + rel for tod in ("áng ", "ưa ", "iều ", "ối ", "êm ") for rel in ("nay", "qua", "thứ")),
)
# A written date right after the expression: "Sáng qua (15/1)", "thứ Hai, 14/3" is a written date with a
# relative cue, read by :mod:`dvextract.dates`.
# The keywords as one trie: a single scan instead of one substring test per keyword.
_KEYWORD_RE = re.compile(lexicon.alternation(_KEYWORDS))
_WRITTEN_AFTER = regex.compile(r"\s*[,(]?\s*(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}|\s+\d{1,2}\s+tháng")


def find(text: str, written: list[DateMention], end: int | None = None) -> list[DateMention]:
    """Relative days of ``text[:end]`` that no written date stands beside (those are read as written dates)."""
    from .dates import DateMention

    end = len(text) if end is None else end
    if not _KEYWORD_RE.search(text, 0, end):
        return []  # most leads hold none: plain substring tests cost less than the patterns
    cues = {(m.cue_start, m.start) for m in written}
    out: list[DateMention] = []
    for pattern, kind in ((_DAY, "day"), (_WEEKDAY, "weekday"), (_WEEKEND, "weekend")):
        for m in pattern.finditer(text, 0, end):
            if _WRITTEN_AFTER.match(text, m.end()) or any(a <= m.start() < b for a, b in cues):
                continue
            rule = _rule(m, kind)
            if rule is None:
                continue
            tod = m.groupdict().get("tod")
            out.append(DateMention(m.start(), m.end(), 0, 0, None, m.start(), tod.lower() if tod else None, "event",
                                   rule=rule))  # fmt: skip
    return sorted(out, key=lambda x: x.start)


def _rule(m: regex.Match[str], kind: str) -> str | None:
    if kind == "weekend":
        return "last_weekend"
    if kind == "weekday":
        name = m.group("wd").casefold()
        day = 6 if name.startswith("chủ") else _WEEKDAYS.get(name.split()[-1])
        if day is None:
            return None
        return f"weekday:{day}" + (":previous_week" if (m.group("week") or "").startswith("tuần") else "")
    rel = m.group("rel")
    return {"nay": "today", "qua": "yesterday", "mai": "tomorrow"}.get(rel) or (
        "day_before_yesterday" if m.group(0).casefold().startswith(("hôm", "sáng", "trưa", "chiều", "tối", "đêm"))
        else "day_after_tomorrow"
    )  # fmt: skip


def resolve(rule: str, page: date) -> tuple[date, date | None] | None:
    """The day (and the last day, for a weekend) ``rule`` names, counted from the page's date."""
    if rule in _FOR_DATEPARSER:
        day = by_dateparser(_FOR_DATEPARSER[rule], page)
        return (day, None) if day else None
    if rule in _OWN:
        return page + timedelta(days=_OWN[rule]), None
    if rule == "last_weekend":
        # The last Saturday and Sunday before the page's date (a Monday's "cuối tuần qua" is the day before).
        sunday = page - timedelta(days=(page.weekday() + 1) % 7 or 7)
        return sunday - timedelta(days=1), sunday
    if rule.startswith("weekday:"):
        parts = rule.split(":")
        weekday = int(parts[1])
        day = page - timedelta(days=(page.weekday() - weekday) % 7)  # the latest such day on or before the page's
        if len(parts) > 2:
            day -= timedelta(days=7 if day.isocalendar()[1] == page.isocalendar()[1] else 0)
        return day, None
    return None


@functools.lru_cache(maxsize=16)
def _parser(page: date) -> Any:
    """One configured dateparser per page date (its settings hold the base)."""
    from dateparser.date import DateDataParser  # imported on first use: heavy, and rarely needed

    base = datetime(page.year, page.month, page.day, 12, 0)
    return DateDataParser(languages=["vi"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})


def by_dateparser(phrase: str, page: date) -> date | None:
    """What dateparser reads ``phrase`` (a snippet this module found) as, from the page's date."""
    found = _parser(page).get_date_data(phrase)
    return found.date_obj.date() if found and found.date_obj else None
