"""Directives on unseen sites: one table test per construction of issue 13, with invented examples.

Each case asserts kind, number, symbol, issuer, date and key of every
reference, so a form read wrongly, or two documents merged into one (or one
split in two), fails here.
"""

from __future__ import annotations

from datetime import date

import pytest

from dvextract import explain, extract
from dvextract.doc_keys import roman, unnumbered

Row = dict[str, object]


def _docs(text: str) -> list[Row]:
    out = []
    for d in extract(text).directives:
        item = d.model_dump(exclude={"spans", "subject"})
        out.append({k: v for k, v in item.items() if v is not None})
    return out


NUMBER_FORMS = [
    pytest.param(
        "Thực hiện Chỉ thị số 12 ngày 3/4/2019 của Ban Thường vụ Tỉnh ủy về công tác dân vận.",
        [
            {
                "kind": "Chỉ thị",
                "number": "12",
                "issued": date(2019, 4, 3),
                "issuer": "Ban Thường vụ Tỉnh ủy",
                "key": "Chỉ thị|12|",
            }
        ],
        id="symbol-less-with-date",
    ),
    pytest.param(
        "Kế hoạch số 7 ngày 15 tháng 3 năm 2022 của Huyện ủy.",
        [{"kind": "Kế hoạch", "number": "7", "issued": date(2022, 3, 15), "issuer": "Huyện ủy", "key": "Kế hoạch|7|"}],
        id="symbol-less-with-wordy-date",
    ),
    pytest.param(
        "Nghị quyết số 08-2021/NQ-CP của Chính phủ.",
        [
            {
                "kind": "Nghị quyết",
                "number": "08",
                "symbol": "NQ-CP",
                "year": 2021,
                "issuer": "Chính phủ",
                "key": "Nghị quyết|8|NQ-CP",
            }
        ],
        id="number-dash-year",
    ),
    pytest.param(
        "Quyết định 101, 102-QĐ/TW của Ban Bí thư.",
        [
            {
                "kind": "Quyết định",
                "number": "101",
                "symbol": "QĐ/TW",
                "issuer": "Ban Bí thư",
                "key": "Quyết định|101|QĐ/TW",
            },
            {
                "kind": "Quyết định",
                "number": "102",
                "symbol": "QĐ/TW",
                "issuer": "Ban Bí thư",
                "key": "Quyết định|102|QĐ/TW",
            },
        ],
        id="shared-symbol",
    ),
    pytest.param(
        "Chỉ thị số 05 và 06-CT/TU của Ban Thường vụ Thành ủy.",
        [
            {
                "kind": "Chỉ thị",
                "number": "05",
                "symbol": "CT/TU",
                "issuer": "Ban Thường vụ Thành ủy",
                "key": "Chỉ thị|5|CT/TU",
            },
            {
                "kind": "Chỉ thị",
                "number": "06",
                "symbol": "CT/TU",
                "issuer": "Ban Thường vụ Thành ủy",
                "key": "Chỉ thị|6|CT/TU",
            },
        ],
        id="shared-symbol-with-va",
    ),
    pytest.param(
        "Kết luận 57 của Bộ Chính trị về công tác dân vận.",
        [{"kind": "Kết luận", "number": "57", "issuer": "Bộ Chính trị", "key": "Kết luận|57|"}],
        id="short-with-issuer-after",
    ),
    pytest.param(
        "Sơ kết việc thực hiện kết luận 49 về công tác khuyến học.",
        [{"kind": "Kết luận", "number": "49", "key": "Kết luận|49|"}],
        id="lower-case-kind-as-noun",
    ),
]

UNNUMBERED = [
    pytest.param(
        "Thực hiện các nghị quyết của Hội nghị Trung ương 5 (khóa XI) gắn với thực hiện Chỉ thị 05 của Bộ Chính trị.",
        [
            {"kind": "Nghị quyết", "name": "Hội nghị Trung ương 5 (khóa XI)", "key": "Nghị quyết|Trung ương|5|11"},
            {"kind": "Chỉ thị", "number": "05", "issuer": "Bộ Chính trị", "key": "Chỉ thị|5|"},
        ],
        id="plural-lower-case-plenum-and-gan-voi",
    ),
    pytest.param(
        "Quán triệt Nghị quyết Đảng bộ tỉnh lần thứ XV.",
        [{"kind": "Nghị quyết", "name": "Đảng bộ tỉnh lần thứ XV", "key": "Nghị quyết|Đại hội|đảng bộ tỉnh|15"}],
        id="congress-without-dai-hoi",
    ),
    pytest.param(
        "Thực hiện Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội Đảng bộ Quân đội lần thứ X.",
        [
            {"kind": "Nghị quyết", "name": "Đại hội XII", "issuer": "Đảng", "key": "Nghị quyết|Đại hội|đảng|12"},
            {
                "kind": "Nghị quyết",
                "name": "Đại hội Đảng bộ Quân đội lần thứ X",
                "key": "Nghị quyết|Đại hội|đảng bộ quân đội|10",
            },
        ],
        id="two-congresses-joined-by-va",
    ),
    pytest.param(
        "Sơ kết Nghị quyết Đại hội IX Công đoàn tỉnh Tây Lâm, Đại hội XII Công đoàn Việt Nam.",
        [
            {
                "kind": "Nghị quyết",
                "name": "Đại hội IX Công đoàn tỉnh Tây Lâm",
                "key": "Nghị quyết|Đại hội|công đoàn tỉnh tây lâm|9",
            },
            {
                "kind": "Nghị quyết",
                "name": "Đại hội XII Công đoàn Việt Nam",
                "key": "Nghị quyết|Đại hội|công đoàn việt nam|12",
            },
        ],
        id="congress-body-after-number-and-a-list",
    ),
    pytest.param(
        "Triển khai Luật Thanh niên (LTN) năm 2020. Luật LTN năm 2020 có nhiều điểm mới.",
        [{"kind": "Luật", "name": "Thanh niên", "year": 2020, "key": "Luật|thanh niên|2020"}],
        id="law-and-its-abbreviation",
    ),
    pytest.param(
        "Thực hiện Luật Luật sư năm 2012.",
        [{"kind": "Luật", "name": "Luật sư", "year": 2012, "key": "Luật|luật sư|2012"}],
        id="law-whose-name-starts-with-luat",
    ),
    pytest.param(
        "Nghị quyết Trung ương 4 (khóa XII) gắn với Nghị quyết Trung ương 6, khóa XII.",
        [
            {"kind": "Nghị quyết", "name": "Trung ương 4 (khóa XII)", "key": "Nghị quyết|Trung ương|4|12"},
            {"kind": "Nghị quyết", "name": "Trung ương 6, khóa XII", "key": "Nghị quyết|Trung ương|6|12"},
        ],
        id="gan-voi-joins-two",
    ),
]

ONE_KEY = [
    pytest.param(
        "Nghị quyết Trung ương 6 (khóa XII); Nghị quyết Trung ương 6, khóa XII; "
        "Nghị quyết Hội nghị lần thứ Sáu Ban Chấp hành Trung ương khóa XII.",
        [{"kind": "Nghị quyết", "name": "Trung ương 6 (khóa XII)", "key": "Nghị quyết|Trung ương|6|12"}],
        id="one-plenum-three-ways",
    ),
    pytest.param(
        "Nghị quyết Hội nghị 7 Ban Chấp hành Trung ương khóa XIII và Nghị quyết Hội nghị T.Ư 7 (khóa XIII).",
        [
            {
                "kind": "Nghị quyết",
                "name": "Hội nghị 7 Ban Chấp hành Trung ương khóa XIII",
                "key": "Nghị quyết|Trung ương|7|13",
            }
        ],
        id="plenum-number-after-hoi-nghi-and-t-u",
    ),
    pytest.param(
        "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; Nghị quyết Đại hội Đại hội XIII của Đảng.",
        [
            {
                "kind": "Nghị quyết",
                "name": "Đại hội đại biểu toàn quốc lần thứ XIII",
                "issuer": "Đảng",
                "key": "Nghị quyết|Đại hội|đảng|13",
            }
        ],
        id="one-congress-two-ways-and-a-doubled-word",
    ),
    pytest.param(
        "Nghị quyết số 18-NQ/TW ngày 25/10/2017. Nghị quyết 18 đi vào cuộc sống; Nghị quyết Trung ương 6 khóa XII cũng vậy.",
        [
            {
                "kind": "Nghị quyết",
                "number": "18",
                "symbol": "NQ/TW",
                "issued": date(2017, 10, 25),
                "key": "Nghị quyết|18|NQ/TW",
            },
            {"kind": "Nghị quyết", "name": "Trung ương 6 khóa XII", "key": "Nghị quyết|Trung ương|6|12"},
        ],
        id="by-number-and-by-plenum-are-listed-both",
    ),
]

NOT_REFERENCES = [
    pytest.param("Triển khai kế hoạch 2017 của Sở.", id="plan-of-a-year"),
    pytest.param("Hội nghị chọn phương án 2 cho dự án.", id="option-number"),
    pytest.param("Hội nghị kết luận 3 vấn đề lớn.", id="verb-kết-luận"),
]


@pytest.mark.parametrize(("text", "expected"), NUMBER_FORMS + UNNUMBERED + ONE_KEY)
def test_construction(text: str, expected: list[Row]) -> None:
    assert _docs(text) == expected


@pytest.mark.parametrize("text", NOT_REFERENCES)
def test_not_a_reference(text: str) -> None:
    assert extract(text).directives == ()


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Trung ương 6 (khóa XII)", "Nghị quyết|Trung ương|6|12"),
        ("Trung ương 6, khóa XII", "Nghị quyết|Trung ương|6|12"),
        ("Hội nghị lần thứ Sáu Ban Chấp hành Trung ương khóa XII", "Nghị quyết|Trung ương|6|12"),
        ("Hội nghị lần thứ mười hai Ban Chấp hành Trung ương Đảng khóa XII", "Nghị quyết|Trung ương|12|12"),
        ("Hội nghị Trung ương lần thứ 4 (khoá XI)", "Nghị quyết|Trung ương|4|11"),
        ("Đại hội Đảng toàn quốc lần thứ XII", "Nghị quyết|Đại hội|đảng|12"),
        ("Đại hội XII của Đảng", "Nghị quyết|Đại hội|đảng|12"),
        ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2020-2025", "Nghị quyết|Đại hội|đảng bộ tỉnh|15"),
        (
            "Hội nghị lần thứ năm Ban Chấp hành Đảng bộ tỉnh (khóa XV)",
            "Nghị quyết|hội nghị lần thứ 5 ban chấp hành đảng bộ tỉnh khóa 15|",
        ),
    ],
)
def test_canonical_key(name: str, key: str) -> None:
    assert unnumbered("Nghị quyết", name, None) == key


def test_roman() -> None:
    assert [roman(x) for x in ("XII", "iv", "XIV", "XL", "xã")] == [12, 4, 14, 40, None]


def test_explain_shows_form_merge_and_rejection() -> None:
    e = explain("Nghị quyết Trung ương 6 (khóa XII) và Nghị quyết Trung ương 6, khóa XII; kết luận 3 vấn đề.")
    cands = {c.text: c for c in e.of("directive")}
    assert cands["Nghị quyết Trung ương 6 (khóa XII)"].has("plenum")
    later = cands["Nghị quyết Trung ương 6, khóa XII"]
    assert later.has("same_document") and later.verdict == "another mention of a document already listed"
    rejected = cands["kết luận 3"]
    assert not rejected.kept and rejected.has("verb_not_kind")
    out = e.format(("directive",))
    assert "a resolution named by its plenum" in out and "the same document as an earlier mention" in out
