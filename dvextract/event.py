"""The event first: does the article report a civic event, and where is it told?

One decision per article, read by every stage (design.md, "The event
first"): officials, organiser, meeting date and awards are facts *of the
reported event*, so an article that reports none (a police story, a
shareholders' meeting, a press conference, a list of appointments) gets
empty fields, not guesses (annotation guide). The decision is a candidate
with named reasons weighed by ``data/reasons.tsv``, from cues matched as
written, never case-blind ("xã Cổ Đông" is a place, "cổ đông" are
shareholders), with evidence from the whole article:

* for: an event noun in the lead or the headline (``data/event_nouns.txt``),
  the lead's date, an event predicate beside the noun, a presiding verb or a
  statement of awards anywhere (awards are evidence of an event too: an
  excerpt may start at "Dịp này, ... tặng Bằng khen 14 tập thể");
* against: the lead's event is a press conference or a company meeting
  (``data/not_civic.txt``).

The lead is the sentence that tells the main event: the sentence of the
main date when it names an event, else the first early sentence that does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from . import lexicon
from .reasons import Candidate, decide, weight
from .segment import Segment

FIELD = "event"
LEAD_SENTENCES = 6  # where a news lead tells its event: the first sentences after the headline ...
LEAD_CHARS = 1000  # ... or its first thousand characters, when the sentences are short (captions, dates)


@dataclass(frozen=True, slots=True)
class Event:
    """The article-level decision every stage reads."""

    civic: bool
    lead: Segment | None  # the sentence telling the main event
    candidate: Candidate  # the decision with its reasons (what ``explain`` shows)


@lexicon.cached
def _nouns() -> regex.Pattern[str]:
    return lexicon.pattern("event_nouns.txt")


@lexicon.cached
def _not_events() -> regex.Pattern[str]:
    return lexicon.pattern("not_events.txt")


@lexicon.cached
def _not_civic() -> regex.Pattern[str]:
    return lexicon.pattern("not_civic.txt")


@lexicon.cached
def predicates() -> regex.Pattern[str]:
    """The event predicates of leads (tổ chức, khai mạc, họp ...), shared with the organiser stage."""
    return lexicon.pattern("event_predicates.txt")


_PRESIDING = regex.compile(r"(?<![\p{L}])(?:[Cc]hủ trì|[Đđ]ồng chủ trì|[Cc]hủ tọa|[Đđ]iều hành)(?![\p{L}])")
# "Dự hội nghị có đồng chí ...", "Tham dự có ...", "đến dự có các ông ...": a cast attends an event.
_ATTENDANCE = regex.compile(
    r"(?<![\p{L}])(?:[Tt]ham dự|[Đđ]ến dự|[Vv]ề dự|[Cc]ùng dự|[Dd]ự)(?: [^.,;:\n]{0,60})?,? (?:còn )?có"
    r"(?: sự tham dự của)? (?:các |đồng chí|ông|bà|lãnh đạo|đại diện|\p{Lu})"
)
_AWARD_STATEMENT = regex.compile(
    r"(?<![\p{L}])(?:[Bb]ằng khen|[Gg]iấy khen|[Hh]uân chương|[Cc]ờ thi đua|[Kk]ỷ niệm chương|[Kk]hen thưởng|"
    r"[Tt]uyên dương|[Bb]iểu dương)(?![\p{L}])[^.;\n]{0,160}?(?<![\p{L}\d])\d{1,4}\s+(?:tập thể|cá nhân|đơn vị)"
)

# Plain tests first: the patterns above are slow to scan a whole article with, so each
# is tried only where the text holds what it cannot match without.
_PRESIDING_KEYS = ("hủ trì", "hủ tọa", "iều hành")  # any case of the first letter
_ATTENDANCE_KEYS = ("dự", "Dự")
_ATTENDANCE_BACK = len("Tham ")  # the longest opener before "dự"
_COUNTED = re.compile(r"\d\s+(?:tập thể|cá nhân|đơn vị)")  # what an award statement counts


def _first_of(text: str, keys: tuple[str, ...]) -> int:
    """Where the first of ``keys`` occurs in ``text``, or -1."""
    found = [i for i in (text.find(k) for k in keys) if i >= 0]
    return min(found) if found else -1


def event_nouns(text: str, start: int, end: int) -> list[regex.Match[str]]:
    """Event nouns in ``text[start:end]`` that are not part of a phrase naming no event ("lễ hội")."""
    blocked = [m.span() for m in _not_events().finditer(text, start, end)]
    return [m for m in _nouns().finditer(text, start, end) if not any(a <= m.start() < b for a, b in blocked)]


def decide_event(
    text: str,
    sentences: list[Segment],
    headline: Segment | None,
    date_at: int | None,
    award_at: tuple[int, int, str] | None = None,
) -> Event:
    """Whether ``text`` reports a civic event, and its lead sentence.

    ``award_at`` is the first award the awards grammar keeps (start, end,
    words), when the caller has read them: an award stated in any order
    ("14 đảng viên được trao Huy hiệu Đảng") is evidence of an event too.

    ``date_at`` is the clean-text offset of the main date's mention (the
    dates stage's answer), or None.
    """
    seen: dict[tuple[int, int], list[regex.Match[str]]] = {}

    def nouns_of(seg: Segment) -> list[regex.Match[str]]:  # each sentence is read once
        key = (seg.start, seg.end)
        if key not in seen:
            seen[key] = event_nouns(text, seg.start, seg.end)
        return seen[key]

    early = [
        s
        for k, s in enumerate(sentences)
        if (k <= LEAD_SENTENCES or s.start < LEAD_CHARS)
        and (headline is None or not headline.start <= s.start < headline.end)
    ]
    lead = None
    if date_at is not None:
        dated = next((s for s in sentences if s.start <= date_at < s.end + 1), None)
        if dated is not None and (nouns_of(dated) or predicates().search(text, dated.start, dated.end)):
            lead = dated
    if lead is None:
        lead = next((s for s in early if nouns_of(s)), None)
    where = lead or (early[0] if early else None)
    c = Candidate(FIELD, where.text[:120] if where else "", where.start if where else 0, where.end if where else 0)

    for seg, reason in ((lead, "event_noun_in_lead"), (headline, "event_noun_in_headline")):
        if seg is None:
            continue
        nouns = nouns_of(seg)
        if nouns:
            c.add(reason, nouns[0].start(), nouns[0].end(), nouns[0].group(0))
    if lead is not None:
        p = predicates().search(text, lead.start, lead.end)
        if p:
            c.add("event_predicate_in_lead", p.start(), p.end(), p.group(0))
        if date_at is not None and lead.start <= date_at < lead.end:
            c.add("dated_lead", date_at, date_at + 1)
    if not c.has("event_noun_in_lead"):
        noun = next((n for s in early for n in nouns_of(s)), None)
        if noun is not None:
            c.add("event_noun_early", noun.start(), noun.end(), noun.group(0))
    for seg in [s for s in (headline, lead) if s is not None]:
        bad = _not_civic().search(text, seg.start, seg.end)
        if bad:
            c.add("not_civic_event", bad.start(), bad.end(), bad.group(0))
    presiding = _PRESIDING.search(text) if any(w in text for w in _PRESIDING_KEYS) else None
    if presiding:
        c.add("presiding_verb", presiding.start(), presiding.end(), presiding.group(0))
    first = _first_of(text, _ATTENDANCE_KEYS)
    attended = _ATTENDANCE.search(text, max(0, first - _ATTENDANCE_BACK)) if first >= 0 else None
    if attended:
        c.add("attendance_statement", attended.start(), attended.end(), attended.group(0)[:60])
    award = _AWARD_STATEMENT.search(text) if _COUNTED.search(text) else None
    if award:
        c.add("award_statement", award.start(), award.end(), award.group(0)[:60])
    elif award_at is not None:
        c.add("award_statement", award_at[0], award_at[1], award_at[2][:60])
    decide(c, "reports a civic event", "reports no civic event")
    if c.kept and lead is None:
        # No early sentence names the event (an excerpt that opens with its awards): the
        # sentence of the first cue for it tells it.
        cue = min((r.start for r in c.reasons if r.start >= 0 and weight(FIELD, r.name) > 0), default=None)
        lead = next((s for s in sentences if cue is not None and s.start <= cue < s.end), None)
    return Event(c.kept, lead if c.kept else None, c)
