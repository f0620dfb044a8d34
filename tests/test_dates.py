"""Date forms and year resolution, as a table with a fixed publication date."""

from __future__ import annotations

from datetime import date

import pytest

from dvextract import extract
from dvextract.published import find_published

PUB = date(2024, 7, 13)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Thứ Ba, ngày 4 tháng 8 năm 2020", date(2020, 8, 4)),
        ("Thứ Năm, 29/10/2020, 13:53 [GMT+7]", date(2020, 10, 29)),
        ("Chủ nhật - 09/10/2022 22:58", date(2022, 10, 9)),
        ("Thứ Bảy, 5 tháng 5, 2012", date(2012, 5, 5)),
        ("03/06/2024 18:27 74 lượt xem", date(2024, 6, 3)),
        ("Thứ 2, 02-01-2023", date(2023, 1, 2)),
    ],
)
def test_published_header_forms(header: str, expected: date) -> None:
    text = f"{header}\n\nTiêu đề bài viết\n\nNgày 1/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị."
    got = find_published(text)
    assert got is not None and got.value == expected


def test_a_lead_sentence_with_a_full_date_is_not_the_page_date() -> None:
    assert find_published("Ngày 15/4/2024, Quận ủy quận Tân Phú tổ chức Hội nghị giao ban.") is None


@pytest.mark.parametrize(
    ("lead", "expected", "tod"),
    [
        ("Chiều 13/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị.", date(2024, 1, 13), "chiều"),
        ("Ngày 10-1, Ban Dân vận Tỉnh ủy tổ chức hội nghị.", date(2024, 1, 10), None),
        ("Sáng 14/01, Quận ủy tổ chức hội nghị tổng kết.", date(2024, 1, 14), "sáng"),
        ("Sáng ngày 7/6/2013, Thường trực HĐND huyện tổ chức hội nghị.", date(2013, 6, 7), "sáng"),
        ("Tối qua 23/3 tại Công viên, Thành Đoàn tổ chức lễ kỷ niệm.", date(2024, 3, 23), "tối"),
        ("Trong hai ngày 21, 22-4, Ban Thường vụ Tỉnh Đoàn tổ chức hội nghị.", date(2024, 4, 21), None),
        ("Từ ngày 14 đến 15/3, Hội Nông dân tỉnh tổ chức đại hội.", date(2024, 3, 14), None),
        ("Ngày 10.2, Chính phủ họp phiên thường kỳ.", date(2024, 2, 10), None),
        ("Sáng nay (14/3), Ban Dân vận Tỉnh ủy tổ chức hội nghị.", date(2024, 3, 14), "sáng"),
        ("Chiều thứ Sáu (14/3), Ban Dân vận Tỉnh ủy tổ chức hội nghị.", date(2024, 3, 14), "chiều"),
        ("Trong 2 ngày (14-15/3), Hội Nông dân tỉnh tổ chức Đại hội.", date(2024, 3, 14), None),
        ("Ban Dân vận Tỉnh ủy vừa tổ chức hội nghị tổng kết vào sáng 14/3.", date(2024, 3, 14), "sáng"),
        # Later in the year than the page: the year before.
        ("Chiều 20/12, Hội Phụ nữ tỉnh tổ chức hội nghị tổng kết.", date(2023, 12, 20), "chiều"),
    ],
)
def test_meeting_date_forms_with_page_date(lead: str, expected: date, tod: str | None) -> None:
    report = extract(lead, published=PUB)
    assert report.meeting_date == expected
    assert report.time_of_day == tod


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A January review of year Y is held in Y+1.
        ("Ngày 10-1, Ban Dân vận Thành ủy tổ chức hội nghị tổng kết công tác dân vận năm 2023.", date(2024, 1, 10)),
        # A December review of year Y is held in Y.
        ("Sáng 20/12, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác Hội năm 2022.", date(2022, 12, 20)),
        # A plan for year Y announced in January is held in Y.
        ("Sáng 5/1, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị triển khai nhiệm vụ năm 2024.", date(2024, 1, 5)),
        # A half-year review.
        (
            "Sáng 8/7, Ban Dân vận Tỉnh ủy tổ chức Hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024.",
            date(2024, 7, 8),
        ),
        # A congress opening a term is held in its first year.
        ("Sáng 23/5, Ủy ban MTTQ quận tổ chức Đại hội đại biểu MTTQ quận nhiệm kỳ 2019 - 2024.", date(2019, 5, 23)),
        # An upcoming deadline bounds the year from above.
        (
            "Chiều ngày 14/9, Ban Thường trực Ủy ban MTTQ huyện tổ chức Hội nghị triển khai công tác chuẩn bị."
            " Đại hội cấp xã hoàn thành trước ngày 30/4/2024.",
            date(2023, 9, 14),
        ),
        # N years of implementing a dated document.
        (
            "Sáng 14/5, Tổng Liên đoàn tổ chức Hội nghị sơ kết 2 năm thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021.",
            date(2023, 5, 14),
        ),
    ],
)
def test_year_from_the_articles_own_clues(text: str, expected: date) -> None:
    assert extract(text).meeting_date == expected


@pytest.mark.parametrize(
    "text",
    [
        # No year anywhere: unknowable, so null (not the machine's clock).
        "Chiều 20/6, Đảng ủy Văn phòng Chính phủ tổ chức Lễ trao tặng Huy hiệu Đảng.",
        # "vừa qua" states no day.
        "Vừa qua, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban.",
        # A document's date only bounds the year; it does not fix it.
        "Chiều 12/3, Huyện ủy tổ chức hội nghị quán triệt Chỉ thị số 19-CT/TU ngày 19/10/2018 của Ban Thường vụ Thành ủy.",
    ],
)
def test_unknown_year_or_day_gives_null(text: str) -> None:
    assert extract(text).meeting_date is None


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 15/4, Quận ủy tổ chức hội nghị về kỷ niệm 50 năm Giải phóng (30/4/1975 - 30/4/2025).",
        "Ngày 15/4, Quận ủy tổ chức hội nghị quán triệt Chỉ thị số 19-CT/TU ngày 19/10/2018.",
        "Ngày 15/4, Quận ủy tổ chức hội nghị nhiệm kỳ 2020-2025.",
    ],
)
def test_documents_anniversaries_and_terms_are_not_the_meeting(text: str) -> None:
    assert extract(text, published=PUB).meeting_date == date(2024, 4, 15)


def test_secondary_event_does_not_win_over_the_lead() -> None:
    text = (
        "Ngày 27/6, Phó Chủ tịch Quốc hội tiếp xúc cử tri tại huyện. "
        "Trước đó, tối 26/6, Phó Chủ tịch Quốc hội làm việc với lãnh đạo tỉnh."
    )
    assert extract(text, published=PUB).meeting_date == date(2024, 6, 27)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Cập nhật: 14/01/2025 10:30", date(2025, 1, 14)),
        ("10:30 14/01/2025", date(2025, 1, 14)),
        ("Thứ ba, 14/1/2025 - 10:30", date(2025, 1, 14)),
        ("Ngày đăng: 14/01/2025", date(2025, 1, 14)),
    ],
)
def test_published_with_labels_and_times(header: str, expected: date) -> None:
    got = find_published(f"{header}\n\nTiêu đề\n\nNgày 13/1, Huyện ủy tổ chức hội nghị.")
    assert got is not None and got.value == expected
