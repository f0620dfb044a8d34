"""Directives: every citation form with its exact parsed fields, and the non-references."""

from __future__ import annotations

from datetime import date

import pytest

from dvextract import extract


def _docs(text: str) -> list[dict]:  # type: ignore[type-arg]
    out = []
    for d in extract(text).directives:
        item = d.model_dump(exclude={"spans", "key", "subject"})
        out.append({k: v for k, v in item.items() if v is not None})
    return out


CASES = [
    pytest.param(
        "Chỉ thị số 19-CT/TU ngày 19/10/2018 của Ban Thường vụ Thành ủy về cuộc vận động.",
        [
            {
                "kind": "Chỉ thị",
                "number": "19",
                "symbol": "CT/TU",
                "issued": date(2018, 10, 19),
                "issuer": "Ban Thường vụ Thành ủy",
            }
        ],
        id="party-full",
    ),
    pytest.param(
        "Kết luận số 100 - KL/TW ngày 18-8-2014 của Ban Bí thư.",
        [{"kind": "Kết luận", "number": "100", "symbol": "KL/TW", "issued": date(2014, 8, 18), "issuer": "Ban Bí thư"}],
        id="spaced-hyphen-and-dashed-date",
    ),
    pytest.param("Quy định số 08-QĐi/TW.", [{"kind": "Quy định", "number": "08", "symbol": "QĐi/TW"}], id="qdi"),
    pytest.param("Quyết định 66-QD/TW.", [{"kind": "Quyết định", "number": "66", "symbol": "QD/TW"}], id="ascii-d"),
    pytest.param(
        "Quy chế số 05-QC/BTCTU-BDVTU ngày 03 tháng 4 năm 2018.",
        [{"kind": "Quy chế", "number": "05", "symbol": "QC/BTCTU-BDVTU", "issued": date(2018, 4, 3)}],
        id="joint-issuers-and-wordy-date",
    ),
    pytest.param(
        "Chỉ thị số 34/CT-TW ngày 07/4/2014 của Bộ Chính trị.",
        [{"kind": "Chỉ thị", "number": "34", "symbol": "CT-TW", "issued": date(2014, 4, 7), "issuer": "Bộ Chính trị"}],
        id="malformed-party",
    ),
    pytest.param(
        "theo Quyết định số 123/QĐ-UBND của UBND tỉnh.",
        [{"kind": "Quyết định", "number": "123", "symbol": "QĐ-UBND", "issuer": "UBND tỉnh"}],
        id="state-decision",
    ),
    pytest.param(
        "Nghị định 30/2020/NĐ-CP của Chính phủ.",
        [{"kind": "Nghị định", "number": "30", "symbol": "NĐ-CP", "year": 2020, "issuer": "Chính phủ"}],
        id="state-with-year",
    ),
    pytest.param(
        "Pháp lệnh số 34/2007/PL-UBTVQH11.",
        [{"kind": "Pháp lệnh", "number": "34", "symbol": "PL-UBTVQH11", "year": 2007}],
        id="ordinance",
    ),
    pytest.param(
        "Luật số 10/2022/QH15.", [{"kind": "Luật", "number": "10", "symbol": "QH15", "year": 2022}], id="law-number"
    ),
    pytest.param(
        "Công văn số 2906/UBND-VX.", [{"kind": "Công văn", "number": "2906", "symbol": "UBND-VX"}], id="cong-van"
    ),
    pytest.param(
        "thực hiện Chỉ thị 05 của Bộ Chính trị.",
        [{"kind": "Chỉ thị", "number": "05", "issuer": "Bộ Chính trị"}],
        id="short",
    ),
    pytest.param(
        "Chỉ thị 03, 05 của Bộ Chính trị.",
        [
            {"kind": "Chỉ thị", "number": "03", "issuer": "Bộ Chính trị"},
            {"kind": "Chỉ thị", "number": "05", "issuer": "Bộ Chính trị"},
        ],
        id="short-list",
    ),
    pytest.param("Đề án 06 của Chính phủ.", [{"kind": "Đề án", "number": "06", "issuer": "Chính phủ"}], id="de-an-06"),
    pytest.param("Đề án 06/CP.", [{"kind": "Đề án", "number": "06"}], id="de-an-06-cp"),
    pytest.param("Chương trình 135.", [{"kind": "Chương trình", "number": "135"}], id="programme-135"),
    pytest.param("Nghị quyết 30a.", [{"kind": "Nghị quyết", "number": "30a"}], id="nq-30a"),
    pytest.param(
        "Luật Thực hiện dân chủ ở cơ sở năm 2022.",
        [{"kind": "Luật", "name": "Thực hiện dân chủ ở cơ sở", "year": 2022}],
        id="law-by-name",
    ),
    pytest.param(
        "Nghị quyết Trung ương 4 khóa XII.", [{"kind": "Nghị quyết", "name": "Trung ương 4 khóa XII"}], id="plenum"
    ),
    pytest.param(
        "Nghị quyết Hội nghị lần thứ 9, Ban Chấp hành Trung ương Đảng khóa XI.",
        [{"kind": "Nghị quyết", "name": "Hội nghị lần thứ 9, Ban Chấp hành Trung ương Đảng khóa XI"}],
        id="plenum-long",
    ),
    pytest.param(
        "Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII.",
        [
            {
                "kind": "Nghị quyết",
                "number": "18",
                "symbol": "NQ/TW",
                "issued": date(2017, 10, 25),
                "issuer": "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII",
            }
        ],
        id="issuer-with-plenum",
    ),
    pytest.param(
        "Thi hành Hiến pháp năm 2013 và Bộ luật Hình sự năm 2015.",
        [{"kind": "Hiến pháp", "year": 2013}, {"kind": "Bộ luật", "name": "Hình sự", "year": 2015}],
        id="constitution-and-code",
    ),
    pytest.param(
        "Quy định 57 của Bộ Chính trị.",
        [{"kind": "Quy định", "number": "57", "issuer": "Bộ Chính trị"}],
        id="short-quy-dinh",
    ),
    pytest.param(
        "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV.",
        [{"kind": "Nghị quyết", "name": "Đại hội Đảng bộ tỉnh lần thứ XIV"}],
        id="congress",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_forms(text: str, expected: list[dict]) -> None:  # type: ignore[type-arg]
    assert _docs(text) == expected


def test_repeats_and_short_forms_resolve_to_one_entry() -> None:
    text = (
        "Quán triệt Chỉ thị số 19-CT/TU ngày 19/10/2018 của Ban Thường vụ Thành ủy. "
        "Việc thực hiện Chỉ thị 19 được đánh giá cao; Chỉ thị này đi vào cuộc sống."
    )
    [d] = extract(text).directives
    assert (d.kind, d.number, d.symbol, d.issued) == ("Chỉ thị", "19", "CT/TU", date(2018, 10, 19))
    assert [s.text for s in d.spans] == ["Chỉ thị số 19-CT/TU", "Chỉ thị 19", "Chỉ thị này"]
    assert d.key == "Chỉ thị|19|CT/TU"


def test_subject_after_ve() -> None:
    [d] = extract(
        "Chỉ thị số 21-CT/TU ngày 30/12/2023 của Ban Thường vụ Thành ủy về tổ chức các hoạt động kỷ niệm."
    ).directives
    assert d.subject == "tổ chức các hoạt động kỷ niệm"


@pytest.mark.parametrize(
    "text",
    [
        "phòng, chống dịch Covid-19 hiệu quả",
        "nhiệm kỳ 2020-2025",
        "Khu phố 1, phường 2",
        "tổ chức Hội thi năm 2020",
        "ngày 19/10/2018 lúc 14:30",
        "liên hệ 0283.823.4567 hoặc 0909-123-456",
        "kỷ niệm 50 năm ngày Giải phóng",
        "Đại hội lần thứ XV",
        "trang 12/45",
        "các nghị quyết, chỉ thị của Trung ương",
        "Luật Đất đai",
        "trước khi quyết định 2 kế hoạch đầu tư công",
    ],
)
def test_not_references(text: str) -> None:
    assert extract(text).directives == ()
