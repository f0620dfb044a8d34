"""The pipeline, top to bottom: clean, segment, then one stage per field.

Every stage is a pure function over the clean text and its segments that
returns clean-text ranges; this module alone turns ranges into evidence
spans on the caller's input and values into the pydantic report.
"""

from __future__ import annotations

import bisect
from datetime import date

from . import awards, dates, directives, merge, meta, officials, organizer, segment
from .clean import CleanText, clean
from .models import Evidence, MeetingReport, Organizer, Span

DEFAULT_MAX_CHARS = 1_000_000


def extract(
    text: str,
    *,
    published: date | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    split_long: bool = False,
) -> MeetingReport:
    """Read one Vietnamese meeting report and return what it says, with evidence.

    ``published`` is the page's date when the caller knows it; the date line
    printed in the text wins over it. ``max_chars`` bounds the input (None:
    no bound); longer input raises ``ValueError`` naming the limit, unless
    ``split_long`` asks for it to be read in pieces of at most ``max_chars``
    (cut at paragraph ends) whose records are merged, spans still indexing
    the whole text.
    """
    if split_long and isinstance(text, str) and max_chars is not None and len(text) > max_chars:
        _check("", published, None)
        return merge.pieces(text, max_chars, lambda piece: extract(piece, published=published, max_chars=None))
    _check(text, published, max_chars)
    doc = clean(text)
    if not doc.text.strip():
        empty = MeetingReport()
        empty._source = text
        return empty
    lines = segment.lines(doc.text)
    sentences = segment.sentences(doc.text)

    header = dates.find_published(doc.text)
    page_date = header.value if header else published
    mentions = [m for m in dates.find_dates(doc.text) if not (header and header.start <= m.start < header.end)]
    when = _meeting_date(doc.text, sentences, mentions)
    opening = " ".join(s.text for s in sentences[:3])
    if when is not None:
        opening += " " + (_sentence_at(sentences, when.start) or sentences[0]).text
    civic = not meta.not_civic(opening)
    if not civic:
        when = None
    meeting_day, lead = None, None
    if when is not None:
        meeting_day, _ = dates.resolve_year(when, page_date, doc.text, mentions)
        lead = _sentence_at(sentences, when.start)
    body = organizer.find(doc.text, sentences, when.start if when else None) if civic else None

    title = meta.headline(lines, (header.start, header.end) if header else None)
    author = meta.byline(lines)
    place = meta.location(lead)
    kind = meta.meeting_kind(lead)
    reviewed = meta.period(lead)

    event = civic and (body is not None or meta.reports_event(doc.text))
    people = officials.find(doc, sentences, author) if event else []
    documents = directives.find(doc, sentences)
    prizes = awards.find(doc, sentences) if event else []

    report = MeetingReport(
        title=_value(title),
        author=_value(author),
        published=page_date,
        meeting_date=meeting_day,
        time_of_day=when.time_of_day if when and meeting_day else None,  # type: ignore[arg-type]
        location=_value(place),
        meeting_kind=_value(kind, lower=True),
        period=_value(reviewed),
        organizer=Organizer(name=body.name, spans=[doc.span(body.start, body.end)]) if body else None,
        officials=people,
        directives=documents,
        awards=prizes,
        evidence=Evidence(
            title=_span(doc, title),
            author=_span(doc, author),
            published=doc.span(header.start, header.end) if header else None,
            meeting_date=doc.span(when.cue_start, when.end) if when and meeting_day else None,
            location=_span(doc, place),
            meeting_kind=_span(doc, kind),
            period=_span(doc, reviewed),
        ),
    )
    report._source = text
    return report


def _check(text: object, published: object, max_chars: int | None) -> None:
    """The input policy: a str, under the size limit, with a date or None beside it."""
    if isinstance(text, bytes | bytearray):
        raise TypeError("extract() expects str, got bytes: decode it first (e.g. data.decode('utf-8'))")
    if not isinstance(text, str):
        raise TypeError(f"extract() expects the article as str, got {type(text).__name__}")
    if published is not None and not isinstance(published, date):
        raise TypeError(f"published must be a datetime.date or None, got {type(published).__name__}")
    if max_chars is not None and len(text) > max_chars:
        raise ValueError(
            f"input has {len(text):,} characters, over the limit of {max_chars:,} "
            "(pass max_chars=None to lift it, or split the text)"
        )


def _meeting_date(
    text: str, sentences: list[segment.Segment], mentions: list[dates.DateMention]
) -> dates.DateMention | None:
    """The best-scored date among the candidates: cue, sentence, position (Giveme5W1H)."""
    best, best_score = None, 2.5
    rank = 0
    # The inverted pyramid: the main meeting is dated in the article's first part.
    horizon = max(len(text) * 0.4, sentences[min(5, len(sentences) - 1)].end if sentences else 0)
    for m in mentions:
        if m.kind not in ("event", "plain") or m.start > horizon:
            continue
        s = dates.score(m, text, _sentence_at(sentences, m.start), rank)
        rank += 1
        if s > best_score:
            best, best_score = m, s
    return best


def _sentence_at(sentences: list[segment.Segment], pos: int) -> segment.Segment | None:
    """The sentence holding clean-text offset ``pos`` (sentences are in order): a binary search."""
    i = bisect.bisect_right(sentences, pos, key=lambda s: s.start) - 1
    if i >= 0 and sentences[i].start <= pos < sentences[i].end:
        return sentences[i]
    return None


def _value(seg: segment.Segment | None, lower: bool = False) -> str | None:
    if seg is None:
        return None
    return seg.text.lower() if lower else seg.text


def _span(doc: CleanText, seg: segment.Segment | None) -> Span | None:
    return doc.span(seg.start, seg.end) if seg else None
