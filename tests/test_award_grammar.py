"""The grammar of award statements (docs/awards-grammar.md) as a table of invented sentences.

Each row asserts the exact (count, recipient, form, giver) of every award the
sentence states, or none, grouped by construction. The sentences are written
for these tests; none comes from a dev or corpus article.
"""

from __future__ import annotations

import random

import pytest

from dvextract import explain, extract

LEAD = "Ngày 15/4, Quận ủy quận Tân Phú tổ chức hội nghị tổng kết. "

Row = tuple[int, str, str | None, str | None]
COL, IND = "collective", "individual"


def _awards(text: str) -> list[Row]:
    return [(a.count, a.recipient, a.form, a.by) for a in extract(LEAD + text).awards]


def _rows(group: list[tuple[str, str, list[Row]]]) -> list[object]:
    return [pytest.param(text, expected, id=name) for name, text, expected in group]


# 2.1 Active, form first: GIVER VERB FORM (cho | tới | đến)? COUNT RECIPIENT.
ACTIVE = [
    ("tang-cho", "UBND phường tặng giấy khen cho 9 tổ dân phố.", [(9, COL, "giấy khen", "UBND phường")]),
    (
        "trao-tang",
        "Ban Thường vụ Thị ủy trao tặng Giấy khen cho 8 cá nhân.",
        [(8, IND, "Giấy khen", "Ban Thường vụ Thị ủy")],
    ),
    ("trao-co", "UBND tỉnh trao Cờ thi đua cho 2 đơn vị dẫn đầu.", [(2, COL, "Cờ thi đua", "UBND tỉnh")]),
    (
        "no-cho",
        "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen 14 tập thể.",
        [(14, COL, "Bằng khen", "Chủ tịch UBND tỉnh")],
    ),
    ("toi", "Hội Nông dân huyện trao giấy khen tới 12 hội viên.", [(12, IND, "giấy khen", "Hội Nông dân huyện")]),
    ("den", "Huyện đoàn trao giấy khen đến 6 chi đoàn.", [(6, COL, "giấy khen", "Huyện đoàn")]),
    (
        "gan-huy-hieu",
        "Dịp này, Đảng ủy đã gắn Huy hiệu Đảng cho 12 đảng viên.",
        [(12, IND, "Huy hiệu Đảng", "Đảng ủy")],
    ),
    (
        "ky-quyet-dinh",
        "Chủ tịch UBND tỉnh đã ký quyết định tặng Bằng khen cho 14 tập thể và 26 cá nhân.",
        [(14, COL, "Bằng khen", "Chủ tịch UBND tỉnh"), (26, IND, "Bằng khen", "Chủ tịch UBND tỉnh")],
    ),
    (
        "topic-lead-then-subject",
        "Về khen thưởng, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 8 tổ chức cơ sở đảng và 20 đảng viên.",
        [(8, COL, "Bằng khen", "Ban Thường vụ Tỉnh ủy"), (20, IND, "Bằng khen", "Ban Thường vụ Tỉnh ủy")],
    ),
    (
        "certificate-for-a-title",
        "UBND xã trao giấy công nhận danh hiệu Gia đình văn hóa cho 45 hộ.",
        [(45, COL, "giấy công nhận", "UBND xã")],
    ),
    (
        "posthumous-title",
        "Chủ tịch nước truy tặng danh hiệu Bà mẹ Việt Nam Anh hùng cho 12 mẹ.",
        [(12, IND, "danh hiệu Bà mẹ Việt Nam Anh hùng", "Chủ tịch nước")],
    ),
    (
        "two-forms-one-verb",
        "Hội tặng giấy khen và 50 suất quà cho 10 hội viên.",
        [(10, IND, "giấy khen", "Hội")],
    ),
]

# 2.2 Verbs that are the form: khen thưởng, tuyên dương, biểu dương, vinh danh, tôn vinh, trao thưởng.
FORM_VERBS = [
    ("khen-thuong-adverb", "Hội đã khen thưởng đột xuất 9 người dân.", [(9, IND, "khen thưởng", "Hội")]),
    ("tuyen-duong", "Thành đoàn tuyên dương 30 thanh niên tiên tiến.", [(30, IND, "tuyên dương", "Thành đoàn")]),
    ("bieu-duong", "Mặt trận xã biểu dương 7 khu dân cư.", [(7, COL, "biểu dương", "Mặt trận xã")]),
    (
        "vinh-danh",
        "Ban Tổ chức đã vinh danh 10 doanh nghiệp và 5 doanh nhân.",
        [(10, COL, "vinh danh", "Ban Tổ chức"), (5, IND, "vinh danh", "Ban Tổ chức")],
    ),
    ("ton-vinh", "Sở Giáo dục tôn vinh 25 nhà giáo tâm huyết.", [(25, IND, "tôn vinh", "Sở Giáo dục")]),
    (
        "two-verbs",
        "Hội nghị đã tuyên dương, khen thưởng 15 tập thể và 25 cá nhân.",
        [(15, COL, "khen thưởng", None), (25, IND, "khen thưởng", None)],
    ),
    (
        "trao-thuong",
        "Ban Tổ chức trao thưởng cho 10 em học sinh đạt thành tích cao.",
        [(10, IND, "trao thưởng", "Ban Tổ chức")],
    ),
    (
        "tang-thuong",
        "Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhì cho 3 tập thể.",
        [(3, COL, "Huân chương Lao động hạng Nhì", "Chủ tịch nước")],
    ),
]

# 2.3 Double object, count first: GIVER tặng COUNT RECIPIENT FORM.
DOUBLE_OBJECT = [
    (
        "count-then-form",
        "UBND huyện tặng 14 tập thể Bằng khen vì có thành tích xuất sắc.",
        [(14, COL, "Bằng khen", "UBND huyện")],
    ),
    (
        "count-then-form-two",
        "Hội tặng 6 chi hội và 15 hội viên giấy khen.",
        [(6, COL, "giấy khen", "Hội"), (15, IND, "giấy khen", "Hội")],
    ),
]

# 2.4 Passive, count first: (Có)? COUNT RECIPIENT ... (được)? (GIVER)? VERB? FORM (của GIVER)?
PASSIVE = [
    (
        "giver-between-duoc-and-verb",
        "Ban Tổ chức tặng giấy khen cho 3 tập thể, 5 cá nhân được UBND huyện tặng Bằng khen.",
        [(3, COL, "giấy khen", "Ban Tổ chức"), (5, IND, "Bằng khen", "UBND huyện")],
    ),
    (
        "cung-duoc-nhan",
        "Dịp này, 4 tập thể và 6 cá nhân cùng được nhận Giấy khen của Hội.",
        [(4, COL, "Giấy khen", "Hội"), (6, IND, "Giấy khen", "Hội")],
    ),
    ("duoc-tang", "Có 4 tập thể được tặng Bằng khen.", [(4, COL, "Bằng khen", None)]),
    ("duoc-nhan", "Dịp này, 20 hội viên được nhận giấy khen.", [(20, IND, "giấy khen", None)]),
    (
        "duoc-giver-tang",
        "Mười lăm cá nhân được Hội Nông dân tỉnh tặng bằng khen.",
        [(15, IND, "bằng khen", "Hội Nông dân tỉnh")],
    ),
    (
        "duoc-giver-form-verb",
        "Dịp này, có 12 tập thể, 30 cá nhân được UBND huyện khen thưởng.",
        [(12, COL, "khen thưởng", "UBND huyện"), (30, IND, "khen thưởng", "UBND huyện")],
    ),
    ("vinh-du-nhan", "Ba tập thể vinh dự nhận Cờ thi đua của Chính phủ.", [(3, COL, "Cờ thi đua", "Chính phủ")]),
    (
        "don-nhan-cua",
        "07 tập thể, 15 cá nhân đã đón nhận Giấy khen của Ban Chấp hành Hội Nông dân huyện.",
        [
            (7, COL, "Giấy khen", "Ban Chấp hành Hội Nông dân huyện"),
            (15, IND, "Giấy khen", "Ban Chấp hành Hội Nông dân huyện"),
        ],
    ),
    ("do-giver", "5 tập thể nhận Bằng khen do UBND tỉnh trao tặng.", [(5, COL, "Bằng khen", "UBND tỉnh")]),
    ("duoc-tuyen-duong", "Tại buổi lễ, 18 đoàn viên xuất sắc được tuyên dương.", [(18, IND, "tuyên dương", None)]),
    (
        "qualified-then-passive",
        "Dịp này, 8 chi đoàn và 30 đoàn viên được Ban Thường vụ Huyện đoàn tặng giấy khen vì có thành tích.",
        [(8, COL, "giấy khen", "Ban Thường vụ Huyện đoàn"), (30, IND, "giấy khen", "Ban Thường vụ Huyện đoàn")],
    ),
    ("duoc-thuong", "Sáu em học sinh được thưởng vì đạt thành tích cao.", [(6, IND, "thưởng", None)]),
    (
        "duoc-trao-tang-ky-niem-chuong",
        "Có 9 hội viên được trao tặng Kỷ niệm chương của Trung ương Hội.",
        [(9, IND, "Kỷ niệm chương", "Trung ương Hội")],
    ),
    (
        "long-honour-name",
        "Dịp này, Bộ trưởng Bộ Nội vụ trao Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức nhà nước cho 8 cá nhân.",
        [(8, IND, "Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức nhà nước", "Bộ trưởng Bộ Nội vụ")],
    ),
]

# 2.5 Each count its own form and giver; givers by subject, "Thay mặt", "Thừa ủy quyền".
GIVERS = [
    (
        "own-form-each",
        "Dịp này, 20 hội viên được nhận giấy khen, 4 chi hội được nhận bằng khen.",
        [(20, IND, "giấy khen", None), (4, COL, "bằng khen", None)],
    ),
    (
        "nearest-subject",
        "Nhân dịp này, Bộ Quốc phòng tặng Bằng khen cho 4 tập thể, Bộ Tư lệnh tặng Giấy khen cho 7 cá nhân.",
        [(4, COL, "Bằng khen", "Bộ Quốc phòng"), (7, IND, "Giấy khen", "Bộ Tư lệnh")],
    ),
    (
        "nearest-subject-second",
        "Trung ương Hội trao Kỷ niệm chương cho 9 hội viên, Hội tỉnh tặng bằng khen cho 3 chi hội.",
        [(9, IND, "Kỷ niệm chương", "Trung ương Hội"), (3, COL, "bằng khen", "Hội tỉnh")],
    ),
    (
        "thay-mat",
        "Thay mặt Ban Thường vụ Huyện ủy, đồng chí Nguyễn Văn An trao Giấy khen cho 5 tập thể và 9 cá nhân.",
        [(5, COL, "Giấy khen", "Ban Thường vụ Huyện ủy"), (9, IND, "Giấy khen", "Ban Thường vụ Huyện ủy")],
    ),
    (
        "thua-uy-quyen",
        "Thừa ủy quyền của Chủ tịch nước, đồng chí Lê Văn Bình trao Huân chương Lao động hạng Ba cho 2 tập thể.",
        [(2, COL, "Huân chương Lao động hạng Ba", "Chủ tịch nước")],
    ),
    (
        "cua-wins-over-thay-mat",
        "Thay mặt lãnh đạo tỉnh, đồng chí Trần Thị Hoa trao Bằng khen của Chủ tịch UBND tỉnh cho 8 tập thể.",
        [(8, COL, "Bằng khen", "Chủ tịch UBND tỉnh")],
    ),
    (
        "title-and-name-subject",
        "Chủ tịch UBND huyện Nguyễn Văn An trao giấy khen cho 6 tập thể.",
        [(6, COL, "giấy khen", "Chủ tịch UBND huyện")],
    ),
    (
        "elliptical-clause-keeps-giver",
        "Hội tặng bằng khen cho 5 tập thể; giấy khen cho 10 cá nhân.",
        [(5, COL, "bằng khen", "Hội"), (10, IND, "giấy khen", "Hội")],
    ),
    (
        "two-givers-semicolon",
        "Có 5 tập thể và 9 cá nhân được tặng Bằng khen của UBND tỉnh; 12 tập thể và 21 cá nhân được tặng Giấy khen "
        "của UBND huyện.",
        [
            (5, COL, "Bằng khen", "UBND tỉnh"),
            (9, IND, "Bằng khen", "UBND tỉnh"),
            (12, COL, "Giấy khen", "UBND huyện"),
            (21, IND, "Giấy khen", "UBND huyện"),
        ],
    ),
]

# 2.6 A form heading a list: FORM (của GIVER)? ":" COUNT RECIPIENT ...; bullets; "gồm".
LISTS = [
    (
        "class-word-first",
        "UBND huyện tặng Giấy khen: tập thể 05, cá nhân 12.",
        [(5, COL, "Giấy khen", "UBND huyện"), (12, IND, "Giấy khen", "UBND huyện")],
    ),
    (
        "class-word-then-count-in-parentheses",
        "Khen thưởng các tập thể (05) và cá nhân (12) có thành tích xuất sắc.",
        [(5, COL, "Khen thưởng", None), (12, IND, "Khen thưởng", None)],
    ),
    (
        "class-word-first-bullets",
        "Bằng khen của UBND tỉnh:\n- Tập thể: 3;\n- Cá nhân: 7.",
        [(3, COL, "Bằng khen", "UBND tỉnh"), (7, IND, "Bằng khen", "UBND tỉnh")],
    ),
    (
        "bullets-after-a-sentence-with-no-count",
        "Dịp này, UBND quận đã khen thưởng các tập thể, cá nhân có thành tích xuất sắc.\n- 12 tập thể tiêu biểu;\n"
        "- 25 cá nhân xuất sắc.",
        [(12, COL, "khen thưởng", "UBND quận"), (25, IND, "khen thưởng", "UBND quận")],
    ),
    (
        "cu-the-next-paragraph",
        "Dịp này, UBND huyện khen thưởng các tập thể, cá nhân có thành tích xuất sắc.\nCụ thể: 5 tập thể và 12 cá nhân.",
        [(5, COL, "khen thưởng", "UBND huyện"), (12, IND, "khen thưởng", "UBND huyện")],
    ),
    (
        "form-colon-list",
        "Bằng khen của UBND tỉnh: 3 tập thể, 5 cá nhân; Giấy khen của UBND huyện: 10 tập thể.",
        [(3, COL, "Bằng khen", "UBND tỉnh"), (5, IND, "Bằng khen", "UBND tỉnh"), (10, COL, "Giấy khen", "UBND huyện")],
    ),
    (
        "gom-colon",
        "Khen thưởng gồm: 3 tập thể, 6 cá nhân.",
        [(3, COL, "Khen thưởng", None), (6, IND, "Khen thưởng", None)],
    ),
    (
        "cac-then-gom",
        "Tại buổi lễ, Ban Thường vụ Huyện ủy đã tặng giấy khen cho các tập thể, cá nhân, gồm: 6 tập thể và 11 cá nhân.",
        [(6, COL, "giấy khen", "Ban Thường vụ Huyện ủy"), (11, IND, "giấy khen", "Ban Thường vụ Huyện ủy")],
    ),
    (
        "plus-bullets",
        "UBND huyện quyết định khen thưởng:\n+ Giấy khen cho 5 tập thể;\n+ Giấy khen cho 12 cá nhân.",
        [(5, COL, "Giấy khen", None), (12, IND, "Giấy khen", None)],
    ),
    (
        "numbered-lines",
        "Danh sách khen thưởng:\n1. Bằng khen của UBND tỉnh: 02 tập thể, 03 cá nhân.\n"
        "2. Giấy khen của UBND huyện: 08 tập thể, 15 cá nhân.",
        [
            (2, COL, "Bằng khen", "UBND tỉnh"),
            (3, IND, "Bằng khen", "UBND tỉnh"),
            (8, COL, "Giấy khen", "UBND huyện"),
            (15, IND, "Giấy khen", "UBND huyện"),
        ],
    ),
    (
        "dash-lines-under-form",
        "Hội Cựu chiến binh huyện tặng Giấy khen cho:\n- 04 chi hội;\n- 11 hội viên.",
        [(4, COL, "Giấy khen", "Hội Cựu chiến binh huyện"), (11, IND, "Giấy khen", "Hội Cựu chiến binh huyện")],
    ),
    (
        "cu-the",
        "Hội nghị đã khen thưởng các điển hình, cụ thể: Bằng khen cho 2 tập thể, Giấy khen cho 9 cá nhân.",
        [(2, COL, "Bằng khen", None), (9, IND, "Giấy khen", None)],
    ),
    (
        "next-sentence-receives",
        "UBND huyện tặng giấy khen cho 10 tập thể. Ngoài ra, 15 cá nhân cũng được tặng giấy khen.",
        [(10, COL, "giấy khen", "UBND huyện"), (15, IND, "giấy khen", None)],
    ),
]

# Counts: digits, zero-padded, thousands, words (capitalised at a sentence's start), "lượt".
COUNTS = [
    (
        "mot-with-its-award",
        "Dịp này, một tập thể được tặng Cờ thi đua của Chính phủ.",
        [(1, COL, "Cờ thi đua", "Chính phủ")],
    ),
    ("mot-governed", "UBND tỉnh tặng Bằng khen cho một tập thể.", [(1, COL, "Bằng khen", "UBND tỉnh")]),
    ("thousands", "Hội tuyên dương 1.250 hội viên nông dân sản xuất giỏi.", [(1250, IND, "tuyên dương", "Hội")]),
    (
        "mot-tram-hai-muoi",
        "UBND phường tặng giấy khen cho một trăm hai mươi hộ.",
        [(120, COL, "giấy khen", "UBND phường")],
    ),
    ("hai-muoi-mot", "Có hai mươi mốt hộ gia đình được UBND xã biểu dương.", [(21, COL, "biểu dương", "UBND xã")]),
    ("muoi-lam-start", "Mười lăm chi hội được tặng giấy khen.", [(15, COL, "giấy khen", None)]),
    (
        "zero-padded",
        "Hội khen thưởng 01 tập thể và 09 cá nhân.",
        [(1, COL, "khen thưởng", "Hội"), (9, IND, "khen thưởng", "Hội")],
    ),
    ("hai-muoi-lam", "Đoàn xã tuyên dương hai mươi lăm đoàn viên.", [(25, IND, "tuyên dương", "Đoàn xã")]),
    ("luot", "Hội đã tuyên dương 120 lượt hội viên.", [(120, IND, "tuyên dương", "Hội")]),
    ("words-and-digits", "Hội tặng giấy khen cho bảy (07) tập thể.", [(7, COL, "giấy khen", "Hội")]),
]

# Recipients: heads of every kind, abbreviations, variant spellings, qualifiers.
RECIPIENTS = [
    ("con-em", "Hội tặng giấy khen cho 30 con em hội viên đạt thành tích cao.", [(30, IND, "giấy khen", "Hội")]),
    (
        "to-chuc-co-so-doan",
        "Huyện đoàn tặng giấy khen cho 8 tổ chức cơ sở Đoàn vững mạnh.",
        [(8, COL, "giấy khen", "Huyện đoàn")],
    ),
    (
        "nha-giao-is-no-gift",
        "Sở trao giấy khen cho:\n- ba nhà giáo;\n- 12 tổ dân phố.",
        [(3, IND, "giấy khen", "Sở"), (12, COL, "giấy khen", "Sở")],
    ),
    (
        "posts-are-people",
        "Hội Phụ nữ tặng giấy khen cho 5 chi hội trưởng và 12 tổ trưởng.",
        [(5, IND, "giấy khen", "Hội Phụ nữ"), (12, IND, "giấy khen", "Hội Phụ nữ")],
    ),
    (
        "ban-cong-tac-mat-tran",
        "Ủy ban MTTQ huyện biểu dương 12 Ban Công tác Mặt trận và 20 trưởng ban.",
        [(12, COL, "biểu dương", "Ủy ban MTTQ huyện"), (20, IND, "biểu dương", "Ủy ban MTTQ huyện")],
    ),
    (
        "religious-organisations",
        "Ủy ban MTTQ tỉnh tặng bằng khen cho 6 tổ chức tôn giáo.",
        [(6, COL, "bằng khen", "Ủy ban MTTQ tỉnh")],
    ),
    (
        "capitalised-me",
        "Chủ tịch nước truy tặng danh hiệu Bà mẹ Việt Nam Anh hùng cho 12 Mẹ.",
        [(12, IND, "danh hiệu Bà mẹ Việt Nam Anh hùng", "Chủ tịch nước")],
    ),
    ("vi-chuc-sac", "Ban Trị sự tặng giấy khen cho 6 vị chức sắc tôn giáo.", [(6, IND, "giấy khen", "Ban Trị sự")]),
    ("chien-sy", "Công an tỉnh khen thưởng 3 chiến sỹ có thành tích.", [(3, IND, "khen thưởng", "Công an tỉnh")]),
    ("can-bo-chien-sy", "Bộ Chỉ huy tặng giấy khen cho 6 cán bộ, chiến sỹ.", [(6, IND, "giấy khen", "Bộ Chỉ huy")]),
    (
        "htx-dn",
        "Sở Nông nghiệp tặng bằng khen cho 12 HTX và 20 DN.",
        [(12, COL, "bằng khen", "Sở Nông nghiệp"), (20, COL, "bằng khen", "Sở Nông nghiệp")],
    ),
    ("ccb", "Hội Cựu chiến binh tặng giấy khen cho 15 CCB tiêu biểu.", [(15, IND, "giấy khen", "Hội Cựu chiến binh")]),
    ("chi-to-hoi", "Hội Phụ nữ huyện khen thưởng 8 chi, tổ hội.", [(8, COL, "khen thưởng", "Hội Phụ nữ huyện")]),
    ("chau", "UBND xã trao giấy khen cho 40 cháu ngoan Bác Hồ.", [(40, IND, "giấy khen", "UBND xã")]),
    (
        "lop-thay-co",
        "UBND tỉnh tặng Bằng khen cho 5 tập thể lớp và 10 thầy cô giáo.",
        [(5, COL, "Bằng khen", "UBND tỉnh"), (10, IND, "Bằng khen", "UBND tỉnh")],
    ),
    (
        "lao-dong-nu-doanh-nhan",
        "Liên đoàn Lao động tặng Bằng khen cho 11 lao động nữ và 6 nữ doanh nhân.",
        [(11, IND, "Bằng khen", "Liên đoàn Lao động"), (6, IND, "Bằng khen", "Liên đoàn Lao động")],
    ),
    (
        "ban-tre-thieu-nien",
        "Hội đồng Đội trao giấy khen cho 25 bạn trẻ và 30 thiếu niên.",
        [(25, IND, "giấy khen", "Hội đồng Đội"), (30, IND, "giấy khen", "Hội đồng Đội")],
    ),
    ("y-bac-si", "Dịp này, Sở Y tế tặng giấy khen cho 4 y, bác sĩ.", [(4, IND, "giấy khen", "Sở Y tế")]),
    (
        "to-chuc-co-so-dang",
        "Đảng ủy khối tặng giấy khen cho 8 tổ chức cơ sở đảng.",
        [(8, COL, "giấy khen", "Đảng ủy khối")],
    ),
    ("cuu-tnxp", "Hội tặng giấy khen cho 7 cựu thanh niên xung phong.", [(7, IND, "giấy khen", "Hội")]),
    (
        "tac-gia",
        "Hội Văn học nghệ thuật trao giải thưởng cho 12 tác giả.",
        [(12, IND, "giải thưởng", "Hội Văn học nghệ thuật")],
    ),
    ("nhom-tac-gia", "Ban Tổ chức trao giải thưởng cho 3 nhóm tác giả.", [(3, COL, "giải thưởng", "Ban Tổ chức")]),
    (
        "huyen-co-thi-dua",
        "UBND tỉnh trao Cờ thi đua cho 3 huyện dẫn đầu phong trào.",
        [(3, COL, "Cờ thi đua", "UBND tỉnh")],
    ),
    ("thi-sinh", "Ban Tổ chức trao giấy chứng nhận cho 40 thí sinh.", [(40, IND, "giấy chứng nhận", "Ban Tổ chức")]),
    (
        "co-so-so-nganh",
        "Hội khen thưởng 12 cơ sở và 5 sở, ngành.",
        [(12, COL, "khen thưởng", "Hội"), (5, COL, "khen thưởng", "Hội")],
    ),
    (
        "nhan-to-dvtn",
        "Tỉnh đoàn tuyên dương 30 nhân tố tiêu biểu và 12 ĐVTN.",
        [(30, IND, "tuyên dương", "Tỉnh đoàn"), (12, IND, "tuyên dương", "Tỉnh đoàn")],
    ),
    ("cnvcld", "Công đoàn ngành tặng giấy khen cho 25 CNVCLĐ.", [(25, IND, "giấy khen", "Công đoàn ngành")]),
]

# Forms counted by themselves: one piece per recipient, the class from the form or from whom it goes to.
COUNTED_FORMS = [
    (
        "medals-per-person",
        "Buổi lễ đã trao 06 Kỷ niệm chương cho các hội viên.",
        [(6, IND, "Kỷ niệm chương", None)],
    ),
    ("flags-are-for-collectives", "UBND tỉnh trao 5 Cờ thi đua cho các đơn vị.", [(5, COL, "Cờ thi đua", "UBND tỉnh")]),
    (
        "certificates-to-named-class",
        "Dịp này, UBND huyện trao 20 Bằng khen cho các tập thể.",
        [(20, COL, "Bằng khen", "UBND huyện")],
    ),
    (
        "orders-listed-to-persons",
        "Chủ tịch nước trao 11 Huân chương Độc lập hạng Nhì, 4 Huân chương Lao động hạng Ba tặng các đồng chí lão thành.",
        [
            (11, IND, "Huân chương Độc lập hạng Nhì", "Chủ tịch nước"),
            (4, IND, "Huân chương Lao động hạng Ba", "Chủ tịch nước"),
        ],
    ),
    (
        "certificates-and-their-recipients-counted",
        "UBND huyện trao 20 Bằng khen cho 20 tập thể.",
        [(20, COL, "Bằng khen", "UBND huyện")],
    ),
]

# Forms with the honour's name; prize ranks.
HONOURS = [
    ("cup", "Ban Tổ chức trao cúp cho 3 đội xuất sắc.", [(3, COL, "cúp", "Ban Tổ chức")]),
    (
        "creative-labour-certificate",
        "Tổng Liên đoàn tặng Bằng Lao động sáng tạo cho 15 công nhân.",
        [(15, IND, "Bằng Lao động sáng tạo", "Tổng Liên đoàn")],
    ),
    (
        "hot-bonus",
        "Giám đốc Công an tỉnh thưởng nóng 8 cán bộ, chiến sĩ.",
        [(8, IND, "thưởng nóng", "Giám đốc Công an tỉnh")],
    ),
    (
        "huy-hieu-tuoi-dang",
        "Đảng ủy trao Huy hiệu 40 năm tuổi Đảng cho 6 đảng viên.",
        [(6, IND, "Huy hiệu 40 năm tuổi Đảng", "Đảng ủy")],
    ),
    (
        "huy-hieu-tuoi-dang-each",
        "Có 3 đồng chí nhận Huy hiệu 60 năm tuổi Đảng, 5 đồng chí nhận Huy hiệu 40 năm tuổi Đảng.",
        [(3, IND, "Huy hiệu 60 năm tuổi Đảng", None), (5, IND, "Huy hiệu 40 năm tuổi Đảng", None)],
    ),
    (
        "honour-name-lower-case-syllables",
        "Tỉnh đoàn trao Huy hiệu Tuổi trẻ sáng tạo cho 8 đoàn viên.",
        [(8, IND, "Huy hiệu Tuổi trẻ sáng tạo", "Tỉnh đoàn")],
    ),
    (
        "title-name",
        "UBND huyện tặng danh hiệu Lao động tiên tiến cho 35 cá nhân.",
        [(35, IND, "danh hiệu Lao động tiên tiến", "UBND huyện")],
    ),
    (
        "quoted-name",
        "UBND huyện trao Kỷ niệm chương “Vì sự nghiệp Dân vận” cho 15 cá nhân.",
        [(15, IND, "Kỷ niệm chương", "UBND huyện")],
    ),
    (
        "prize-ranks",
        "Ban Tổ chức trao giải Nhất cho 2 đội, giải Nhì cho 3 đội.",
        [(2, COL, "giải Nhất", "Ban Tổ chức"), (3, COL, "giải Nhì", "Ban Tổ chức")],
    ),
    (
        "prize-ranks-lower-case",
        "Ban Giám khảo trao giải khuyến khích cho 5 em học sinh.",
        [(5, IND, "giải khuyến khích", "Ban Giám khảo")],
    ),
    (
        "trao-giai-cho",
        "Hội Nhà báo trao giải cho 12 tác giả có tác phẩm xuất sắc.",
        [(12, IND, "trao giải", "Hội Nhà báo")],
    ),
]

# A prize rank with a count of prizes before it, given to counted recipients after "cho"
# (section 2, order 13): the prizes are counted, the recipients are the award.
PRIZE_RANKS_COUNTED = [
    (
        "prize-count-then-cho",
        "Ban Tổ chức trao 5 giải Nhất cho 5 tác giả.",
        [(5, IND, "giải Nhất", "Ban Tổ chức")],
    ),
    (
        "prize-count-words",
        "Ban Giám khảo đã trao hai giải Nhì cho hai nhóm tác giả.",
        [(2, COL, "giải Nhì", "Ban Giám khảo")],
    ),
    (
        "prize-count-list",
        "Hội đồng trao 3 giải Ba cho 3 đội và 4 giải Khuyến khích cho 4 đội.",
        [(3, COL, "giải Ba", "Hội đồng"), (4, COL, "giải Khuyến khích", "Hội đồng")],
    ),
    (
        "prize-count-comma-list",
        "Ban Tổ chức trao 2 giải Nhất cho 2 em học sinh, 6 giải Nhì cho 6 em học sinh.",
        [(2, IND, "giải Nhất", "Ban Tổ chức"), (6, IND, "giải Nhì", "Ban Tổ chức")],
    ),
    (
        "prize-count-trao-tang",
        "Liên đoàn Lao động huyện trao tặng 4 giải Đặc biệt cho 4 công đoàn cơ sở.",
        [(4, COL, "giải Đặc biệt", "Liên đoàn Lao động huyện")],
    ),
    ("prize-rank-passive", "Giải Nhất được trao cho 2 chi đoàn.", [(2, COL, "Giải Nhất", None)]),
    (
        "prize-rank-passive-giver",
        "Dịp này, giải Ba đã được trao cho 7 hội viên.",
        [(7, IND, "giải Ba", None)],
    ),
    ("prize-count-to-works", "Ban Tổ chức trao 4 giải Nhất, 6 giải Nhì cho 10 tác phẩm.", []),
    ("prize-count-to-no-one", "Hội đồng trao 2 giải Nhất và 5 giải Ba.", []),
    ("prize-rank-won", "Năm nay, huyện có 3 em học sinh giành 3 giải Nhất cấp tỉnh.", []),
]

# A total broken down into parts, each with its own form: the parts are the awards (section 2, order 8).
SPLIT_BY_FORM = [
    (
        "split-form-givers",
        "UBND xã khen thưởng 30 tập thể, trong đó 10 tập thể nhận Bằng khen của UBND huyện, 20 tập thể "
        "nhận Giấy khen của UBND xã.",
        [(10, COL, "Bằng khen", "UBND huyện"), (20, COL, "Giấy khen", "UBND xã")],
    ),
    (
        "split-form-gom-passive",
        "Dịp này, 45 hội viên được khen thưởng, gồm 15 hội viên được tặng Bằng khen của Trung ương Hội và 30 hội "
        "viên được tặng Giấy khen của Hội Nông dân tỉnh.",
        [(15, IND, "Bằng khen", "Trung ương Hội"), (30, IND, "Giấy khen", "Hội Nông dân tỉnh")],
    ),
    (
        "split-form-two-classes",
        "Huyện ủy khen thưởng 12 tập thể và 25 cá nhân; trong đó 4 tập thể, 10 cá nhân nhận Bằng khen của Tỉnh ủy, "
        "8 tập thể, 15 cá nhân nhận Giấy khen của Huyện ủy.",
        [
            (4, COL, "Bằng khen", "Tỉnh ủy"),
            (10, IND, "Bằng khen", "Tỉnh ủy"),
            (8, COL, "Giấy khen", "Huyện ủy"),
            (15, IND, "Giấy khen", "Huyện ủy"),
        ],
    ),
    (
        "split-form-cu-the",
        "Ban Thường vụ Thị đoàn tuyên dương 18 đoàn viên, cụ thể: 6 đoàn viên nhận Bằng khen, 12 đoàn viên nhận "
        "Giấy khen.",
        [(6, IND, "Bằng khen", "Ban Thường vụ Thị đoàn"), (12, IND, "Giấy khen", "Ban Thường vụ Thị đoàn")],
    ),
    (
        "split-same-form-two-givers",
        "Tại buổi lễ, UBND huyện khen thưởng 50 tập thể, trong đó 20 tập thể được tặng Giấy khen của Chủ tịch UBND "
        "huyện và 30 tập thể được tặng Giấy khen của Phòng Giáo dục.",
        [(20, COL, "Giấy khen", "Chủ tịch UBND huyện"), (30, COL, "Giấy khen", "Phòng Giáo dục")],
    ),
    (
        "split-over-semicolons",
        "Đợt này có 20 hội viên được khen thưởng, trong đó: 5 hội viên được Trung ương Hội tặng Bằng khen; 15 hội "
        "viên được Tỉnh hội tặng Giấy khen.",
        [(5, IND, "Bằng khen", "Trung ương Hội"), (15, IND, "Giấy khen", "Tỉnh hội")],
    ),
    (
        "split-gom-colon-semicolon",
        "Hội LHPN huyện khen thưởng 35 hội viên, gồm: 10 hội viên nhận Bằng khen của Tỉnh hội; 25 hội viên nhận "
        "Giấy khen của Huyện hội.",
        [(10, IND, "Bằng khen", "Tỉnh hội"), (25, IND, "Giấy khen", "Huyện hội")],
    ),
    (
        "split-same-honour-total-stands",
        "Có 20 đảng viên nhận Huy hiệu Đảng, trong đó 5 đảng viên nhận Huy hiệu 50 năm tuổi Đảng, 15 đảng viên nhận "
        "Huy hiệu 30 năm tuổi Đảng.",
        [(20, IND, "Huy hiệu Đảng", None)],
    ),
    (
        "split-one-part-total-stands",
        "Hội khen thưởng 25 hội viên, trong đó 5 hội viên nhận Bằng khen của Trung ương Hội.",
        [(25, IND, "khen thưởng", "Hội")],
    ),
    (
        "shared-predicate-pair",
        "Tại hội nghị, 3 tập thể, 7 cá nhân nhận Giấy khen của Đảng ủy xã; 2 tập thể, 4 cá nhân nhận Bằng khen "
        "của Huyện ủy.",
        [
            (3, COL, "Giấy khen", "Đảng ủy xã"),
            (7, IND, "Giấy khen", "Đảng ủy xã"),
            (2, COL, "Bằng khen", "Huyện ủy"),
            (4, IND, "Bằng khen", "Huyện ủy"),
        ],
    ),
]

# "khen" alone as the verb: it governs a count, or is a count's passive predicate.
PRAISE_VERB = [
    ("khen-governs", "Hội Liên hiệp Phụ nữ xã khen 9 hội viên.", [(9, IND, "khen", "Hội Liên hiệp Phụ nữ xã")]),
    (
        "khen-adverb-cho",
        "Ban Chỉ huy Quân sự huyện khen đột xuất cho 4 chiến sĩ dân quân.",
        [(4, IND, "khen", "Ban Chỉ huy Quân sự huyện")],
    ),
    ("khen-passive", "Dịp này, 12 đoàn viên được khen.", [(12, IND, "khen", None)]),
    (
        "khen-passive-giver",
        "Có 5 tổ dân phố được UBND phường khen vì giữ gìn vệ sinh môi trường.",
        [(5, COL, "khen", "UBND phường")],
    ),
    (
        "khen-pair",
        "Chủ tịch UBND xã khen 3 tập thể và 8 cá nhân có thành tích.",
        [(3, COL, "khen", "Chủ tịch UBND xã"), (8, IND, "khen", "Chủ tịch UBND xã")],
    ),
    ("khen-words", "Hội Khuyến học xã khen mười lăm em học sinh.", [(15, IND, "khen", "Hội Khuyến học xã")]),
    ("khen-praise-no-count", "Phong trào được nhân dân khen nhiều năm nay.", []),
    ("khen-ngoi", "Các đại biểu khen ngợi 3 cá nhân đã cứu người.", []),
    ("khen-noun", "Lời khen của 20 hội viên dành cho Ban Chấp hành Hội.", []),
]

# A body's units counted at a level: COUNT HEAD NAME LEVEL.
BODIES_AT_LEVEL = [
    (
        "hoi-co-so",
        "Ban Thường vụ Huyện ủy tặng Giấy khen cho 5 Hội Nông dân cơ sở.",
        [(5, COL, "Giấy khen", "Ban Thường vụ Huyện ủy")],
    ),
    (
        "hoi-cap-xa",
        "Hội Cựu chiến binh tỉnh tặng Giấy khen cho 6 Hội Cựu chiến binh cấp xã.",
        [(6, COL, "Giấy khen", "Hội Cựu chiến binh tỉnh")],
    ),
    (
        "hoi-xa-and-chi-hoi",
        "UBND huyện tặng Giấy khen cho 4 Hội Phụ nữ xã, 2 Chi hội Phụ nữ.",
        [(4, COL, "Giấy khen", "UBND huyện"), (2, COL, "Giấy khen", "UBND huyện")],
    ),
    (
        "doan-xa",
        "Huyện đoàn tặng giấy khen cho 3 Đoàn xã và 12 đoàn viên.",
        [(3, COL, "giấy khen", "Huyện đoàn"), (12, IND, "giấy khen", "Huyện đoàn")],
    ),
    (
        "abbreviated-name-passive",
        "Dịp này, 7 Hội LHPN các xã, thị trấn được Hội LHPN huyện tặng Giấy khen.",
        [(7, COL, "Giấy khen", "Hội LHPN huyện")],
    ),
    (
        "ban-cong-tac-mat-tran-capitalised",
        "UBND tỉnh tặng Bằng khen cho 8 Ban Công tác Mặt trận khu dân cư.",
        [(8, COL, "Bằng khen", "UBND tỉnh")],
    ),
    (
        "doan-thanh-nien-truong",
        "Tỉnh đoàn tuyên dương 6 Đoàn Thanh niên trường học.",
        [(6, COL, "tuyên dương", "Tỉnh đoàn")],
    ),
    ("hoi-no-level", "Hội Nông dân tỉnh tặng Giấy khen cho 2 Hội CCB.", [(2, COL, "Giấy khen", "Hội Nông dân tỉnh")]),
    (
        "hoi-no-level-in-list",
        "Huyện hội tặng giấy khen cho 3 Hội Cựu chiến binh, 5 chi hội.",
        [(3, COL, "giấy khen", "Huyện hội"), (5, COL, "giấy khen", "Huyện hội")],
    ),
    ("ban-needs-level", "UBND huyện tặng giấy khen cho 4 Ban Tổ chức.", []),
    ("chi-bo-truc-thuoc", "Huyện ủy tặng giấy khen cho 3 Chi bộ trực thuộc.", [(3, COL, "giấy khen", "Huyện ủy")]),
    ("hoi-nghi-no-body", "Huyện tổ chức 5 Hội nghị cấp xã và khen thưởng 3 tập thể.", [(3, COL, "khen thưởng", None)]),
    (
        "doan-cong-tac-no-body",
        "Hội tặng giấy khen cho 20 hội viên và 3 đoàn công tác.",
        [(20, IND, "giấy khen", "Hội")],
    ),
]

# A title the recipients achieved, after a form already given, is their merit, not their award.
ACHIEVED_TITLES = [
    (
        "dat-danh-hieu-after-giving",
        "Nhân dịp này, Đảng ủy xã tặng Giấy khen cho 5 chi bộ đạt danh hiệu trong sạch, vững mạnh tiêu biểu và "
        "15 đảng viên hoàn thành xuất sắc nhiệm vụ.",
        [(5, COL, "Giấy khen", "Đảng ủy xã"), (15, IND, "Giấy khen", "Đảng ủy xã")],
    ),
    (
        "dat-danh-hieu-merit-of-individuals",
        "UBND phường trao Giấy khen cho 12 cá nhân đạt danh hiệu Lao động tiên tiến.",
        [(12, IND, "Giấy khen", "UBND phường")],
    ),
]

# Named recipients with no count are not listed, however long the list (annotation guide).
NAMED_NO_COUNT = [
    ("named-list", "Hội Phụ nữ tỉnh tặng Bằng khen cho các chị Lê Thị An, Trần Thị Bình và Phạm Thị Cúc.", []),
    ("named-bodies", "UBND huyện tặng Giấy khen cho Hội Nông dân xã Tân Hòa và Đoàn xã Tân Hòa.", []),
]

# Opinions and wishes: an award deserved or asked for is not given.
OPINIONS = [
    ("xung-dang", "Nhiều cử tri cho rằng 3 thanh niên này xứng đáng được tặng Bằng khen.", []),
    ("can-duoc", "Đại biểu đề xuất 5 tổ hòa giải cần được khen thưởng kịp thời.", []),
    ("nen-khen-thuong", "Theo bà, xã nên khen thưởng 4 người dân đã cứu người.", []),
    ("mong-duoc", "Hai cựu chiến binh mong được tặng giấy khen.", []),
    ("can-tuyen-duong", "Hội nghị cũng cần tuyên dương 6 chi hội làm tốt.", []),
    (
        "merit-after-count-is-no-opinion",
        "UBND tỉnh tặng Bằng khen cho 5 doanh nghiệp xứng đáng.",
        [(5, COL, "Bằng khen", "UBND tỉnh")],
    ),
    (
        "opinion-in-another-clause",
        "Dịp này, UBND phường tặng Giấy khen cho 12 cá nhân, đây là những tấm gương xứng đáng được học tập.",
        [(12, IND, "Giấy khen", "UBND phường")],
    ),
]

# People at the ceremony described by the honour: attendees, not recipients.
CEREMONY_ATTENDEES = [
    ("attend-ceremony", "250 đại biểu điển hình tiên tiến của tỉnh đã về dự lễ tôn vinh.", []),
    ("represent-recipients", "Bí thư Tỉnh ủy gặp mặt 40 đại biểu đại diện các tập thể được tuyên dương.", []),
    ("attend-meeting-honour", "Tham dự buổi lễ có 300 đại biểu điển hình tiên tiến.", []),
    ("among-attendees", "Trong 400 đại biểu dự Lễ tuyên dương có 150 đại biểu là nữ.", []),
    ("honoured-delegates", "Tại buổi lễ, 60 đại biểu được tuyên dương.", [(60, IND, "tuyên dương", None)]),
    (
        "ceremony-governs-count",
        "Thành đoàn tổ chức Lễ tuyên dương 120 đại biểu thanh niên tiêu biểu.",
        [(120, IND, "tuyên dương", None)],
    ),
]

# Givers read in full: a body named after a noun whose syllable is a verb elsewhere, a ministry's
# name over its dash, a title with its holder's name left out, an adverb before the verb.
GIVERS_IN_FULL = [
    (
        "of-title-of-hoi-nha-bao",
        "Dịp này, Hội Nhà báo tỉnh trao Bằng khen của Chủ tịch Hội Nhà báo tỉnh cho 8 hội viên.",
        [(8, IND, "Bằng khen", "Chủ tịch Hội Nhà báo tỉnh")],
    ),
    (
        "title-subject-hoi-nha-bao",
        "Chủ tịch Hội Nhà báo tỉnh trao Bằng khen cho 6 hội viên.",
        [(6, IND, "Bằng khen", "Chủ tịch Hội Nhà báo tỉnh")],
    ),
    (
        "hoi-nguoi-cao-tuoi",
        "Hội Người cao tuổi huyện tặng giấy khen cho 14 chi hội.",
        [(14, COL, "giấy khen", "Hội Người cao tuổi huyện")],
    ),
    (
        "ministry-with-dash",
        "Bộ Lao động - Thương binh và Xã hội tặng Bằng khen cho 3 cá nhân.",
        [(3, IND, "Bằng khen", "Bộ Lao động - Thương binh và Xã hội")],
    ),
    (
        "title-of-ministry-with-hyphen-name-dropped",
        "Bộ trưởng Bộ Lao động-Thương binh và Xã hội Lê Văn Bình đã ký quyết định khen thưởng 3 cá nhân.",
        [(3, IND, "khen thưởng", "Bộ trưởng Bộ Lao động-Thương binh và Xã hội")],
    ),
    (
        "second-form-of-clause-name-dropped",
        "Tại buổi lễ, Chủ tịch UBND tỉnh Trần Thị Mai đã trao Huân chương Lao động hạng Nhì cho 3 cá nhân, "
        "Huân chương Lao động hạng Ba cho 11 cá nhân.",
        [
            (3, IND, "Huân chương Lao động hạng Nhì", "Chủ tịch UBND tỉnh"),
            (11, IND, "Huân chương Lao động hạng Ba", "Chủ tịch UBND tỉnh"),
        ],
    ),
    (
        "to-chuc-before-form-verbs",
        "Nhân dịp này, UBND huyện tổ chức tuyên dương, khen thưởng cho 50 cháu học sinh giỏi.",
        [(50, IND, "khen thưởng", "UBND huyện")],
    ),
    (
        "adverb-truc-tiep",
        "Ban Chỉ đạo huyện trực tiếp khen thưởng đột xuất 12 cá nhân.",
        [(12, IND, "khen thưởng", "Ban Chỉ đạo huyện")],
    ),
]

# A relative clause of works or merit between the recipients and their passive predicate: the form
# written there is theirs, over a form the sentence named before.
RELATIVE_PREDICATE = [
    (
        "works-then-passive-two-forms",
        "Bộ tổ chức lễ trao Giải thưởng Văn học và Giải thưởng Mỹ thuật cho 12 tác giả có tác phẩm được Bộ trưởng "
        "tặng Giải thưởng Văn học, 9 tác giả có tác phẩm, công trình được Bộ trưởng tặng Giải thưởng Mỹ thuật.",
        [(12, IND, "Giải thưởng Văn học", "Bộ trưởng"), (9, IND, "Giải thưởng Mỹ thuật", "Bộ trưởng")],
    ),
    (
        "paired-authors-quoted-form",
        "Hội đồng trao giải cho 7 tác giả, đồng tác giả có công trình được UBND tỉnh tặng “Giải thưởng Sáng tạo”.",
        [(7, IND, "Giải thưởng Sáng tạo", "UBND tỉnh")],
    ),
    (
        "merit-then-passive",
        "Dịp này, UBND xã tặng Giấy khen cho 20 hội viên, 5 cá nhân có thành tích xuất sắc được tặng Bằng khen "
        "của UBND huyện.",
        [(20, IND, "Giấy khen", "UBND xã"), (5, IND, "Bằng khen", "UBND huyện")],
    ),
    (
        "relative-of-other-people",
        "Huyện ủy tặng giấy khen cho 3 chi bộ có nhiều đảng viên được khen thưởng.",
        [(3, COL, "giấy khen", "Huyện ủy")],
    ),
]

# Totals and their breakdowns.
TOTALS = [
    (
        "opening-word-after-a-caption",
        "Ảnh: Minh Anh Trong số 12 hội viên nhận Kỷ niệm chương có 3 người cao tuổi.",
        [(12, IND, "Kỷ niệm chương", None)],
    ),
    (
        "one-of-in-digits",
        "Chị Lan, 1 trong 12 hội viên nhận Kỷ niệm chương, chia sẻ niềm vui.",
        [(12, IND, "Kỷ niệm chương", None)],
    ),
    (
        "no-marker-no-parts",
        "Hội tặng giấy khen cho:\n- 20 hội viên;\n- 5 cán bộ hội.",
        [(20, IND, "giấy khen", "Hội"), (5, IND, "giấy khen", "Hội")],
    ),
    (
        "trong-do-opens-the-next-sentence",
        "Hội khen thưởng 20 cá nhân. Trong đó, 5 cá nhân là đoàn viên.",
        [(20, IND, "khen thưởng", "Hội")],
    ),
    (
        "any-event-noun-brings-the-story-back",
        "Trong 5 năm qua, Hội đã có nhiều hoạt động; tại buổi gặp mặt, Hội tặng giấy khen cho 15 hội viên.",
        [(15, IND, "giấy khen", "Hội")],
    ),
    (
        "delegates-governed-by-the-form",
        "Sau 5 năm thực hiện, tại kỳ họp này, HĐND tỉnh biểu dương 12 đại biểu.",
        [(12, IND, "biểu dương", "HĐND tỉnh")],
    ),
    (
        "restated-with-the-umbrella-word",
        "Dịp này, UBND huyện khen thưởng 10 tập thể. Cụ thể, 10 tập thể được nhận giấy khen của UBND huyện.",
        [(10, COL, "giấy khen", "UBND huyện")],
    ),
    (
        "past-in-the-reason-after",
        "UBND huyện tặng giấy khen cho 10 tập thể có thành tích xuất sắc trong 5 năm qua.",
        [(10, COL, "giấy khen", "UBND huyện")],
    ),
    (
        "files-then-a-new-subject",
        "Qua xét chọn từ 80 hồ sơ, Hội đồng đã chọn 12 cá nhân tiêu biểu để tuyên dương.",
        [(12, IND, "tuyên dương", None)],
    ),
    (
        "one-of-the-recipients",
        "Công ty là một trong số 4 doanh nghiệp được nhận Cờ thi đua của UBND tỉnh.",
        [(4, COL, "Cờ thi đua", "UBND tỉnh")],
    ),
    (
        "colon-opens-a-breakdown",
        "Ban Tổ chức trao giải thưởng cho 40 doanh nghiệp ở 3 hạng mục: 15 doanh nghiệp sản xuất, 15 doanh nghiệp "
        "dịch vụ và 10 doanh nghiệp xuất khẩu.",
        [(40, COL, "giải thưởng", "Ban Tổ chức")],
    ),
    (
        "equal-counts-of-one-sentence-are-two",
        "Huyện ủy tặng giấy khen cho 2 chi bộ và 2 tổ chức cơ sở đảng.",
        [(2, COL, "giấy khen", "Huyện ủy"), (2, COL, "giấy khen", "Huyện ủy")],
    ),
    (
        "past-in-the-reason",
        "Với những thành tích đạt được trong 5 năm qua, 4 tập thể được UBND tỉnh tặng Bằng khen.",
        [(4, COL, "Bằng khen", "UBND tỉnh")],
    ),
    (
        "past-in-the-merit",
        "Ghi nhận những đóng góp trong nhiệm kỳ qua, UBND tỉnh tặng Bằng khen cho 10 tập thể.",
        [(10, COL, "Bằng khen", "UBND tỉnh")],
    ),
    (
        "total-split-by-form",
        "Hội khen thưởng 30 tập thể, trong đó 10 tập thể nhận Bằng khen, 20 tập thể nhận Giấy khen.",
        [(10, COL, "Bằng khen", "Hội"), (20, COL, "Giấy khen", "Hội")],
    ),
    (
        "total-stands-for-its-grades",
        "Có 13 đảng viên được trao Huy hiệu Đảng, trong đó 2 đảng viên nhận Huy hiệu 60 năm tuổi Đảng.",
        [(13, IND, "Huy hiệu Đảng", None)],
    ),
    (
        "mixed-total-then-split",
        "Tổng cộng có 40 tập thể, cá nhân được khen thưởng, trong đó 15 tập thể, 25 cá nhân.",
        [(15, COL, "khen thưởng", None), (25, IND, "khen thưởng", None)],
    ),
    (
        "mixed-total-split-in-parentheses",
        "Tại hội nghị, UBND huyện khen thưởng 45 tập thể, cá nhân (trong đó 15 tập thể, 30 cá nhân).",
        [(15, COL, "khen thưởng", "UBND huyện"), (30, IND, "khen thưởng", "UBND huyện")],
    ),
    (
        "mixed-total-bare-split-in-parentheses",
        "Tại hội nghị, UBND huyện khen thưởng 45 tập thể, cá nhân (15 tập thể, 30 cá nhân).",
        [(15, COL, "khen thưởng", "UBND huyện"), (30, IND, "khen thưởng", "UBND huyện")],
    ),
    (
        "total-same-kind-parts",
        "Hội khen thưởng 20 cá nhân, gồm 12 hội viên và 8 cán bộ hội.",
        [(20, IND, "khen thưởng", "Hội")],
    ),
]

# 2.12 The class word, its predicate with the form, then the count (a summary's wording).
CLASS_THEN_COUNT = [
    ("class-la-count", "Số tập thể được tặng Giấy khen là 12.", [(12, COL, "Giấy khen", None)]),
    (
        "class-la-count-giver",
        "Dịp này, số cá nhân được UBND huyện tặng Giấy khen là 30 người.",
        [(30, IND, "Giấy khen", "UBND huyện")],
    ),
    (
        "class-colon-count-then-bare-class",
        "Tổng số tập thể được khen thưởng: 12; cá nhân: 30.",
        [(12, COL, "khen thưởng", None), (30, IND, "khen thưởng", None)],
    ),
    (
        "class-colon-count-twice",
        "Dịp này, tập thể được biểu dương: 6, cá nhân được biểu dương: 14.",
        [(6, COL, "biểu dương", None), (14, IND, "biểu dương", None)],
    ),
    ("class-la-count-in-words", "Số cá nhân vinh dự được tuyên dương là mười lăm.", [(15, IND, "tuyên dương", None)]),
    ("class-la-count-repeats-class", "Số tập thể được nhận Cờ thi đua là 3 tập thể.", [(3, COL, "Cờ thi đua", None)]),
]

# Recipient heads sites write as abbreviations, units, members and elders.
RECIPIENT_WORDS = [
    (
        "abbr-union-branch",
        "Dịp này, LĐLĐ tỉnh tặng Bằng khen cho 12 CĐCS và 20 đoàn viên công đoàn.",
        [(12, COL, "Bằng khen", "LĐLĐ tỉnh"), (20, IND, "Bằng khen", "LĐLĐ tỉnh")],
    ),
    (
        "abbr-officers-soldiers",
        "Dịp này, Công an tỉnh tặng Giấy khen cho 7 tập thể, 15 CBCS.",
        [(7, COL, "Giấy khen", "Công an tỉnh"), (15, IND, "Giấy khen", "Công an tỉnh")],
    ),
    ("abbr-staff", "Công đoàn ngành tặng Giấy khen cho 25 CBCNV.", [(25, IND, "Giấy khen", "Công đoàn ngành")]),
    ("abbr-civil-servants", "UBND huyện tặng Giấy khen cho 9 CBCC.", [(9, IND, "Giấy khen", "UBND huyện")]),
    ("abbr-pupils-students", "Tỉnh đoàn tuyên dương 40 HSSV tiêu biểu.", [(40, IND, "tuyên dương", "Tỉnh đoàn")]),
    (
        "military-units",
        "Bộ Chỉ huy Quân sự tỉnh tặng Giấy khen cho 3 đại đội và 2 tiểu đoàn.",
        [(3, COL, "Giấy khen", "Bộ Chỉ huy Quân sự tỉnh"), (2, COL, "Giấy khen", "Bộ Chỉ huy Quân sự tỉnh")],
    ),
    ("branches", "Ngân hàng tặng giấy khen cho 5 chi nhánh.", [(5, COL, "giấy khen", "Ngân hàng")]),
    ("parishes", "UBND huyện khen thưởng 4 giáo xứ tiêu biểu.", [(4, COL, "khen thưởng", "UBND huyện")]),
    ("members", "Câu lạc bộ tuyên dương 11 thành viên tích cực.", [(11, IND, "tuyên dương", "Câu lạc bộ")]),
    ("elders", "Bộ trưởng đã ký quyết định khen thưởng hai ông lão.", [(2, IND, "khen thưởng", "Bộ trưởng")]),
    ("coaches", "Sở trao Bằng khen cho 4 huấn luyện viên.", [(4, IND, "Bằng khen", "Sở")]),
]

# Agent nouns the lexicon does not list: two or three lower-case syllables ending in
# "viên" or "sĩ"/"sỹ" name persons (data/agent_suffixes.tsv); a listed word of the
# same length wins ("ứng viên", "công viên" are no recipients), and a time word
# before the suffix is no agent ("30 năm đảng viên").
AGENT_NOUNS = [
    ("agent-vien-two", "Dịp này, 4 tổ viên được UBND phường tặng giấy khen.", [(4, IND, "giấy khen", "UBND phường")]),
    (
        "agent-vien-three",
        "Viện trưởng Viện KSND tỉnh tặng giấy khen cho 6 kiểm sát viên.",
        [(6, IND, "giấy khen", "Viện trưởng Viện KSND tỉnh")],
    ),
    ("agent-vien-form-verb", "Công an tỉnh khen thưởng 11 điều tra viên.", [(11, IND, "khen thưởng", "Công an tỉnh")]),
    (
        "agent-si-pair",
        "Dịp này, Sở Y tế tặng giấy khen cho 9 điều dưỡng, 3 y sĩ.",
        [(9, IND, "giấy khen", "Sở Y tế"), (3, IND, "giấy khen", "Sở Y tế")],
    ),
    ("agent-sy-variant", "UBND tỉnh tặng Bằng khen cho năm dược sỹ.", [(5, IND, "Bằng khen", "UBND tỉnh")]),
    (
        "agent-si-qualified",
        "Dịp này, 7 hạ sĩ quan được Bộ Chỉ huy Quân sự tỉnh tặng giấy khen.",
        [(7, IND, "giấy khen", "Bộ Chỉ huy Quân sự tỉnh")],
    ),
    ("agent-candidates-listed-none", "UBND huyện tặng giấy khen cho 5 ứng viên.", []),
    ("agent-park-listed-none", "UBND quận tặng giấy khen cho 2 công viên.", []),
    ("agent-martyr-is-kin", "Bà mẹ của 2 liệt sĩ được truy tặng danh hiệu.", []),
    ("agent-time-word-before", "Hội nghị có 30 năm đảng viên được khen thưởng.", []),
]

# Units, institutions and people a sector meeting honours, and flags other than the emulation flag.
SECTOR_RECIPIENTS = [
    (
        "hospital-and-health-station",
        "Dịp này, Bộ trưởng tặng Bằng khen cho 5 bệnh viện và 3 trạm y tế.",
        [(5, COL, "Bằng khen", "Bộ trưởng"), (3, COL, "Bằng khen", "Bộ trưởng")],
    ),
    ("centres", "Dịp này, UBND tỉnh tặng Bằng khen cho 4 trung tâm.", [(4, COL, "Bằng khen", "UBND tỉnh")]),
    (
        "corporations",
        "Dịp này, UBND tỉnh tặng Bằng khen cho 2 tổng công ty và 3 tập đoàn.",
        [(2, COL, "Bằng khen", "UBND tỉnh"), (3, COL, "Bằng khen", "UBND tỉnh")],
    ),
    (
        "brigades-regiments",
        "Dịp này, Bộ Tư lệnh tặng Bằng khen cho 2 lữ đoàn, 3 trung đoàn.",
        [(2, COL, "Bằng khen", "Bộ Tư lệnh"), (3, COL, "Bằng khen", "Bộ Tư lệnh")],
    ),
    ("steering-boards", "Dịp này, UBND tỉnh tặng Bằng khen cho 6 ban chỉ đạo.", [(6, COL, "Bằng khen", "UBND tỉnh")]),
    ("culture-houses", "UBND huyện tặng giấy khen cho 5 nhà văn hóa.", [(5, COL, "giấy khen", "UBND huyện")]),
    ("hamlets-ban", "Dịp này, UBND huyện tặng giấy khen cho bảy bản.", [(7, COL, "giấy khen", "UBND huyện")]),
    ("household-heads", "Dịp này, UBND xã tặng giấy khen cho 9 chủ hộ.", [(9, IND, "giấy khen", "UBND xã")]),
    (
        "farmers-nha-nong",
        "Hội Nông dân tỉnh tặng Bằng khen cho 12 nhà nông.",
        [(12, IND, "Bằng khen", "Hội Nông dân tỉnh")],
    ),
    (
        "sponsors",
        "Hội Chữ thập đỏ tặng giấy khen cho 8 chi hội và 5 nhà tài trợ.",
        [(8, COL, "giấy khen", "Hội Chữ thập đỏ"), (5, IND, "giấy khen", "Hội Chữ thập đỏ")],
    ),
    (
        "non-members",
        "Dịp này, Công an huyện trao giấy khen cho 8 quần chúng.",
        [(8, IND, "giấy khen", "Công an huyện")],
    ),
    ("rotating-flag", "UBND huyện trao Cờ luân lưu cho 2 đơn vị dẫn đầu.", [(2, COL, "Cờ luân lưu", "UBND huyện")]),
    ("reward-flag", "Dịp này, UBND tỉnh trao Cờ thưởng cho 3 huyện.", [(3, COL, "Cờ thưởng", "UBND tỉnh")]),
    (
        "honour-certificate",
        "Trung ương Hội trao Bằng danh dự cho 6 hội viên.",
        [(6, IND, "Bằng danh dự", "Trung ương Hội")],
    ),
]

# Givers: a decision verb group before the form, and a clause that opens with its verb.
GIVER_VERB_GROUPS = [
    (
        "ra-quyet-dinh",
        "UBND huyện đã ra quyết định khen thưởng cho 05 tập thể và 12 cá nhân.",
        [(5, COL, "khen thưởng", "UBND huyện"), (12, IND, "khen thưởng", "UBND huyện")],
    ),
    (
        "co-quyet-dinh",
        "Dịp này, UBND tỉnh đã có quyết định tặng Bằng khen cho 12 tập thể.",
        [(12, COL, "Bằng khen", "UBND tỉnh")],
    ),
    (
        "ban-hanh-quyet-dinh",
        "Dịp này, UBND tỉnh ban hành quyết định khen thưởng 12 tập thể.",
        [(12, COL, "khen thưởng", "UBND tỉnh")],
    ),
    (
        "clause-opens-with-its-verb",
        "Dịp này, UBND tỉnh tặng Bằng khen cho 10 tập thể; tặng Giấy khen cho 25 cá nhân.",
        [(10, COL, "Bằng khen", "UBND tỉnh"), (25, IND, "Giấy khen", "UBND tỉnh")],
    ),
    (
        "clause-opens-with-aux-and-verb",
        "Hội Nông dân tỉnh trao Bằng khen cho 3 chi hội, đồng thời; đã trao Giấy khen cho 8 hội viên.",
        [(3, COL, "Bằng khen", "Hội Nông dân tỉnh"), (8, IND, "Giấy khen", "Hội Nông dân tỉnh")],
    ),
]

# Not awards of the event (section 3 of the grammar), each with the guide's reason.
NOT_AWARDS = [
    ("class-word-before-a-name", "Tập thể 12A1 được khen thưởng.", []),
    (
        "bullets-after-counted-award-are-not-carried",
        "UBND huyện tặng giấy khen cho 5 tập thể.\n- 25 hội viên mới được kết nạp.",
        [(5, COL, "giấy khen", "UBND huyện")],
    ),
    ("delegates-attending", "Hội nghị tuyên dương các điển hình, với sự tham dự của 200 đại biểu.", []),
    ("earlier-award", "Trước đó, UBND xã đã khen thưởng đột xuất 6 người dân.", []),
    ("mot-after-a-copula", "Anh là một thanh niên được nhận Bằng khen của Tỉnh đoàn.", []),
    ("mot-in-apposition", "Nhạc sĩ Trần Văn Hùng, một người rất trẻ được nhận Giải thưởng Nhà nước.", []),
    ("past-after-the-count", "Hội đã khen thưởng 50 hội viên trong nhiệm kỳ qua.", []),
    ("past-since", "Tỉnh đã khen thưởng 300 tập thể từ năm 2015 đến nay.", []),
    ("proposal", "UBND huyện đề xuất khen thưởng 5 tập thể.", []),
    (
        "nomination-over-a-list",
        "Hội đề nghị UBND tỉnh tặng Bằng khen cho các tập thể, cá nhân, gồm 5 tập thể và 7 cá nhân.",
        [],
    ),
    ("medals-won-listed", "Đội tuyển của tỉnh giành 5 huy chương vàng, 8 huy chương bạc và 6 huy chương đồng.", []),
    ("prize-won", "Kết quả, trường có 4 học sinh đoạt giải nhất cấp tỉnh.", []),
    ("issued-certificate", "Sở đã cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm cho 12 cơ sở.", []),
    ("tu-inside-dau-tu", "Hội dùng quỹ khen thưởng để đầu tư cơ sở vật chất.", []),
    ("ranking-name", "Tại lễ trao giải Top 50 doanh nghiệp tiêu biểu, công ty được vinh danh.", []),
    ("among-a-population", "Công ty được vinh danh khi đứng đầu trong 50 doanh nghiệp niêm yết.", []),
    ("among-a-list", "Hợp tác xã được vinh danh trong danh sách 20 hợp tác xã tiêu biểu.", []),
    ("count-inside-a-name", "Huyện ủy đã khen thưởng đột xuất lực lượng Công an hai xã về thành tích phá án.", []),
    (
        "part-of-an-uncounted-total",
        "Hội đã biểu dương các hội viên tiêu biểu. Trong đó, 9 hội viên là người dân tộc thiểu số.",
        [],
    ),
    ("past-then-reason", "Trong nhiệm kỳ qua, với nhiều thành tích, Hội được tặng 3 Cờ thi đua.", []),
    ("mixed-individuals-first", "Đảng ủy biểu dương 30 cá nhân, tập thể tiêu biểu.", []),
    ("mixed-luot", "Hội tặng giấy khen cho 30 lượt tập thể, cá nhân.", []),
    ("mixed-authors-works", "Bộ trao giải thưởng cho 18 tác giả, tác phẩm.", []),
    ("mixed-dien-hinh", "Dịp này, Hội tuyên dương 50 điển hình tiên tiến.", []),
    ("works", "Hội Nhà báo trao giải cho 20 tác phẩm xuất sắc.", []),
    ("models", "Hội nghị tuyên dương 15 mô hình dân vận khéo.", []),
    ("prize-count", "Ban Tổ chức trao 1 giải Nhất, 2 giải Nhì và 3 giải Ba.", []),
    ("past-years", "Trong 5 năm, Hội khen thưởng 300 tập thể.", []),
    ("past-term", "Nhiệm kỳ qua, 25 tập thể được tặng Bằng khen.", []),
    ("past-period-range", "Giai đoạn 2018-2023, toàn tỉnh đã khen thưởng 120 tập thể.", []),
    ("past-year", "Trong năm 2023, Hội đã tặng giấy khen cho 30 hội viên.", []),
    ("past-half-year", "6 tháng đầu năm, Hội đã biểu dương 40 hội viên.", []),
    ("past-den-nay", "Đến nay đã có 1.200 hội viên được tặng kỷ niệm chương.", []),
    ("nomination-trinh", "UBND tỉnh trình Thủ tướng tặng Bằng khen cho 3 tập thể.", []),
    ("nomination-after", "Hội đã giới thiệu 5 cá nhân để xét tặng danh hiệu.", []),
    ("nomination-de-nghi", "Hội nghị thống nhất đề nghị UBND tỉnh khen thưởng 6 tập thể.", []),
    ("future-se", "Dự kiến, UBND huyện sẽ khen thưởng 20 tập thể.", []),
    ("plan-phan-dau", "Hội phấn đấu có 20 tập thể được khen thưởng trong năm tới.", []),
    ("plan-ke-hoach", "Theo kế hoạch, Ban Tổ chức khen thưởng 10 tập thể.", []),
    ("registration", "Có 45 tập thể đăng ký danh hiệu Tập thể lao động xuất sắc.", []),
    ("approximate-hon", "Hội tuyên dương hơn 100 hội viên.", []),
    ("approximate-gan", "Hội tuyên dương gần 50 gương người tốt việc tốt.", []),
    ("approximate-khoang", "Hội biểu dương khoảng 40 hội viên.", []),
    ("quota", "Mỗi đơn vị được đề xuất tối đa 2 cá nhân để khen thưởng.", []),
    ("quota-khong-qua", "Mỗi chi hội chọn không quá 3 hội viên để biểu dương.", []),
    ("attendance", "Hội nghị có 300 đại biểu tham dự.", []),
    ("gifts", "Hội tặng 200 suất quà cho 200 hộ nghèo.", []),
    ("scholarships", "Hội trao 50 suất học bổng cho 50 em học sinh nghèo.", []),
    ("money", "Tổng kinh phí khen thưởng hơn 50 triệu đồng.", []),
    ("medals-won", "Đoàn huyện đoạt 3 huy chương vàng tại hội thao.", []),
    (
        "counted-certificates-mixed",
        "Dịp này, UBND huyện trao 20 Bằng khen và 35 Giấy khen cho các tập thể, cá nhân.",
        [],
    ),
    ("counted-certificates-no-recipient", "Dịp này, UBND huyện trao 20 Bằng khen.", []),
    ("discipline", "Có 5 tập thể bị phê bình vì chưa hoàn thành nhiệm vụ.", []),
    ("holding", "Toàn huyện có 12 xã được công nhận danh hiệu xã văn hóa.", []),
    ("named-no-count", "Đồng chí Nguyễn Văn An được tặng Huân chương Lao động hạng Ba.", []),
    ("past-editions", "Qua 12 lần tổ chức, chương trình đã tôn vinh 180 gương điển hình.", []),
    ("ordinal-before-a-place", "Năm nay là năm thứ 6 thành phố tổ chức lễ tôn vinh.", []),
    ("class-then-count-mixed", "Số tập thể, cá nhân được khen thưởng là 30.", []),
    ("class-then-count-other-noun", "Bên cạnh các cá nhân được tuyên dương, là 12 tác phẩm đạt giải.", []),
    ("class-then-count-a-year", "Tập thể được tặng Cờ thi đua là năm 2023.", []),
    ("class-then-count-no-form", "Số cá nhân tham gia là 40.", []),
    ("nomination-class-then-count", "Số tập thể được đề nghị khen thưởng là 12.", []),
]

ELIDED_CLASS = [
    (
        "elided-class-before-count",
        "Dịp này, Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho 3 tập thể và hạng Ba cho 5 cá nhân.",
        [
            (3, COL, "Huân chương Lao động hạng Nhì", "Chủ tịch nước"),
            (5, IND, "Huân chương Lao động hạng Ba", "Chủ tịch nước"),
        ],
    ),
    (
        "elided-class-colon",
        "Dịp này, Bộ trưởng trao Huy chương Chiến sĩ vẻ vang hạng Nhất cho 2 cán bộ; hạng Nhì: 7 cán bộ.",
        [
            (2, IND, "Huy chương Chiến sĩ vẻ vang hạng Nhất", "Bộ trưởng"),
            (7, IND, "Huy chương Chiến sĩ vẻ vang hạng Nhì", "Bộ trưởng"),
        ],
    ),
    (
        "elided-class-after-receiving-verb",
        "Tại buổi lễ, 4 đơn vị nhận Cờ thi đua hạng Nhất, 6 đơn vị nhận hạng Nhì.",
        [(4, COL, "Cờ thi đua hạng Nhất", None), (6, COL, "Cờ thi đua hạng Nhì", None)],
    ),
    (
        "elided-class-passive",
        "Dịp này, 1 tập thể được tặng Huân chương Bảo vệ Tổ quốc hạng Ba, 3 cá nhân được tặng hạng Nhì.",
        [(1, COL, "Huân chương Bảo vệ Tổ quốc hạng Ba", None), (3, IND, "Huân chương Bảo vệ Tổ quốc hạng Nhì", None)],
    ),
    (
        "one-class-for-both",
        "Dịp này, Chủ tịch nước tặng Huân chương Chiến công hạng Ba cho 2 tập thể, 4 cá nhân.",
        [
            (2, COL, "Huân chương Chiến công hạng Ba", "Chủ tịch nước"),
            (4, IND, "Huân chương Chiến công hạng Ba", "Chủ tịch nước"),
        ],
    ),
    (
        "two-full-honours-keep-their-classes",
        "Dịp này, 2 tập thể được tặng Huân chương Lao động hạng Ba, 5 cá nhân được tặng Huân chương Lao động hạng Nhì.",
        [(2, COL, "Huân chương Lao động hạng Ba", None), (5, IND, "Huân chương Lao động hạng Nhì", None)],
    ),
]

ALL = (
    ACTIVE
    + ELIDED_CLASS
    + PRIZE_RANKS_COUNTED
    + SPLIT_BY_FORM
    + PRAISE_VERB
    + BODIES_AT_LEVEL
    + NAMED_NO_COUNT
    + ACHIEVED_TITLES
    + OPINIONS
    + CEREMONY_ATTENDEES
    + GIVERS_IN_FULL
    + RELATIVE_PREDICATE
    + FORM_VERBS
    + DOUBLE_OBJECT
    + PASSIVE
    + GIVERS
    + LISTS
    + COUNTS
    + RECIPIENTS
    + HONOURS
    + TOTALS
    + CLASS_THEN_COUNT
    + RECIPIENT_WORDS
    + AGENT_NOUNS
    + SECTOR_RECIPIENTS
    + GIVER_VERB_GROUPS
    + NOT_AWARDS
)


def test_the_table_is_large_and_its_ids_unique() -> None:
    names = [name for name, _, _ in ALL]
    assert len(names) >= 80 and len(set(names)) == len(names)


@pytest.mark.parametrize(("text", "expected"), _rows(ALL))
def test_grammar(text: str, expected: list[Row]) -> None:
    assert _awards(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Giai đoạn 2018-2023, toàn tỉnh đã khen thưởng 120 tập thể.", "inside_past_total"),
        ("Dự kiến, UBND huyện sẽ khen thưởng 20 tập thể.", "future"),
        ("Cử tri cho rằng 3 thanh niên xứng đáng được tặng Bằng khen.", "opinion"),
        ("Chủ tịch tỉnh gặp 40 đại biểu đại diện các tập thể được tuyên dương.", "ceremony_attendees"),
        ("Mỗi đơn vị được đề xuất tối đa 2 cá nhân để khen thưởng.", "approximate"),
        ("Hội đã giới thiệu 5 cá nhân để xét tặng danh hiệu.", "nomination"),
        ("Bộ trao giải thưởng cho 18 tác giả, tác phẩm.", "mixed_total"),
        ("Huyện ủy đã khen thưởng đột xuất lực lượng Công an hai xã về thành tích phá án.", "inside_name"),
        ("Công ty được vinh danh khi đứng đầu trong 50 doanh nghiệp niêm yết.", "among_total"),
        ("Trong năm 2023, Hội đã tặng giấy khen cho 30 hội viên.", "inside_past_total"),
        ("Có 45 tập thể đăng ký danh hiệu Tập thể lao động xuất sắc.", "future"),
    ],
)
def test_each_non_award_names_its_reason(text: str, reason: str) -> None:
    [c] = explain(LEAD + text).of("award")
    assert not c.kept and c.has(reason)


def test_a_total_split_by_form_names_its_reason() -> None:
    """The total of parts that each carry their own form is left out, and explain says why."""
    seen = explain(LEAD + "Hội khen thưởng 30 tập thể, trong đó 10 tập thể nhận Bằng khen, 20 tập thể nhận Giấy khen.")
    total, *parts = seen.of("award")
    assert not total.kept and total.has("split_by_form")
    assert all(p.kept and p.has("breakdown_by_form") for p in parts) and len(parts) == 2


# Every frame of section 2 filled with every kind of giver, count and recipient: the parts combine freely.
GIVERS_POOL = (
    "UBND huyện",
    "Ban Thường vụ Huyện ủy",
    "Hội Nông dân tỉnh",
    "Liên đoàn Lao động huyện",
    "Huyện đoàn",
    "Ủy ban MTTQ Việt Nam xã",
    "Đảng ủy phường",
    "Chủ tịch UBND tỉnh",
    "Trung ương Hội Cựu chiến binh Việt Nam",
    "Sở Giáo dục và Đào tạo",
    "Công đoàn ngành Y tế",
)
COUNTS_POOL = (("5", 5), ("05", 5), ("12", 12), ("mười hai", 12), ("hai mươi mốt", 21), ("1.250", 1250), ("ba", 3))
RECIPIENTS_POOL = (
    ("tập thể", COL),
    ("cá nhân", IND),
    ("đơn vị", COL),
    ("hội viên", IND),
    ("đảng viên", IND),
    ("chi hội", COL),
    ("hộ gia đình", COL),
    ("cán bộ, chiến sĩ", IND),
    ("em học sinh", IND),
    ("doanh nghiệp", COL),
    ("khu dân cư", COL),
    ("người dân", IND),
    ("tổ chức cơ sở đảng", COL),
    ("cựu chiến binh", IND),
    ("nhà giáo", IND),
)
FORMS_POOL = ("Bằng khen", "Giấy khen", "bằng khen", "giấy khen", "Giấy chứng nhận")
FORM_VERBS_POOL = ("khen thưởng", "tuyên dương", "biểu dương", "vinh danh", "tôn vinh")
VERBS_POOL = ("tặng", "trao", "trao tặng")
# frame, whether the giver is read; {n} a count, {N} the same capitalised, {F} a form, {fv} a verb that is the form.
FRAMES = (
    ("{G} {v} {F} cho {n} {r}.", True),
    ("{G} đã {v} {F} cho {n} {r} có thành tích xuất sắc trong năm.", True),
    ("{G} {fv} {n} {r}.", True),
    ("{N} {r} được {G} {v} {F}.", True),
    ("{N} {r} được {v} {F} của {G}.", True),
    ("Có {n} {r} được nhận {F} của {G}.", True),
    ("{F} của {G}: {n} {r}.", True),
    ("Dịp này, {G} đã {v} {F} cho {n} {r} tiêu biểu.", True),
    ("{N} {r} vinh dự được {G} {v} {F}.", True),
    ("Tại buổi lễ, {G} {v} {F} tới {n} {r}.", True),
    ("Nhân dịp này, {n} {r} tiêu biểu đã được {v} {F}.", False),
    ("Thay mặt {G}, đồng chí Nguyễn Văn An trao {F} cho {n} {r}.", True),
    ("Tại hội nghị, {n} {r} có nhiều đóng góp đã được {fv}.", False),
    ("{G} {v} {n} {r} {F}.", True),
    ("Dịp này, {n} {r} nhận {F} do {G} trao tặng.", True),
    ("{G} quyết định {fv} {n} {r}.", True),
)


@pytest.mark.parametrize(("frame", "with_giver"), FRAMES, ids=[f"frame-{i}" for i in range(len(FRAMES))])
def test_frames_combine_freely(frame: str, with_giver: bool) -> None:
    rng = random.Random(frame)
    for _ in range(12):
        giver, (n, value), (head, kind) = rng.choice(GIVERS_POOL), rng.choice(COUNTS_POOL), rng.choice(RECIPIENTS_POOL)
        form, verb, form_verb = rng.choice(FORMS_POOL), rng.choice(VERBS_POOL), rng.choice(FORM_VERBS_POOL)
        text = frame.format(G=giver, v=verb, F=form, fv=form_verb, n=n, N=n[:1].upper() + n[1:], r=head)
        written = form_verb if "{fv}" in frame else form
        assert _awards(text) == [(value, kind, written, giver if with_giver else None)], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dịp này, 14 tập thể được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc.",
            [(14, COL, "Bằng khen", "Chủ tịch UBND tỉnh")],
        ),
        ("Dịp này, Huyện ủy trao Huy hiệu Đảng cho 25 đảng viên.", [(25, IND, "Huy hiệu Đảng", "Huyện ủy")]),
        ("Nhân dịp này, mười hai đoàn viên được Huyện đoàn tuyên dương.", [(12, IND, "tuyên dương", "Huyện đoàn")]),
    ],
)
def test_an_excerpt_that_opens_with_its_awards_reports_an_event(text: str, expected: list[Row]) -> None:
    """Awards in any order are evidence of an event: the stage is not skipped for want of an event noun."""
    report = extract(text)
    assert [(a.count, a.recipient, a.form, a.by) for a in report.awards] == expected
    assert explain(text).of("event")[0].has("award_statement")


# Two counts in one statement, of any classes and values (equal ones are two awards too).
PAIR_FRAMES = (
    "{G} {v} {F} cho {n} {r} và {n2} {r2}.",
    "{N} {r} và {n2} {r2} được {G} {v} {F}.",
    "{G} {v} {F} cho {n} {r}, {n2} {r2}.",
    "Dịp này, {G} {fv} {n} {r}, {n2} {r2} có thành tích xuất sắc.",
    "{F} của {G}: {n} {r}; {n2} {r2}.",
    "{G} {v} {F} cho:\n- {n} {r};\n- {n2} {r2}.",
)


@pytest.mark.parametrize("frame", PAIR_FRAMES, ids=[f"pair-frame-{i}" for i in range(len(PAIR_FRAMES))])
def test_pairs_combine_freely(frame: str) -> None:
    rng = random.Random(frame)
    for _ in range(12):
        giver, (n, value), (head, kind) = rng.choice(GIVERS_POOL), rng.choice(COUNTS_POOL), rng.choice(RECIPIENTS_POOL)
        (n2, value2), (head2, kind2) = rng.choice(COUNTS_POOL), rng.choice(RECIPIENTS_POOL)
        form, verb, form_verb = rng.choice(FORMS_POOL), rng.choice(VERBS_POOL), rng.choice(FORM_VERBS_POOL)
        text = frame.format(
            G=giver, v=verb, F=form, fv=form_verb, n=n, N=n[:1].upper() + n[1:], r=head, n2=n2, r2=head2
        )
        written = form_verb if "{fv}" in frame else form
        assert _awards(text) == [(value, kind, written, giver), (value2, kind2, written, giver)], text
