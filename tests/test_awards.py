"""Awards: every form of stating a count, with exact values, and the non-awards."""

from __future__ import annotations

import pytest

from dvextract import extract
from dvextract.numbers import words_to_int

LEAD = "Ngày 15/4, Quận ủy quận Tân Phú tổ chức hội nghị tổng kết. "


def _awards(text: str) -> list[tuple[int, str, str | None, str | None]]:
    return [(a.count, a.recipient, a.form, a.by) for a in extract(LEAD + text).awards]


CASES = [
    pytest.param(
        "Dịp này, quận đã khen thưởng 10 tập thể, 6 cá nhân có thành tích trong công tác dân vận; "
        "khen thưởng 9 tập thể, 5 cá nhân có thành tích trong công tác Quy chế dân chủ.",
        [
            (10, "collective", "khen thưởng", None),
            (6, "individual", "khen thưởng", None),
            (9, "collective", "khen thưởng", None),
            (5, "individual", "khen thưởng", None),
        ],
        id="lists",
    ),
    pytest.param(
        "15 tập thể nhận bằng khen của Ban Thường vụ Thành ủy TP HCM; "
        "42 tập thể và 15 cá nhân cũng nhận được giấy khen của Ban Dân vận Thành ủy TP HCM.",
        [
            (15, "collective", "bằng khen", "Ban Thường vụ Thành ủy TP HCM"),
            (42, "collective", "giấy khen", "Ban Dân vận Thành ủy TP HCM"),
            (15, "individual", "giấy khen", "Ban Dân vận Thành ủy TP HCM"),
        ],
        id="form-and-body-after",
    ),
    pytest.param(
        "Chủ tịch UBND tỉnh trao Bằng khen của Chủ tịch UBND tỉnh cho 12 tập thể.",
        [(12, "collective", "Bằng khen", "Chủ tịch UBND tỉnh")],
        id="trao-bang-khen-cho",
    ),
    pytest.param(
        "Tại hội nghị, 34 tập thể có nhiều đóng góp trong năm được khen thưởng.",
        [(34, "collective", "khen thưởng", None)],
        id="passive",
    ),
    pytest.param(
        "Có 8 tập thể và 1 cá nhân được Ban Thường vụ Tỉnh ủy tặng Bằng khen.",
        [
            (8, "collective", "Bằng khen", "Ban Thường vụ Tỉnh ủy"),
            (1, "individual", "Bằng khen", "Ban Thường vụ Tỉnh ủy"),
        ],
        id="passive-with-giver",
    ),
    pytest.param(
        "Ban Thường vụ Quận ủy tặng giấy khen cho hai mươi mốt tập thể, mười lăm cá nhân; 05 hộ gia đình được biểu dương.",
        [
            (21, "collective", "giấy khen", "Ban Thường vụ Quận ủy"),
            (15, "individual", "giấy khen", "Ban Thường vụ Quận ủy"),
            (5, "collective", "biểu dương", None),
        ],
        id="number-words-and-zero-padding",
    ),
    pytest.param(
        "Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 tập thể.",
        [(2, "collective", "Huân chương Lao động hạng Ba", "Chủ tịch nước")],
        id="order-with-class",
    ),
    pytest.param(
        "Buổi lễ đã trao 04 Kỷ niệm chương cho các chị.", [(4, "individual", "Kỷ niệm chương", None)], id="medals"
    ),
    pytest.param(
        "Được tặng Bằng khen: 5 tập thể, 7 cá nhân.",
        [(5, "collective", "Bằng khen", None), (7, "individual", "Bằng khen", None)],
        id="inverted-after-colon",
    ),
    pytest.param(
        "Chủ tịch nước tặng Cờ thi đua cho 3 đơn vị.", [(3, "collective", "Cờ thi đua", "Chủ tịch nước")], id="flag"
    ),
    pytest.param(
        "Hội Nông dân tỉnh trao Giấy chứng nhận cho hai chi hội và 12 hội viên.",
        [
            (2, "collective", "Giấy chứng nhận", "Hội Nông dân tỉnh"),
            (12, "individual", "Giấy chứng nhận", "Hội Nông dân tỉnh"),
        ],
        id="certificate-chi-hoi-hoi-vien",
    ),
    pytest.param(
        "Đảng ủy xã khen thưởng 3 chi bộ và 9 đảng viên.",
        [(3, "collective", "khen thưởng", "Đảng ủy xã"), (9, "individual", "khen thưởng", "Đảng ủy xã")],
        id="chi-bo-dang-vien",
    ),
    pytest.param(
        "Hội đã tuyên dương 13 tập thể, 27 cá nhân và 245 lượt tập thể.",
        [
            (13, "collective", "tuyên dương", "Hội"),
            (27, "individual", "tuyên dương", "Hội"),
            (245, "collective", "tuyên dương", "Hội"),
        ],
        id="luot",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_forms(text: str, expected: list[tuple[int, str, str | None, str | None]]) -> None:
    assert _awards(text) == expected


def test_luot_is_kept_and_marked() -> None:
    report = extract(LEAD + "Hội đã tuyên dương 245 lượt tập thể.")
    assert [(a.count, a.per_award) for a in report.awards] == [(245, True)]


def test_reason_is_kept() -> None:
    [a] = extract(
        LEAD + "Dịp này, quận đã khen thưởng 10 tập thể có thành tích xuất sắc trong công tác dân vận."
    ).awards
    assert a.reason == "có thành tích xuất sắc trong công tác dân vận"


def test_same_award_in_lead_and_body_is_one_entry() -> None:
    text = (
        LEAD
        + "15 tập thể nhận bằng khen của Ban Thường vụ Thành ủy.\n\nDịp này, 15 tập thể nhận bằng khen của Ban Thường vụ Thành ủy."
    )
    [a] = extract(text).awards
    assert len(a.spans) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị có 200 đại biểu tham dự.",
        "Ban Dân vận đề ra 5 nhiệm vụ trọng tâm.",
        "Hội nghị nghe 6 ý kiến phát biểu và 2 tham luận.",
        "Trong 17 năm qua, Hội đã tuyên dương 80 tập thể.",
        "Hội nghị biểu dương 115 tập thể, cá nhân tiêu biểu.",
        "Hội đề nghị khen thưởng 12 tập thể.",
        "Đại hội đã bầu 11 đồng chí vào Ban Chấp hành.",
        "Tổng kinh phí khen thưởng là 50 triệu đồng trong 3 năm.",
        "Có 2 tập thể và 11 đảng viên bị xử lý kỷ luật.",
    ],
)
def test_not_awards(text: str) -> None:
    assert _awards(text) == []


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("hai", 2),
        ("mười", 10),
        ("mười lăm", 15),
        ("hai mươi", 20),
        ("hai mươi mốt", 21),
        ("hai mốt", 21),
        ("hai mươi tư", 24),
        ("hai mươi nhăm", 25),
        ("một trăm linh năm", 105),
        ("một trăm lẻ năm", 105),
        ("hai nghìn không trăm hai mươi lăm", 2025),
        ("ba ngàn", 3000),
        ("tập thể", None),
        ("hai tập thể", None),
        ("", None),
    ],
)
def test_number_words(words: str, value: int | None) -> None:
    assert words_to_int(words) == value
