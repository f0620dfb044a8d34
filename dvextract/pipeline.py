"""The pipeline, top to bottom: clean, segment, the event decision, then one stage per field.

Every stage is a pure function over the clean text and its segments that
returns clean-text ranges and the candidates it considered (with their
named reasons, :mod:`dvextract.reasons`); this module alone turns ranges
into evidence spans on the caller's input and values into the pydantic
report. :func:`run` keeps the candidates for ``explain``; :func:`extract`
drops them, so explaining costs nothing when nobody asks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from . import awards, dates, directives, event, lexicon, merge, meta, officials, organizer, segment
from .clean import CleanText, clean
from .models import Evidence, MeetingReport, Organizer, Span
from .published import Published, find_published
from .reasons import Candidate

DEFAULT_MAX_CHARS = 1_000_000


@dataclass(frozen=True, slots=True)
class Run:
    """One article's report, and what the stages considered on the way to it."""

    report: MeetingReport
    doc: CleanText
    event: event.Event
    candidates: tuple[Candidate, ...]


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
    return run(text, published=published, max_chars=max_chars).report


def run(text: str, *, published: date | None = None, max_chars: int | None = DEFAULT_MAX_CHARS) -> Run:
    """The whole pipeline over one article: the report and every candidate considered."""
    _check(text, published, max_chars)
    doc = clean(text)
    lines = segment.lines(doc.text)
    sentences = segment.sentences(doc.text)

    header = find_published(doc.text, doc.raw)
    page_date = header.value if header else published
    line = (header.start, header.end) if header and not header.in_raw else None
    title = meta.headline(lines, line)
    author = meta.byline(lines)
    mentions = [m for m in dates.find_dates(doc.text) if not (line and line[0] <= m.start < line[1])]
    when, day, date_seen = dates.meeting_date(doc.text, sentences, mentions, page_date, title)

    # Awards are read before the event is decided: a stated award is evidence of an event too.
    prizes, awards_seen = awards.find(doc, sentences)
    happened = event.decide_event(
        doc.text, sentences, title, when.start if when else None, awards.statement(awards_seen)
    )
    civic = happened.civic
    lead = happened.lead
    body, organizer_seen = organizer.find(doc.text, sentences, happened, title) if civic else (None, [])
    people, officials_seen = officials.find(doc, sentences, author, happened, title) if civic else ((), [])
    documents, directives_seen = directives.find(doc, sentences)
    if not civic:
        day = None
        prizes, awards_seen = (), []

    place = meta.location(lead)
    kind = meta.meeting_kind(lead)
    reviewed = meta.period(lead)
    report = MeetingReport(
        title=_value(title),
        author=_value(author),
        published=page_date,
        meeting_date=day.day if day else None,
        meeting_end=day.end if day else None,
        date_basis=day.basis if day else None,
        time_of_day=day.mention.time_of_day if day else None,  # type: ignore[arg-type]
        location=_value(place),
        meeting_kind=_value(kind, lower=True),
        period=_value(reviewed),
        organizer=Organizer(name=body.name, spans=(doc.span(body.start, body.end),)) if body else None,
        officials=people,
        directives=documents,
        awards=prizes,
        evidence=Evidence(
            title=_span(doc, title),
            author=_span(doc, author),
            published=_published_span(doc, header),
            meeting_date=doc.span(day.mention.cue_start, day.mention.end) if day else None,
            location=_span(doc, place),
            meeting_kind=_span(doc, kind),
            period=_span(doc, reviewed),
        ),
    )
    report._source = text
    seen = [happened.candidate, *date_seen, *organizer_seen, *officials_seen, *directives_seen, *awards_seen]
    return Run(report, doc, happened, tuple(seen))


class Extractor:
    """``extract`` with the user's own vocabulary added to the package's (``lexicon.overlay``).

    ``Extractor(extra_lexicon="my-words/")`` reads files named like the
    package's data files (``surnames.txt``, ``title_heads.txt``,
    ``bodies.txt``, ``roles.tsv`` ...) from that folder; their lines are
    added to the installed vocabulary for this extractor's calls only.
    """

    def __init__(self, extra_lexicon: str | Path | None = None) -> None:
        self.extra_lexicon = lexicon.check_overlay(extra_lexicon) if extra_lexicon is not None else None

    def extract(self, text: str, **options: object) -> MeetingReport:
        with lexicon.overlay(self.extra_lexicon):
            return extract(text, **options)  # type: ignore[arg-type]

    def run(self, text: str, **options: object) -> Run:
        with lexicon.overlay(self.extra_lexicon):
            return run(text, **options)  # type: ignore[arg-type]


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


def _value(seg: segment.Segment | None, lower: bool = False) -> str | None:
    if seg is None:
        return None
    return seg.text.lower() if lower else seg.text


def _published_span(doc: CleanText, header: Published | None) -> Span | None:
    """The date line's span, or the metadata value's own characters in the raw input."""
    if header is None:
        return None
    if header.in_raw:
        return Span(start=header.start, end=header.end, text=doc.raw[header.start : header.end])
    return doc.span(header.start, header.end)


def _span(doc: CleanText, seg: segment.Segment | None) -> Span | None:
    return doc.span(seg.start, seg.end) if seg else None
