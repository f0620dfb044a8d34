"""The page's own date: date lines in any order, and an HTML page's metadata (invented examples)."""

from __future__ import annotations

from datetime import date

import pytest

from dvextract import extract
from dvextract.clean import clean
from dvextract.published import date_line, find_published

LEAD = "Ngày 13/1, Huyện ủy Tân Lộc tổ chức hội nghị tổng kết."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a weekday, then the date (words or digits), then a time and a zone tag
        ("Thứ Ba, ngày 4 tháng 8 năm 2020", date(2020, 8, 4)),
        ("Thứ Năm, 29/10/2020, 13:53 [GMT+7]", date(2020, 10, 29)),
        ("Chủ nhật - 09/10/2022 22:58", date(2022, 10, 9)),
        ("Thứ Bảy, 5 tháng 5, 2012", date(2012, 5, 5)),
        ("Thứ 2, 02-01-2023", date(2023, 1, 2)),
        ("Thứ Sáu, 17/07/2026", date(2026, 7, 17)),
        # a time before the date, a zone tag after it
        ("Cập nhật: 09:42, 17/05/2021 (GMT+7)", date(2021, 5, 17)),
        ("Cập nhật lúc 15:42 - 24/01/2021 (GMT +07:00)", date(2021, 1, 24)),
        ("10:30 14/01/2025", date(2025, 1, 14)),
        ("08h15 | 03.09.2022", date(2022, 9, 3)),
        # a label with a colon or a comma, seconds, view counts
        ("Ngày đăng: 14/01/2025", date(2025, 1, 14)),
        ("Cập nhật: 20-12-2023 | 19:45:52", date(2023, 12, 20)),
        ("Đăng lúc, 07:05 11/11/2019", date(2019, 11, 11)),
        ("03/06/2024 18:27 74 lượt xem", date(2024, 6, 3)),
        ("Lượt xem: 1.204 - 21/02/2022", date(2022, 2, 21)),
        # a byline and the date on one line, in either order
        ("Minh Khoa | 22/04/2021 10:05", date(2021, 4, 22)),
        ("Thu Hà 02/12/2023 08:38", date(2023, 12, 2)),
        ("22/04/2021 10:05 | Lê Văn Tâm", date(2021, 4, 22)),
        # a section name before a separator, then a label
        ("Xây dựng Đảng - Ngày đăng : 08:50, 30/03/2021", date(2021, 3, 30)),
        ("Thời sự | Thứ Hai, 06/05/2024 - 07:00", date(2024, 5, 6)),
    ],
)
def test_date_line_forms(line: str, expected: date) -> None:
    assert date_line(line) == expected
    got = find_published(f"Tiêu đề của bài viết\n{line}\n{LEAD}")
    assert got is not None and got.value == expected


@pytest.mark.parametrize(
    "line",
    [
        "Ngày 15/4/2024, Quận ủy quận Tân Phú tổ chức Hội nghị giao ban.",  # a lead with a full date
        "Ngày 19/12/2021 Hội đồng nhân dân xã Tân Lộc tổ chức kỳ họp thứ 3.",  # ... and without a comma
        "Đại hội 12/3/2021 thành công tốt đẹp",  # a headline with a date in it
        "Thứ Năm, 31/02/2020",  # no such day
        "Cập nhật: 14/01",  # no year: not the page's date
    ],
)
def test_not_a_date_line(line: str) -> None:
    assert date_line(line) is None


def test_the_hard_wrap_repair_does_not_glue_the_date_line_to_a_long_headline() -> None:
    headline = "Kỳ họp thứ mười hai Hội đồng nhân dân xã Tân Lộc khóa XXI, nhiệm kỳ 2021 - 2026"
    assert 60 <= len(headline) <= 120
    doc = clean(f"{headline}\nThứ Năm, 17/07/2025\nChiều 17/7, Hội đồng nhân dân xã Tân Lộc tổ chức kỳ họp.")
    assert doc.text.split("\n")[1] == "Thứ Năm, 17/07/2025"
    report = extract(f"{headline}\nThứ Năm, 17/07/2025\nChiều 17/7, Hội đồng nhân dân xã Tân Lộc tổ chức kỳ họp.")
    assert report.published == date(2025, 7, 17)
    assert report.title == headline
    # A wrapped sentence still joins: the next line is running text, not a date line.
    wrapped = clean(f"{headline} và các đại biểu\nkhách mời của huyện về dự.")
    assert "\n" not in wrapped.text


_PAGE = """<html><head>
<meta property="article:published_time" content="2021-05-17T09:42:00+07:00">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-05-16"}</script>
</head><body><h1>Huyện ủy Tân Lộc tổng kết công tác năm 2020</h1>
<p>Sáng 15/5, Huyện ủy Tân Lộc tổ chức hội nghị tổng kết.</p></body></html>"""


def test_html_metadata_gives_the_page_date_with_a_span_into_the_raw_input() -> None:
    report = extract(_PAGE)
    assert report.published == date(2021, 5, 17)
    span = report.evidence.published
    assert span is not None and _PAGE[span.start : span.end] == span.text == "2021-05-17T09:42:00+07:00"
    assert report.meeting_date == date(2021, 5, 15)
    assert report.date_basis == "published"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            '<script type="application/ld+json">{"datePublished": "2022-03-04T10:00:00+07:00"}</script>',
            date(2022, 3, 4),
        ),
        ('<meta itemprop="datePublished" content="2020-11-30">', date(2020, 11, 30)),
        # a UTC time late in the day is the next day in Vietnam
        ('<meta content="2023-06-01T20:30:00Z" property="article:published_time">', date(2023, 6, 2)),
        ('<time class="date" datetime="2019-08-19T07:00:00+07:00">19/08</time>', date(2019, 8, 19)),
    ],
)
def test_html_metadata_forms(head: str, expected: date) -> None:
    page = f"<html><head>{head}</head><body><p>{LEAD}</p></body></html>"
    got = find_published(clean(page).text, page)
    assert got is not None and got.in_raw and got.value == expected
    assert page[got.start : got.end].startswith(expected.isoformat()[:7])


def test_a_printed_date_line_wins_over_a_time_tag_but_not_over_declared_metadata() -> None:
    body = "<p>Thứ Ba, 07/03/2023 - 10:00</p><p>" + LEAD + "</p>"
    with_time = f'<html><body><time datetime="2023-03-01">x</time>{body}</body></html>'
    assert find_published(clean(with_time).text, with_time).value == date(2023, 3, 7)  # type: ignore[union-attr]
    declared = (
        f'<html><head><meta property="article:published_time" content="2023-03-08"></head><body>{body}</body></html>'
    )
    assert find_published(clean(declared).text, declared).value == date(2023, 3, 8)  # type: ignore[union-attr]


def test_plain_text_is_not_searched_for_markup() -> None:
    text = 'Bài viết nhắc "datePublished": "2020-01-01" như một chuỗi.\n' + LEAD
    assert find_published(clean(text).text, text) is None
