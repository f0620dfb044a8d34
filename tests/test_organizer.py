"""Organiser: the frames Vietnamese leads put the meeting's body in."""

from __future__ import annotations

import pytest

from dvextract import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chiều 13/1, Ban dân vận Quận ủy quận Tân Bình tổ chức hội nghị tổng kết.", "Ban dân vận Quận ủy quận Tân Bình"),
        ("Ngày 29/10, tại Bình Liêu, Ban Dân vận Tỉnh ủy đã tổ chức hội nghị giao ban.", "Ban Dân vận Tỉnh ủy"),
        (
            "Tối 9-6, tại Quảng trường biển, TP Tam Kỳ, UBND tỉnh Quảng Nam phối hợp với Bộ Ngoại giao tổ chức lễ khai mạc.",
            "UBND tỉnh Quảng Nam",
        ),
        ("Hội nghị do Ban Dân vận Tỉnh ủy tổ chức sáng 14/1/2025.", "Ban Dân vận Tỉnh ủy"),
        ("Sáng 26/9, Đại hội đại biểu Đảng bộ tỉnh Quảng Ninh lần thứ XVI khai mạc.", "Đảng bộ tỉnh Quảng Ninh"),
        ("Sáng 22-6, tại Hà Nội, Ủy ban T.Ư MTTQ Việt Nam tổ chức Hội nghị lần thứ 7.", "Ủy ban T.Ư MTTQ Việt Nam"),
        (
            "Ngày 13/5, Tổng Bí thư Nguyễn Phú Trọng cùng Đoàn đại biểu Quốc hội thành phố Hà Nội đã tiếp xúc cử tri.",
            "Đoàn đại biểu Quốc hội thành phố Hà Nội",
        ),
        ("Sáng 7/6, Đảng ủy Bộ Lao động - Thương binh và Xã hội đã tổ chức Hội nghị.", "Đảng ủy Bộ Lao động - Thương binh và Xã hội"),
        ("Sáng 8/7, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức Hội nghị sơ kết.", "Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    ],
)
def test_frames(text: str, expected: str) -> None:
    report = extract(text)
    assert report.organizer is not None and report.organizer.name == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 14/1, quận Tân Bình tổ chức hội nghị.",  # a place, not a body
        "Vừa qua, nhiều hội viên tham gia phong trào.",
        "Hội nghị đã thông qua Nghị quyết Đại hội Đảng toàn quốc lần thứ XII và Đại hội Đảng bộ tỉnh lần thứ XVIII.",
    ],
)
def test_no_organizer(text: str) -> None:
    assert extract(text).organizer is None
