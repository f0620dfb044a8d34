"""Organiser: every construction a lead puts its organiser in, and those that must not give one.

Invented examples, grouped by construction; each asserts the exact name.
"""

from __future__ import annotations

import pytest

from dvextract import explain, extract
from dvextract.reasons import known

FOUND: dict[str, list[tuple[str, str]]] = {
    "the subject of the event's predicate": [
        (
            "Chiều 13/1, Ban dân vận Quận ủy quận Tân Bình tổ chức hội nghị tổng kết.",
            "Ban dân vận Quận ủy quận Tân Bình",
        ),
        ("Ngày 29/10, tại Bình Liêu, Ban Dân vận Tỉnh ủy đã tổ chức hội nghị giao ban.", "Ban Dân vận Tỉnh ủy"),
        ("Sáng 22-6, tại Hà Nội, Ủy ban T.Ư MTTQ Việt Nam tổ chức Hội nghị lần thứ 7.", "Ủy ban T.Ư MTTQ Việt Nam"),
        (
            "Sáng 7/6, Đảng ủy Bộ Lao động - Thương binh và Xã hội đã tổ chức Hội nghị.",
            "Đảng ủy Bộ Lao động - Thương binh và Xã hội",
        ),
        ("Sáng 8/7, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức Hội nghị sơ kết.", "Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        ("Chiều 8-2, HĐND tỉnh Hòa Sơn đã tiến hành phiên họp bất thường.", "HĐND tỉnh Hòa Sơn"),
        ("Sáng nay, UBND TP.Hòa Sơn họp về tình hình kinh tế - xã hội.", "UBND TP.Hòa Sơn"),
        (
            "Chiều 10/2, Đảng bộ Cơ quan LĐLĐ tỉnh Hòa Sơn long trọng tổ chức lễ trao Huy hiệu Đảng.",
            "Đảng bộ Cơ quan LĐLĐ tỉnh Hòa Sơn",
        ),
        (
            "Sáng 3/5, Đoàn đại biểu Quốc hội tỉnh Tân Lộc đã có buổi tiếp xúc cử tri huyện Hòa Sơn.",
            "Đoàn đại biểu Quốc hội tỉnh Tân Lộc",
        ),
    ],
    "an apposition, a parenthesis, a member list or a comma before the verb": [
        ("Sáng 5/7, HĐND huyện Tân Lộc khóa XII, nhiệm kỳ 2021-2026 khai mạc kỳ họp thứ 9.", "HĐND huyện Tân Lộc"),
        (
            "Sáng 5/7, Khối thi đua số 4 (gồm Huyện ủy Tân Lộc, Hòa Sơn, Phú Bình) tổ chức hội nghị.",
            "Khối thi đua số 4",
        ),
        ("Sáng 5/7, Cụm thi đua số 3 gồm các huyện Tân Lộc, Hòa Sơn và Phú Bình tổ chức hội nghị.", "Cụm thi đua số 3"),
        ("Sáng 5/7, Thường trực HĐND xã Tân Lộc, tổ chức phiên họp thường kỳ.", "Thường trực HĐND xã Tân Lộc"),
        (
            "Ngày 12/7, Cục Tần số Vô tuyến điện (Bộ Thông tin và Truyền thông) phối hợp với Công ty Minh An tổ chức hội thảo.",
            "Cục Tần số Vô tuyến điện",
        ),
        (
            "Sáng 9/5, Đoàn đại biểu Quốc hội tỉnh Hòa Sơn, đơn vị bầu cử số 2, đã tiếp xúc cử tri.",
            "Đoàn đại biểu Quốc hội tỉnh Hòa Sơn",
        ),
    ],
    "the body named inside the event noun": [
        ("Sáng 4/12, Kỳ họp thứ năm HĐND tỉnh Hòa Sơn khóa X đã bế mạc.", "HĐND tỉnh Hòa Sơn"),
        ("Sáng 26/9, Đại hội đại biểu Đảng bộ tỉnh Quảng Ninh lần thứ XVI khai mạc.", "Đảng bộ tỉnh Quảng Ninh"),
        (
            "Khai mạc Đại hội Đại biểu Đảng bộ huyện Tân Lộc lần thứ XX\nSáng 10/6, đại hội đã khai mạc trọng thể.",
            "Đảng bộ huyện Tân Lộc",
        ),
        (
            "Sáng 24/6, Hội nghị lần thứ 10 Ban Chấp hành Đảng bộ tỉnh Hòa Sơn khóa XVI đã khai mạc.",
            "Ban Chấp hành Đảng bộ tỉnh Hòa Sơn",
        ),
        (
            "Ngày 7/7, tại kỳ họp thứ tư HĐND TP Hòa Sơn khóa IX, Chủ tịch UBND thành phố đã giải trình.",
            "HĐND TP Hòa Sơn",
        ),
        ("Sáng 5/7, Kỳ họp thứ 9, HĐND tỉnh Tân Lộc khóa XIV khai mạc.", "HĐND tỉnh Tân Lộc"),
        ("Tại phiên khai mạc kỳ họp thứ 3 của Quốc hội khóa XIV sáng nay, các đại biểu đã nghe báo cáo.", "Quốc hội"),
        (
            "Sáng 11/3, Đại hội đại biểu Hội cựu chiến binh xã Tân Lộc lần thứ VIII đã diễn ra.",
            "Hội cựu chiến binh xã Tân Lộc",
        ),
        (
            "Đó là yêu cầu tại Hội nghị sơ kết công tác kiểm tra 6 tháng đầu năm của Ủy ban Kiểm tra Tỉnh ủy Hòa Sơn diễn ra hôm nay.",
            "Ủy ban Kiểm tra Tỉnh ủy Hòa Sơn",
        ),
    ],
    "a head outside the old lists": [
        ("Sáng 5/1, Hội Nông dân huyện Tân Lộc tổng kết công tác Hội năm 2024.", "Hội Nông dân huyện Tân Lộc"),
        ("Sáng 3/5, Đoàn ĐBQH tỉnh Hòa Sơn đã có buổi tiếp xúc cử tri tại huyện Tân Lộc.", "Đoàn ĐBQH tỉnh Hòa Sơn"),
        (
            "Sáng 3/5, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh phối hợp Sở Y tế tổ chức hội thảo.",
            "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh",
        ),
        (
            "Chiều 12/7 tại Hà Nội, Tạp chí Xây dựng Đảng tổ chức Hội nghị triển khai quyết định.",
            "Tạp chí Xây dựng Đảng",
        ),
        ("Sáng 23/5, CATP Hòa Sơn đã tổ chức hội nghị tập huấn nghiệp vụ.", "CATP Hòa Sơn"),
        (
            "Ngày 8/6, Chi đoàn Trung tâm điều dưỡng phục hồi chức năng huyện Tân Lộc (Trung tâm) đã tổ chức Đại hội.",
            "Chi đoàn Trung tâm điều dưỡng phục hồi chức năng huyện Tân Lộc",
        ),
        ("Sáng 19/7, Hội khuyến học huyện tổ chức sơ kết công tác 6 tháng đầu năm.", "Hội khuyến học huyện"),
        ("Sáng 20/6, Hội Nhà báo tỉnh Hòa Sơn tổ chức tọa đàm.", "Hội Nhà báo tỉnh Hòa Sơn"),
    ],
    "co-organisers: the first named": [
        ("Sáng 5/3, Sở Tư pháp, Sở Nội vụ phối hợp tổ chức hội nghị.", "Sở Tư pháp"),
        ("Sáng 5/3, Quân ủy Trung ương, Bộ Quốc phòng đã tổ chức Hội nghị Quân chính.", "Quân ủy Trung ương"),
        (
            "Ngày 18/10, Hội Liên hiệp Phụ nữ - Hội Cựu chiến binh - Liên đoàn Lao động quận phối hợp tổ chức lễ kỷ niệm.",
            "Hội Liên hiệp Phụ nữ",
        ),
        ("Ngày 14/6, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh Hòa Sơn tổ chức lễ kỷ niệm.", "Tỉnh ủy"),
        ("Sáng 12/7, UBND tỉnh Hòa Sơn cùng các sở, ngành của tỉnh tổ chức lễ truy điệu.", "UBND tỉnh Hòa Sơn"),
        (
            "Tối 9-6, tại Quảng trường biển, UBND tỉnh Quảng Nam phối hợp với Bộ Ngoại giao tổ chức lễ khai mạc.",
            "UBND tỉnh Quảng Nam",
        ),
        (
            "Ngày 20-6, tại Hà Nội, Ban Tuyên giáo Trung ương, Bộ Thông tin và Truyền thông phối hợp tổ chức giao ban.",
            "Ban Tuyên giáo Trung ương",
        ),
    ],
    "a session that passed what the event announces": [
        (
            "Sáng 12/7, Văn phòng Chủ tịch nước tổ chức lễ công bố các luật được thông qua tại kỳ họp thứ 3 Quốc hội khóa XV.",
            "Văn phòng Chủ tịch nước",
        ),
    ],
    "the agent of a passive": [
        ("Hội nghị do Ban Dân vận Tỉnh ủy tổ chức sáng 14/1/2025.", "Ban Dân vận Tỉnh ủy"),
        (
            "Tại hội thảo do UBND TP.Hòa Sơn phối hợp LĐLĐ TP.Hòa Sơn tổ chức sáng 19/5, nhiều ý kiến được nêu.",
            "UBND TP.Hòa Sơn",
        ),
        (
            "Tại hội thảo do Bộ Thông tin và Truyền thông phối hợp với Sở Tư pháp tổ chức, các đại biểu đã thảo luận.",
            "Bộ Thông tin và Truyền thông",
        ),
    ],
    "a lead that opens with a date and no comma": [
        ("Ngày 19/12/2021 HĐND xã Tân Lộc, tổ chức kỳ họp thứ 3.", "HĐND xã Tân Lộc"),
        (
            "Ngày mười chín tháng Mười Hai năm 2021 Hội đồng nhân dân xã Tân Lộc tổ chức kỳ họp thứ 3.",
            "Hội đồng nhân dân xã Tân Lộc",
        ),
        ("Sáng nay HĐND huyện Tân Lộc khai mạc kỳ họp thứ 5.", "HĐND huyện Tân Lộc"),
    ],
    "a body joined to a person subject, or reported": [
        (
            "Ngày 13/5, Tổng Bí thư Nguyễn Phú Trọng cùng Đoàn đại biểu Quốc hội thành phố Hà Nội đã tiếp xúc cử tri.",
            "Đoàn đại biểu Quốc hội thành phố Hà Nội",
        ),
        (
            "Hôm nay, Chủ tịch Quốc hội Lê Thị Mai và các đại biểu Đoàn ĐBQH tỉnh Hòa Sơn đã có các cuộc tiếp xúc cử tri.",
            "Đoàn ĐBQH tỉnh Hòa Sơn",
        ),
        (
            "Ngày 14/6, Huyện ủy Tân Lộc cho biết Ban Thường vụ Huyện ủy đã họp và đưa ra hình thức kỷ luật.",
            "Ban Thường vụ Huyện ủy",
        ),
    ],
    "a body in lower case where the syntax makes it one": [
        ("Sáng 5/3, hội nghị do ủy ban nhân dân tỉnh Hòa Sơn tổ chức đã diễn ra.", "ủy ban nhân dân tỉnh Hòa Sơn"),
        (
            "Ngày 23/6, Phó Thủ tướng Lê Văn An cùng đoàn đại biểu Quốc hội tỉnh Hòa Sơn đã tiếp xúc cử tri.",
            "đoàn đại biểu Quốc hội tỉnh Hòa Sơn",
        ),
    ],
    "the host of a working session": [
        (
            "Bà Lê Thị Mai trả lời tại buổi làm việc với Thường trực Thành ủy Hòa Sơn chiều 10-2.",
            "Thường trực Thành ủy Hòa Sơn",
        ),
        (
            "Ngày 31/5, Bộ trưởng Bộ Y tế Lê Văn An đã có buổi làm việc với UBND tỉnh Hòa Sơn về sự cố.",
            "UBND tỉnh Hòa Sơn",
        ),
    ],
    "names the grammar must read whole": [
        (
            "Sáng 5/3, Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam tỉnh Hòa Sơn tổ chức hội nghị.",
            "Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam tỉnh Hòa Sơn",
        ),
        (
            "Sáng 5/3, Liên đoàn Lao động (LĐLĐ) huyện Tân Lộc tổ chức hội nghị.",
            "Liên đoàn Lao động (LĐLĐ) huyện Tân Lộc",
        ),
        (
            "Sáng 5/3, Ban Quản lý các khu công nghiệp tỉnh Hòa Sơn tổ chức hội nghị.",
            "Ban Quản lý các khu công nghiệp tỉnh Hòa Sơn",
        ),
        ("Sáng 5/3, Đảng ủy Khối các cơ quan tỉnh Hòa Sơn tổ chức hội nghị.", "Đảng ủy Khối các cơ quan tỉnh Hòa Sơn"),
        (
            "Sáng 20/5, Bộ Văn hóa, Thể thao và Du lịch tổ chức Lễ trao tặng Giải thưởng.",
            "Bộ Văn hóa, Thể thao và Du lịch",
        ),
        ("Sáng 20/5, tại Nhà hát Lớn, Bộ VH-TT&DL tổ chức Lễ trao tặng Giải thưởng.", "Bộ VH-TT&DL"),
        (
            "Ngày 11/5, tại Hà Nội, Ủy ban Kinh tế của Quốc hội tổ chức phiên họp toàn thể.",
            "Ủy ban Kinh tế của Quốc hội",
        ),
        ("Chiều 12-5, Học viện Chính trị-Bộ Quốc phòng đã tổ chức Lễ trao bằng.", "Học viện Chính trị-Bộ Quốc phòng"),
        ("Ngày 9/6, Bộ NN & PTNT đã phối hợp với UBND tỉnh Hòa Sơn tổ chức hội nghị chuyên đề.", "Bộ NN & PTNT"),
        (
            "Ngày 7/7, Công đoàn cơ quan Dân, Đảng quận Tân Lộc đã tổ chức thành công Đại hội.",
            "Công đoàn cơ quan Dân, Đảng quận Tân Lộc",
        ),
        (
            "Chiều 1/12, Đảng ủy xã Thanh Phong, huyện Tân Lộc tổ chức Lễ công bố Quyết định.",
            "Đảng ủy xã Thanh Phong, huyện Tân Lộc",
        ),
    ],
}

NONE: dict[str, list[str]] = {
    "a person or a title is no body (a place standing for its government is: test_organizer_constructions)": [
        "Vừa qua, nhiều hội viên tham gia phong trào.",
        "Ông Lê Văn An, Thành ủy viên, Chủ tịch LĐLĐ thành phố, trả lời tại hội nghị.",
        "Sáng 20/6, ông Lê Văn An và các đại biểu HĐND thành phố đã tiếp xúc cử tri.",  # deputies, not the council
    ],
    "a document's name, a plan, an event being prepared": [
        "Hội nghị đã thông qua Nghị quyết Đại hội Đảng toàn quốc lần thứ XII và Đại hội Đảng bộ tỉnh lần thứ XVIII.",
        "Theo kế hoạch, hội nghị tổng kết sẽ diễn ra vào tháng tới. UBND tỉnh sẽ tổ chức hội nghị chuyên đề vào tháng 8.",
        "Sáng 2/10, hội nghị liên tịch thống nhất dự kiến nội dung, thời gian kỳ họp thứ 9, HĐND tỉnh khóa XIV đã được tổ chức.",
        "Kỳ họp thứ 9, HĐND tỉnh khóa XIV dự kiến diễn ra đầu tháng 12.",
    ],
    "a visiting delegation holds the session": [
        "Ngày 8/7, Đoàn kiểm tra của Ban Bí thư do đồng chí Lê Văn An làm trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Hòa Sơn.",
        "Ngày 7/2, đoàn công tác của Bộ Giáo dục đã có buổi làm việc với UBND TP Hòa Sơn về công tác giáo dục.",
    ],
    "another event or another time": [
        "Trao đổi bên lề Kỳ họp thứ 3, Quốc hội khóa XV, đại biểu Lê Văn An cho rằng cần sửa luật.",
        "Ngày 23/6, các đại biểu đã tiếp xúc cử tri sau Kỳ họp thứ 3, Quốc hội khóa XV.",
        "Từ năm 2013, Bộ Y tế phối hợp với nhiều cơ quan phát động cuộc vận động.",
        "Dự thảo sẽ được trình tại kỳ họp thứ 5 HĐND tỉnh Hòa Sơn vào tháng tới.",
        "Dự thảo nghị quyết được chuẩn bị để trình kỳ họp HĐND tỉnh thông qua.",
    ],
    "a person, a photo credit, a code of law": [
        "Ảnh: Đoàn Mạnh Hùng/TTXVN Tại buổi làm việc, các đại biểu thống nhất phương án.",
        "Tại hội nghị, các ý kiến về Bộ luật hình sự đã tổ chức thành các nhóm.",
        "Ngày 19/5, Tổ công tác của Thủ tướng làm việc với Bộ Tư pháp về công tác xây dựng pháp luật.",
    ],
    "a verb that reports no event": [
        "Tại hội nghị, các cơ quan, tổ chức hữu quan đã được phân công nhiệm vụ.",
        "Tại hội nghị, Ban Thường vụ Tỉnh ủy Hòa Sơn thẳng thắn trao đổi về công tác cán bộ.",
        "Tại hội nghị, UBND tỉnh Hòa Sơn tiếp tục chỉ đạo các sở ngành.",
    ],
}


def _rows(table: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str, str]]:
    return [(construction, text, name) for construction, rows in table.items() for text, name in rows]


@pytest.mark.parametrize(("construction", "text", "expected"), _rows(FOUND))
def test_organiser_found(construction: str, text: str, expected: str) -> None:
    report = extract(text)
    assert report.organizer is not None, construction
    assert report.organizer.name == expected, construction
    span = report.organizer.spans[0]
    assert text[span.start : span.end] == expected


@pytest.mark.parametrize(("construction", "text"), [(c, t) for c, rows in NONE.items() for t in rows])
def test_no_organiser(construction: str, text: str) -> None:
    assert extract(text).organizer is None, construction


def test_every_candidate_is_explained_with_weighted_reasons() -> None:
    found = explain("Sáng 5/3, Sở Tư pháp, Sở Nội vụ phối hợp tổ chức hội nghị.").of("organizer")
    names = {c.text: c for c in found}
    assert names["Sở Tư pháp"].kept and names["Sở Tư pháp"].has("first_of_co_organisers")
    assert not names["Sở Nội vụ"].kept and names["Sở Nội vụ"].has("not_first_co_organiser")
    planned = explain("Tháng tới, UBND tỉnh Hòa Sơn sẽ tổ chức hội nghị chuyên đề.").of("organizer")
    assert [c.text for c in planned] == ["UBND tỉnh Hòa Sơn"]
    assert not planned[0].kept and planned[0].has("future_or_plan")
    for c in found + planned:
        assert {r.name for r in c.reasons} <= known("organizer")


def test_a_later_sentence_is_read_only_when_the_lead_names_no_body() -> None:
    text = "Sáng 5/3, hội nghị tổng kết đã diễn ra tại hội trường. Hội nghị do Sở Tư pháp tổ chức."
    assert extract(text).organizer.name == "Sở Tư pháp"  # type: ignore[union-attr]
    text = "Sáng 5/3, Sở Nội vụ tổ chức hội nghị tổng kết. Trước đó, Sở Tư pháp đã tổ chức hội nghị."
    found = explain(text).of("organizer")
    assert [c.text for c in found] == ["Sở Nội vụ"]  # the lead's body cannot be outscored: reading stops
