"""Organiser: the body that held the meeting, as the reporting sentence names it.

Vietnamese leads put the organiser in a few fixed frames (annotation guide,
'organizer'): the subject of "tổ chức / khai mạc / họp" ("Chiều 13/1, Ban
dân vận Quận ủy quận Tân Bình tổ chức hội nghị"), the body named inside a
congress or plenum ("Đại hội đại biểu Đảng bộ tỉnh Quảng Ninh lần thứ XVI",
"Hội nghị lần thứ 10 Ban chấp hành Đảng bộ TP.HCM"), or the host of a
working session ("buổi làm việc với Thường trực Thành ủy TP HCM"). A
candidate counts only when it starts with a body's head word
(``data/bodies.txt``), so people and places are not taken for bodies.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from . import lexicon
from .event import Event
from .reasons import Candidate
from .segment import Segment

FIELD = "organizer"


@dataclass(frozen=True, slots=True)
class Found:
    """A body's name as a clean-text range."""

    start: int
    end: int
    name: str


@lexicon.cached
def _heads() -> regex.Pattern[str]:
    heads = sorted(lexicon.lines("bodies.txt"), key=len, reverse=True)
    return regex.compile(r"(?:" + "|".join(regex.escape(h) for h in heads) + r")(?![\p{L}])", regex.I)


_EVENT_NOUN = regex.compile(r"(?i)hội (?:nghị|thảo|thi|diễn|chợ|khỏe)(?![\p{L}])")


def is_body(phrase: str) -> bool:
    """Whether a phrase starts with a body's head word and is capitalised like a name.

    "Hội" heads bodies (Hội Nông dân) but also event nouns (Hội nghị, Hội thi).
    """
    m = _heads().match(phrase)
    return bool(m) and phrase[:1].isupper() and not _EVENT_NOUN.match(phrase)


_VERB = (
    r"(?:(?:đã|vừa|sẽ|cũng|chính thức|long trọng|trang trọng|trọng thể)\s+){0,3}"
    r"(?:phối hợp(?:\s+với\s+[^.;]{0,160}?)?\s+)?"
    r"(?:tổ chức|khai mạc|họp|tiến hành|triệu tập|cho ý kiến|tiếp xúc|thảo luận|làm việc)"
    r"(?!\s+(?:họp báo|báo|lễ hội))"
)
# A name's characters: no clause punctuation, but the dots of "T.Ư", "TP.HCM", "Q.2".
_NAME = r"(?:[^,;:.\n]|\.(?=\S))"
_DATE_LEAD = (
    r"\b(?:Sáng|Chiều|Tối|Trưa|Ngày|sáng|chiều|tối|ngày)\s+(?:qua\s+|ngày\s+)?[\d/\-.]+(?:\s*,)?\s+"
    r"(?:tại\s+[^,.;]{1,60}(?:,\s+(?:TP|thành phố|tỉnh|huyện|quận|thị xã|xã|phường)\b[^,.;]{0,40})?,\s+)?"
)
# "<date>, [tại X,] BODY [gồm ...] [đã] [phối hợp với Y] tổ chức ..."
_SUBJECT = regex.compile(
    r"(?:" + _DATE_LEAD + r"(?P<body>[\p{Lu}](?:" + _NAME[3:-1] + r"|,\s(?=[\p{Lu}])){2,120}?)"
    r"|(?:^|[,:;.\-]\s+|\)\s*[-]\s*|(?<![\p{L}])do\s+)(?P<body>[\p{Lu}]" + _NAME + r"{2,120}?))"
    r"(?:\s+gồm:?[^.;]{0,160}?)?\s+" + _VERB + r"\b"
)
# "Đại hội đại biểu BODY lần thứ", "Hội nghị lần thứ 10 BODY khóa", "hội nghị BODY lần thứ 4"
_NAMED_IN = regex.compile(
    # not inside a resolution's name: "Nghị quyết Đại hội ... và Đại hội Đảng bộ tỉnh lần thứ XVIII"
    r"(?<!Nghị quyết\s(?:[^.;\n]{0,80}\s(?:và|,)\s)?)"
    r"\b(?:Đại hội|Hội nghị|hội nghị|đại hội|Kỳ họp|kỳ họp)(?:\s+đại biểu)?(?:\s+lần thứ\s+\S+)?\s+"
    r"(?P<body>[\p{Lu}]" + _NAME + r"{2,120}?)\s*(?=\s+lần thứ|\s+khóa|\s+nhiệm kỳ|,|\s+đã|\s+bước vào"
    r"|\s+\(|\s+(?:đánh giá|thảo luận|cho ý kiến|bàn|xem xét)\b)"
)
# "Tổng Bí thư X cùng Đoàn đại biểu Quốc hội ..., đã tiếp xúc cử tri"
_WITH = regex.compile(
    r"\bcùng\s+(?:với\s+)?(?P<body>[\p{Lu}]" + _NAME + r"{2,120}?)(?:,[^,;.]{1,40},)?\s+" + _VERB + r"\b"
)
_HOST = regex.compile(
    r"\b(?:làm việc|buổi làm việc|hội nghị liên tịch[^.;]{0,40}?)\s+(?:với|của)\s+"
    r"(?P<body>[\p{Lu}]" + _NAME + r"{2,100}?)(?=\s+(?:và|về|tại|chiều|sáng|ngày|nhằm)\b|[,.;]|$)"
)
_VERB_INSIDE = regex.compile(r"(?<![\p{L}])(?:tổ chức|họp báo|đã|là|dự kiến|diễn ra)(?![\p{L}])")
_AND_NEXT = regex.compile(r"\s+(?:và|cùng|-)\s+(?=[\p{Lu}])")
_TRIM_TAIL = regex.compile(r"\s+(?:đã|vừa|cũng|và|cùng|với|được|sẽ)$")
_TRIM_HEAD = regex.compile(r"^(?:tại\s+[^,]+,\s*)")


def _trim(text: str, start: int, end: int) -> Found | None:
    name = text[start:end]
    m = _TRIM_HEAD.match(name)
    if m:
        start += m.end()
        name = text[start:end]
    while True:
        t = _TRIM_TAIL.search(name)
        if not t:
            break
        end -= len(name) - t.start()
        name = text[start:end]
    # A body's name is a short noun phrase: "X và Y" keeps the first named.
    first = _AND_NEXT.search(name)
    if first and is_body(name[first.end() :]):
        end = start + first.start()
        name = text[start:end]
    if not is_body(name) or len(name.split()) > 14 or _VERB_INSIDE.search(name):
        return None
    return Found(start, end, name)


def find(text: str, sentences: list[Segment], happened: Event) -> tuple[Found | None, list[Candidate]]:
    """The organiser, looked for first in the event's lead sentence, and the candidates considered.

    The sentences from the lead on are read in order, then the ones before it.
    """
    anchor = happened.lead.start if happened.lead else None
    order = sentences
    if anchor is not None and anchor < len(text) * 0.4:
        i = next((k for k, s in enumerate(sentences) if s.start <= anchor < s.end + 1), 0)
        order = sentences[i:] + sentences[:i]
    for frame in (_SUBJECT, _NAMED_IN, _WITH, _HOST):
        for s in order[:8]:
            for m in frame.finditer(s.text, overlapped=True):
                got = _trim(text, s.start + m.start("body"), s.start + m.end("body"))
                if got:
                    c = Candidate(FIELD, got.name, got.start, got.end, kept=True, verdict="organiser")
                    return got, [c]
    return None, []
