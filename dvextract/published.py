"""The page's own date: the date line printed near the top, or an HTML page's own metadata.

Sites print the article's date in many orders ("Thứ Năm, 29/10/2020, 13:53
[GMT+7]", "Cập nhật lúc 15:42 - 24/01/2021 (GMT +07:00)", "Minh Khoa |
22/04/2021 10:05", "Thời sự - Ngày đăng : 08:50, 30/03/2021"), so a date line
is read as a sequence of page furniture (a full date, a time, a zone tag, a
weekday, a label from ``data/published_labels.txt``, a view count,
separators) with at most one short residue: a byline (capitalised words) or
a section name before a separator. A lead sentence that starts with a full
date ("Ngày 15/4/2024, Quận ủy ... tổ chức ...") leaves a residue of running
text and is never taken for the page's date.

HTML input carries the date as data too (``article:published_time``, JSON-LD
``datePublished``, ``<time datetime>``). Cleaning drops the tags, so these
are read from the raw input; their evidence span indexes the raw input
directly. A timestamp with a zone is read in Vietnam's time (UTC+7): the
page's date is the local date its readers saw.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

import regex

from . import lexicon
from .segment import lines

HEAD_LINES = 8  # the date line sits among the page's first lines ...
MAX_LINE = 120  # ... and is short
_VIETNAM = timezone(timedelta(hours=7))


@dataclass(frozen=True, slots=True)
class Published:
    """The page's date and where it was read.

    ``in_raw`` is False for a date line (``start``/``end`` are clean-text
    offsets) and True for HTML metadata (offsets into the raw input, whose
    tags the clean text no longer has).
    """

    value: date
    start: int
    end: int
    in_raw: bool = False


_FULL_DATE = (
    r"(?:ngày\s+)?(?:(?P<d>\d{1,2})\s?(?P<sep>[/.-])\s?(?P<m>\d{1,2})\s?(?P=sep)\s?(?P<y>\d{4})"
    r"|(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s*(?:năm|,)\s*(?P<y>\d{4})"
    r"|(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2}))(?![\d/])"
)
_TIME = r"(?:lúc\s*)?\d{1,2}\s*[:hg]\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*(?:AM|PM|SA|CH|phút)(?![\p{L}]))?"
_ZONE = r"[(\[]?\s*(?:GMT|UTC)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\s*[)\]]?"
_WEEKDAY = r"(?:Thứ\s*(?:Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s*[Nn]hật|CN)(?![\p{L}])"
_VIEWS = r"(?:\d[\d.]*\s+lượt\s+xem|[Ll]ượt\s+xem\s*:?\s*\d[\d.]*|\d[\d.]*\s+views?)(?![\p{L}])"
_SEP = r"[\s,|\-:•·/()\[\]]+"


@lexicon.cached
def _furniture() -> regex.Pattern[str]:
    labels = sorted(lexicon.lines("published_labels.txt"), key=len, reverse=True)
    label = r"(?:" + "|".join(regex.escape(x) for x in labels) + r")(?![\p{L}])"
    return regex.compile(
        r"(?<![\p{L}\d])(?:(?P<date>" + _FULL_DATE + r")|" + "|".join((_TIME, _ZONE, _WEEKDAY, _VIEWS, label)) + ")",
        regex.I,
    )


# a cheap first test: a line with no full date is no date line
_HAS_FULL_DATE = regex.compile(r"\d\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4}|\d{4}-\d\d-\d\d|\d\s+tháng\s")
_SEPS = regex.compile(r"^" + _SEP + r"$|^$")
_BYLINE = regex.compile(r"^[\p{Lu}][\p{L}.']*(?:\s+[\p{Lu}][\p{L}.']*){0,4}$")
_SECTION = regex.compile(r"^[\p{Lu}][^\d.!?;]{0,50}?\s*(?:\s[-–]|\||:|•)\s*$")


def date_line(line: str) -> date | None:
    """The date a line states when the line is a page's date line, else None.

    The line is furniture tokens and separators, plus at most one residue:
    a byline of capitalised words, or a section name before a separator.
    """
    if len(line) > MAX_LINE or not _HAS_FULL_DATE.search(line):
        return None
    found: date | None = None
    residues: list[tuple[int, str]] = []
    pos = 0
    for m in _furniture().finditer(line):
        gap = line[pos : m.start()]
        if not _SEPS.match(gap):
            residues.append((pos, gap))
        if m.group("date") and found is None:
            found = _valid(m.group("d"), m.group("m"), m.group("y"))
            if found is None:
                return None
        pos = m.end()
    tail = line[pos:]
    if not _SEPS.match(tail):
        residues.append((pos, tail))
    if found is None or len(residues) > 1:
        return None
    if residues:
        at, r = residues[0]
        if any(c.isdigit() for c in r):
            return None
        byline = _BYLINE.match(r.strip(" ,|-–:•·/()[]"))
        section = at == 0 and _SECTION.match(r)
        if not (byline or section):
            return None
    return found


def _valid(d: str, m: str, y: str) -> date | None:
    day, month, year = int(d), int(m), int(y)
    if not (1 <= month <= 12 and 1900 <= year <= 2100) or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


# --- HTML metadata -------------------------------------------------------------

_ISO = r"(?P<iso>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)"
_META = regex.compile(
    r"<meta\b(?=[^>]{0,400}?(?:property|name|itemprop)\s*=\s*[\"'](?:article:published_time|datePublished)[\"'])"
    r"[^>]{0,400}?\bcontent\s*=\s*[\"']\s*" + _ISO,
    regex.I,
)
_JSON_LD = regex.compile(r"\"datePublished\"\s*:\s*\"\s*" + _ISO)
_TIME_TAG = regex.compile(r"<time\b[^>]{0,400}?\bdatetime\s*=\s*[\"']\s*" + _ISO, regex.I)


def _iso_date(s: str) -> date | None:
    try:
        moment = datetime.fromisoformat(s.replace(" ", "T"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(_VIETNAM)
    return moment.date() if 1900 <= moment.year <= 2100 else None


def _from_metadata(raw: str, patterns: tuple[regex.Pattern[str], ...]) -> Published | None:
    for pattern in patterns:
        m = pattern.search(raw)
        if m:
            value = _iso_date(m.group("iso"))
            if value is not None:
                return Published(value, m.start("iso"), m.end("iso"), in_raw=True)
    return None


def find_published(text: str, raw: str | None = None) -> Published | None:
    """The page's date: declared HTML metadata, else the date line, else a ``<time>`` tag.

    ``text`` is the clean text; ``raw`` the caller's input, read only when it
    holds markup. ``article:published_time`` and JSON-LD ``datePublished``
    are the page's own statement of its date; a ``<time datetime>`` may date
    a comment or a related link too, so it only stands in when no date line
    is printed.
    """
    markup = raw is not None and "<" in raw
    if markup:
        declared = _from_metadata(raw, (_META, _JSON_LD))  # type: ignore[arg-type]
        if declared:
            return declared
    for seg in lines(text)[:HEAD_LINES]:
        value = date_line(seg.text.strip())
        if value:
            return Published(value, seg.start, seg.end)
    if markup:
        return _from_metadata(raw, (_TIME_TAG,))  # type: ignore[arg-type]
    return None
