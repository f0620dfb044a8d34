"""Officials: every form of writing a person, with exact names, titles and roles."""

from __future__ import annotations

import pytest

from dvextract import extract

LEAD = "Ngày 15/4, Quận ủy quận Tân Phú tổ chức hội nghị giao ban. "


def _people(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {o.name: (list(o.titles), list(o.roles)) for o in extract(LEAD + text).officials}


CASES = [
    pytest.param(
        "Đồng chí Nguyễn Văn Hưởng, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh, chủ trì hội nghị.",
        {"Nguyễn Văn Hưởng": (["Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"], ["presiding"])},
        id="name-comma-titles",
    ),
    pytest.param(
        "Dự hội nghị có bà Lý Lệ Thu - Phó Bí thư Thường trực Quận ủy.",
        {"Lý Lệ Thu": (["Phó Bí thư Thường trực Quận ủy"], ["attending"])},
        id="name-dash-title",
    ),
    pytest.param(
        "Đến dự có Phó Bí thư Thường trực Quận ủy quận Tân Bình Phạm Thị Út.",
        {"Phạm Thị Út": (["Phó Bí thư Thường trực Quận ủy quận Tân Bình"], ["attending"])},
        id="title-first-place-then-name",
    ),
    pytest.param(
        "Phát biểu tại hội nghị, Bí thư Quận ủy Dương Kinh Đào Văn Ninh đề nghị các chi bộ làm tốt.",
        {"Đào Văn Ninh": (["Bí thư Quận ủy Dương Kinh"], ["speaking"])},
        id="place-split-from-surname",
    ),
    pytest.param(
        "Bí thư Quận ủy, Lê Thị Kim Hồng; Phó Bí thư Thường trực Quận ủy, Phạm Hưng Quốc Bảo; "
        "Phó Bí thư, Chủ tịch UBND quận, Phạm Minh Mẫn chủ trì hội nghị.",
        {
            "Lê Thị Kim Hồng": (["Bí thư Quận ủy"], ["presiding"]),
            "Phạm Hưng Quốc Bảo": (["Phó Bí thư Thường trực Quận ủy"], ["presiding"]),
            "Phạm Minh Mẫn": (["Phó Bí thư", "Chủ tịch UBND quận"], ["presiding"]),
        },
        id="shared-verb-list",
    ),
    pytest.param(
        "Dự hội nghị, có các đồng chí Ủy viên Bộ Chính trị: Nguyễn Thiện Nhân, Chủ tịch Ủy ban T.Ư MTTQ Việt Nam; "
        "Phạm Minh Chính, Trưởng Ban Tổ chức T.Ư.",
        {
            "Nguyễn Thiện Nhân": (["Ủy viên Bộ Chính trị", "Chủ tịch Ủy ban T.Ư MTTQ Việt Nam"], ["attending"]),
            "Phạm Minh Chính": (["Ủy viên Bộ Chính trị", "Trưởng Ban Tổ chức T.Ư"], ["attending"]),
        },
        id="shared-title-before-colon",
    ),
    pytest.param(
        "Bộ trưởng Bộ Công an Đại tướng Lương Tam Quang và Thượng tá Nguyễn Hữu Lộc, Trưởng Công an quận dự hội nghị.",
        {
            "Lương Tam Quang": (["Bộ trưởng Bộ Công an"], ["attending"]),
            "Nguyễn Hữu Lộc": (["Trưởng Công an quận"], ["attending"]),
        },
        id="ranks-are-not-names-or-titles",
    ),
    pytest.param(
        "Bí thư Quận ủy Lê Thị Kim Hồng trao khen thưởng cho các tập thể",
        {"Lê Thị Kim Hồng": (["Bí thư Quận ủy"], ["awarding"])},
        id="photo-caption-awarding",
    ),
    pytest.param(
        "Đến dự có đồng chí H'Maryam Niê, Phó Chủ tịch Ủy ban MTTQ tỉnh.",
        {"H'Maryam Niê": (["Phó Chủ tịch Ủy ban MTTQ tỉnh"], ["attending"])},
        id="ede-name",
    ),
    pytest.param(
        "Dự hội nghị có Phó Bí thư Thành ủy TP HCM Nguyễn Phước Lộc. Ông Lộc đề nghị các cấp làm tốt.",
        {"Nguyễn Phước Lộc": (["Phó Bí thư Thành ủy TP HCM"], ["attending", "speaking"])},
        id="short-mention-joins-full-name",
    ),
    pytest.param(
        "Phó Bí thư Thường trực Thành ủy Nguyễn Văn Lê Bảo và Tổng Thanh tra Chính phủ Phan Văn Sáu chủ trì hội nghị.",
        {
            "Nguyễn Văn Lê Bảo": (["Phó Bí thư Thường trực Thành ủy"], ["presiding"]),
            "Phan Văn Sáu": (["Tổng Thanh tra Chính phủ"], ["presiding"]),
        },
        id="two-names-one-verb",
    ),
    pytest.param(
        "Chiều cùng ngày, dưới sự chủ trì của đồng chí Ngô Đông Hải, Phó Bí thư thường trực Tỉnh ủy, hội nghị thảo luận.",
        {"Ngô Đông Hải": (["Phó Bí thư thường trực Tỉnh ủy"], ["presiding"])},
        id="under-the-chair-of",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_forms(text: str, expected: dict[str, tuple[list[str], list[str]]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị quán triệt tư tưởng Hồ Chí Minh và phát động phong trào tại TP Hồ Chí Minh.",
        'Phong trào "Nguyễn Văn Trỗi anh hùng" được các chi đoàn hưởng ứng.',
        "Hội nghị diễn ra vào Thứ Bảy tại quận Tân Phú.",
        "Ông Nguyễn Văn A nói rằng hội nghị thành công.",
    ],
)
def test_not_officials(text: str) -> None:
    assert _people(text) == {}


def test_byline_author_is_not_an_official() -> None:
    text = LEAD + "Đến dự có Bí thư Quận ủy Lê Thị Kim Hồng.\n\nLê Thị Dạ Thảo"
    report = extract(text)
    assert report.author == "Lê Thị Dạ Thảo"
    assert [o.name for o in report.officials] == ["Lê Thị Kim Hồng"]


def test_mentions_merge_and_titles_are_listed_once() -> None:
    text = (
        LEAD + "Đến dự có Bí thư Quận ủy Lê Thị Kim Hồng. Phát biểu kết luận, Bí thư Quận ủy Lê Thị Kim Hồng "
        "ghi nhận kết quả. Bí thư Quận ủy Lê Thị Kim Hồng trao khen thưởng cho các tập thể."
    )
    [o] = extract(text).officials
    assert o.titles == ("Bí thư Quận ủy",)
    assert o.roles == ("attending", "speaking", "awarding")
    assert len(o.spans) == 3 and all(s.text == "Lê Thị Kim Hồng" for s in o.spans)


def test_no_event_no_officials() -> None:
    text = "Theo ông Nguyễn Văn Bình, Giám đốc Công ty Cà phê Đất Việt, giá cà phê tăng."
    assert extract(text).officials == ()


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 6/2, Ban Chỉ đạo Tây Nguyên tổ chức họp báo giới thiệu lễ hội. Phó Trưởng ban Nguyễn Văn A phát biểu.",
        "Ngày 20/4, Công ty cổ phần X tổ chức Đại hội đồng cổ đông. Chủ tịch HĐQT Trần Văn B chủ trì.",
    ],
)
def test_press_conferences_and_company_meetings_are_not_civic_meetings(text: str) -> None:
    report = extract(text)
    assert (report.officials, report.organizer, report.meeting_date) == ((), None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đ/c Đinh Văn Giang - PBT Thường trực Huyện ủy, Chủ tịch HĐND huyện dự hội nghị.",
            {"Đinh Văn Giang": (["PBT Thường trực Huyện ủy", "Chủ tịch HĐND huyện"], ["attending"])},
        ),
        (
            "Hội nghị do đồng chí Vũ Thị Phương, Phó Bí thư Thường trực Huyện ủy chủ trì.",
            {"Vũ Thị Phương": (["Phó Bí thư Thường trực Huyện ủy"], ["presiding"])},
        ),
        (
            "Đồng chí Lò Văn Puôn, Bí thư Huyện ủy Mường Tè và đồng chí Giàng A Páo, Chủ tịch UBND huyện đồng chủ trì hội nghị.",
            {
                "Lò Văn Puôn": (["Bí thư Huyện ủy Mường Tè"], ["presiding"]),
                "Giàng A Páo": (["Chủ tịch UBND huyện"], ["presiding"]),
            },
        ),
        (
            "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Thị Nga trao giấy khen cho các tập thể.",
            {"Hà Thị Nga": (["Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"], ["awarding"])},
        ),
    ],
)
def test_more_forms_from_other_sites(text: str, expected: dict[str, tuple[list[str], list[str]]]) -> None:
    assert _people(text) == expected
