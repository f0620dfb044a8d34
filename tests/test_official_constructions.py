"""Who acted at the event: one table row per construction of issue 11, with invented examples.

Each row asserts the exact names, titles and roles; the decision behind each
person is a candidate with named reasons (``data/reasons.tsv``, "official"),
checked at the end for the cases that turn on a reason.
"""

from __future__ import annotations

import pytest

from dvextract import extract, pipeline

LEAD = "Sáng 12/3, Huyện ủy Tân Lộc tổ chức hội nghị tổng kết công tác năm 2023. "
Expected = dict[str, tuple[list[str], list[str]]]


def _people(text: str) -> Expected:
    return {o.name: (list(o.titles), list(o.roles)) for o in extract(LEAD + text).officials}


AN = "Lê Văn An"
BINH = "Trần Thị Bình"

ROWS = [
    # --- a role verb that does not touch the name
    pytest.param(
        "Đồng chí Lê Văn An, Bí thư Huyện ủy, trong bài phát biểu kết luận hội nghị đã nhấn mạnh ba nội dung.",
        {AN: (["Bí thư Huyện ủy"], ["speaking"])},
        id="verb-a-few-words-on",
    ),
    pytest.param(
        "Ông Lê Văn An, Giám đốc Sở Tư pháp tại TP Hòa Sơn, phát biểu khai mạc hội nghị.",
        {AN: (["Giám đốc Sở Tư pháp"], ["speaking"])},
        id="verb-after-where-the-post-is-held",
    ),
    pytest.param(
        "Ông Lê Văn An, Phó Giám đốc Bảo hiểm xã hội Việt Nam tại tỉnh Hòa Sơn, tham dự hội nghị.",
        {AN: (["Phó Giám đốc Bảo hiểm xã hội Việt Nam"], ["attending"])},
        id="verb-after-where-the-post-is-held-province",
    ),
    pytest.param(
        "Về dự có đồng chí Lê Văn An, Phó Chủ tịch UBND tỉnh, cùng đại diện các sở, ngành.",
        {AN: (["Phó Chủ tịch UBND tỉnh"], ["attending"])},
        id="list-then-unnamed-guests",
    ),
    # --- a cue that opens a later clause or list
    pytest.param(
        "Bí thư Huyện ủy Lê Văn An chủ trì hội nghị; cùng dự có Phó Chủ tịch UBND tỉnh Trần Thị Bình.",
        {AN: (["Bí thư Huyện ủy"], ["presiding"]), BINH: (["Phó Chủ tịch UBND tỉnh"], ["attending"])},
        id="cue-after-semicolon",
    ),
    pytest.param(
        "Đồng chí Lê Văn An, Bí thư Huyện ủy phát biểu khai mạc Tham dự hội nghị có Giám đốc Sở Nội vụ Trần Thị Bình.",
        {AN: (["Bí thư Huyện ủy"], ["speaking"]), BINH: (["Giám đốc Sở Nội vụ"], ["attending"])},
        id="caption-glued-to-next-list",
    ),
    pytest.param(
        "Tới dự có đồng chí Lê Văn An, Bí thư Huyện ủy. Đồng chí Trần Thị Bình, Chủ tịch UBND huyện.",
        {AN: (["Bí thư Huyện ủy"], ["attending"]), BINH: (["Chủ tịch UBND huyện"], ["attending"])},
        id="list-continues-after-full-stop",
    ),
    pytest.param(
        "Tới dự có đồng chí Lê Văn An, Bí thư Huyện ủy. Đồng chí Trần Thị Bình, Chủ tịch UBND huyện phát biểu.",
        {AN: (["Bí thư Huyện ủy"], ["attending"]), BINH: (["Chủ tịch UBND huyện"], ["speaking"])},
        id="next-sentence-with-own-verb-is-not-the-list",
    ),
    pytest.param(
        "Tham dự và chỉ đạo hội nghị có đồng chí Lê Văn An, Phó Bí thư Tỉnh ủy.",
        {AN: (["Phó Bí thư Tỉnh ủy"], ["attending", "speaking"])},
        id="joined-opening-verbs",
    ),
    pytest.param(
        "Về phía tỉnh có đồng chí Lê Văn An, Phó Chủ tịch UBND tỉnh.",
        {AN: (["Phó Chủ tịch UBND tỉnh"], ["attending"])},
        id="guests-by-their-side",
    ),
    pytest.param(
        "Các Phó Chủ tịch UBND tỉnh Lê Văn An, Trần Thị Bình và Hoàng Văn Cường trả lời ý kiến cử tri.",
        {
            AN: (["Phó Chủ tịch UBND tỉnh"], ["speaking"]),
            BINH: (["Phó Chủ tịch UBND tỉnh"], ["speaking"]),
            "Hoàng Văn Cường": (["Phó Chủ tịch UBND tỉnh"], ["speaking"]),
        },
        id="plural-title-over-a-list-no-colon",
    ),
    pytest.param(
        "Lễ ký kết diễn ra trước sự chứng kiến của Phó Chủ tịch UBND tỉnh Lê Văn An.",
        {AN: (["Phó Chủ tịch UBND tỉnh"], ["attending"])},
        id="witnessed-by",
    ),
    pytest.param(
        "Phó Chủ tịch HĐND tỉnh Trần Thị Bình là người điều khiển phiên họp buổi chiều.",
        {BINH: (["Phó Chủ tịch HĐND tỉnh"], ["presiding"])},
        id="the-one-who-chairs",
    ),
    pytest.param(
        "Ủy viên Thường trực Ủy ban Pháp luật Lê Văn An thì băn khoăn về tiến độ.",
        {AN: (["Ủy viên Thường trực Ủy ban Pháp luật"], ["speaking"])},
        id="concern-after-thi",
    ),
    # --- presiding, in every order
    pytest.param(
        "Chủ trì hội nghị: đồng chí Lê Văn An, Bí thư Huyện ủy.",
        {AN: (["Bí thư Huyện ủy"], ["presiding"])},
        id="presiding-header-colon",
    ),
    pytest.param(
        "Hội nghị được chủ trì bởi đồng chí Lê Văn An, Bí thư Huyện ủy.",
        {AN: (["Bí thư Huyện ủy"], ["presiding"])},
        id="presiding-passive-with-agent",
    ),
    pytest.param(
        "Đồng chí Lê Văn An, Bí thư Huyện ủy chủ tọa hội nghị.",
        {AN: (["Bí thư Huyện ủy"], ["presiding"])},
        id="presiding-chu-toa",
    ),
    pytest.param(
        "Đoàn Chủ tịch hội nghị gồm các đồng chí: Lê Văn An, Bí thư Huyện ủy; Trần Thị Bình, Chủ tịch UBND huyện.",
        {AN: (["Bí thư Huyện ủy"], ["presiding"]), BINH: (["Chủ tịch UBND huyện"], ["presiding"])},
        id="presiding-body-as-list",
    ),
    pytest.param(
        "Thay mặt Đoàn Chủ tịch, đồng chí Trần Thị Bình, Chủ tịch UBND huyện điều hành phần thảo luận.",
        {BINH: (["Chủ tịch UBND huyện"], ["presiding"])},
        id="on-behalf-of-the-presidium",
    ),
    # --- a role verb bound into a noun is not the predicate (data/verb_nouns.tsv)
    pytest.param(
        "Điều hành phiên thảo luận, Chủ tịch HĐND huyện Lê Văn An nêu rõ ba vấn đề.",
        {AN: (["Chủ tịch HĐND huyện"], ["presiding", "speaking"])},
        id="fronted-chairing-of-a-session-named-by-its-activity",
    ),
    pytest.param(
        "Chủ tọa buổi thảo luận, Phó Chủ tịch HĐND tỉnh Trần Thị Bình đề nghị các đại biểu nói ngắn.",
        {BINH: (["Phó Chủ tịch HĐND tỉnh"], ["presiding", "speaking"])},
        id="fronted-chu-toa-of-a-session",
    ),
    pytest.param(
        "Dự lễ trao giải có đồng chí Lê Văn An, Bí thư Huyện ủy.",
        {AN: (["Bí thư Huyện ủy"], ["attending"])},
        id="attending-a-ceremony-named-by-its-act",
    ),
    pytest.param(
        "Tại buổi tiếp xúc cử tri, đại biểu Trần Thị Bình, Phó Chủ tịch HĐND tỉnh trả lời cử tri.",
        {BINH: (["Phó Chủ tịch HĐND tỉnh"], ["speaking"])},
        id="meeting-named-by-its-activity-gives-no-role",
    ),
    pytest.param(
        "Theo ông Lê Văn An, Phó Chủ tịch UBND huyện, cơ quan chủ trì thẩm tra đã làm việc với các sở.",
        {AN: (["Phó Chủ tịch UBND huyện"], ["speaking"])},
        id="lead-agency-is-no-presiding",
    ),
    pytest.param(
        "Giám đốc điều hành công ty Hòa Phong, ông Lê Văn An, Chủ tịch Hội doanh nhân huyện phát biểu.",
        {AN: (["Chủ tịch Hội doanh nhân huyện"], ["speaking"])},
        id="chief-executive-is-a-post-not-chairing",
    ),
    # --- words between the subject and its verb that are not the verb
    pytest.param(
        "Bí thư Huyện ủy Lê Văn An vẫn chủ trì hội nghị dù trời mưa lớn.",
        {AN: (["Bí thư Huyện ủy"], ["presiding"])},
        id="adverb-van-before-the-verb",
    ),
    pytest.param(
        "Chủ tịch UBND tỉnh Trần Thị Bình đã về huyện Tân Lộc chủ trì hội nghị.",
        {BINH: (["Chủ tịch UBND tỉnh"], ["presiding"])},
        id="move-to-a-place-then-the-verb",
    ),
    pytest.param(
        "Đồng chí Lê Văn An, Bí thư Huyện ủy đã xuống xã Phú Mỹ dự hội nghị.",
        {AN: (["Bí thư Huyện ủy"], ["attending"])},
        id="move-to-a-commune-then-attend",
    ),
    pytest.param(
        "Bí thư Huyện ủy Lê Văn An cùng các đồng chí trong Ban Thường vụ chủ trì hội nghị.",
        {AN: (["Bí thư Huyện ủy"], ["presiding"])},
        id="comitative-before-the-verb",
    ),
    pytest.param(
        "Phó Chủ tịch UBND tỉnh Trần Thị Bình cùng với lãnh đạo các sở đã trao Bằng khen cho 12 tập thể.",
        {BINH: (["Phó Chủ tịch UBND tỉnh"], ["awarding"])},
        id="comitative-cung-voi-then-award",
    ),
    pytest.param(
        "Đồng chí Lê Văn An, Bí thư Huyện ủy được phân công chủ trì hội nghị.",
        {AN: (["Bí thư Huyện ủy"], ["presiding"])},
        id="assigned-to-chair",
    ),
    pytest.param(
        "Phó Chủ tịch UBND tỉnh Trần Thị Bình được giao điều hành phần thảo luận.",
        {BINH: (["Phó Chủ tịch UBND tỉnh"], ["presiding"])},
        id="given-the-chairing",
    ),
    pytest.param(
        "Đồng chí Lê Văn An, Bí thư Huyện ủy đồng thời chủ trì hội nghị.",
        {AN: (["Bí thư Huyện ủy"], ["presiding"])},
        id="adverb-dong-thoi-is-not-the-title",
    ),
    # --- several verbs of one subject
    pytest.param(
        "Chủ tịch HĐND tỉnh Trần Thị Bình phát biểu điều hành phiên họp.",
        {BINH: (["Chủ tịch HĐND tỉnh"], ["presiding", "speaking"])},
        id="serial-verbs-speak-and-chair",
    ),
    pytest.param(
        "Bí thư Tỉnh ủy Lê Văn An dẫn đầu đoàn công tác của tỉnh về huyện tham dự và đồng chủ trì hội nghị.",
        {AN: (["Bí thư Tỉnh ủy"], ["presiding", "attending"])},
        id="lead-a-delegation-then-co-chair",
    ),
    pytest.param(
        "Chủ tịch Quốc hội nước bạn Hoàng Văn Cường dẫn đầu đoàn đại biểu tới thăm, chủ trì và dự các hoạt động.",
        {"Hoàng Văn Cường": (["Chủ tịch Quốc hội nước bạn"], ["presiding", "attending"])},
        id="lead-visit-chair-and-attend",
    ),
    pytest.param(
        "Bí thư Huyện ủy Lê Văn An chủ trì hội nghị, chứng kiến lễ ký kết giữa hai xã.",
        {AN: (["Bí thư Huyện ủy"], ["presiding", "attending"])},
        id="chair-then-witness",
    ),
    pytest.param(
        "Bí thư Huyện ủy Lê Văn An dự hội nghị, chủ trì là đồng chí Trần Thị Bình, Chủ tịch UBND huyện.",
        {AN: (["Bí thư Huyện ủy"], ["attending"]), BINH: (["Chủ tịch UBND huyện"], ["presiding"])},
        id="chu-tri-la-opens-another-clause",
    ),
    # --- the chairing told first, its subject after the comma
    pytest.param(
        "Chủ trì buổi làm việc với lãnh đạo các xã, Bí thư Huyện ủy Lê Văn An yêu cầu các xã làm tốt.",
        {AN: (["Bí thư Huyện ủy"], ["presiding", "speaking"])},
        id="fronted-chairing-with-a-partner",
    ),
    pytest.param(
        "Chiều 4/5, chủ trì cuộc họp của Ban Chỉ đạo, đồng chí Trần Thị Bình, Phó Chủ tịch UBND tỉnh đề nghị các sở báo cáo sớm.",
        {BINH: (["Phó Chủ tịch UBND tỉnh"], ["presiding", "speaking"])},
        id="fronted-chairing-after-a-time",
    ),
    pytest.param(
        "Đồng chủ trì hội thảo với Sở Nội vụ, Giám đốc Sở Tư pháp Lê Văn An cho biết sẽ sửa quy chế. "
        "Dự hội thảo có Phó Giám đốc Sở Nội vụ Trần Thị Bình.",
        {AN: (["Giám đốc Sở Tư pháp"], ["presiding", "speaking"]), BINH: (["Phó Giám đốc Sở Nội vụ"], ["attending"])},
        id="fronted-co-chairing-only-its-subject",
    ),
    # --- a unit named for its task runs on to the clause's verb (data/task_units.txt)
    pytest.param(
        "Đồng chí Lê Văn An, Trưởng Ban Chỉ đạo tổng kết 10 năm thực hiện chương trình mục tiêu quốc gia "
        "xây dựng nông thôn mới huyện, chủ trì hội nghị.",
        {
            AN: (
                [
                    "Trưởng Ban Chỉ đạo tổng kết 10 năm thực hiện chương trình mục tiêu quốc gia "
                    "xây dựng nông thôn mới huyện"
                ],
                ["presiding"],
            )
        },
        id="task-unit-closed-by-comma-and-verb",
    ),
    pytest.param(
        "Phó Chủ tịch UBND tỉnh Trần Thị Bình, Trưởng Ban chỉ đạo khắc phục sự cố sạt lở 4 xã ven sông chủ trì phiên họp.",
        {
            BINH: (
                ["Phó Chủ tịch UBND tỉnh", "Trưởng Ban chỉ đạo khắc phục sự cố sạt lở 4 xã ven sông"],
                ["presiding"],
            )
        },
        id="task-unit-run-on-to-the-chairing-verb",
    ),
    pytest.param(
        "Đồng chí Lê Văn An, Tổ trưởng Tổ công tác rà soát thủ tục hành chính của huyện Tân Lộc, phát biểu.",
        {AN: (["Tổ trưởng Tổ công tác rà soát thủ tục hành chính của huyện Tân Lộc"], ["speaking"])},
        id="task-unit-working-group",
    ),
    pytest.param(
        "Đồng chí Lê Văn An, Trưởng Ban Chỉ đạo huyện phát biểu tại hội nghị do Trần Thị Bình chủ trì.",
        {AN: (["Trưởng Ban Chỉ đạo huyện"], ["speaking"])},
        id="task-unit-stops-at-the-sentences-own-verb",
    ),
    pytest.param(
        "Đồng chí Lê Văn An, Chủ tịch Ủy ban Phòng chống thiên tai (PCTT) huyện đã chủ trì hội nghị.",
        {AN: (["Chủ tịch Ủy ban Phòng chống thiên tai (PCTT) huyện"], ["presiding"])},
        id="bracketed-short-name-inside-a-title",
    ),
    pytest.param(
        "Bà Trần Thị Bình, Phó Giám đốc Sở Tài nguyên và Môi trường (TN-MT) tỉnh Hòa Sơn cho biết đã cắm mốc xong.",
        {BINH: (["Phó Giám đốc Sở Tài nguyên và Môi trường (TN-MT) tỉnh Hòa Sơn"], ["speaking"])},
        id="bracketed-short-name-then-the-place",
    ),
    pytest.param(
        "Đồng chí Lê Văn An, Chủ tịch Hội đồng an toàn lao động tỉnh đã chủ trì hội nghị.",
        {AN: (["Chủ tịch Hội đồng an toàn lao động tỉnh"], ["presiding"])},
        id="unit-name-ends-before-a-tense-marker-and-verb",
    ),
    pytest.param(
        "Theo ông Lê Văn An, Phó Chủ tịch UBND huyện, công tác quản lý, điều hành còn chậm.",
        {AN: (["Phó Chủ tịch UBND huyện"], ["speaking"])},
        id="management-and-direction-is-a-noun",
    ),
    # --- a title alone as the subject stands for its one holder
    pytest.param(
        "Tham dự có Bí thư Huyện ủy Lê Văn An. Bí thư Huyện ủy chủ trì phần thảo luận.",
        {AN: (["Bí thư Huyện ủy"], ["presiding", "attending"])},
        id="title-alone-chairs",
    ),
    pytest.param(
        "Dự hội nghị có Thủ tướng Chính phủ Lê Văn An. Chiều cùng ngày, Thủ tướng trao Bằng khen cho 5 tập thể.",
        {AN: (["Thủ tướng Chính phủ"], ["attending", "awarding"])},
        id="short-title-after-a-time-awards",
    ),
    pytest.param(
        "Dự có Phó Chủ tịch UBND tỉnh Lê Văn An và Phó Chủ tịch UBND tỉnh Trần Thị Bình. "
        "Phó Chủ tịch UBND tỉnh chủ trì phần thảo luận.",
        {AN: (["Phó Chủ tịch UBND tỉnh"], ["attending"]), BINH: (["Phó Chủ tịch UBND tỉnh"], ["attending"])},
        id="title-two-people-hold-names-nobody",
    ),
    pytest.param(
        "Dự hội nghị có Phó Bí thư Huyện ủy Lê Văn An. Bí thư Huyện ủy chủ trì hội nghị.",
        {AN: (["Phó Bí thư Huyện ủy"], ["attending"])},
        id="deputy-is-not-the-holder-of-the-head-post",
    ),
    pytest.param(
        "Phó Thống đốc Ngân hàng Nhà nước Trần Thị Bình cho biết lãi suất sẽ giảm.",
        {BINH: (["Phó Thống đốc Ngân hàng Nhà nước"], ["speaking"])},
        id="governor-of-the-state-bank",
    ),
    # --- a delegation, its head and its hosts are there
    pytest.param(
        "Sáng 5/3, đoàn công tác của tỉnh do ông Lê Văn An, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn đã làm việc với huyện.",
        {AN: (["Phó Chủ tịch UBND tỉnh", "Trưởng đoàn"], ["attending"])},
        id="head-of-delegation-post-and-presence",
    ),
    pytest.param(
        "Đoàn kiểm tra do Bí thư Tỉnh ủy Lê Văn An làm trưởng đoàn đã đến xã Phú Mỹ.",
        {AN: (["Bí thư Tỉnh ủy", "trưởng đoàn"], ["attending"])},
        id="head-of-delegation-title-before",
    ),
    pytest.param(
        "Tiếp và làm việc với đoàn có đồng chí Trần Thị Bình, Bí thư Huyện ủy; đồng chí Hoàng Văn Cường, Chủ tịch UBND huyện.",
        {
            BINH: (["Bí thư Huyện ủy"], ["attending"]),
            "Hoàng Văn Cường": (["Chủ tịch UBND huyện"], ["attending"]),
        },
        id="hosts-named-after-the-visit",
    ),
    pytest.param(
        "Đón đoàn có Chủ tịch UBND huyện Trần Thị Bình.",
        {BINH: (["Chủ tịch UBND huyện"], ["attending"])},
        id="hosts-who-welcome",
    ),
    pytest.param(
        "Cùng đi với Bí thư Tỉnh ủy có các đồng chí: Lê Văn An, Giám đốc Sở Nội vụ; Trần Thị Bình, Giám đốc Sở Y tế.",
        {AN: (["Giám đốc Sở Nội vụ"], ["attending"]), BINH: (["Giám đốc Sở Y tế"], ["attending"])},
        id="members-who-go-with-the-head",
    ),
    pytest.param(
        "Đoàn công tác gồm các đồng chí: Lê Văn An, Phó Bí thư Tỉnh ủy; Trần Thị Bình, Giám đốc Sở Nội vụ.",
        {AN: (["Phó Bí thư Tỉnh ủy"], ["attending"]), BINH: (["Giám đốc Sở Nội vụ"], ["attending"])},
        id="delegation-member-list",
    ),
    pytest.param(
        "Hội nghị do Tỉnh ủy tổ chức theo lời mời của Bí thư Tỉnh ủy Lê Văn An.\n"
        "Cùng đi với đoàn có Giám đốc Sở Y tế Trần Thị Bình.",
        {BINH: (["Giám đốc Sở Y tế"], ["attending"])},
        id="a-line-opening-its-own-list-is-no-caption-verb",
    ),
    pytest.param(
        "Chủ tịch nước Lê Văn An và Tổng thống nước bạn - Pierre Dumont đồng chủ trì tọa đàm kinh tế.",
        {AN: (["Chủ tịch nước"], ["presiding"])},
        id="co-chair-whose-name-is-not-read",
    ),
    pytest.param(
        "Bí thư Tỉnh ủy Lê Văn An và Thống đốc bang Victoria đồng chủ trì hội nghị.",
        {AN: (["Bí thư Tỉnh ủy"], ["presiding"])},
        id="co-chair-named-by-a-title-only",
    ),
    # --- answering, reported, led
    pytest.param(
        "Chủ tịch Quốc hội Trần Thị Bình điều hành chất vấn đối với Bộ trưởng Bộ Tư pháp Lê Văn An.",
        {BINH: (["Chủ tịch Quốc hội"], ["presiding"]), AN: (["Bộ trưởng Bộ Tư pháp"], ["speaking"])},
        id="questioned-minister-answers",
    ),
    pytest.param(
        "Chủ tịch Quốc hội Trần Thị Bình điều hành chất vấn nhóm vấn đề thứ tư đối với Bộ trưởng Bộ Tư pháp Lê Văn An.",
        {BINH: (["Chủ tịch Quốc hội"], ["presiding"]), AN: (["Bộ trưởng Bộ Tư pháp"], ["speaking"])},
        id="questioned-on-a-topic",
    ),
    pytest.param(
        "Phó Thủ tướng Lê Văn An: Đề nghị các bộ, ngành lưu ý kiến nghị của doanh nghiệp.",
        {AN: (["Phó Thủ tướng"], ["speaking"])},
        id="name-then-colon-then-words",
    ),
    pytest.param(
        "Nhóm vấn đề thứ hai được Bộ trưởng Bộ Y tế Lê Văn An giải đáp.",
        {AN: (["Bộ trưởng Bộ Y tế"], ["speaking"])},
        id="passive-with-the-speaker-as-agent",
    ),
    pytest.param(
        "Tham dự về phía đại diện cho người lao động có Phó Chủ tịch Tổng LĐLĐVN Lê Văn An.",
        {AN: (["Phó Chủ tịch Tổng LĐLĐVN"], ["attending"])},
        id="attending-for-a-side",
    ),
    pytest.param(
        "Theo báo cáo của Thứ trưởng Lê Văn An, năm qua Bộ đã tinh giản 10% biên chế.",
        {AN: (["Thứ trưởng"], ["speaking"])},
        id="according-to-the-report-of",
    ),
    pytest.param(
        "Chiều 8/2, Chủ tịch UBND tỉnh Lê Văn An dẫn đầu đoàn công tác kiểm tra tiến độ.",
        {AN: (["Chủ tịch UBND tỉnh"], ["attending"])},
        id="head-of-a-delegation",
    ),
    # --- on whose behalf: the verb after the phrase
    pytest.param(
        "Phó Thủ tướng Lê Văn An, thay mặt Thủ tướng Chính phủ trả lời chất vấn của đại biểu.",
        {AN: (["Phó Thủ tướng"], ["speaking"])},
        id="on-behalf-then-verb",
    ),
    pytest.param(
        "Bộ trưởng Bộ Tư pháp Trần Thị Bình, thừa ủy quyền của Thủ tướng Chính phủ, trình bày tờ trình.",
        {BINH: (["Bộ trưởng Bộ Tư pháp"], ["speaking"])},
        id="by-authority-then-verb",
    ),
    # --- verbs missing from the old list
    pytest.param(
        "Đồng chí Trần Thị Bình - Trưởng Trạm y tế xã tham gia thảo luận tại hội nghị.",
        {BINH: (["Trưởng Trạm y tế xã"], ["speaking"])},
        id="tham-gia-thao-luan-and-unit-head",
    ),
    pytest.param(
        "Đồng chí Trần Thị Bình, Phó Chủ tịch UBND huyện trình bày báo cáo kết quả năm.",
        {BINH: (["Phó Chủ tịch UBND huyện"], ["speaking"])},
        id="verb-before-the-noun-bao-cao",
    ),
    pytest.param(
        "Tại hội nghị, theo Phó Giám đốc Sở Nội vụ Trần Thị Bình, năm qua tỉnh đã tinh giản 200 biên chế.",
        {BINH: (["Phó Giám đốc Sở Nội vụ"], ["speaking"])},
        id="according-to-a-title",
    ),
    pytest.param(
        "Bí thư Đảng ủy xã Trần Thị Bình mong muốn các chi bộ làm tốt hơn.",
        {BINH: (["Bí thư Đảng ủy xã"], ["speaking"])},
        id="mong-muon",
    ),
    pytest.param(
        "Giám đốc Sở Giao thông vận tải Lê Văn An cho biết tiến độ đã đạt.",
        {AN: (["Giám đốc Sở Giao thông vận tải"], ["speaking"])},
        id="body-word-with-a-function-syllable",
    ),
    pytest.param(
        "Đồng chí Lê Văn An, Phó Chủ tịch UBND huyện quán triệt các văn bản mới.",
        {AN: (["Phó Chủ tịch UBND huyện"], ["speaking"])},
        id="quan-triet",
    ),
    # --- elected or relieved at the meeting: officials with no role, the new post a title
    pytest.param(
        "Hội nghị đã bầu đồng chí Hoàng Văn Cường giữ chức Chủ tịch Ủy ban MTTQ huyện.",
        {"Hoàng Văn Cường": (["Chủ tịch Ủy ban MTTQ huyện"], [])},
        id="elected-before",
    ),
    pytest.param(
        "Ông Lê Văn An, Giám đốc Sở Nội vụ, được đại hội bầu giữ chức Chủ tịch Hội.",
        {AN: (["Giám đốc Sở Nội vụ", "Chủ tịch Hội"], [])},
        id="elected-after-with-agent",
    ),
    pytest.param(
        "Hội nghị thông qua tờ trình cho thôi giữ chức Chủ tịch Ủy ban MTTQ huyện đối với bà Trần Thị Bình, "
        "Trưởng Ban Dân vận Huyện ủy.",
        {BINH: (["Trưởng Ban Dân vận Huyện ủy"], [])},
        id="relieved-of-a-post",
    ),
    # --- people outside the event
    pytest.param(
        "Chủ tịch nước Lê Văn An gửi lẵng hoa chúc mừng hội nghị.",
        {},
        id="sent-flowers",
    ),
    pytest.param(
        "Thủ tướng Lê Văn An, Chủ tịch Quốc hội Trần Thị Bình gửi thư chúc mừng hội nghị.",
        {},
        id="list-sent-letters",
    ),
    pytest.param(
        "Hội nghị quán triệt Chỉ thị của Thủ tướng Chính phủ Lê Văn An.",
        {},
        id="signer-of-a-document",
    ),
    pytest.param(
        "Ông Lê Văn An, Chủ tịch UBND xã, được Chủ tịch UBND tỉnh tặng Bằng khen.",
        {},
        id="award-recipient",
    ),
    pytest.param(
        "Bí thư Tỉnh ủy Lê Văn An trao Huy hiệu 50 năm tuổi Đảng cho đồng chí Trần Thị Bình, nguyên Phó Chủ tịch "
        "UBND tỉnh. Thay mặt các đảng viên, nguyên Phó Chủ tịch UBND tỉnh Trần Thị Bình phát biểu cảm ơn.",
        {AN: (["Bí thư Tỉnh ủy"], ["awarding"])},
        id="honoured-person-who-speaks-is-not-an-official",
    ),
    pytest.param(
        "Bí thư Tỉnh ủy Lê Văn An trao quyết định bổ nhiệm cho Giám đốc Sở Nội vụ Trần Thị Bình. "
        "Giám đốc Sở Nội vụ Trần Thị Bình phát biểu nhận nhiệm vụ.",
        {AN: (["Bí thư Tỉnh ủy"], ["awarding"]), BINH: (["Giám đốc Sở Nội vụ"], ["speaking"])},
        id="receiver-of-a-decision-is-still-an-official",
    ),
    pytest.param(
        "Trước đó, Phó Thủ tướng Lê Văn An đã có ý kiến bằng văn bản yêu cầu tỉnh báo cáo.",
        {},
        id="written-instruction-is-no-role-at-the-event",
    ),
    pytest.param(
        "Năm 2010, Bí thư Tỉnh ủy khi đó là ông Lê Văn An đã ký ban hành nghị quyết.",
        {},
        id="history-no-role",
    ),
    # --- titles: only in apposition, the fullest form once
    pytest.param(
        "Phát biểu tại hội nghị, Phó Thủ tướng Lê Văn An nhấn mạnh, Tổng Thanh tra Chính phủ và các bộ cần phối hợp.",
        {AN: (["Phó Thủ tướng"], ["speaking"])},
        id="title-later-in-clause-is-a-topic",
    ),
    pytest.param(
        "Dự hội nghị có Thủ tướng Chính phủ Lê Văn An. Thủ tướng Lê Văn An đề nghị các bộ phối hợp.",
        {AN: (["Thủ tướng Chính phủ"], ["attending", "speaking"])},
        id="short-form-of-a-title-is-the-same-post",
    ),
    pytest.param(
        "Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Lê Văn An, Trưởng Ban Tổ chức Tỉnh ủy; "
        "các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh: Trần Thị Bình, Giám đốc Sở Nội vụ.",
        {
            AN: (["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"], ["attending"]),
            BINH: (["Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Giám đốc Sở Nội vụ"], ["attending"]),
        },
        id="shared-title-holds-up-to-the-next-of-its-kind",
    ),
    pytest.param(
        "Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Chủ tịch UBND tỉnh Lê Văn An; "
        "các Phó Chủ tịch UBND tỉnh: Trần Thị Bình, Hoàng Văn Cường.",
        {
            AN: (["Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch UBND tỉnh"], ["attending"]),
            BINH: (["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"], ["attending"]),
            "Hoàng Văn Cường": (["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"], ["attending"]),
        },
        id="shared-title-of-another-kind-nests",
    ),
    pytest.param(
        "Dự hội nghị có Bí thư Tỉnh ủy Vân Nam (Trung Quốc) Vương Ninh.",
        {"Vương Ninh": (["Bí thư Tỉnh ủy Vân Nam (Trung Quốc)"], ["attending"])},
        id="bracket-inside-a-title-before-the-name",
    ),
    pytest.param(
        "Dự hội nghị có Chủ tịch Ủy ban nhân dân tỉnh Hòa Sơn Lê Văn An. "
        "Chủ tịch UBND tỉnh Hòa Sơn Lê Văn An đề nghị các sở làm tốt. Chủ tịch UBND tỉnh Lê Văn An cũng lưu ý.",
        {AN: (["Chủ tịch Ủy ban nhân dân tỉnh Hòa Sơn"], ["attending", "speaking"])},
        id="one-post-written-out-and-abbreviated",
    ),
    pytest.param(
        "Đồng chí Lê Văn An (thứ hai từ trái sang), Bí thư Huyện ủy trao Bằng khen cho các tập thể.",
        {AN: (["Bí thư Huyện ủy"], ["awarding"])},
        id="caption-place-mark",
    ),
    pytest.param(
        "Đồng chí Lê Văn An, Chủ tịch Hội cựu chiến binh huyện phát biểu.",
        {AN: (["Chủ tịch Hội cựu chiến binh huyện"], ["speaking"])},
        id="unit-named-by-common-nouns",
    ),
    pytest.param(
        "Đồng chí Lê Văn An, Trưởng Ban chỉ đạo Đại hội phát biểu khai mạc.",
        {AN: (["Trưởng Ban chỉ đạo Đại hội"], ["speaking"])},
        id="committee-named-by-a-verb",
    ),
    pytest.param(
        "Ông Lê Văn An, Chánh Văn phòng điều phối nông thôn Trung ương, trình bày tham luận.",
        {AN: (["Chánh Văn phòng điều phối nông thôn Trung ương"], ["speaking"])},
        id="unit-named-by-nouns-after-a-head",
    ),
    pytest.param(
        "Ông Lê Văn An, Chủ tịch Hội cựu chiến binh dự hội nghị.",
        {AN: (["Chủ tịch Hội cựu chiến binh"], ["attending"])},
        id="unit-name-ends-before-its-verb",
    ),
    pytest.param(
        "Tại hội nghị, đ/c Lê Văn An - CT.Hội CCB huyện báo cáo kết quả.",
        {AN: (["CT.Hội CCB huyện"], ["speaking"])},
        id="abbreviated-head-touching-its-body",
    ),
    pytest.param(
        "Đồng chí Lê Văn An, Trưởng Ban Chỉ đạo Tổng điều tra dân số năm 2029 tỉnh phát biểu.",
        {AN: (["Trưởng Ban Chỉ đạo Tổng điều tra dân số năm 2029 tỉnh"], ["speaking"])},
        id="unit-named-for-a-years-task",
    ),
    pytest.param(
        "Dự hội nghị có ông Lê Văn An, Chủ tịch danh dự Hội Chữ thập đỏ tỉnh.",
        {AN: (["Chủ tịch danh dự Hội Chữ thập đỏ tỉnh"], ["attending"])},
        id="honorary-post",
    ),
    pytest.param(
        "Ông Lê Văn An, Chủ tịch UBND xã năm 2015 đã phát biểu.",
        {AN: (["Chủ tịch UBND xã"], ["speaking"])},
        id="a-year-after-a-title-is-not-its",
    ),
    pytest.param(
        "Hội nghị đã bầu đồng chí Lê Văn An, Huyện ủy viên tham gia Ban Chấp hành Hội Nông dân huyện.",
        {AN: (["Huyện ủy viên"], [])},
        id="verb-after-a-title-is-not-a-unit-name",
    ),
    pytest.param(
        "Dự hội nghị có ông Lê Văn An, Chủ tịch UBND tỉnh Hòa Sơn Thứ trưởng Bộ Xây dựng.",
        {AN: (["Chủ tịch UBND tỉnh Hòa Sơn", "Thứ trưởng Bộ Xây dựng"], ["attending"])},
        id="two-posts-run-on-without-a-comma",
    ),
    pytest.param(
        "Tại hội nghị, đồng chí Lê Văn An - Quyền Giám đốc Sở Tư pháp báo cáo kết quả.",
        {AN: (["Quyền Giám đốc Sở Tư pháp"], ["speaking"])},
        id="acting-head",
    ),
    # --- "kiêm" (and "làm", "đồng thời là" before a head) joins two posts: two titles (guide)
    pytest.param(
        "Ông Lê Văn An, Bí thư Huyện ủy kiêm Chủ tịch UBND huyện Tân Lộc phát biểu.",
        {AN: (["Bí thư Huyện ủy", "Chủ tịch UBND huyện Tân Lộc"], ["speaking"])},
        id="kiem-after-name",
    ),
    pytest.param(
        "Phó Chủ tịch kiêm Tổng Thư ký Hội Nông dân tỉnh Lê Văn An chủ trì hội nghị.",
        {AN: (["Phó Chủ tịch", "Tổng Thư ký Hội Nông dân tỉnh"], ["presiding"])},
        id="kiem-before-name",
    ),
    pytest.param(
        "Phó Giám đốc Sở kiêm trưởng phòng Tổ chức cán bộ Trần Thị Bình báo cáo kết quả.",
        {BINH: (["Phó Giám đốc Sở", "trưởng phòng Tổ chức cán bộ"], ["speaking"])},
        id="kiem-lower-case-second-head",
    ),
    pytest.param(
        "Dự có đồng chí Trần Thị Bình, Phó Bí thư Thường trực Huyện ủy, kiêm Trưởng Ban Tổ chức Huyện ủy.",
        {BINH: (["Phó Bí thư Thường trực Huyện ủy", "Trưởng Ban Tổ chức Huyện ủy"], ["attending"])},
        id="kiem-after-comma",
    ),
    pytest.param(
        "Đồng chí Lê Văn An, Trưởng Ban Tuyên giáo Tỉnh ủy làm Trưởng đoàn, dự hội nghị.",
        {AN: (["Trưởng Ban Tuyên giáo Tỉnh ủy", "Trưởng đoàn"], ["attending"])},
        id="lam-a-second-post",
    ),
    pytest.param(
        "Ông Lê Văn An, Giám đốc Sở Tư pháp, đồng thời là Chủ tịch Hội Luật gia tỉnh phát biểu.",
        {AN: (["Giám đốc Sở Tư pháp", "Chủ tịch Hội Luật gia tỉnh"], ["speaking"])},
        id="dong-thoi-la-a-second-post",
    ),
    # --- an address runs from the small unit to the large: the ward is a place, not a person
    pytest.param(
        "Bà Trần Thị Bình, Bí thư kiêm Chủ tịch phường Hoàng Văn Thụ, quận Tân Lộc cho biết kết quả.",
        {BINH: (["Bí thư", "Chủ tịch phường Hoàng Văn Thụ, quận Tân Lộc"], ["speaking"])},
        id="ward-named-after-a-person-then-its-district",
    ),
    pytest.param(
        "Ông Lê Văn An, Chủ tịch UBND phường 3, quận 1 chia sẻ về kết quả.",
        {AN: (["Chủ tịch UBND phường 3, quận 1"], ["speaking"])},
        id="a-number-takes-no-verb-as-its-syllable",
    ),
    # --- relieved of a post at the meeting: an official with no role (guide), the post not run on
    pytest.param(
        "Hội nghị đồng ý để đồng chí Lê Văn An, Phó Bí thư Huyện ủy thôi giữ chức vụ.",
        {AN: (["Phó Bí thư Huyện ủy"], [])},
        id="relieved-of-a-post",
    ),
    # --- a body's two-syllable word whose second syllable is a verb ("Tiếng nói")
    pytest.param(
        "Tổng Giám đốc Đài Tiếng nói Việt Nam Lê Văn An phát biểu.",
        {AN: (["Tổng Giám đốc Đài Tiếng nói Việt Nam"], ["speaking"])},
        id="body-word-ending-in-a-verb-syllable",
    ),
    # --- a country of two syllables whose last is also a surname ends before the name
    pytest.param(
        "Đại sứ Bồ Đào Nha Carlos Mendes Pinto phát biểu chúc mừng.",
        {"Carlos Mendes Pinto": (["Đại sứ Bồ Đào Nha"], ["speaking"])},
        id="country-ending-in-a-surname-syllable",
    ),
    # --- a delegation's members and invited guests introduced as a list: present
    pytest.param(
        "Tham gia đoàn có Phó Chủ tịch UBND tỉnh Lê Văn An và lãnh đạo một số sở, ngành.",
        {AN: (["Phó Chủ tịch UBND tỉnh"], ["attending"])},
        id="delegation-members-list",
    ),
    pytest.param(
        "Thành viên đoàn gồm Phó Chủ tịch UBND tỉnh Lê Văn An, Giám đốc Sở Nội vụ Trần Thị Bình.",
        {AN: (["Phó Chủ tịch UBND tỉnh"], ["attending"]), BINH: (["Giám đốc Sở Nội vụ"], ["attending"])},
        id="delegation-members-gom",
    ),
    pytest.param(
        "Trong số khách mời có nguyên Chủ tịch UBND tỉnh Lê Văn An.",
        {AN: (["nguyên Chủ tịch UBND tỉnh"], ["attending"])},
        id="invited-guests",
    ),
    # --- a bracket between a name and its title or verb: a caption's place mark, or where the person is from
    pytest.param(
        "Đồng chí Lê Văn An (ở giữa), Bí thư Huyện ủy chủ trì hội nghị.",
        {AN: (["Bí thư Huyện ủy"], ["presiding"])},
        id="caption-mark-o-giua",
    ),
    pytest.param(
        "Phó Chủ tịch UBND huyện Trần Thị Bình (bìa phải) trao Giấy khen cho các tập thể.",
        {BINH: (["Phó Chủ tịch UBND huyện"], ["awarding"])},
        id="caption-mark-bia",
    ),
    pytest.param(
        "Đại biểu Lê Văn An (đoàn Tây Ninh), Phó Trưởng đoàn ĐBQH tỉnh phát biểu.",
        {AN: (["Phó Trưởng đoàn ĐBQH tỉnh"], ["speaking"])},
        id="delegation-bracket-then-title",
    ),
    pytest.param(
        "Phó Chủ tịch HĐND tỉnh Trần Thị Bình (Quảng Trị) đề nghị làm rõ trách nhiệm.",
        {BINH: (["Phó Chủ tịch HĐND tỉnh"], ["speaking"])},
        id="place-bracket-then-verb",
    ),
    pytest.param(
        "Ông Lê Văn An (TP.HCM), Giám đốc Sở Nội vụ cho biết kết quả.",
        {AN: (["Giám đốc Sở Nội vụ"], ["speaking"])},
        id="city-abbreviation-bracket-then-title",
    ),
    # --- taking the chair as a phrase, and a chain of verbs that runs on before "và"
    pytest.param(
        "Đồng chí Trần Thị Bình, Chủ tịch HĐND huyện làm chủ tọa kỳ họp.",
        {BINH: (["Chủ tịch HĐND huyện"], ["presiding"])},
        id="chair-as-a-phrase-lam-chu-toa",
    ),
    pytest.param(
        "Phó Bí thư Thường trực Huyện ủy Lê Văn An ngồi ghế chủ tọa.",
        {AN: (["Phó Bí thư Thường trực Huyện ủy"], ["presiding"])},
        id="chair-as-a-phrase-ngoi-ghe-chu-toa",
    ),
    pytest.param(
        "Đồng chí Lê Văn An, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo và chủ trì phiên thảo luận.",
        {AN: (["Phó Chủ tịch UBND tỉnh"], ["presiding", "speaking"])},
        id="run-on-verb-of-the-same-role-then-chair",
    ),
    pytest.param(
        "Giám đốc Sở Nội vụ Trần Thị Bình trình bày báo cáo và trao Giấy khen cho các tập thể.",
        {BINH: (["Giám đốc Sở Nội vụ"], ["speaking", "awarding"])},
        id="run-on-verb-of-the-same-role-then-award",
    ),
    # --- a post held abroad: "tại" and the place after the country belong to the title
    pytest.param(
        "Tham dự có Đại sứ Việt Nam tại Lào Lê Văn An.",
        {AN: (["Đại sứ Việt Nam tại Lào"], ["attending"])},
        id="post-abroad-title-first",
    ),
    pytest.param(
        "Bà Trần Thị Bình, Tổng Lãnh sự Việt Nam tại Quảng Châu, phát biểu chào mừng.",
        {BINH: (["Tổng Lãnh sự Việt Nam tại Quảng Châu"], ["speaking"])},
        id="post-abroad-name-first",
    ),
    pytest.param(
        "Tham dự có Giám đốc Sở Ngoại vụ Lê Văn An tại điểm cầu tỉnh.",
        {AN: (["Giám đốc Sở Ngoại vụ"], ["attending"])},
        id="tai-after-a-name-is-no-part-of-a-post",
    ),
    # --- the people a subject acts with, joined by "với" or "và", before its verb
    pytest.param(
        "Bí thư Huyện ủy Lê Văn An, Chủ tịch UBND huyện Trần Thị Bình với các đại biểu tham dự lễ khai mạc.",
        {AN: (["Bí thư Huyện ủy"], ["attending"]), BINH: (["Chủ tịch UBND huyện"], ["attending"])},
        id="comitative-voi-cac-before-the-verb",
    ),
    pytest.param(
        "Phó Chủ tịch HĐND tỉnh Trần Thị Bình và các đại biểu HĐND tỉnh đã tiếp xúc cử tri xã Tân Hòa.",
        {BINH: (["Phó Chủ tịch HĐND tỉnh"], ["attending"])},
        id="comitative-va-cac-before-the-verb",
    ),
    # --- foreign officials: Latin names after an honorific, a title or a title and a country
    pytest.param(
        "Ông Dirk Hollman, Đại sứ Áo tại Việt Nam phát biểu tại hội nghị.",
        {"Dirk Hollman": (["Đại sứ Áo tại Việt Nam"], ["speaking"])},
        id="foreign-ong-opening-the-sentence",
    ),
    pytest.param(
        "Hội nghị do Bộ trưởng Bộ Công Thương Lê Văn An và Bộ trưởng Thương mại Úc Mark Hollis đồng chủ trì.",
        {
            AN: (["Bộ trưởng Bộ Công Thương"], ["presiding"]),
            "Mark Hollis": (["Bộ trưởng Thương mại Úc"], ["presiding"]),
        },
        id="foreign-co-chair-title-and-country",
    ),
    pytest.param(
        "Hội nghị diễn ra dưới sự đồng chủ trì của Thứ trưởng Bộ Ngoại giao Trần Thị Bình và bà Greta Lindqvist, "
        "Vụ trưởng Bộ Ngoại giao Thụy Điển.",
        {
            BINH: (["Thứ trưởng Bộ Ngoại giao"], ["presiding"]),
            "Greta Lindqvist": (["Vụ trưởng Bộ Ngoại giao Thụy Điển"], ["presiding"]),
        },
        id="foreign-co-chair-duoi-su-dong-chu-tri",
    ),
    pytest.param(
        "Tham dự có ông Jean-Luc van der Meulen, Trưởng đại diện EU và bà Anna-Lena de Souza, Giám đốc quốc gia UNDP.",
        {
            "Jean-Luc van der Meulen": (["Trưởng đại diện EU"], ["attending"]),
            "Anna-Lena de Souza": (["Giám đốc quốc gia UNDP"], ["attending"]),
        },
        id="foreign-hyphens-and-particles-in-a-list",
    ),
    # --- untitled co-chairs: a caption joins them to a co-chair the article titles
    pytest.param(
        "Ông Lê Văn An (bên phải) và bà Trần Thị Bình chủ trì hội nghị. "
        "Bà Trần Thị Bình, Phó Chủ tịch UBND huyện phát biểu.",
        {AN: ([], ["presiding"]), BINH: (["Phó Chủ tịch UBND huyện"], ["presiding", "speaking"])},
        id="untitled-co-chair-in-a-caption",
    ),
    pytest.param(
        "Phó Chủ tịch UBND huyện Trần Thị Bình và ông Lê Văn An đồng chủ trì hội nghị.",
        {BINH: (["Phó Chủ tịch UBND huyện"], ["presiding"]), AN: ([], ["presiding"])},
        id="untitled-co-chair-after-a-titled-one",
    ),
    pytest.param(
        "Ông Lê Văn An (bên phải) và ông Trần Văn Cường chủ trì hội nghị.",
        {},
        id="untitled-co-chairs-neither-titled-are-left-out",
    ),
    pytest.param(
        "Phó Chủ tịch UBND huyện Trần Thị Bình chủ trì hội nghị, ông Lê Văn An dự.",
        {BINH: (["Phó Chủ tịch UBND huyện"], ["presiding"])},
        id="untitled-attendee-beside-a-chair-is-left-out",
    ),
    pytest.param(
        "Chủ tịch Hội đồng Châu Âu Oskar Vehling phát biểu tại hội nghị.",
        {"Oskar Vehling": (["Chủ tịch Hội đồng Châu Âu"], ["speaking"])},
        id="foreign-after-a-continent",
    ),
    pytest.param(
        "Đại sứ Anh Oskar Vehling và Bí thư Huyện ủy anh Lê Văn An dự hội nghị.",
        {"Oskar Vehling": (["Đại sứ Anh"], ["attending"]), AN: (["Bí thư Huyện ủy"], ["attending"])},
        id="country-anh-is-no-honorific-in-a-title",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_constructions(text: str, expected: Expected) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "reason", "kept"),
    [
        ("Chủ tịch nước Lê Văn An gửi lẵng hoa chúc mừng hội nghị.", AN, "sent_greetings", False),
        ("Hội nghị đã bầu đồng chí Lê Văn An giữ chức Chủ tịch Hội.", AN, "elected", True),
        ("Ông Lê Văn An, Chủ tịch UBND xã, được Chủ tịch UBND tỉnh tặng Bằng khen.", AN, "award_recipient", False),
        ("Hội nghị quán triệt Chỉ thị của Thủ tướng Chính phủ Lê Văn An.", AN, "of_another", False),
        ("Bí thư Huyện ủy Lê Văn An chủ trì hội nghị.", AN, "role_verb", True),
        ("Chủ trì hội nghị với các xã, Bí thư Huyện ủy Lê Văn An nhấn mạnh ba việc.", AN, "fronted_chair", True),
        ("Phó Chủ tịch UBND huyện Trần Thị Bình và ông Lê Văn An chủ trì hội nghị.", AN, "co_chair", True),
    ],
)
def test_each_decision_names_its_reason(text: str, name: str, reason: str, kept: bool) -> None:
    run = pipeline.run(LEAD + text)
    [c] = [c for c in run.candidates if c.field == "official" and c.text == name]
    assert c.has(reason) and c.kept is kept


def test_a_title_standing_for_its_holder_is_explained_as_its_own_candidate() -> None:
    text = "Tham dự có Bí thư Huyện ủy Lê Văn An. Bí thư Huyện ủy chủ trì hội nghị."
    run = pipeline.run(LEAD + text)
    [c] = [c for c in run.candidates if c.field == "official" and c.has("title_for_holder")]
    assert c.text == AN and c.kept and c.has("role_verb")
    assert (LEAD + text)[c.start : c.end] == "Bí thư Huyện ủy"


def test_titled_in_the_lead_with_no_verb_is_kept_but_not_later() -> None:
    lead = "Sáng 12/3, Bí thư Huyện ủy Lê Văn An làm việc với Đảng ủy xã Tân Hòa về công tác cán bộ. "
    later = "Năm trước, Giám đốc Sở Nội vụ Trần Thị Bình cũng làm việc với xã."
    people = {o.name for o in extract(lead + later).officials}
    assert people == {AN}


def test_every_mention_has_a_span_that_holds_the_name() -> None:
    text = LEAD + "Đồng chí Lê Văn An, Bí thư Huyện ủy chủ trì. Ông Lê Văn An cũng phát biểu."
    [o] = extract(text).officials
    assert all(text[s.start : s.end] == o.name for s in o.spans)
    assert all(text[s.start : s.end] == s.text for s in o.title_spans)
