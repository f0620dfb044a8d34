"""Awards on unseen sites: one table test per construction of issue 13, with invented examples.

Each case asserts the exact (count, recipient, form, giver) of every award,
so a construction read wrongly, or a non-award read as one, fails here.
"""

from __future__ import annotations

import pytest

from dvextract import explain, extract

LEAD = "Ngày 15/4, Quận ủy quận Tân Phú tổ chức hội nghị tổng kết. "

Row = tuple[int, str, str | None, str | None]


def _awards(text: str) -> list[Row]:
    return [(a.count, a.recipient, a.form, a.by) for a in extract(LEAD + text).awards]


OPEN_RECIPIENTS = [
    pytest.param(
        "Dịp này, Tỉnh đoàn tuyên dương 45 cán bộ Đoàn tiêu biểu.",
        [(45, "individual", "tuyên dương", "Tỉnh đoàn")],
        id="qualified-head",
    ),
    pytest.param(
        "Hội đồng Đội huyện tặng giấy khen cho 27 em thiếu nhi có thành tích xuất sắc.",
        [(27, "individual", "giấy khen", "Hội đồng Đội huyện")],
        id="em-thieu-nhi",
    ),
    pytest.param(
        "Công đoàn công ty khen thưởng 15 công nhân trẻ.",
        [(15, "individual", "khen thưởng", "Công đoàn công ty")],
        id="cong-nhan",
    ),
    pytest.param(
        "Hội Phụ nữ xã biểu dương 12 hội viên và 8 chi hội.",
        [(12, "individual", "biểu dương", "Hội Phụ nữ xã"), (8, "collective", "biểu dương", "Hội Phụ nữ xã")],
        id="hoi-vien-chi-hoi",
    ),
    pytest.param(
        "UBND huyện tặng giấy khen cho 6 tập thê và 9 ca nhân.",
        [(6, "collective", "giấy khen", "UBND huyện"), (9, "individual", "giấy khen", "UBND huyện")],
        id="misspelt-tone",
    ),
    pytest.param(
        "UBND huyện tặng giấy khen cho 4 đơn vi, 7 hội viện và 3 học viện.",
        [(4, "collective", "giấy khen", "UBND huyện"), (7, "individual", "giấy khen", "UBND huyện")],
        id="misspelt-letter-but-not-another-word",
    ),
    pytest.param(
        "Hội Chữ thập đỏ tặng bằng khen cho 18 tổ chức, 22 cá nhân.",
        [
            (18, "collective", "bằng khen", "Hội Chữ thập đỏ"),
            (22, "individual", "bằng khen", "Hội Chữ thập đỏ"),
        ],
        id="to-chuc-as-noun",
    ),
    pytest.param(
        "Huyện đoàn trao giấy khen cho 30 em học sinh nghèo vượt khó và 5 liên đội.",
        [(30, "individual", "giấy khen", "Huyện đoàn"), (5, "collective", "giấy khen", "Huyện đoàn")],
        id="em-hoc-sinh-lien-doi",
    ),
    pytest.param(
        "Dịp này, Ủy ban MTTQ xã tặng giấy khen cho 3 người có uy tín và 2 khu dân cư.",
        [
            (3, "individual", "giấy khen", "Ủy ban MTTQ xã"),
            (2, "collective", "giấy khen", "Ủy ban MTTQ xã"),
        ],
        id="nguoi-khu-dan-cu",
    ),
    pytest.param(
        "Hội Nông dân xã tặng giấy khen cho mười hai nông dân.",
        [(12, "individual", "giấy khen", "Hội Nông dân xã")],
        id="number-words",
    ),
]

CARRIED_FORMS = [
    pytest.param(
        "Hội đồng thi đua đã họp xét khen thưởng năm 2024. Qua bình xét, hội đồng chọn được 03 tập thể, 08 cá nhân.",
        [(3, "collective", "khen thưởng", None), (8, "individual", "khen thưởng", None)],
        id="form-from-sentence-before",
    ),
    pytest.param(
        "Bảy tập thể được nhận thưởng, gồm: 3 chi đoàn và 4 chi hội.",
        [(7, "collective", "nhận thưởng", None)],
        id="nhan-thuong-total-with-parts",
    ),
    pytest.param(
        "Năm tổ hội được thưởng vì đã hoàn thành xuất sắc nhiệm vụ.",
        [(5, "collective", "thưởng", None)],
        id="duoc-thuong",
    ),
    pytest.param(
        "Ban Chấp hành đã tặng bằng khen cho 10 tập thể; 12 cá nhân cũng được biểu dương.",
        [(10, "collective", "bằng khen", "Ban Chấp hành"), (12, "individual", "biểu dương", None)],
        id="each-clause-its-own-form",
    ),
    pytest.param(
        "Ban Chấp hành đã tặng bằng khen cho nhiều tập thể. Hội hiện có 1200 hội viên, tăng 5% so với năm trước.",
        [],
        id="no-carry-without-receiving",
    ),
    pytest.param(
        "Hội tổ chức khen thưởng các điển hình.\nTrong năm, có 2 em được nhận học bổng.",
        [],
        id="no-carry-across-paragraphs-or-to-other-gifts",
    ),
    pytest.param(
        "Chủ tịch nước tặng Huân chương Lao động cho các tập thể; có 4 đơn vị nhận Huân chương Lao động hạng Ba.",
        [(4, "collective", "Huân chương Lao động hạng Ba", None)],
        id="form-written-with-count-wins",
    ),
    pytest.param(
        "Thủ tướng tặng Huân chương Bảo vệ Tổ quốc hạng Nhì cho 3 đơn vị.",
        [(3, "collective", "Huân chương Bảo vệ Tổ quốc hạng Nhì", "Thủ tướng")],
        id="honour-name-with-two-syllable-words",
    ),
]

SCOPED_NEGATIONS = [
    pytest.param(
        "Từ 42 hồ sơ đề cử, Ban Thường vụ quyết định trao Giải thưởng cho 7 tập thể.",
        [(7, "collective", "Giải thưởng", "Ban Thường vụ")],
        id="nomination-closed-by-a-new-predicate",
    ),
    pytest.param("Đảng ủy xét và đề nghị trao tặng Huy hiệu Đảng cho 21 đồng chí.", [], id="nomination-governs"),
    pytest.param("Có 5 tập thể được đề nghị tặng Bằng khen của UBND tỉnh.", [], id="nominated-after-count"),
    pytest.param(
        "Hội tặng giấy khen cho 20 cá nhân, trong đó có 5 đoàn viên; khen thưởng 6 tập thể.",
        [(20, "individual", "giấy khen", "Hội"), (6, "collective", "khen thưởng", "Hội")],
        id="trong-do-stops-at-semicolon",
    ),
    pytest.param("Sau 15 năm tổ chức, đã có 120 tập thể và 45 cá nhân nhận giải thưởng.", [], id="cumulative-total"),
    pytest.param("Huyện có 12 xã được phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.", [], id="holding"),
    pytest.param("Đến nay, 5 năm liền 8 chi hội được tặng Cờ thi đua của Trung ương Hội.", [], id="years-running"),
    pytest.param(
        "Sau 5 năm thực hiện, phong trào đạt nhiều kết quả.Nhân dịp này, UBND tỉnh tặng Bằng khen cho 6 tập thể.",
        [(6, "collective", "Bằng khen", "UBND tỉnh")],
        id="past-marker-does-not-reach-past-the-event",
    ),
    pytest.param(
        "Ban Tổ chức biểu dương 65 cá nhân và tập thể có nhiều đóng góp.", [], id="mixed-total-individuals-first"
    ),
    pytest.param(
        "Hội khen thưởng 25 tập thể, cá nhân, gồm 10 tập thể và 15 cá nhân.",
        [(10, "collective", "khen thưởng", "Hội"), (15, "individual", "khen thưởng", "Hội")],
        id="mixed-total-with-breakdown",
    ),
    pytest.param(
        "Đảng ủy trao Huy hiệu Đảng cho 13 đảng viên.\nTrong 13 đảng viên được trao Huy hiệu Đảng có 2 đảng viên "
        "nhận Huy hiệu 60 năm tuổi Đảng, 3 đảng viên nhận Huy hiệu 40 năm tuổi Đảng.",
        [(13, "individual", "Huy hiệu Đảng", "Đảng ủy")],
        id="total-then-its-parts",
    ),
    pytest.param(
        "Chi bộ trao Huy hiệu Đảng cho 9 đồng chí, trong đó có 2 đồng chí nhận Huy hiệu 50 năm; "
        "3 đồng chí nhận Huy hiệu 40 năm; 4 đồng chí nhận Huy hiệu 30 năm.",
        [(9, "individual", "Huy hiệu Đảng", "Chi bộ")],
        id="breakdown-of-one-honour-across-semicolons",
    ),
    pytest.param(
        "Đại hội đã có 150 đại biểu dự, trong đó 30 đại biểu được khen thưởng.",
        [(30, "individual", "khen thưởng", None)],
        id="part-of-an-attendance-count",
    ),
    pytest.param("Hội nghị biểu dương điển hình có 200 đại biểu tham dự.", [], id="delegates-are-not-recipients"),
    pytest.param("Ban Thi đua - Khen thưởng có 2 người tham dự.", [], id="form-inside-a-body-name"),
    pytest.param(
        "Tuyên dương 3 đoàn viên của chi đoàn thôn 11 xã Tân Lập.",
        [(3, "individual", "Tuyên dương", None)],
        id="labels-are-not-counts",
    ),
]

MORE_FORMS = [
    pytest.param(
        "UBND tỉnh tặng Bằng Khen cho 6 tập thể và Kỷ Niệm Chương cho 3 cá nhân.",
        [(6, "collective", "Bằng Khen", "UBND tỉnh"), (3, "individual", "Kỷ Niệm Chương", "UBND tỉnh")],
        id="title-case-forms",
    ),
    pytest.param(
        "UBND huyện ban hành Quyết định về việc khen thưởng 12 tập thể.",
        [(12, "collective", "khen thưởng", None)],
        id="decision-on-awarding",
    ),
    pytest.param("Ban Tổ chức chia 5 nhóm thảo luận về công tác khen thưởng.", [], id="form-as-a-topic"),
    pytest.param("Hội đồng Thi đua, Khen thưởng huyện họp xét 12 tập thể.", [], id="form-in-a-council-name"),
    pytest.param("Bốn đội xuất sắc nhất sẽ thi chung kết để nhận giải thưởng.", [], id="future"),
    pytest.param(
        "Hội Phụ nữ tặng giấy khen cho 3 liên chi hội, 5 phân hội và 6 nhóm.",
        [
            (3, "collective", "giấy khen", "Hội Phụ nữ"),
            (5, "collective", "giấy khen", "Hội Phụ nữ"),
            (6, "collective", "giấy khen", "Hội Phụ nữ"),
        ],
        id="more-collective-heads",
    ),
    pytest.param("Tổng kết có 2 trường hợp được khen thưởng.", [], id="compound-truong-hop-is-no-recipient"),
    pytest.param(
        "UBND huyện tặng giấy khen cho 05 (năm) tập thể và mười hai (12) cá nhân.",
        [(5, "collective", "giấy khen", "UBND huyện"), (12, "individual", "giấy khen", "UBND huyện")],
        id="count-in-digits-and-words",
    ),
    pytest.param(
        "UBND huyện tặng Giấy khen cho 05 Tập thể và 10 Cá nhân.",
        [(5, "collective", "Giấy khen", "UBND huyện"), (10, "individual", "Giấy khen", "UBND huyện")],
        id="capitalised-two-syllable-heads",
    ),
    pytest.param("Đoàn công tác đến Quận 5 Tân Bình trao bằng khen.", [], id="number-before-a-place-name"),
    pytest.param(
        "Nhân dịp này, Ban Chỉ đạo chương trình tặng bằng khen cho 5 tập thể.",
        [(5, "collective", "bằng khen", None)],
        id="chuong-trinh-is-not-a-submission",
    ),
    pytest.param("Hội đã trình UBND tỉnh tặng bằng khen cho 5 tập thể.", [], id="submitted-for-an-award"),
]

NUMBER_WORDS = [
    pytest.param(
        "Sau 15 năm tổ chức hội thi, Hội khen thưởng nhiều cá nhân.", [], id="nam-after-years-and-verb-to-chuc"
    ),
    pytest.param(
        "Nhân dịp này, Hội tặng giấy khen cho năm tổ chức và bảy cá nhân.",
        [(5, "collective", "giấy khen", "Hội"), (7, "individual", "giấy khen", "Hội")],
        id="nam-as-a-count",
    ),
    pytest.param("Lần thứ năm hội viên được khen thưởng.", [], id="ordinal-word"),
    pytest.param("Bí thư biết một chiến sĩ bị thương vẫn làm nhiệm vụ nên đã tuyên dương.", [], id="mot-as-article"),
    pytest.param(
        "Hội tặng giấy khen cho một tập thể và hai cá nhân.",
        [(1, "collective", "giấy khen", "Hội"), (2, "individual", "giấy khen", "Hội")],
        id="mot-in-a-list-counts",
    ),
    pytest.param("Học sinh đoạt 51 huy chương tại hội khỏe Phù Đổng.", [], id="medals-won-are-not-awards-given"),
]


@pytest.mark.parametrize(
    ("text", "expected"), OPEN_RECIPIENTS + CARRIED_FORMS + SCOPED_NEGATIONS + MORE_FORMS + NUMBER_WORDS
)
def test_construction(text: str, expected: list[Row]) -> None:
    assert _awards(text) == expected


def test_explain_names_the_reason_of_each_decision() -> None:
    e = explain(LEAD + "Từ 42 hồ sơ đề cử, Hội đề nghị khen thưởng 12 tập thể; trao bằng khen cho 5 cá nhân.")
    by_text = {c.text: c for c in e.of("award")}
    assert by_text["12 tập thể"].verdict == "a nomination, not an award"
    assert by_text["12 tập thể"].has("nomination") and not by_text["12 tập thể"].kept
    assert by_text["5 cá nhân"].kept and by_text["5 cá nhân"].has("form_in_clause")
    assert "nomination ('đề nghị')" in e.format(("award",))


def test_explain_shows_carried_form_and_misspelling() -> None:
    e = explain(LEAD + "Hội họp xét khen thưởng. Qua bình xét, Hội chọn được 4 tập thê.")
    [c] = e.of("award")
    assert c.kept and c.has("form_carried") and c.has("recipient_misspelt")
    assert "the recipient's head noun is misspelt by one letter or tone mark ('tập thê')" in e.format(("award",))


def test_recipient_phrase_is_the_candidate_text() -> None:
    e = explain(LEAD + "Tỉnh đoàn tuyên dương 45 cán bộ Đoàn tiêu biểu có nhiều đóng góp.")
    assert [c.text for c in e.of("award")] == ["45 cán bộ Đoàn tiêu biểu"]
    [a] = e.report.awards
    assert [s.text for s in a.spans] == ["45 cán bộ"]


@pytest.mark.parametrize(
    "body",
    [
        "UBND huyện tặng Giấy khen cho:\n- 05 tập thể có thành tích xuất sắc;\n- 12 cá nhân tiêu biểu.\nHội có 300 hội viên.",
        "UBND huyện tặng Giấy khen cho:\n05 tập thể có thành tích xuất sắc\n12 cá nhân tiêu biểu\nHội có 300 hội viên.",
    ],
)
def test_list_items_carry_the_form_of_their_list(body: str) -> None:
    report = extract(LEAD + "\n" + body)
    assert [(a.count, a.recipient, a.form, a.by) for a in report.awards] == [
        (5, "collective", "Giấy khen", "UBND huyện"),
        (12, "individual", "Giấy khen", "UBND huyện"),
    ]
