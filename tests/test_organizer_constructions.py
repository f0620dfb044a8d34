"""Organiser constructions found missing in the 2017 corpus audit, one row per variant.

Invented examples (no sentence of a dev or corpus text); each row asserts the exact
organiser and, where the construction has one, the named reason on its candidate.
"""

from __future__ import annotations

import pytest

from dvextract import extract
from dvextract.pipeline import run
from dvextract.segment import sentences

# (construction, text, organiser, reason the organiser's candidate carries or "")
ROWS: list[tuple[str, str, str, str]] = [
    # who leads it, between the subject and its verb
    (
        "leader: do ... dẫn đầu",
        "Sáng 5/3, Đoàn đại biểu Quốc hội tỉnh Hòa Sơn do ông Lê Văn An dẫn đầu đã tiếp xúc cử tri huyện Tân Lộc.",
        "Đoàn đại biểu Quốc hội tỉnh Hòa Sơn",
        "leader_before_verb",
    ),
    (
        "leader: do ..., title, làm trưởng đoàn",
        "Sáng 5/3, Đoàn ĐBQH tỉnh Hòa Sơn do bà Lê Thị Mai, Phó Chủ tịch Quốc hội, làm trưởng đoàn đã có buổi tiếp xúc cử tri.",
        "Đoàn ĐBQH tỉnh Hòa Sơn",
        "leader_before_verb",
    ),
    (
        "leader: do ... làm Trưởng đoàn, no comma",
        "Chiều 9/4, Đoàn đại biểu Quốc hội thành phố Phú Bình do đồng chí Trần Văn Ba làm Trưởng đoàn tiếp xúc cử tri.",
        "Đoàn đại biểu Quốc hội thành phố Phú Bình",
        "leader_before_verb",
    ),
    (
        "leader: do ... chủ trì",
        "Sáng 5/3, Ban Thường vụ Tỉnh ủy Hòa Sơn do đồng chí Lê Văn An, Bí thư Tỉnh ủy chủ trì đã tổ chức hội nghị.",
        "Ban Thường vụ Tỉnh ủy Hòa Sơn",
        "leader_before_verb",
    ),
    # a unit number after the short form in parentheses, then the members
    (
        "unit number and members after a parenthesis",
        "Sáng 5/3, Đoàn đại biểu Quốc hội (ĐBQH) đơn vị số 3 gồm ĐB Lê Văn An, ĐB Trần Thị Mai đã có buổi tiếp xúc với cử tri.",
        "Đoàn đại biểu Quốc hội",
        "apposition_before_verb",
    ),
    (
        "unit number: đơn vị bầu cử số",
        "Chiều 2/6, Đoàn ĐBQH (đoàn) đơn vị bầu cử số 2 đã tiếp xúc cử tri xã Tân Lộc.",
        "Đoàn ĐBQH",
        "apposition_before_verb",
    ),
    # the partner after "phối hợp cùng (với)": the first named holds the event
    (
        "partner: phối hợp cùng",
        "Sáng 5/3, Bộ Tư pháp phối hợp cùng Sở Nội vụ tổ chức hội nghị.",
        "Bộ Tư pháp",
        "subject_of_event_predicate",
    ),
    (
        "partner: phối hợp cùng với, aspect after",
        "Ngày 14/8, UBND phường Tân Lộc phối hợp cùng với Phòng Tư pháp quận đã có buổi làm việc với các hộ dân.",
        "UBND phường Tân Lộc",
        "subject_of_event_predicate",
    ),
    (
        "partner: phối hợp cùng, two partners",
        "Ngày 2/5, Hội Nông dân tỉnh Hòa Sơn phối hợp cùng Sở Công Thương và Hội Doanh nhân trẻ tổ chức hội thảo.",
        "Hội Nông dân tỉnh Hòa Sơn",
        "",
    ),
    (
        "partner in a passive: do ... phối hợp cùng",
        "Hội nghị do Ban Tuyên giáo Tỉnh ủy Hòa Sơn phối hợp cùng Sở Nội vụ tổ chức sáng 5/3.",
        "Ban Tuyên giáo Tỉnh ủy Hòa Sơn",
        "agent_of_passive",
    ),
    # a time between the subject (or its partner) and the verb
    (
        "time after the partner: sáng nay",
        "UBND tỉnh Hòa Sơn phối hợp cùng Bộ NN&PTNT sáng nay tổ chức hội nghị chuyên đề.",
        "UBND tỉnh Hòa Sơn",
        "time_before_verb",
    ),
    (
        "time right after the subject: chiều qua",
        "Liên đoàn Lao động huyện Tân Lộc chiều qua đã tổ chức lễ tuyên dương đoàn viên.",
        "Liên đoàn Lao động huyện Tân Lộc",
        "time_before_verb",
    ),
    (
        "time with a date between commas",
        "Sở Y tế tỉnh Hòa Sơn, sáng 12/4, đã tổ chức hội nghị tổng kết.",
        "Sở Y tế tỉnh Hòa Sơn",
        "apposition_before_verb",  # a lower-case phrase between commas is read as an apposition
    ),
    # a lead that opens with a date and a place, no comma before the subject
    (
        "date, place, no comma: a city",
        "Sáng 5/3 tại Hà Nội Bộ Tư pháp tổ chức hội nghị tổng kết.",
        "Bộ Tư pháp",
        "after_place_without_comma",
    ),
    (
        "date, place, no comma: TP. glued to a two-word place",
        "Chiều 20/7 tại TP.Hòa Sơn Hội Cựu chiến binh tỉnh long trọng tổ chức lễ kỷ niệm.",
        "Hội Cựu chiến binh tỉnh",
        "after_place_without_comma",
    ),
    (
        "date, comma, place, no comma",
        "Ngày 3/9, tại Tân Lộc Huyện ủy Tân Lộc tổ chức hội nghị sơ kết.",
        "Huyện ủy Tân Lộc",
        "after_place_without_comma",
    ),
    (
        "a venue names a building, its body is no subject",
        "Sáng 5/3 tại Hội trường Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị.",
        "Ban Tuyên giáo Tỉnh ủy",
        "",
    ),
    # verbs that take an event noun, and a term before them
    (
        "bước vào + phiên họp",
        "Sáng 5/3, Ủy ban Thường vụ Quốc hội đã bước vào phiên họp thứ 10.",
        "Ủy ban Thường vụ Quốc hội",
        "subject_of_event_predicate",
    ),
    ("bước vào + kỳ họp", "Sáng 5/3, Quốc hội bước vào kỳ họp thứ 3.", "Quốc hội", "subject_of_event_predicate"),
    (
        "a term with no comma, then tiến hành",
        "Sáng 5/3, HĐND tỉnh Hòa Sơn khóa X tiến hành kỳ họp thứ 5.",
        "HĐND tỉnh Hòa Sơn",
        "subject_of_event_predicate",
    ),
    (
        "a term with no comma, then bước vào",
        "Sáng 8/12, HĐND huyện Tân Lộc khóa XIV bước vào kỳ họp thứ 7.",
        "HĐND huyện Tân Lộc",
        "subject_of_event_predicate",
    ),
    # a predicate before a capitalised event noun is not a syllable of the name
    (
        "họp + Hội nghị",
        "Sáng 5/3, Ban Chấp hành Đảng bộ tỉnh Hòa Sơn họp Hội nghị lần thứ 5.",
        "Ban Chấp hành Đảng bộ tỉnh Hòa Sơn",
        "subject_of_event_predicate",
    ),
    (
        "tổ chức + Hội nghị, after an aspect word",
        "Ngày 6/6, Ban Chấp hành Hội Nông dân Việt Nam tổ chức Hội nghị lần thứ 3.",
        "Ban Chấp hành Hội Nông dân Việt Nam",
        "subject_of_event_predicate",
    ),
    (
        "khai mạc + Đại hội",
        "Sáng 10/10, Hội Cựu chiến binh tỉnh Phú Bình khai mạc Đại hội đại biểu lần thứ VII.",
        "Hội Cựu chiến binh tỉnh Phú Bình",
        "subject_of_event_predicate",
    ),
    # a term after the body named in the event noun
    (
        "event noun + body + mở rộng",
        "Sáng 5/3, Hội nghị Ban Thường vụ Tỉnh ủy Hòa Sơn mở rộng đã diễn ra.",
        "Ban Thường vụ Tỉnh ủy Hòa Sơn",
        "named_in_event_noun",
    ),
    (
        "event noun + body + bất thường",
        "Chiều 14/2, Kỳ họp HĐND huyện Tân Lộc bất thường đã bế mạc.",
        "HĐND huyện Tân Lộc",
        "named_in_event_noun",
    ),
    (
        "subject + họp phiên thường kỳ",
        "Sáng 5/3, Chính phủ họp phiên thường kỳ tháng 2.",
        "Chính phủ",
        "subject_of_event_predicate",
    ),
    # a place's classifier abbreviated with a dot and a space: the dot ends neither the sentence nor the name
    (
        "TP. + space: a body joined to the person subject",
        "Sáng 5/3, Thủ tướng Lê Văn An và Đoàn đại biểu Quốc hội TP. Hòa Sơn đã có cuộc tiếp xúc cử tri.",
        "Đoàn đại biểu Quốc hội TP. Hòa Sơn",
        "joined_to_subject",
    ),
    (
        "TP. + space: the subject",
        "Sáng 5/3, UBND TP. Hòa Sơn tổ chức hội nghị giao ban với các sở, ngành.",
        "UBND TP. Hòa Sơn",
        "subject_of_event_predicate",
    ),
    (
        "Q. + space: the subject",
        "Ngày 2/5, Quận ủy Q. Tân Lộc tổ chức hội nghị sơ kết công tác.",
        "Quận ủy Q. Tân Lộc",
        "subject_of_event_predicate",
    ),
    (
        "H. + space, the agent of a passive",
        "Hội nghị do UBND H. Tân Lộc tổ chức sáng 5/3.",
        "UBND H. Tân Lộc",
        "agent_of_passive",
    ),
    # a place standing for its government, as the subject or the agent (every classifier, and its
    # abbreviations with a dot, a space or nothing)
    (
        "place: tỉnh",
        "Sáng 5/3, tỉnh Hòa Sơn tổ chức hội nghị tổng kết công tác.",
        "tỉnh Hòa Sơn",
        "place_for_its_government",
    ),
    (
        "place: TP + space",
        "Chiều nay, TP Tân Lộc tổ chức hội nghị đối thoại với doanh nghiệp.",
        "TP Tân Lộc",
        "place_for_its_government",
    ),
    ("place: TP. glued", "Ngày 4/4, TP.Tân Lộc tổ chức hội nghị giao ban.", "TP.Tân Lộc", "place_for_its_government"),
    (
        "place: thành phố, aspect word",
        "Ngày 12/5, thành phố Tân Lộc đã tổ chức hội nghị giao ban.",
        "thành phố Tân Lộc",
        "place_for_its_government",
    ),
    (
        "place: huyện, long trọng",
        "Sáng 5/3, huyện Tân Lộc long trọng tổ chức lễ kỷ niệm 40 năm thành lập.",
        "huyện Tân Lộc",
        "place_for_its_government",
    ),
    ("place: quận and its number", "Sáng 5/3, quận 3 tổ chức hội nghị sơ kết.", "quận 3", "place_for_its_government"),
    (
        "place: capitalised at the sentence start",
        "Tỉnh Hòa Sơn tổ chức hội nghị xúc tiến đầu tư sáng 5/3.",
        "Tỉnh Hòa Sơn",
        "place_for_its_government",
    ),
    (
        "place: a dashed name",
        "Ngày 5/3, tỉnh Hòa Sơn - Tân Lộc tổ chức hội nghị.",
        "tỉnh Hòa Sơn - Tân Lộc",
        "place_for_its_government",
    ),
    ("place: agent of a passive", "Hội nghị do tỉnh Hòa Sơn tổ chức sáng 5/3.", "tỉnh Hòa Sơn", "agent_of_passive"),
    (
        "place: xã, a reported lead",
        "Ông An cho biết, xã Tân Lộc đã tổ chức hội nghị đối thoại với nhân dân.",
        "xã Tân Lộc",
        "place_for_its_government",
    ),
    # the leaders of a body (or of a place) act for it
    (
        "leaders: of a place",
        "Sáng 5/3, lãnh đạo tỉnh Hòa Sơn đã có buổi làm việc với doanh nghiệp.",
        "tỉnh Hòa Sơn",
        "leaders_stand_for_body",
    ),
    (
        "leaders: of a body",
        "Sáng 5/3, lãnh đạo UBND huyện Tân Lộc tổ chức buổi đối thoại với người dân.",
        "UBND huyện Tân Lộc",
        "leaders_stand_for_body",
    ),
    (
        "leaders: Ban lãnh đạo, sentence start",
        "Ban lãnh đạo Sở Y tế tỉnh Hòa Sơn tổ chức gặp mặt cán bộ hưu trí sáng 5/3.",
        "Sở Y tế tỉnh Hòa Sơn",
        "leaders_stand_for_body",
    ),
    (
        "leaders: two bodies, the first",
        "Ngày 5/3, lãnh đạo Thành ủy và UBND TP Hòa Sơn tổ chức gặp mặt doanh nghiệp.",
        "Thành ủy",
        "leaders_stand_for_body",
    ),
    # the host of a working session named by its place or by its leaders
    (
        "host: a place",
        "Ngày 12/5, ông Lê Văn An, Bí thư Tỉnh ủy, đã có buổi làm việc với huyện Tân Lộc.",
        "huyện Tân Lộc",
        "host_of_working_session",
    ),
    (
        "host: TP + space",
        "Sáng 14/7, Bộ trưởng Lê Văn An đã có buổi làm việc với TP Hòa Sơn về công tác giáo dục.",
        "TP Hòa Sơn",
        "host_of_working_session",
    ),
    (
        "host: the leaders of a place",
        "Ngày 7/2, Bí thư Lê Văn An làm việc với lãnh đạo huyện Tân Lộc.",
        "huyện Tân Lộc",
        "leaders_stand_for_body",
    ),
    (
        "host: the leaders of two bodies",
        "Ngày 7/2, Bộ trưởng Lê Văn An có buổi làm việc với lãnh đạo Thành ủy, UBND TP Hòa Sơn.",
        "Thành ủy",
        "host_of_working_session",
    ),
    (
        "host: gặp mặt with the leaders of a body",
        "Chiều 3/3, Phó Thủ tướng Lê Văn An gặp mặt với lãnh đạo Hội Nông dân tỉnh Hòa Sơn.",
        "Hội Nông dân tỉnh Hòa Sơn",
        "host_of_working_session",
    ),
    # a meeting between two parties: the first named holds it
    (
        "between: với",
        "Tại cuộc họp giao ban giữa UBND TP Hòa Sơn với lãnh đạo các sở, ngành sáng 6/2, Chủ tịch Lê Văn An yêu cầu báo cáo.",
        "UBND TP Hòa Sơn",
        "first_party_of_meeting",
    ),
    (
        "between: và",
        "Sáng 6/2, tại buổi làm việc giữa Thường trực Tỉnh ủy Hòa Sơn và Tổng công ty Tân Lộc, Bí thư Lê Văn An phát biểu.",
        "Thường trực Tỉnh ủy Hòa Sơn",
        "first_party_of_meeting",
    ),
    (
        "between: words before giữa",
        "Tại hội nghị giao ban sáng 6/2 giữa Huyện ủy Tân Lộc với các xã, ông An nêu rõ nhiệm vụ.",
        "Huyện ủy Tân Lộc",
        "first_party_of_meeting",
    ),
    (
        "between: the leaders of a place",
        "Tại buổi làm việc giữa lãnh đạo tỉnh Hòa Sơn với đoàn công tác của Bộ Y tế chiều 10/7, Sở Y tế kiến nghị nhiều giải pháp.",
        "tỉnh Hòa Sơn",
        "first_party_of_meeting",
    ),
    # the agent after the verb of a passive
    (
        "passive: được tổ chức bởi",
        "Hội nghị tổng kết được tổ chức bởi Sở Nội vụ tỉnh Hòa Sơn sáng 5/3.",
        "Sở Nội vụ tỉnh Hòa Sơn",
        "agent_of_passive",
    ),
    (
        "passive: được triệu tập bởi",
        "Sáng 5/3, phiên họp bất thường được triệu tập bởi Thường trực HĐND huyện Tân Lộc.",
        "Thường trực HĐND huyện Tân Lộc",
        "agent_of_passive",
    ),
    # a bare head stands for the body of that head named before
    (
        "bare head: Đoàn",
        "Đoàn đại biểu Quốc hội tỉnh Hòa Sơn có 6 đại biểu. Sáng 5/3, Đoàn đã tổ chức tiếp xúc cử tri huyện Tân Lộc.",
        "Đoàn đại biểu Quốc hội tỉnh Hòa Sơn",
        "bare_head_names_earlier_body",
    ),
    (
        "bare head: Hội, in the lead",
        "Hội Nông dân tỉnh Hòa Sơn có 12 chi hội. Sáng 5/3, Hội tổ chức hội nghị biểu dương nông dân giỏi.",
        "Hội Nông dân tỉnh Hòa Sơn",
        "bare_head_names_earlier_body",
    ),
    (
        "bare head: Sở, a partner after it",
        "Sở Tư pháp tỉnh Hòa Sơn vừa có văn bản gửi các huyện. Ngày 5/3, Sở đã phối hợp với UBND huyện Tân Lộc tổ chức hội nghị.",
        "Sở Tư pháp tỉnh Hòa Sơn",
        "bare_head_names_earlier_body",
    ),
    (
        "bare head: the nearest of two",
        "Ủy ban Kiểm tra Tỉnh ủy họp tuần trước. Ủy ban MTTQ huyện Tân Lộc có 30 thành viên. Chiều 9/4, Ủy ban tổ chức hội nghị.",
        "Ủy ban MTTQ huyện Tân Lộc",
        "bare_head_names_earlier_body",
    ),
    (
        "bare head: the host of a working session",
        "Sở Y tế tỉnh Hòa Sơn vừa báo cáo. Sáng 5/3, Bí thư Lê Văn An làm việc với Sở về công tác phòng dịch.",
        "Sở Y tế tỉnh Hòa Sơn",
        "bare_head_names_earlier_body",
    ),
    (
        "bare head: the owner of the event noun",
        "Ủy ban Kiểm tra Tỉnh ủy Hòa Sơn có 9 thành viên. Sáng 5/3 diễn ra Hội nghị sơ kết công tác 6 tháng của Ủy ban.",
        "Ủy ban Kiểm tra Tỉnh ủy Hòa Sơn",
        "bare_head_names_earlier_body",
    ),
    (
        "a head with common nouns after it is a name of its own",
        "Ủy ban Kinh tế tỉnh Hòa Sơn có 9 thành viên. Ngày 9/6, phiên họp đầu tiên của Ủy ban hỗn hợp về hợp tác Tân Lộc đã diễn ra.",
        "Ủy ban",
        "owner_of_event_noun",
    ),
    # a group of deputies of one constituency, its unit number with or without "số"
    (
        "Tổ đại biểu, đơn vị without số",
        "Sáng 9/5, Tổ đại biểu Quốc hội đơn vị 9 đã có buổi tiếp xúc với cử tri huyện Tân Lộc.",
        "Tổ đại biểu Quốc hội",
        "apposition_before_verb",
    ),
    (
        "Tổ ĐBQH, đơn vị số",
        "Chiều 2/6, Tổ ĐBQH đơn vị số 4 tiếp xúc cử tri xã Tân Lộc.",
        "Tổ ĐBQH",
        "apposition_before_verb",
    ),
    # a place named bare, which the article names with its classifier elsewhere
    (
        "bare place: named with its classifier later",
        "Ngày 7/2, Hòa Sơn tổ chức hội nghị triển khai nhiệm vụ. Dự hội nghị có lãnh đạo các sở của tỉnh Hòa Sơn.",
        "Hòa Sơn",
        "place_named_elsewhere",
    ),
    (
        "bare place: in a headline, the classifier glued by a dot",
        "Tân Lộc họp khẩn về sạt lở\nChiều 5/3, lãnh đạo TP.Tân Lộc đã họp với các ngành.",
        "TP.Tân Lộc",
        "leaders_stand_for_body",
    ),
    # a unit's name with a syllable of a connector's ("điều phối", not "phối hợp"), a unit's place in brackets
    (
        "lower-case unit name: điều phối",
        "Sáng 7/2, Ban điều phối Dự án Tân Lộc (Sở KH&ĐT) có buổi làm việc với Công ty Hòa Sơn.",
        "Ban điều phối Dự án Tân Lộc",
        "subject_of_event_predicate",
    ),
    (
        "unit number, then its place in brackets",
        "Ngày 9/5, Tổ đại biểu Quốc hội đơn vị 5 (TP Hòa Sơn) đã có buổi tiếp xúc cử tri quận Tân Lộc.",
        "Tổ đại biểu Quốc hội",
        "apposition_before_verb",
    ),
    # a conjunction glued to a name by a lost full stop opens a new sentence
    (
        "glued conjunction after the body named in the event noun",
        "Sáng 5/3, tại phiên khai mạc kỳ họp thứ 3, HĐND tỉnh Hòa Sơn khóa X Tuy thế, cử tri vẫn lo lắng.",
        "HĐND tỉnh Hòa Sơn",
        "named_in_event_noun",
    ),
    # a clause about another year, with no comma after the year
    (
        "another year, no comma",
        "Năm 2016 UBND tỉnh Hòa Sơn đã tổ chức hội nghị xúc tiến đầu tư.",
        "UBND tỉnh Hòa Sơn",
        "another_time",
    ),
    # a unit's name with common nouns between its capitalised words, in a party's place
    (
        "unit name with common nouns: host, then a place",
        "Chiều 3/8, Phó Chủ tịch Lê Văn An đến làm việc với Cục Thi hành án dân sự tỉnh Hòa Sơn về tiến độ xử lý hồ sơ.",
        "Cục Thi hành án dân sự tỉnh Hòa Sơn",
        "host_of_working_session",
    ),
    (
        "unit name with common nouns: host, then a capitalised word",
        "Ngày 8/2, Phó Chủ tịch Lê Văn An có buổi làm việc với Công ty cổ phần Gốm Hòa Sơn về mặt bằng chợ.",
        "Công ty cổ phần Gốm Hòa Sơn",
        "host_of_working_session",
    ),
    (
        "unit name with common nouns: sentence end after it",
        "Chiều 3/4, Bộ trưởng Lê Văn An làm việc với Trung tâm Bảo tồn nhà cổ Tân Lộc.",
        "Trung tâm Bảo tồn nhà cổ Tân Lộc",
        "host_of_working_session",
    ),
    (
        "a preposition after the host ends its name",
        "Sáng 5/3, ông Lê Văn An làm việc với Sở Y tế về công tác phòng dịch Tân Lộc.",
        "Sở Y tế",
        "host_of_working_session",
    ),
    (
        "a clause's verb after the host: the run is longer than a name's",
        "Sáng 5/3, ông Lê Văn An làm việc với Sở Y tế bàn giải pháp cho Tân Lộc.",
        "Sở Y tế",
        "host_of_working_session",
    ),
    (
        "unit name with common nouns: owner of the event noun, then its short form",
        "Sáng 9/9, hội nghị thường niên của Hiệp hội Làng nghề truyền thống Tân Lộc (HLN) đã khai mạc.",
        "Hiệp hội Làng nghề truyền thống Tân Lộc",
        "owner_of_event_noun",
    ),
    (
        "unit name with common nouns: named in the event noun",
        "Sáng 2/6, Đại hội lần thứ 3 Hội Nuôi ong mật Tân Lộc đã bầu ban chấp hành mới.",
        "Hội Nuôi ong mật Tân Lộc",
        "named_in_event_noun",
    ),
    (
        "a session numbered 'lần 5' is a term, not a part of the name",
        "Sáng 3/12, kỳ họp HĐND huyện Tân Lộc lần 7 khóa XX đã bế mạc.",
        "HĐND huyện Tân Lộc",
        "named_in_event_noun",
    ),
    # co-organisers whose later names hold common nouns: the first named holds it
    (
        "co-organisers: the second with common nouns before a capitalised word",
        "Chiều 2/9, tại Tân Lộc, Hội Sinh viên tỉnh Hòa Sơn, Hội Doanh nhân trẻ Tân Lộc tổ chức đêm nhạc gây quỹ.",
        "Hội Sinh viên tỉnh Hòa Sơn",
        "first_of_co_organisers",
    ),
    (
        "co-organisers: three, the last with common nouns",
        "Ngày 1/6, Chi bộ, Công đoàn, Đoàn thanh niên Trường Tân Lộc tổ chức vui Tết Thiếu nhi.",
        "Chi bộ",
        "first_of_co_organisers",
    ),
    (
        "co-organisers: the agent's partner with common nouns",
        "Buổi giao lưu do Quỹ khuyến học Hòa Sơn và Câu lạc bộ doanh nhân Tân Lộc tổ chức tối 5/3.",
        "Quỹ khuyến học Hòa Sơn",
        "agent_of_passive",
    ),
    # "đồng" (jointly) before the verb is no syllable of the name, "Hội đồng" keeps its own
    (
        "đồng before the verb: the subject",
        "Sáng 5/3, Sở Y tế tỉnh Hòa Sơn đồng tổ chức hội thảo với Bệnh viện Tân Lộc.",
        "Sở Y tế tỉnh Hòa Sơn",
        "subject_of_event_predicate",
    ),
    (
        "đồng before the verb: after a co-organiser",
        "Tối 20/5, Hội Nông dân tỉnh Hòa Sơn và Liên đoàn Lao động tỉnh Tân Lộc đồng tổ chức giải bóng đá công nhân.",
        "Hội Nông dân tỉnh Hòa Sơn",
        "first_of_co_organisers",
    ),
    (
        "Hội đồng before the verb",
        "Sáng 5/3, Hội đồng tổ chức phiên họp thứ 2.",
        "Hội đồng",
        "subject_of_event_predicate",
    ),
    # a purpose clause with the event's verb right after "để" still has the group's subject
    (
        "co-organisers' group, then để + the verb",
        "Sáng 5/3, Sở Công Thương tỉnh Hòa Sơn cùng các hợp tác xã, các nhà vườn đã gặp nhau để thảo luận đầu ra cho bưởi Tân Lộc.",
        "Sở Công Thương tỉnh Hòa Sơn",
        "first_of_co_organisers",
    ),
    (
        "an adverb after the name is no syllable of it",
        "Năm nào cũng vậy, chưa kỳ họp HĐND tỉnh Hòa Sơn nào thiếu ý kiến về đất đai.",
        "HĐND tỉnh Hòa Sơn",
        "named_in_event_noun",
    ),
    (
        "an adverb after the subject: vẫn",
        "Sáng 5/3, Hội Nông dân tỉnh Hòa Sơn vẫn tổ chức hội nghị như kế hoạch.",
        "Hội Nông dân tỉnh Hòa Sơn",
        "subject_of_event_predicate",
    ),
    # a place joined by "và" to the subject is a co-organiser; after a comma it is the name's address
    (
        "co-organiser: a place after và",
        "Sáng 5/3, UBND huyện Tân Lộc và xã Hòa Sơn tổ chức hội nghị đối thoại với người dân.",
        "UBND huyện Tân Lộc",
        "first_of_co_organisers",
    ),
    (
        "co-organiser: a list of bodies ending with a place",
        "Sáng 5/3, Tỉnh ủy, UBND và thành phố Hòa Sơn tổ chức lễ mít tinh.",
        "Tỉnh ủy",
        "first_of_co_organisers",
    ),
    (
        "address: a lower-case thành phố after a numbered district",
        "Sáng 9/10, UBND quận 8, thành phố Tân Lộc tổ chức lễ ra quân dọn vệ sinh.",
        "UBND quận 8, thành phố Tân Lộc",
        "subject_of_event_predicate",
    ),
    (
        "address: a capitalised Thành phố after a numbered district",
        "Sáng 9/10, UBND quận 8, Thành phố Tân Lộc tổ chức lễ ra quân dọn vệ sinh.",
        "UBND quận 8, Thành phố Tân Lộc",
        "subject_of_event_predicate",
    ),
    # the body after "do ... chủ trì" leads the subject, which holds the event
    (
        "leader: a body leads the subject",
        "Sáng 12/5, Ban Tổ chức giải chạy do Sở Văn hóa tỉnh Hòa Sơn chủ trì đã tổ chức lễ trao giải tại Tân Lộc.",
        "Ban Tổ chức giải chạy",
        "leader_before_verb",
    ),
    (
        "leader: a body leads the subject, a partner after it",
        "Ngày 5/3, Ban Tổ chức hội thi do Sở Tư pháp tỉnh Hòa Sơn chủ trì, phối hợp với Đài Tân Lộc đã tổ chức lễ bế mạc.",
        "Ban Tổ chức hội thi",
        "leader_before_verb",
    ),
    (
        "agent: 'do ... chủ trì' after an event noun still holds it",
        "Hội nghị do Sở Nội vụ tỉnh Hòa Sơn chủ trì đã diễn ra sáng 5/3.",
        "Sở Nội vụ tỉnh Hòa Sơn",
        "agent_of_passive",
    ),
    # a session that is the subject of "diễn ra" is read from the event noun, not as a subject
    (
        "event noun, comma, body, diễn ra",
        "Sáng 5/7, kỳ họp thứ 5, HĐND tỉnh Hòa Sơn khóa X tiếp tục diễn ra.",
        "HĐND tỉnh Hòa Sơn",
        "named_in_event_noun",
    ),
    (
        "a past span to now ('tới nay') is no next session",
        "Kể từ kỳ họp thứ 4 HĐND huyện Tân Lộc khóa X tới nay, cử tri đã gửi 30 kiến nghị.",
        "HĐND huyện Tân Lộc",
        "named_in_event_noun",
    ),
    # the event's ordinal written after its body, and a body read up to a bracket it never opened
    (
        "ordinal after the body: thứ 7, then the term in brackets",
        "Sáng 22/6, Hội nghị Ủy ban MTTQ tỉnh Hòa Sơn thứ 7 (khóa X) đã khai mạc.",
        "Ủy ban MTTQ tỉnh Hòa Sơn",
        "named_in_event_noun",
    ),
    (
        "ordinal after the body, in words: thứ bảy",
        "Chiều 3/5, Hội nghị Ban Chấp hành Đảng bộ huyện Tân Lộc thứ bảy đã bế mạc.",
        "Ban Chấp hành Đảng bộ huyện Tân Lộc",
        "named_in_event_noun",
    ),
    (
        "the body closes the parenthesis it stands in",
        "Cử tri theo dõi sát kỳ họp giữa năm (năm nay là kỳ họp thứ hai, HĐND tỉnh Hòa Sơn khóa X) từ sáng 5/7.",
        "HĐND tỉnh Hòa Sơn",
        "named_in_event_noun",
    ),
    (
        "a one-word-name body closes the parenthesis it stands in",
        "Cử tri cả nước dõi theo kỳ họp giữa năm (năm nay là kỳ họp thứ tư, Quốc hội khóa XV) từ sáng 5/7.",
        "Quốc hội",
        "named_in_event_noun",
    ),
    (
        "a one-word-name subject closes the parenthesis it stands in",
        "Kỳ họp giữa năm (năm nay là kỳ họp thứ tư, Quốc hội khóa XV) 3 năm liền đều bế mạc ngày 10/7.",
        "Quốc hội",
        "",
    ),
    (
        "the subject closes the parenthesis it stands in",
        "Kỳ họp giữa năm (năm nay là kỳ họp thứ hai, HĐND tỉnh Hòa Sơn khóa X) 3 năm liền đều bế mạc ngày 10/7.",
        "HĐND tỉnh Hòa Sơn",
        "",
    ),
    # the owner of an event whose description ends in no document
    (
        "owner after a description of work, not of a document",
        "Sáng 10/5, tại Hội nghị sơ kết công tác 6 tháng của Sở Tư pháp tỉnh Hòa Sơn, ông An phát biểu.",
        "Sở Tư pháp tỉnh Hòa Sơn",
        "owner_of_event_noun",
    ),
    # a clause of time ("sau khi", "khi") has a subject of its own: the body that met
    (
        "clause of time: sau khi, co-organisers with a place, buổi làm việc",
        "Ngày 8/2, chợ Tân Lộc đã mở cửa trở lại, sau khi UBND huyện Tân Lộc và xã Hòa Sơn có buổi làm việc với Công ty Thương mại Hòa Sơn.",
        "UBND huyện Tân Lộc",
        "subject_of_event_predicate",
    ),
    (
        "clause of time: khi, tổ chức",
        "Sáng 5/3, cử tri rất phấn khởi khi Đoàn ĐBQH tỉnh Hòa Sơn tổ chức tiếp xúc cử tri tại xã.",
        "Đoàn ĐBQH tỉnh Hòa Sơn",
        "subject_of_event_predicate",
    ),
    (
        "clause of time: sau khi, họp bàn",
        "Sáng 12/3, giá lúa tăng nhẹ, sau khi Sở Nông nghiệp tỉnh Hòa Sơn họp bàn với các doanh nghiệp.",
        "Sở Nông nghiệp tỉnh Hòa Sơn",
        "subject_of_event_predicate",
    ),
    (
        "clause of time, capitalised at the sentence's start",
        "Khi Hội Nông dân huyện Tân Lộc tổ chức hội thảo sáng 2/6, nhiều hộ đã đăng ký tham gia.",
        "Hội Nông dân huyện Tân Lộc",
        "subject_of_event_predicate",
    ),
    # a sentence after the lead gives the organiser when it names an event
    (
        "later sentence: the event noun, then 'do ... tổ chức'",
        "Sáng 5/3, hội nghị về cải cách hành chính đã diễn ra tại tỉnh Hòa Sơn. Hội nghị do Sở Nội vụ tỉnh Hòa Sơn tổ chức.",
        "Sở Nội vụ tỉnh Hòa Sơn",
        "agent_of_passive",
    ),
    (
        "later sentence: 'Cuộc làm việc do ... chủ trì'",
        "Chiều 9/4, hội thảo về du lịch biển đã diễn ra tại TP Tân Lộc. Cuộc làm việc do Cục Du lịch tỉnh Hòa Sơn chủ trì.",
        "Cục Du lịch tỉnh Hòa Sơn",
        "agent_of_passive",
    ),
    (
        "later sentence: the subject of 'đã họp' (the verb is an event noun too)",
        "Ngày 5/3, cử tri xã Hòa Sơn kiến nghị về giá đất tại hội nghị. Theo ông An, UBND huyện Tân Lộc đã họp với các hộ dân.",
        "UBND huyện Tân Lộc",
        "subject_of_event_predicate",
    ),
    (
        "later sentence: the subject of 'tổ chức' an event",
        "Sáng 2/6, lễ mít tinh hưởng ứng ngày môi trường diễn ra tại Tân Lộc. Năm nay, Sở Tài nguyên tỉnh Hòa Sơn tổ chức lễ tại quảng trường.",
        "Sở Tài nguyên tỉnh Hòa Sơn",
        "subject_of_event_predicate",
    ),
    # a short form in parentheses inside a body's name ("Ban Chấp hành (BCH) Trung ương Hội"): its closing
    # parenthesis is no left edge of a subject, so the tail of the name is not taken for a body of its own
    (
        "short form inside the name of a body in the event noun",
        "Sáng 5/3, hội nghị Ban Chấp hành (BCH) Trung ương Hội Nông dân lần thứ 4 đã khai mạc tại Hà Nội.",
        "Ban Chấp hành (BCH) Trung ương Hội Nông dân",
        "named_in_event_noun",
    ),
    (
        "short form inside the name, with a parenthesised short form of the meeting",
        "Chiều 9/4, Hội nghị Ban Thường vụ (BTV) Tỉnh đoàn Hòa Sơn lần thứ 7 (hội nghị 7) đã bế mạc.",
        "Ban Thường vụ (BTV) Tỉnh đoàn Hòa Sơn",
        "named_in_event_noun",
    ),
    (
        "short form inside the name of a subject",
        "Sáng 5/3, Ban Chấp hành (BCH) Liên đoàn Lao động tỉnh Hòa Sơn đã tổ chức hội nghị sơ kết.",
        "Ban Chấp hành (BCH) Liên đoàn Lao động tỉnh Hòa Sơn",
        "subject_of_event_predicate",
    ),
    # heads of further bodies: a mission ("Phái đoàn"), a trade's union ("Nghiệp đoàn"), an organisation named
    # as such ("Tổ chức", only before a capitalised name: the verb "tổ chức" opens no body)
    (
        "mission head, first of two co-organisers",
        "Sáng 5/3, Phái đoàn Liên minh châu Âu tại Việt Nam và Bộ Tư pháp phối hợp tổ chức hội thảo.",
        "Phái đoàn Liên minh châu Âu tại Việt Nam",
        "subject_of_event_predicate",
    ),
    (
        "mission head as the agent of a passive",
        "Hội thảo về quyền trẻ em do Phái đoàn thường trực Việt Nam tại Geneva tổ chức chiều 9/4.",
        "Phái đoàn thường trực Việt Nam tại Geneva",
        "agent_of_passive",
    ),
    (
        "trade union head with its trade and place",
        "Sáng 5/3, Nghiệp đoàn nghề cá xã Tân Lộc tổ chức đại hội lần thứ nhất.",
        "Nghiệp đoàn nghề cá xã Tân Lộc",
        "subject_of_event_predicate",
    ),
    (
        "organisation head with a short form, then a partner",
        "Sáng 5/3, Tổ chức Lao động Quốc tế (ILO) phối hợp với Sở Nội vụ tỉnh Hòa Sơn tổ chức hội thảo.",
        "Tổ chức Lao động Quốc tế",
        "subject_of_event_predicate",
    ),
    (
        "organisation head in capitals",
        "Chiều 9/4, TỔ CHỨC Y tế Thế giới tổ chức hội nghị về phòng chống dịch.",
        "TỔ CHỨC Y tế Thế giới",
        "subject_of_event_predicate",
    ),
    (
        "the verb 'Tổ chức' and a capitalised event noun is no body; the subject after it holds the event",
        "Tổ chức Hội nghị tổng kết, Sở Y tế tỉnh Hòa Sơn đã tổ chức tại Tân Lộc.",
        "Sở Y tế tỉnh Hòa Sơn",
        "subject_of_event_predicate",
    ),
    # an assembly's members opening the clause ("các đại biểu Quốc hội thảo luận"): the assembly sits
    (
        "members of the assembly after the date",
        "Sáng 5/3, các đại biểu Quốc hội thảo luận ở hội trường về dự án luật đất đai.",
        "Quốc hội",
        "members_stand_for_assembly",
    ),
    (
        "members of the assembly after the session's programme and its date",
        "Tiếp tục chương trình Kỳ họp thứ 4, chiều 9/6, các đại biểu Quốc hội làm việc tại hội trường, biểu quyết thông qua luật.",
        "Quốc hội",
        "members_stand_for_assembly",
    ),
    (
        "members of the assembly, with 'những vị' and an aspect word",
        "Sáng 5/3, những vị đại biểu Quốc hội đã họp tổ về dự thảo nghị quyết.",
        "Quốc hội",
        "members_stand_for_assembly",
    ),
    # a regular briefing ("buổi/cuộc giao ban", its kind "báo chí") carries its body as a meeting noun does
    (
        "briefing: buổi giao ban báo chí, then its body",
        "Chiều 30/5, tại buổi giao ban báo chí Tỉnh ủy Hòa Sơn, Sở Y tế đã báo cáo tình hình dịch bệnh.",
        "Tỉnh ủy Hòa Sơn",
        "named_in_event_noun",
    ),
    (
        "briefing: buổi giao ban báo chí của, then its body",
        "Tại buổi giao ban báo chí của Thành ủy Tân Lộc chiều nay (30/5), ông Lê Văn An cho biết dự án sắp khởi công.",
        "Thành ủy Tân Lộc",
        "named_in_event_noun",
    ),
    (
        "briefing: cuộc giao ban, then its body",
        "Sáng 5/3, tại cuộc giao ban Ban Thường vụ Huyện ủy Tân Lộc, các xã đã báo cáo tiến độ thu hoạch.",
        "Ban Thường vụ Huyện ủy Tân Lộc",
        "named_in_event_noun",
    ),
    # a briefing held by a body's officials ("giao ban Chủ tịch, Phó Chủ tịch UBND X với ..."): the body
    (
        "briefing by two officials of a body, joined by a comma",
        "Sáng 6/2, tại cuộc họp giao ban Chủ tịch, Phó Chủ tịch UBND tỉnh Hòa Sơn với Giám đốc các sở, ông Lê Văn An yêu cầu rà soát.",
        "UBND tỉnh Hòa Sơn",
        "named_in_event_noun",
    ),
    (
        "briefing by two officials of a body, joined by 'và'",
        "Sáng 6/2, tại hội nghị giao ban Bí thư và Phó Bí thư Huyện ủy Tân Lộc với các xã, ông Trần Văn Ba phát biểu.",
        "Huyện ủy Tân Lộc",
        "named_in_event_noun",
    ),
    (
        "briefing by one official of a body",
        "Chiều 9/4, cuộc giao ban Giám đốc Sở Y tế tỉnh Hòa Sơn với các bệnh viện đã diễn ra tại Tân Lộc.",
        "Sở Y tế tỉnh Hòa Sơn",
        "named_in_event_noun",
    ),
]

NONE: list[tuple[str, str]] = [
    (
        "one province's deputies, not the assembly",
        "Sáng 5/3, các đại biểu Quốc hội tỉnh Hòa Sơn tiếp xúc cử tri huyện Tân Lộc.",
    ),
    (
        "deputies joined to a person subject attend",
        "Sáng 5/3, Chủ tịch Lê Văn An cùng các đại biểu Quốc hội dự hội nghị.",
    ),
    (
        "the verb 'Tổ chức' opening a sentence, no body named",
        "Tổ chức hội nghị sơ kết sớm, các xã đã gửi báo cáo về huyện.",
    ),
    (
        "the verb 'Tổ chức' and a capitalised ceremony, no body named",
        "Tổ chức Lễ kỷ niệm ngày thành lập, các hội viên lão thành được mời dự.",
    ),
    (
        "a place whose last word is a head, then a person",
        "Chiều 11/5, tại Điếu Ngư Đài, Chủ tịch nước Lê Văn An đã tiếp Phó Chủ tịch Hội đồng.",
    ),
    (
        "a visiting delegation led by someone works with its host",
        "Ngày 8/7, Đoàn công tác Bộ Y tế do Thứ trưởng Lê Văn An dẫn đầu có buổi làm việc với UBND tỉnh Hòa Sơn.",
    ),
    ("a planned event after a time", "UBND tỉnh Hòa Sơn sáng nay sẽ tổ chức hội nghị chuyên đề."),
    ("the future aspect 'sắp' before the verb", "Sáng 5/3, Sở Nội vụ tỉnh Hòa Sơn sắp tổ chức hội nghị tổng kết."),
    (
        "an event noun whose session is about to come ('sắp'), after the body's term",
        "Khi Kỳ họp thứ 5, HĐND tỉnh Hòa Sơn khóa X sắp sửa tới gần, các sở đã gửi báo cáo.",
    ),
    ("the same, with 'sẽ'", "Kỳ họp thứ 5 HĐND huyện Tân Lộc khóa IX sẽ diễn ra vào tháng tới."),
    # an address ends with the place: the body after it holds the event
    # (checked as the organiser below, in OTHER)
    (
        "a place before an event that takes place ('diễn ra')",
        "Tối 11/5, tại Hội trường Thống Nhất, TP Hòa Sơn, đã diễn ra Lễ kỷ niệm.",
    ),
    (
        "a meeting between two being prepared",
        "Các bên đang chuẩn bị cho hội nghị giữa UBND tỉnh Hòa Sơn và Bộ Y tế vào tháng tới.",
    ),
    ("a place in a venue ('tại tỉnh ...')", "Sáng 5/3, tại tỉnh Hòa Sơn đã diễn ra hội nghị tổng kết."),
    ("a bare name never named as a place", "Ngày 7/2, Hòa Sơn tổ chức hội nghị triển khai nhiệm vụ năm 2017."),
    (
        "the second of two agents of a passive, the first unread",
        "Cuộc hội thảo do Viện nghiên cứu văn hóa của người dân và Hội Sử học tỉnh Hòa Sơn tổ chức đã thu hút nhiều nhà khoa học.",
    ),
    # the noun "tổ chức" (an organisation) is no predicate
    (
        "noun tổ chức: khác, in an attendance list",
        "Buổi đối thoại có mặt đại diện Phòng Tài nguyên huyện Tân Lộc, Ban quản lý chợ Hòa Sơn cùng nhiều hộ dân, tổ chức khác trên địa bàn.",
    ),
    (
        "noun tổ chức: chính trị - xã hội",
        "Năm nay, biên chế của Mặt trận và tổ chức chính trị - xã hội huyện Tân Lộc giảm 5%.",
    ),
    (
        "noun tổ chức: tín dụng",
        "Sáng 5/3, Ngân hàng Tân Lộc cùng các tổ chức tín dụng trên địa bàn cam kết giảm lãi suất.",
    ),
    # after a plural marker "tổ chức" is a noun; a purpose clause with a subject of its own has its own verb
    (
        "plural: các tổ chức, in a list of participants",
        "Đến dự có đại diện Chính phủ, các bộ và các tổ chức thanh niên của tỉnh Hòa Sơn.",
    ),
    (
        "purpose clause with its own subject",
        "Sở sẽ thông tin về việc làm của HĐND tỉnh Hòa Sơn, các ban của HĐND và các đại biểu để người dân Tân Lộc theo dõi, giám sát.",
    ),
    # a plural event noun names a kind of event, not the one told
    ("plural event noun: các kỳ họp", "Vấn đề ngập úng được nêu tại các kỳ họp của HĐND tỉnh Hòa Sơn khóa IX."),
    ("plural event noun: những phiên họp", "Sáng 5/3, những phiên họp Ủy ban Thường vụ HĐND tỉnh Hòa Sơn đều kín."),
    # a 'Hội' that takes place ('diễn ra') is a festival or a fair, not a body
    ("diễn ra: a festival", "Theo ban tổ chức, Hội Hoa xuân Tân Lộc diễn ra từ mùng 1 đến mùng 10 Tết."),
    ("diễn ra: a festival with a place", "Hội Báo Xuân tỉnh Hòa Sơn diễn ra tại công viên từ ngày 5/3."),
    # the next session, named with "tới" or "tiếp theo" after its body
    ("next session: tới", "Sở Tư pháp đã gửi dự thảo lên kỳ họp HĐND tỉnh Hòa Sơn tới."),
    ("next session: tiếp theo", "Các kiến nghị được chuyển tới kỳ họp Quốc hội tiếp theo."),
    # a finite verb ends an event noun's description: the owner after it is another clause's
    (
        "owner after a finite verb",
        "Trong tuần lễ cấp cao, hội nghị các bộ trưởng đã khép lại nhiều hoạt động của Ủy ban Du lịch Tân Lộc.",
    ),
    # "của" right after a kind of document names the document's issuer, not the event's owner
    (
        "issuer of a decision inside the event's description",
        "Sáng 10/5, Hội nghị công bố quyết định của Bộ Nội vụ về công tác cán bộ diễn ra tại tỉnh Hòa Sơn.",
    ),
    (
        "issuer of a capitalised decision after a ceremony",
        "Chiều 3/4, Lễ trao Quyết định của Ban Thường vụ Tỉnh ủy Hòa Sơn về công tác cán bộ đã diễn ra.",
    ),
    (
        "issuer of a plan inside the event's description",
        "Ngày 6/7, hội nghị triển khai kế hoạch của UBND huyện Tân Lộc về phòng chống thiên tai diễn ra sôi nổi.",
    ),
    # "trước khi" (before) and "trong khi" (whereas): the clause tells another event, or a contrast
    (
        "clause of time: trước khi",
        "Chiều 9/4, trước khi Ban Thường vụ Tỉnh ủy Hòa Sơn họp, các đại biểu đã thăm khu di tích.",
    ),
    (
        "clause of contrast: trong khi",
        "Chiều 9/4, trong khi Ban Thường vụ Tỉnh ủy Hòa Sơn họp, các đại biểu đã thăm khu di tích.",
    ),
    (
        "clause of time: a name that would run on to a verb is misread",
        "Sáng 12/3, cử tri vui mừng sau khi Thanh tra tỉnh Hòa Sơn hoàn tất kiểm tra trực tiếp các hộ dân.",
    ),
    # after the lead, an event's predicate with no event in its sentence tells another doing
    (
        "later sentence: 'tổ chức' a review, no meeting",
        "Sáng 5/3, hội nghị về cải cách hành chính đã diễn ra tại tỉnh Hòa Sơn. Năm qua, Sở Nội vụ tỉnh đã tổ chức rà soát thủ tục.",
    ),
    (
        "later sentence: 'chủ trì' a draft, no meeting",
        "Ngày 12/6, hội thảo về luật đất đai diễn ra tại TP Tân Lộc. Bộ Tài nguyên và Môi trường đã chủ trì, phối hợp với các bộ soạn thảo dự luật.",
    ),
    (
        "later sentence: 'quán triệt' a duty, no meeting",
        "Sáng 8/4, hội nghị về phòng chống tham nhũng diễn ra tại Hòa Sơn. Thanh tra tỉnh Hòa Sơn đã quán triệt và tăng cường việc kiểm tra dự án.",
    ),
    (
        "later sentence: the agent of a contest, no meeting",
        "Chiều 2/6, lễ trao giải cuộc thi ảnh về biển đảo đã diễn ra tại Tân Lộc. Cuộc thi do Hội Nhiếp ảnh tỉnh Hòa Sơn tổ chức.",
    ),
]


@pytest.mark.parametrize(("construction", "text", "expected", "reason"), ROWS, ids=[r[0] for r in ROWS])
def test_organiser_construction(construction: str, text: str, expected: str, reason: str) -> None:
    report = extract(text)
    assert report.organizer is not None, construction
    assert report.organizer.name == expected, construction
    span = report.organizer.spans[0]
    assert text[span.start : span.end] == expected
    if reason:
        kept = [c for c in run(text).candidates if c.field == "organizer" and c.text == expected and c.kept]
        assert kept and kept[0].has(reason), construction


@pytest.mark.parametrize(("construction", "text"), NONE, ids=[r[0] for r in NONE])
def test_no_organiser_construction(construction: str, text: str) -> None:
    assert extract(text).organizer is None, construction


# (text, the sentences it is split into): the dot of "TP." ends a sentence only before a new one's words
SPLITS: list[tuple[str, list[str]]] = [
    ("Đoàn ĐBQH TP. Hòa Sơn họp. Xong.", ["Đoàn ĐBQH TP. Hòa Sơn họp.", "Xong."]),
    ("Đoàn đã về TP. Ông An chủ trì.", ["Đoàn đã về TP.", "Ông An chủ trì."]),
    ("Vốn của TP. Phó Chủ tịch An nói.", ["Vốn của TP.", "Phó Chủ tịch An nói."]),
    ("Vốn của TP. Theo đó, An nói.", ["Vốn của TP.", "Theo đó, An nói."]),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS, ids=[r[0] for r in SPLITS])
def test_abbreviated_place_keeps_its_sentence(text: str, expected: list[str]) -> None:
    assert [s.text for s in sentences(text)] == expected


# (construction, text, organiser): a place in an address is no subject; the body after it is
OTHER: list[tuple[str, str, str]] = [
    (
        "an address, then the organisers",
        "Ngày 23/5, tại thành phố Tân Lộc, tỉnh Hòa Sơn, Sở Y tế phối hợp với Bộ Y tế tổ chức hội thảo.",
        "Sở Y tế",
    ),
    (
        "an address, then a list of organisers",
        "Tối 14/6, tại Quảng trường Trung tâm, TP. Tân Lộc, Tỉnh ủy, HĐND, UBND tỉnh Hòa Sơn tổ chức lễ kỷ niệm.",
        "Tỉnh ủy",
    ),
    (
        "a body named as such outranks a place in a later sentence",
        "Sáng 5/3, Sở Nội vụ tỉnh Hòa Sơn tổ chức hội nghị tổng kết. Chiều cùng ngày, huyện Tân Lộc tổ chức hội nghị.",
        "Sở Nội vụ tỉnh Hòa Sơn",
    ),
]


@pytest.mark.parametrize(("construction", "text", "expected"), OTHER, ids=[r[0] for r in OTHER])
def test_place_is_no_organiser_beside_a_body(construction: str, text: str, expected: str) -> None:
    report = extract(text)
    assert report.organizer is not None and report.organizer.name == expected, construction
