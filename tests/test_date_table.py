"""The meeting's date, form by form: a table in duckling's style.

Expressions are grouped by what they mean; every row is an invented lead
read against one pinned page date, Saturday 13 July 2024, and asserts the
meeting's date, its last day and where its year came from (written beside
it, the page's date, the article's clues, or a day counted from the page's
date). The rows of the "clue" groups are read with no page date: that is
what they test.
"""

from __future__ import annotations

from datetime import date

import pytest

from dvextract import extract
from dvextract.models import DateBasis

PAGE = date(2024, 7, 13)  # a Saturday
BODY = " Ban Dân vận Tỉnh ủy Hòa Sơn tổ chức hội nghị."

Row = tuple[str, date | None, date | None, DateBasis | None]

# meaning -> (lead, meeting date, last day, basis); read with the page date
WITH_PAGE: dict[str, list[Row]] = {
    "day and month, the year from the page date": [
        ("Chiều 13/1," + BODY, date(2024, 1, 13), None, "published"),
        ("Ngày 10-1," + BODY, date(2024, 1, 10), None, "published"),
        ("Sáng 14/01," + BODY, date(2024, 1, 14), None, "published"),
        ("Ngày 10.2," + BODY, date(2024, 2, 10), None, "published"),
        ("Tối 9-6, tại Quảng trường," + BODY, date(2024, 6, 9), None, "published"),
        ("Trưa 5/7," + BODY, date(2024, 7, 5), None, "published"),
        ("Đêm 12/7," + BODY, date(2024, 7, 12), None, "published"),
        ("Sáng ngày 7/6," + BODY, date(2024, 6, 7), None, "published"),
        ("Ban Dân vận Tỉnh ủy vừa tổ chức hội nghị tổng kết vào sáng 14/3.", date(2024, 3, 14), None, "published"),
        ("Chiều 20/12," + BODY, date(2023, 12, 20), None, "published"),  # after the page's day: the year before
    ],
    "day and month in words": [
        ("Ngày 14 tháng 3," + BODY, date(2024, 3, 14), None, "published"),
        ("Ngày 5 tháng Năm," + BODY, date(2024, 5, 5), None, "published"),
        ("Ngày mồng 5 tháng Giêng," + BODY, date(2024, 1, 5), None, "published"),
        ("Mùng 2/7," + BODY, date(2024, 7, 2), None, "published"),
        ("Ngày mười lăm tháng Ba," + BODY, date(2024, 3, 15), None, "published"),
    ],
    "a written day with a relative cue": [
        ("Sáng nay (13/7)," + BODY, date(2024, 7, 13), None, "published"),
        ("Sáng qua (12/7)," + BODY, date(2024, 7, 12), None, "published"),
        ("Hôm nay (13/7)," + BODY, date(2024, 7, 13), None, "published"),
        ("Sáng nay, 13/7," + BODY, date(2024, 7, 13), None, "published"),
        ("Tối qua 12/7 tại Hà Nội," + BODY, date(2024, 7, 12), None, "published"),
        ("Chiều thứ Sáu (12/7)," + BODY, date(2024, 7, 12), None, "published"),
        ("Chủ nhật, ngày 7/7," + BODY, date(2024, 7, 7), None, "published"),
    ],
    "several days: the first and the last": [
        ("Trong hai ngày 21, 22-4," + BODY, date(2024, 4, 21), date(2024, 4, 22), "published"),
        ("Từ ngày 14 đến 16/3," + BODY, date(2024, 3, 14), date(2024, 3, 16), "published"),
        ("Từ 14 đến 15/3," + BODY, date(2024, 3, 14), date(2024, 3, 15), "published"),
        ("Trong 2 ngày (14-15/3)," + BODY, date(2024, 3, 14), date(2024, 3, 15), "published"),
        ("Trong hai ngày 14 và 15/01," + BODY, date(2024, 1, 14), date(2024, 1, 15), "published"),
        ("Trong ba ngày 10, 11 và 12/7," + BODY, date(2024, 7, 10), date(2024, 7, 12), "published"),
        ("Từ ngày 30/6 đến ngày 2/7," + BODY, date(2024, 6, 30), date(2024, 7, 2), "published"),
    ],
    "today and yesterday, from the page date": [
        ("Sáng nay," + BODY, date(2024, 7, 13), None, "relative"),
        ("Chiều nay," + BODY, date(2024, 7, 13), None, "relative"),
        ("Hôm nay," + BODY, date(2024, 7, 13), None, "relative"),
        ("Sáng qua," + BODY, date(2024, 7, 12), None, "relative"),
        ("Chiều qua," + BODY, date(2024, 7, 12), None, "relative"),
        ("Tối qua," + BODY, date(2024, 7, 12), None, "relative"),
        ("Hôm qua," + BODY, date(2024, 7, 12), None, "relative"),
        ("Chiều hôm qua," + BODY, date(2024, 7, 12), None, "relative"),
        ("Ngày hôm qua," + BODY, date(2024, 7, 12), None, "relative"),
        ("Hôm kia," + BODY, date(2024, 7, 11), None, "relative"),
        ("Sáng hôm kia," + BODY, date(2024, 7, 11), None, "relative"),
        ("Ngày mai, Quốc hội khai mạc kỳ họp thứ 8.", date(2024, 7, 14), None, "relative"),
    ],
    "a weekday: the latest such day on or before the page date": [
        ("Chiều thứ Hai," + BODY, date(2024, 7, 8), None, "relative"),
        ("Thứ Hai," + BODY, date(2024, 7, 8), None, "relative"),
        ("Sáng thứ Bảy," + BODY, date(2024, 7, 13), None, "relative"),  # the page's own day
        ("Chủ nhật vừa qua," + BODY, date(2024, 7, 7), None, "relative"),
        ("Vào thứ Năm tuần trước," + BODY, date(2024, 7, 4), None, "relative"),
        ("Cuối tuần qua," + BODY, date(2024, 7, 6), date(2024, 7, 7), "relative"),
    ],
    "a year written beside the day": [
        ("Sáng ngày 7/6/2013," + BODY, date(2013, 6, 7), None, "written"),
        ("Ngày 19-10-2018," + BODY, date(2018, 10, 19), None, "written"),
        ("Ngày 29.10.2020," + BODY, date(2020, 10, 29), None, "written"),
        ("Ngày 4 tháng 8 năm 2020," + BODY, date(2020, 8, 4), None, "written"),
        ("Sáng 15/1/17," + BODY, date(2017, 1, 15), None, "written"),  # a two-digit year
        ("Ngày 5-6-17," + BODY, date(2017, 6, 5), None, "written"),
        ("Từ ngày 4 - 8/6/2017," + BODY, date(2017, 6, 4), date(2017, 6, 8), "written"),
        (
            "Ngày mười chín tháng Mười Hai năm 2021 Hội đồng nhân dân xã Tân Lộc tổ chức kỳ họp thứ 3.",
            date(2021, 12, 19),
            None,
            "written",
        ),
    ],
}

# meaning -> rows read with no page date: the year must come from the article
FROM_CLUES: dict[str, list[Row]] = {
    "a year reviewed": [
        ("Ngày 10-1," + BODY[:-1] + " tổng kết công tác dân vận năm 2023.", date(2024, 1, 10), None, "clue"),
        ("Sáng 20/12," + BODY[:-1] + " tổng kết công tác năm 2022.", date(2022, 12, 20), None, "clue"),
        (
            "Sáng 24/6, Hội nghị Ban Chấp hành Tỉnh Đoàn khai mạc. Hội nghị cũng nghe báo cáo kiểm điểm công tác năm 2016.",
            date(2017, 6, 24),
            None,
            "clue",
        ),
        ("Sáng 25/5, Sở Giáo dục tổ chức hội nghị tổng kết năm học 2016-2017.", date(2017, 5, 25), None, "clue"),
    ],
    "a school year: closed in spring, prepared in summer, begun in autumn": [
        (
            "Sáng 10/7, Sở Giáo dục tổ chức hội nghị triển khai nhiệm vụ năm học 2017-2018.",
            date(2017, 7, 10),
            None,
            "clue",
        ),
        ("Sáng 5/9, Trường Tân Lộc tổ chức lễ khai giảng năm học 2017-2018.", date(2017, 9, 5), None, "clue"),
        ("Sáng 20/7, Sở Giáo dục tổ chức hội nghị tổng kết năm học 2016-2017.", date(2017, 7, 20), None, "clue"),
    ],
    "a plan: carried out in its year, drafted the year before": [
        (
            "Sáng 14/7, Sở Thông tin tổ chức hội nghị triển khai dịch vụ công trực tuyến trong năm 2017.",
            date(2017, 7, 14),
            None,
            "clue",
        ),
        (
            "Sáng 10/7, Thanh tra tỉnh tổ chức hội nghị xây dựng kế hoạch thanh tra năm 2018.",
            date(2017, 7, 10),
            None,
            "clue",
        ),
        (
            "Chiều 22/5, tại phiên họp toàn thể, Quốc hội nghe báo cáo kết quả thực hiện nhiệm vụ kinh tế - xã hội năm 2016.",
            date(2017, 5, 22),
            None,
            "clue",
        ),
    ],
    "a half year or a year planned": [
        ("Sáng 5/1," + BODY[:-1] + " triển khai nhiệm vụ năm 2024.", date(2024, 1, 5), None, "clue"),
        ("Sáng 8/7," + BODY[:-1] + " sơ kết công tác 6 tháng đầu năm 2024.", date(2024, 7, 8), None, "clue"),
        (
            "Sáng 27/6, Quân ủy Trung ương tổ chức hội nghị triển khai nhiệm vụ 6 tháng cuối năm 2017.",
            date(2017, 6, 27),
            None,
            "clue",
        ),
    ],
    "the event's own edition, anniversary or honour": [
        (
            "Tối 19/5, Tỉnh ủy tổ chức lễ kỷ niệm 127 năm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2017).",
            date(2017, 5, 19),
            None,
            "clue",
        ),
        (
            "Sáng 21/11, Hội Chữ thập đỏ tỉnh tổ chức Lễ kỷ niệm 70 năm ngày thành lập Hội (23.11.1946 - 23.11.2016)"
            " và tôn vinh các tập thể của phong trào giai đoạn 2011-2015.",
            date(2016, 11, 21),
            None,
            "clue",
        ),
        (
            "Sáng 27/7, Tỉnh ủy tổ chức lễ kỷ niệm 70 năm Ngày Thương binh - Liệt sĩ (27/7/1947).",
            date(2017, 7, 27),
            None,
            "clue",
        ),
        (
            "Chiều 10/2, Đảng bộ cơ quan trao Huy hiệu 30 năm tuổi Đảng cho đảng viên Lê Văn An."
            " Đồng chí Lê Văn An vào Đảng ngày 16/2/1987.",
            date(2017, 2, 10),
            None,
            "clue",
        ),
        (
            "Sáng 20/5, Thành Đoàn tổ chức lễ tuyên dương Thanh niên tiên tiến làm theo lời Bác TP.HCM năm 2021.",
            date(2021, 5, 20),
            None,
            "clue",
        ),
        (
            "Sáng 15/5, Ủy ban nhân dân tỉnh tổ chức lễ trao Giải thưởng Lê Văn Tám năm 2019.",
            date(2019, 5, 15),
            None,
            "clue",
        ),
        ("Sáng 16/5, Hội Khuyến học tỉnh tổ chức Đại hội lần thứ V - 2019.", date(2019, 5, 16), None, "clue"),
        ("Sáng 17/5, Chính phủ tổ chức Hội nghị Thủ tướng với doanh nghiệp 2017.", date(2017, 5, 17), None, "clue"),
    ],
    "the term a congress or a first session opens": [
        (
            "Sáng 23/5, Ủy ban MTTQ quận tổ chức Đại hội đại biểu MTTQ quận nhiệm kỳ 2019 - 2024.",
            date(2019, 5, 23),
            None,
            "clue",
        ),
        (
            "Sáng 14/7, HĐND tỉnh Hòa Sơn khóa X, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ nhất.",
            date(2021, 7, 14),
            None,
            "clue",
        ),
        (
            "Ngày 29/02, HĐND huyện Tân Lộc khóa XXI, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 8.",
            date(2024, 2, 29),  # the term's one leap year
            None,
            "clue",
        ),
    ],
    "a dated document or deadline nearby": [
        (
            "Sáng 14/5, Tổng Liên đoàn tổ chức Hội nghị sơ kết 2 năm thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021.",
            date(2023, 5, 14),
            None,
            "clue",
        ),
        (
            "Chiều ngày 14/9, Ban Thường trực Ủy ban MTTQ huyện tổ chức Hội nghị triển khai công tác chuẩn bị."
            " Đại hội cấp xã hoàn thành trước ngày 30/4/2024.",
            date(2023, 9, 14),
            None,
            "clue",
        ),
    ],
    "no year can be known": [
        ("Sáng 12/6, Sở Y tế tổ chức hội nghị về chương trình triển khai từ năm 2012.", None, None, None),
        ("Sáng 5/2, Sở Công Thương tổ chức hội nghị; sản lượng tăng 8% so với năm 2015.", None, None, None),
        ("Sáng 12/6, Quốc hội tổ chức phiên họp về chiến lược phát triển đến năm 2030.", None, None, None),
        (
            "Sáng 15/6, Sở Tư pháp tổ chức hội nghị sơ kết 5 năm thi hành Luật Hòa giải ở cơ sở năm 2013.",
            None,
            None,
            None,
        ),
        (
            "Sáng 13/6, Ban chấp hành Hội Nhà văn thành phố họp bàn việc tổ chức Đại hội nhiệm kỳ 2016-2021.",
            None,
            None,
            None,
        ),
        (
            "Sáng 10/7, Sở Nông nghiệp tổ chức hội nghị triển khai Chương trình mục tiêu quốc gia giai đoạn 2016-2020.",
            None,
            None,
            None,
        ),
        ("Chiều 12/3, Huyện ủy tổ chức hội nghị quán triệt Chỉ thị số 19-CT/TU ngày 19/10/2018.", None, None, None),
        ("Hôm qua," + BODY, None, None, None),  # a relative day needs the page's date
        ("Chiều 20/6, Đảng ủy Văn phòng Chính phủ tổ chức Lễ trao tặng Huy hiệu Đảng.", None, None, None),
    ],
}


def _rows(table: dict[str, list[Row]]) -> list[tuple[str, str, date | None, date | None, DateBasis | None]]:
    return [(meaning, *row) for meaning, rows in table.items() for row in rows]


@pytest.mark.parametrize(("meaning", "text", "day", "last", "basis"), _rows(WITH_PAGE))
def test_with_the_page_date(meaning: str, text: str, day: date, last: date | None, basis: DateBasis) -> None:
    report = extract(text, published=PAGE)
    assert (report.meeting_date, report.meeting_end, report.date_basis) == (day, last, basis), meaning


@pytest.mark.parametrize(("meaning", "text", "day", "last", "basis"), _rows(FROM_CLUES))
def test_from_the_articles_clues(
    meaning: str, text: str, day: date | None, last: date | None, basis: DateBasis | None
) -> None:
    report = extract(text)
    assert (report.meeting_date, report.meeting_end, report.date_basis) == (day, last, basis), meaning


def test_the_table_has_sixty_forms_or_more() -> None:
    assert len(_rows(WITH_PAGE)) + len(_rows(FROM_CLUES)) >= 60


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Sáng qua (12/7)," + BODY, "Sáng qua (12/7)"),  # the bracket inside the span
        ("Chiều thứ Hai," + BODY, "Chiều thứ Hai"),
        ("Cuối tuần qua," + BODY, "Cuối tuần qua"),
        ("Từ ngày 30/6 đến ngày 2/7," + BODY, "Từ ngày 30/6 đến ngày 2/7"),
        ("Ngày mồng 5 tháng Giêng," + BODY, "Ngày mồng 5 tháng Giêng"),
    ],
)
def test_the_evidence_holds_the_whole_expression(text: str, span: str) -> None:
    report = extract(text, published=PAGE)
    ev = report.evidence.meeting_date
    assert ev is not None and ev.text == span == text[ev.start : ev.end]


@pytest.mark.parametrize(
    "text",
    [
        "Kỳ họp thứ hai, HĐND tỉnh Hòa Sơn khóa X bế mạc.",  # an ordinal, not Monday
        "Hội nghị lần thứ Ba Ban Chấp hành Đảng bộ tỉnh đã bế mạc.",
        "Từ nay đến năm 2025, Ban Dân vận Tỉnh ủy tổ chức hội nghị hằng quý.",  # "từ nay" is no day
        "Vừa qua, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban.",
        "Năm qua, Ban Dân vận Tỉnh ủy tổ chức nhiều hội nghị.",
    ],
)
def test_words_that_name_no_day(text: str) -> None:
    assert extract(text, published=PAGE).meeting_date is None
