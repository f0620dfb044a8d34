"""Relative days: what dateparser returns for the snippets it is given, and where the own rules stand in.

domain.md section 5 asks to table-test dateparser before trusting it. These
rows pin what dateparser 1.x returns, with ``languages=['vi']``,
``RELATIVE_BASE`` = a Saturday and ``PREFER_DATES_FROM='past'``: it is used
for the phrases where it is right, and the rows where it is wrong or silent
are why :mod:`dvextract.relative` keeps its own rules for them.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from dvextract import extract
from dvextract.relative import by_dateparser, resolve

SATURDAY = date(2024, 7, 13)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("hôm nay", date(2024, 7, 13)),
        ("hôm qua", date(2024, 7, 12)),
        ("ngày mai", date(2024, 7, 14)),
        ("ngày hôm qua", date(2024, 7, 12)),
    ],
)
def test_dateparser_is_right_on_these(phrase: str, expected: date) -> None:
    assert by_dateparser(phrase, SATURDAY) == expected


@pytest.mark.parametrize(
    ("phrase", "dateparser_says", "rule", "we_say"),
    [
        ("hôm kia", None, "day_before_yesterday", (date(2024, 7, 11), None)),
        ("ngày kia", None, "day_after_tomorrow", (date(2024, 7, 15), None)),
        ("sáng nay", None, "today", (date(2024, 7, 13), None)),  # read as "hôm nay"
        ("chiều qua", None, "yesterday", (date(2024, 7, 12), None)),  # read as "hôm qua"
        # On a Saturday, dateparser's "thứ Bảy" is the Saturday before; a lead means the page's own day.
        ("thứ Bảy", date(2024, 7, 6), "weekday:5", (date(2024, 7, 13), None)),
        ("thứ Hai", date(2024, 7, 8), "weekday:0", (date(2024, 7, 8), None)),
        ("cuối tuần qua", None, "last_weekend", (date(2024, 7, 6), date(2024, 7, 7))),
    ],
)
def test_where_own_rules_stand_in(
    phrase: str, dateparser_says: date | None, rule: str, we_say: tuple[date, date | None]
) -> None:
    assert by_dateparser(phrase, SATURDAY) == dateparser_says
    assert resolve(rule, SATURDAY) == we_say


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (date(2024, 7, 15), (date(2024, 7, 13), date(2024, 7, 14))),  # a Monday: the weekend just gone
        (date(2024, 7, 14), (date(2024, 7, 6), date(2024, 7, 7))),  # a Sunday: the weekend before
        (date(2024, 7, 17), (date(2024, 7, 13), date(2024, 7, 14))),
    ],
)
def test_last_weekend_is_the_one_before_the_page_date(page: date, expected: tuple[date, date]) -> None:
    assert resolve("last_weekend", page) == expected


def test_dateparser_is_imported_only_when_a_relative_day_needs_it() -> None:
    code = (
        "import sys; from datetime import date; from dvextract import extract;"
        "extract('Sáng 13/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị.', published=date(2024, 7, 13));"
        "print('dateparser' in sys.modules);"
        "extract('Sáng qua, Ban Dân vận Tỉnh ủy tổ chức hội nghị.', published=date(2024, 7, 13));"
        "print('dateparser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]


def test_a_relative_day_in_a_long_text_is_resolved_on_its_snippet_only() -> None:
    filler = "Các đại biểu thảo luận về nhiều nội dung quan trọng của địa phương. " * 300
    report = extract("Chiều qua, Ban Dân vận Tỉnh ủy tổ chức hội nghị. " + filler, published=SATURDAY)
    assert report.meeting_date == date(2024, 7, 12)
    assert report.evidence.meeting_date is not None and report.evidence.meeting_date.text == "Chiều qua"
