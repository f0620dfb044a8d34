"""Awards: each count of recipients, with the award's form, its giver and its reason.

A count is a number (digits, zero-padded or not, or number words) before a
recipient word of ``data/recipients.tsv`` ("10 tập thể", "05 cá nhân",
"mười lăm hội viên"). It is an award when its clause (the sentence up to a
";") carries an award form or verb of ``data/award_forms.txt``; a clause
with counts but no form of its own continues the one before it ("khen
thưởng 10 tập thể ...; khen thưởng 9 tập thể ...; 50 cá nhân ..."). Not
awards (annotation guide): mixed totals with no split ("115 tập thể, cá
nhân"), totals over past years ("trong 17 năm qua"), nominations ("đề
nghị", "hồ sơ đề cử"), and counts of anything that is not a recipient.

The giver is read from "của <body>" after the form, from "được <body>
tặng" before it, or from the clause's subject ("Thủ tướng Chính phủ đã tặng
Bằng khen cho 5 tập thể").
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from . import lexicon, numbers, phrases
from .clean import CleanText
from .event import Event
from .models import Award, Recipient
from .organizer import is_body
from .reasons import Candidate
from .segment import Segment


@lexicon.cached
def _recipients() -> dict[str, str]:
    return lexicon.mapping("recipients.tsv")


@lexicon.cached
def _count_re() -> regex.Pattern[str]:
    recips = "|".join(regex.escape(r) for r in sorted(_recipients(), key=len, reverse=True))
    nw = numbers.word_pattern()
    return regex.compile(
        r"(?<![\p{L}\d.,/])(?:(?P<n>\d{1,4})(?![\d]|[.,]\d)|(?P<w>" + nw + r"(?:\s+" + nw + r"){0,5}))"
        r"\s+(?P<luot>lượt\s+)?(?P<r>" + recips + r")(?![\p{L}])",
        regex.I,
    )


@lexicon.cached
def _forms_re() -> regex.Pattern[str]:
    forms = sorted(lexicon.lines("award_forms.txt"), key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}])(?:" + "|".join(regex.escape(f) for f in forms) + r")(?![\p{L}])", regex.I)


_MEDALS = regex.compile(
    r"(?<![\p{L}\d.,/])(?P<n>\d{1,4})\s+(?=(?:kỷ niệm chương|huy hiệu|huy chương)(?![\p{L}]))", regex.I
)
_NAMED_FORMS = ("huân chương", "huy chương", "huy hiệu", "giải thưởng", "danh hiệu", "kỷ niệm chương", "cờ thi đua")
_MIXED = regex.compile(r"\s*(?:,|và|hoặc)\s*(?:cá nhân|tập thể)(?![\p{L}])")
_PAST_TOTAL = regex.compile(
    r"\b(?:\d+|nhiều)\s+năm\s+(?:qua|liền)|nhiệm kỳ qua|đến nay|từ năm|tổng số|trong năm qua|thời gian qua|hơn\s*$",
    regex.I,
)
_NOMINATION = regex.compile(r"đề nghị|đề cử|hồ sơ|xét tặng|trình\b", regex.I)
_GIVER_VERB = r"(?:tặng|trao|trao tặng|khen thưởng|biểu dương|tuyên dương|vinh danh|tôn vinh|gắn|tổ chức khen thưởng)"
_HONOUR_WORD = regex.compile(r" (?:hạng \p{L}+|[\p{Lu}][\p{L}]*)")
_OF = regex.compile(r"\s+(?:của|do)\s+(?=[\p{Lu}])")
_BY_PASSIVE = regex.compile(r"(?<![\p{L}])được\s+(?=[\p{Lu}])")
_THEN_VERB = regex.compile(r"\s+(?:đã\s+)?" + _GIVER_VERB)
_SUBJECT_VERB = regex.compile(r"\s+(?:(?:đã|cũng|trân trọng|đã trao|vừa)\s+)*" + _GIVER_VERB)
_CLAUSE = regex.compile(r"(?<=^|;)\s*\K[^;]+")
_PARTS = regex.compile(r"trong đó|trong số đó")
_NEXT_COUNT = regex.compile(r",\s*(?=\d|[\p{L}]+\s+\d)")
_LEAD = regex.compile(
    r"(?:(?:\*\s*)?(?:Dịp này|Nhân dịp này|Tại hội nghị|Tại Hội nghị|Tại buổi lễ|Cũng tại buổi lễ"
    r"|Tại đại hội|Tại Đại hội"
    r"|Nhân dịp|Trong dịp này|Cũng trong dịp này)[^,]{0,40},\s*)?"
)
_REASON = regex.compile(
    r"(?:vì\s+)?(?:đã\s+)?(?:có|đạt|với)\s+(?:nhiều\s+)?(?:thành tích|đóng góp|thành tích xuất sắc)[^;.\n]{0,160}"
    r"|(?:điển hình|tiêu biểu|xuất sắc)\s+(?:trong|tiên tiến)[^;.\n]{0,160}",
)


_GOVERNS = regex.compile(r"\s+(?:cho\s+|đến\s+)?(?:các\s+)?\d")


@dataclass
class _Count:
    start: int
    end: int
    count: int
    recipient: str
    per_award: bool


@dataclass
class _Found:
    count: int
    recipient: str
    form: str | None
    by: str | None
    reason: str | None
    per_award: bool
    spans: list[tuple[int, int]] = field(default_factory=list)


def _counts(text: str, a: int, b: int) -> list[_Count]:
    out = []
    for m in _count_re().finditer(text, a, b):
        value = int(m.group("n")) if m.group("n") else numbers.words_to_int(m.group("w"))
        if value is None or value == 0:
            continue
        rec = _recipients().get(m.group("r")) or _recipients().get(m.group("r").lower())
        if rec is None:
            continue
        if rec == "collective" and _MIXED.match(text, m.end()):
            continue  # "115 tập thể, cá nhân": a mixed total with no split
        out.append(_Count(m.start(), m.end(), value, rec, bool(m.group("luot"))))
    # "trao 04 Kỷ niệm chương": medals and badges are counted per person.
    for m in _MEDALS.finditer(text, a, b):
        out.append(_Count(m.start(), m.start("n") + len(m.group("n")), int(m.group("n")), "individual", False))
    out.sort(key=lambda c: c.start)
    return out


def _form_at(text: str, m: regex.Match[str], limit: int) -> tuple[str, int]:
    """The form as written, with the name of a specific honour after it."""
    end = m.end()
    if m.group(0).casefold() in _NAMED_FORMS:
        while True:
            w = _HONOUR_WORD.match(text, end, limit)
            if not w:
                break
            end = phrases.own_syllables(text, w.end(), limit)
    return text[m.start() : end], end


def _giver(text: str, clause: tuple[int, int], form_start: int | None, form_end: int | None) -> str | None:
    a, b = clause
    if form_end is not None:
        of = _OF.match(text, form_end, b)
        if of:
            s = of.end()
            return text[s : phrases.body_end(text, s, b)].strip(" ,") or None
    anchor = form_start if form_start is not None else b
    by = None
    for m in _BY_PASSIVE.finditer(text, a, anchor):
        s = m.end()
        e = phrases.body_end(text, s, b)
        if _THEN_VERB.match(text, e, b):
            by = text[s:e].strip(" ,")
    if by:
        return by
    lead = _LEAD.match(text, a, b)
    s = lead.end() if lead else a
    if s < b and text[s].isupper():
        e = phrases.body_end(text, s, b)
        phrase = text[s:e].strip(" ,")
        if (
            e > s
            and (is_body(phrase) or phrases.starts_title(phrase))
            and _SUBJECT_VERB.match(text, e, b)
        ):
            return phrase
    return None


def _clauses(seg: Segment) -> list[tuple[int, int]]:
    out = []
    for m in _CLAUSE.finditer(seg.text):
        out.append((seg.start + m.start(), seg.start + m.end()))
    return out


def find(doc: CleanText, sentences: list[Segment], happened: Event) -> tuple[tuple[Award, ...], list[Candidate]]:
    """Every award count of the article; the same award stated twice is one entry."""
    text = doc.text
    found: list[_Found] = []
    for seg in sentences:
        inherited: tuple[str | None, str | None] | None = None
        parts_from = _PARTS.search(seg.text)
        for clause in _clauses(seg):
            a, b = clause
            counts = _counts(text, a, b)
            forms = list(_forms_re().finditer(text, a, b))
            if not counts:
                inherited = None if forms else inherited
                continue
            for c in counts:
                before = text[a : c.start]
                if _PAST_TOTAL.search(before) or _NOMINATION.search(before):
                    continue
                if parts_from and seg.start + parts_from.start() < c.start:
                    continue  # "13 đồng chí ..., trong đó có hai đồng chí ...": a part, not another award
                prior = [f for f in forms if f.end() <= c.start]
                # A form after the count is its own unless it governs a count of its own
                # ("50 gương ... và tôn vinh 77 cá nhân").
                later = [f for f in forms if f.start() >= c.end and not _GOVERNS.match(text, f.end(), b)]
                chosen = prior[-1] if prior else (later[0] if later else None)
                if chosen is not None:
                    form, form_end = _form_at(text, chosen, b)
                    by = _giver(text, clause, chosen.start(), form_end)
                elif inherited is not None:
                    form, by = inherited
                else:
                    continue
                reason_m = _REASON.search(text, c.end, b)
                reason = reason_m.group(0).strip(" ,") if reason_m else None
                if reason:
                    reason = _NEXT_COUNT.split(reason, maxsplit=1)[0]
                found.append(_Found(c.count, c.recipient, form, by, reason, c.per_award, [(c.start, c.end)]))
                inherited = (form, by)
    return tuple(_model(doc, f) for f in _dedupe(found)), []


def _dedupe(found: list[_Found]) -> list[_Found]:
    out: list[_Found] = []
    for f in found:
        key = (f.count, f.recipient, (f.form or "").casefold())
        twin = next(
            (
                o
                for o in out
                if (o.count, o.recipient, (o.form or "").casefold()) == key
                and (o.by is None or f.by is None or o.by.casefold() == f.by.casefold())
            ),
            None,
        )
        if twin is None:
            out.append(f)
        else:
            twin.spans += f.spans
            twin.reason = twin.reason or f.reason
            twin.by = twin.by or f.by
    return out


def _model(doc: CleanText, f: _Found) -> Award:
    recipient: Recipient = "collective" if f.recipient == "collective" else "individual"
    return Award(
        count=f.count,
        recipient=recipient,
        form=f.form,
        by=f.by,
        reason=f.reason,
        per_award=f.per_award,
        spans=[doc.span(a, b) for a, b in f.spans],
    )
