"""The article-level event decision: invented leads of each kind, with the reasons that decide them."""

from __future__ import annotations

import pytest

from dvextract import extract
from dvextract.pipeline import run
from dvextract.reasons import known

CIVIC = [
    pytest.param(
        "Sáng 12/3, Hội Nông dân huyện Tân Lộc tổ chức hội nghị tổng kết năm 2024.", id="dated-noun-predicate"
    ),
    pytest.param(
        "HỘI NGHỊ TỔNG KẾT CÔNG TÁC MẶT TRẬN NĂM 2024\nNgày 9/1, Ủy ban MTTQ xã Hòa Sơn họp.", id="caps-headline"
    ),
    pytest.param("Chiều 3-4, Ban Thường vụ Huyện ủy thảo luận đề án sáp nhập thôn, bản.", id="predicate-only-lead"),
    pytest.param(
        "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 14 tập thể và 20 cá nhân có thành tích xuất sắc.",
        id="awards-are-evidence",
    ),
    pytest.param("Đoàn ĐBQH tỉnh tiếp xúc cử tri xã Cổ Đông sau kỳ họp thứ 8.", id="place-named-like-shareholders"),
    pytest.param("Tại phiên chất vấn chiều 6/6, Bộ trưởng Bộ Nội vụ trả lời các đại biểu.", id="assembly-session"),
]
NOT_CIVIC = [
    pytest.param("Chiều 2/5, Công an huyện Tân Lộc cho biết vừa bắt giữ hai đối tượng trộm cắp.", id="police-story"),
    pytest.param("Sáng 20/4, Công ty X tổ chức Đại hội đồng cổ đông thường niên năm 2024.", id="shareholders"),
    pytest.param("Chiều 5/6, Sở Du lịch tổ chức họp báo giới thiệu lễ hội hoa.", id="press-conference"),
    pytest.param("Giá lúa tại Đồng Tháp sáng nay tăng 200 đồng/kg so với tuần trước.", id="market-news"),
]


@pytest.mark.parametrize("text", CIVIC)
def test_reports_a_civic_event(text: str) -> None:
    done = run(text)
    assert done.event.civic, [r.name for r in done.event.candidate.reasons]
    assert done.event.lead is not None


@pytest.mark.parametrize("text", NOT_CIVIC)
def test_reports_no_civic_event_and_gets_empty_fields(text: str) -> None:
    done = run(text)
    assert not done.event.civic
    r = done.report
    assert (r.meeting_date, r.organizer, r.officials, r.awards) == (None, None, (), ())


def test_reasons_name_their_cues() -> None:
    done = run("Sáng 12/3, Hội Nông dân huyện tổ chức hội nghị. Đồng chí Lê Văn An, Bí thư Huyện ủy, chủ trì.")
    reasons = {r.name: r.note for r in done.event.candidate.reasons}
    assert reasons == {
        "event_noun_in_lead": "hội nghị",
        "event_predicate_in_lead": "tổ chức",
        "dated_lead": "",
        "presiding_verb": "chủ trì",
    }
    assert done.event.candidate.score == 5.0
    assert {r.name for r in done.event.candidate.reasons} <= known("event")


def test_case_blind_matching_of_common_words_is_gone() -> None:
    # "Cổ Đông" is a commune; lower-case "cổ đông" are shareholders.
    place = extract("Sáng 2/3, UBND xã Cổ Đông tổ chức hội nghị tổng kết năm 2024.")
    assert place.organizer is not None and place.organizer.name == "UBND xã Cổ Đông"
    company = extract("Sáng 2/3, các cổ đông dự hội nghị tổng kết năm 2024 của công ty.")
    assert company.organizer is None
