"""Person names: one row per way a report writes (or seems to write) a personal name.

Every name here is invented. Each positive row asserts the exact name found
and that its offsets point at it in the caller's string; negative rows
assert that a body, a place or a street yields no person.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dvextract import Extractor, extract
from dvextract.names import PersonName, person_names

LEAD = "Ngày 15/4, Huyện ủy huyện Tân Lạc tổ chức hội nghị tổng kết công tác năm. "


def _found(text: str) -> list[PersonName]:
    names = person_names(text, 0, len(text))
    for n in names:
        assert text[n.start : n.end] == n.text
    return names


FOUND = [
    # Kinh names, and the two-way runs of a title's place before a name.
    pytest.param(
        "Dự có đồng chí Phan Thị Mỹ Duyên, Phó Chủ tịch UBND huyện.", "Phan Thị Mỹ Duyên", "surname", id="kinh"
    ),
    pytest.param(
        "Phó Bí thư Huyện ủy Kim Bôi Đặng Hữu Lực phát biểu.", "Đặng Hữu Lực", "surname", id="place-then-name"
    ),
    pytest.param(
        "Chủ tịch HĐND TP Trần Thị Hạnh Phúc bày tỏ lo ngại.", "Trần Thị Hạnh Phúc", "surname", id="tp-then-name"
    ),
    pytest.param(
        "Giám đốc Sở Tài nguyên - Môi trường Lê Văn Khánh trả lời.",
        "Lê Văn Khánh",
        "surname",
        id="moi-truong-is-no-school",
    ),
    pytest.param(
        "Theo Bộ trưởng Bộ Nông nghiệp và Phát triển Nông thôn Lê Văn Khánh, ngành đạt kết quả tốt.",
        "Lê Văn Khánh",
        "surname",
        id="nong-thon-is-no-hamlet",
    ),
    # Surnames that the old closed list missed.
    pytest.param("Phó Chủ tịch UBND tỉnh Quàng Văn Hương phát biểu.", "Quàng Văn Hương", "surname", id="thai-quang"),
    pytest.param("Bí thư Huyện ủy Chẩu Văn Minh phát biểu.", "Chẩu Văn Minh", "surname", id="tay-chau"),
    pytest.param("Phó Chủ tịch UBND xã Phàng Seo Lử dự.", "Phàng Seo Lử", "surname", id="hmong-phang"),
    pytest.param("Đại biểu Ngọ Văn Tâm phát biểu.", "Ngọ Văn Tâm", "surname", id="kinh-ngo"),
    pytest.param("Dự có ông Lò Thị Bến, Chủ tịch Hội Phụ nữ xã.", "Lò Thị Bến", "surname", id="thai-lo"),
    pytest.param("Đồng chí Sùng A Chứ, Bí thư Đảng ủy xã, chủ trì.", "Sùng A Chứ", "surname", id="hmong-sung"),
    pytest.param("Ông Tống Văn Khải, Giám đốc Trung tâm, phát biểu.", "Tống Văn Khải", "surname", id="kinh-rare-tong"),
    pytest.param("Bà Ông Thị Lan, Phó Chủ tịch xã.", "Ông Thị Lan", "surname", id="kinh-rare-ong"),
    pytest.param("Đồng chí Lâu Văn Sình - Phó Bí thư Đảng ủy xã.", "Lâu Văn Sình", "surname", id="hmong-lau"),
    pytest.param("Đồng chí Khúc Thị Duyên phát biểu.", "Khúc Thị Duyên", "surname", id="kinh-rare-khuc"),
    pytest.param(
        "Dự có ông Xòng Văn Páo, Chủ tịch xã.", "Xòng Văn Páo", "before_middle_name", id="unlisted-before-van"
    ),
    pytest.param("Ông Thạch Sô Phal, Trưởng ấp, cho biết.", "Thạch Sô Phal", "surname", id="khmer-thach"),
    pytest.param("Ông Chau Sóc Khum, Phó Chủ tịch xã.", "Chau Sóc Khum", "surname", id="khmer-chau"),
    pytest.param("Bà Đàng Thị Mỹ Hương, Phó Chủ tịch huyện.", "Đàng Thị Mỹ Hương", "surname", id="cham-dang"),
    # Two-syllable surnames (royal, Gia Rai).
    pytest.param("Bà Tôn Nữ Thị Hạnh, Phó Giám đốc Sở.", "Tôn Nữ Thị Hạnh", "two_syllable_surname", id="ton-nu"),
    pytest.param(
        "Ông Rơ Châm Long, Phó Chủ tịch UBND huyện.", "Rơ Châm Long", "two_syllable_surname", id="gia-rai-ro-cham"
    ),
    pytest.param(
        "Ông Công Tằng Tôn Nữ Minh, Giám đốc.", "Công Tằng Tôn Nữ Minh", "two_syllable_surname", id="cong-tang"
    ),
    # Surnames that also open place names, read only in a three-syllable name.
    pytest.param("Đồng chí Vĩnh Thành Đạt – Phó Tổng Thư ký Hội.", "Vĩnh Thành Đạt", "surname", id="royal-vinh"),
    # Ê Đê, Gia Rai, Ba Na forms.
    pytest.param("Đến dự có đồng chí Y Mượn Niê, Phó Chủ tịch UBND tỉnh.", "Y Mượn Niê", "ede_form", id="ede-man"),
    pytest.param("Bà H'Loan Mlô, Chủ tịch Hội Phụ nữ tỉnh.", "H'Loan Mlô", "ede_form", id="ede-woman"),
    pytest.param("Ông Ksor Phước, Phó Bí thư Tỉnh ủy.", "Ksor Phước", "surname", id="gia-rai-ksor"),
    pytest.param("Ông Nay Phi La, Bí thư Huyện ủy.", "Nay Phi La", "surname", id="gia-rai-nay"),
    pytest.param("Ông A Pót, Chủ tịch UBND xã, cho biết.", "A Pót", "ede_form", id="ba-na-a"),
    # Foreign officials in apposition.
    pytest.param(
        "Dự lễ có Đại sứ Cuba Carlos Ruiz Vega.", "Carlos Ruiz Vega", "after_nationality", id="nationality-latin"
    ),
    pytest.param(
        "Đại sứ Nhật Bản tại Việt Nam Yamada Takio phát biểu.",
        "Yamada Takio",
        "after_nationality",
        id="nation-tai-nation",
    ),
    pytest.param(
        "Thủ tướng Lào Khamsing Vongsa hội đàm.", "Khamsing Vongsa", "after_nationality", id="nationality-lao"
    ),
    pytest.param(
        "Bí thư Khu ủy Khu tự trị Quảng Tây (Trung Quốc) Bành Văn Thịnh dự.",
        "Bành Văn Thịnh",
        "surname",
        id="sino-reading",
    ),
    pytest.param(
        "Tiếp ông John Smith, Giám đốc quốc gia.", "John Smith", "foreign_after_honorific", id="honorific-latin"
    ),
    pytest.param("Ngài Peter Brandt phát biểu.", "Peter Brandt", "foreign_after_honorific", id="ngai-latin"),
    pytest.param("Có Đại sứ Carlos Vega tham dự.", "Carlos Vega", "foreign_after_title", id="title-latin"),
    # "Ông" is also a surname: at a sentence's start before Latin words it is the honorific.
    pytest.param(
        "Ông Dirk Hollman phát biểu khai mạc.", "Dirk Hollman", "foreign_after_honorific", id="ong-opening-latin"
    ),
    pytest.param(
        "Hội nghị kết thúc. Ông Oskar Vehling, Đại sứ Áo, phát biểu.",
        "Oskar Vehling",
        "foreign_after_honorific",
        id="ong-after-full-stop-latin",
    ),
    # Hyphenated given names, lower-case particles, a surname shared with Vietnamese.
    pytest.param("Đại sứ Đức Hans-Peter Vogt dự.", "Hans-Peter Vogt", "after_nationality", id="hyphenated-given-name"),
    pytest.param("Bà Jee Min-ho phát biểu.", "Jee Min-ho", "foreign_after_honorific", id="korean-hyphenated"),
    pytest.param(
        "Tham dự có ông Jean-Luc van der Meulen.",
        "Jean-Luc van der Meulen",
        "foreign_after_honorific",
        id="two-particles",
    ),
    pytest.param("Ông Luis de Souza phát biểu.", "Luis de Souza", "foreign_after_honorific", id="particle-de"),
    pytest.param("Tiếp ông Omar bin Salem.", "Omar bin Salem", "foreign_after_honorific", id="particle-bin"),
    pytest.param(
        "Thủ tướng Hàn Quốc Kim Sun-ho dự.", "Kim Sun-ho", "after_nationality", id="shared-surname-foreign-given"
    ),
    pytest.param("Nhà lãnh đạo Kim Sun-ho dự lễ.", "Kim Sun-ho", "foreign_given_name", id="shared-surname-no-title"),
    pytest.param(
        "Chủ tịch Ủy ban châu Âu Jean-Paul Marnier phát biểu.",
        "Jean-Paul Marnier",
        "foreign_after_title",
        id="continent-before-foreign-name",
    ),
    # Bodies before the name.
    pytest.param("Bí thư Tỉnh Đoàn Lê Văn An dự hội nghị.", "Lê Văn An", "surname", id="tinh-doan"),
    pytest.param("Bí thư Thành Đoàn Đinh Thị Hoa phát biểu.", "Đinh Thị Hoa", "surname", id="thanh-doan"),
    pytest.param(
        "Nguyên Tổng Bí Thư Nông Văn Mạnh dự.", "Nông Văn Mạnh", "after_title_in_run", id="head-in-title-case-run"
    ),
    pytest.param("Dự có đồng chí Trần Văn Hòa – Ủy viên Ban T", "Trần Văn Hòa", "surname", id="cut-title-not-foreign"),
    # A clause opener that is also a given name, before punctuation.
    pytest.param(
        "Trao Huy hiệu cho đảng viên Đỗ Kim Hội - Chuyên viên Ban.", "Đỗ Kim Hội", "surname", id="breaker-as-given"
    ),
]


@pytest.mark.parametrize(("text", "name", "reason"), FOUND)
def test_name_found(text: str, name: str, reason: str) -> None:
    names = _found(text)
    assert [n.text for n in names] == [name]
    assert reason in names[0].reasons


NONE = [
    pytest.param("Người dân thôn Nguyễn Huệ góp ý.", id="hamlet-named-for-a-person"),
    pytest.param("Học sinh trường Nguyễn Trãi đạt nhiều giải.", id="school-named-for-a-person"),
    pytest.param("Bí thư Đoàn Thanh niên Bộ Công Thương dự.", id="doan-thanh-nien"),
    pytest.param("Phó Chủ tịch Hội Nhà Văn Hà Nội phát biểu.", id="hoi-nha-van"),
    pytest.param("Đại diện Đoàn Khối các cơ quan tỉnh dự.", id="doan-khoi"),
    pytest.param("Bí thư Đoàn Khối Doanh nghiệp tỉnh dự.", id="doan-khoi-capital"),
    pytest.param("Bí thư Huyện ủy Vĩnh Bảo dự.", id="place-surname-two-syllables"),
    pytest.param("Hội nghị tổ chức tại TP Hồ Chí Minh.", id="city"),
    pytest.param("Trụ sở trên đường Trần Hưng Lâm, quận 3.", id="street"),
    pytest.param("Học sinh Trường THCS Lê Văn Tám đạt giải.", id="school"),
    pytest.param("Bí thư Tỉnh ủy Hà Giang dự.", id="province"),
    pytest.param("Đại sứ quán Hà Lan tài trợ.", id="country-not-surname"),
    pytest.param("Ảnh: Nguyễn Văn Cường", id="photo-credit"),
    pytest.param("Ông Lộc đề nghị các cấp làm tốt.", id="honorific-short-mention"),
    pytest.param('Phong trào "Nguyễn Văn Trỗi anh hùng" được phát động.', id="quoted"),
    pytest.param("Các đại biểu Carlos Ruiz Vega", id="latin-without-title"),
    pytest.param("Tập đoàn Samsung Electronics de Vietnam tài trợ.", id="company-with-particle"),
    pytest.param("Sinh viên Đại học Harvard Kennedy dự.", id="school-latin"),
    pytest.param("Diễn đàn Nghị viện châu Á - Thái Bình Dương họp.", id="ocean-not-surname"),
    pytest.param("Tỉnh Bà Rịa-Vũng Tàu tổ chức hội nghị.", id="hyphenated-province"),
]


@pytest.mark.parametrize("text", NONE)
def test_no_person(text: str) -> None:
    assert _found(text) == []


def test_offsets_are_into_the_callers_string() -> None:
    text = "Mở đầu. Phát biểu, ông Quàng Văn Hương cho biết. Bí thư Tỉnh Đoàn Lê Văn An dự."
    start = text.index("Phát")
    names = person_names(text, start, len(text))
    assert [(n.text, text[n.start : n.end]) for n in names] == [
        ("Quàng Văn Hương", "Quàng Văn Hương"),
        ("Lê Văn An", "Lê Văn An"),
    ]


def test_blocked_name_is_left_out() -> None:
    text = "Bài: Lê Thị Thu Hà và ông Nguyễn Văn Phúc."
    assert [n.text for n in person_names(text, 0, len(text), blocked=frozenset({"Nguyễn Văn Phúc"}))] == []


def test_middle_name_does_not_start_a_name() -> None:
    (name,) = _found("Phó Chủ tịch UBND tỉnh Quàng Văn Hương phát biểu.")
    assert name.text != "Văn Hương"


def test_extra_lexicon_adds_a_surname(tmp_path: Path) -> None:
    text = "Dự hội nghị có đồng chí Xòng Pá Lử, Chủ tịch UBND xã, phát biểu."
    assert extract(LEAD + text).officials == ()
    (tmp_path / "surnames.txt").write_text("Xòng\n", encoding="utf-8")
    report = Extractor(extra_lexicon=tmp_path).extract(LEAD + text)
    assert [o.name for o in report.officials] == ["Xòng Pá Lử"]


END_TO_END = [
    pytest.param(
        "Phó Chủ tịch UBND tỉnh Quàng Văn Hương phát biểu tại hội nghị.",
        {"Quàng Văn Hương": ["Phó Chủ tịch UBND tỉnh"]},
        id="thai-surname",
    ),
    pytest.param(
        "Bí thư Tỉnh Đoàn Lê Văn An dự hội nghị.",
        {"Lê Văn An": ["Bí thư Tỉnh Đoàn"]},
        id="body-ending-in-doan",
    ),
    pytest.param(
        "Dự hội nghị có đồng chí Y Mượn Niê, Phó Chủ tịch UBND tỉnh.",
        {"Y Mượn Niê": ["Phó Chủ tịch UBND tỉnh"]},
        id="ede",
    ),
    pytest.param(
        "Dự hội nghị có Đại sứ Cuba Carlos Ruiz Vega.",
        {"Carlos Ruiz Vega": ["Đại sứ Cuba"]},
        id="foreign-ambassador",
    ),
    pytest.param(
        "Phát biểu tại hội nghị, ông Tống Văn Khải, Bí thư Đoàn Thanh niên Bộ Công Thương, đề nghị các chi đoàn làm tốt.",
        {"Tống Văn Khải": ["Bí thư Đoàn Thanh niên Bộ Công Thương"]},
        id="no-person-in-doan-thanh-nien",
    ),
]


@pytest.mark.parametrize(("text", "expected"), END_TO_END)
def test_official_names_end_to_end(text: str, expected: dict[str, list[str]]) -> None:
    report = extract(LEAD + text)
    assert {o.name: list(o.titles) for o in report.officials} == expected
    for o in report.officials:
        assert all((LEAD + text)[s.start : s.end] == o.name for s in o.spans)
