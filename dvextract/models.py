"""The result types: what a meeting report holds, field by field.

Every model is an immutable pydantic v2 model: frozen fields, tuples for
sequences, equality and hashing on values only, and a JSON round trip that
gives an equal model back. Values are normalised (NFC,
new-style tone marks, single spaces); evidence is kept apart from values as
:class:`Span` objects whose offsets index the caller's *own* input string, so
``text[span.start:span.end] == span.text`` always holds, whatever cleaning
the pipeline did on the way (see :mod:`dvextract.clean`).
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

Role = Literal["presiding", "attending", "speaking", "awarding"]
Recipient = Literal["collective", "individual"]
TimeOfDay = Literal["sáng", "trưa", "chiều", "tối", "đêm"]
DateBasis = Literal["written", "published", "clue", "relative"]


class _Frozen(BaseModel):
    """Immutable, value-compared, hashable: a record that can key a dict or sit in a set."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    def __eq__(self, other: object) -> bool:
        # Values only: a private attribute (the report's source text) is not part of a record.
        if not isinstance(other, BaseModel) or type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash((type(self).__name__, *self.__dict__.values()))


class Span(_Frozen):
    """Where a value came from: ``text[start:end] == text`` in the caller's input."""

    start: int = Field(ge=0, description="Start offset (inclusive) in the caller's input string.")
    end: int = Field(ge=0, description="End offset (exclusive) in the caller's input string.")
    text: str = Field(description="The input's own characters between start and end.")


class Evidence(_Frozen):
    """Spans for the report's scalar fields (the nested records carry their own)."""

    title: Span | None = Field(None, description="The headline line.")
    author: Span | None = Field(None, description="The byline.")
    published: Span | None = Field(None, description="The page's date line.")
    meeting_date: Span | None = Field(None, description="The day-month expression of the meeting.")
    time_of_day: Span | None = Field(None, description="The sáng/chiều/tối word before the date.")
    location: Span | None = Field(None, description="The 'tại ...' phrase of the meeting.")
    meeting_kind: Span | None = Field(None, description="The words naming the kind of meeting.")
    period: Span | None = Field(None, description="The period the meeting reviews.")


class Organizer(_Frozen):
    """The body that held the meeting, as the sentence reporting it names it."""

    name: str = Field(description="The body's name as written (NFC, single-spaced).")
    spans: tuple[Span, ...] = Field(default_factory=tuple, description="Where the name was found.")


class Official(_Frozen):
    """A named person the article presents in an official capacity at the event."""

    name: str = Field(description="Full personal name, without honorifics or titles.")
    titles: tuple[str, ...] = Field(
        default_factory=tuple, description="Each distinct position as written, in order seen."
    )
    roles: tuple[Role, ...] = Field(
        default_factory=tuple,
        description="presiding (chủ trì, điều hành), attending (dự, tham dự, đến dự, có mặt), "
        "speaking (phát biểu, kết luận, báo cáo, trình bày, chỉ đạo), awarding (trao, tặng).",
    )
    spans: tuple[Span, ...] = Field(default_factory=tuple, description="Every mention of the name.")
    title_spans: tuple[Span, ...] = Field(default_factory=tuple, description="Where each title was written.")


class Directive(_Frozen):
    """A specific document, law or programme the article refers to."""

    kind: str = Field(description="Document type as a word: Chỉ thị, Nghị quyết, Luật ...")
    number: str | None = Field(None, description="The number as written ('19', '06'); null if none.")
    symbol: str | None = Field(None, description="What follows the number, year removed ('CT/TU', 'NĐ-CP').")
    year: int | None = Field(None, description="Year of an unnumbered law or of a state number that carries one.")
    name: str | None = Field(None, description="Naming words of an unnumbered reference.")
    issued: date | None = Field(None, description="The document's own date, when given.")
    issuer: str | None = Field(None, description="The issuing body, when given ('Bộ Chính trị').")
    subject: str | None = Field(None, description="What it is about: the words after 'về'.")
    key: str = Field(description="Canonical key: one per document, stable across mentions.")
    spans: tuple[Span, ...] = Field(default_factory=tuple, description="Every mention of the document.")


class Award(_Frozen):
    """One count of award recipients ('10 tập thể' in 'khen thưởng 10 tập thể, 6 cá nhân')."""

    count: int = Field(ge=0, description="How many recipients, also when written in words.")
    recipient: Recipient = Field(description="collective (tập thể, đơn vị ...) or individual.")
    form: str | None = Field(None, description="The award as written: bằng khen, giấy khen ...")
    by: str | None = Field(None, description="The awarding body, when the article says it.")
    reason: str | None = Field(None, description="What it rewards ('có thành tích ...').")
    per_award: bool = Field(False, description="True when the count is of awards ('lượt'), not of recipients.")
    spans: tuple[Span, ...] = Field(default_factory=tuple, description="Every statement of this award.")


class MeetingReport(_Frozen):
    """Everything dvextract found in one article. Unknown values are null, absent lists []."""

    title: str | None = Field(None, description="The headline.")
    author: str | None = Field(None, description="The byline author (not an official).")
    published: date | None = Field(None, description="The page's own date.")
    meeting_date: date | None = Field(None, description="The day the main meeting took place (its first day).")
    meeting_end: date | None = Field(
        None, description="The last day of a meeting held over several days ('từ 14 đến 16/3'); null for one day."
    )
    date_basis: DateBasis | None = Field(
        None,
        description="Where the meeting date's year came from: written beside it, the page's date, "
        "the article's clues, or a relative expression ('hôm qua') resolved against the page's date.",
    )
    time_of_day: TimeOfDay | None = Field(None, description="sáng, trưa, chiều, tối or đêm.")
    location: str | None = Field(None, description="Where it was held ('Bình Liêu').")
    meeting_kind: str | None = Field(None, description="hội nghị tổng kết, sơ kết, giao ban, kỳ họp, đại hội ...")
    period: str | None = Field(None, description="The period reviewed ('năm 2019').")
    organizer: Organizer | None = Field(None, description="The body that held the meeting.")
    officials: tuple[Official, ...] = Field(
        default_factory=tuple, description="Everyone presented in an official capacity at the event."
    )
    directives: tuple[Directive, ...] = Field(
        default_factory=tuple, description="Every specific document cited, one entry per document."
    )
    awards: tuple[Award, ...] = Field(default_factory=tuple, description="Every count of award recipients.")
    evidence: Evidence = Field(default_factory=Evidence, description="Spans of scalar fields.")
    _source: str | None = PrivateAttr(default=None)  # the caller's text, kept for the views

    def to_html(self, text: str | None = None, lang: str = "vi") -> str:
        """A self-contained review page: the article with every span marked, the record as linked tables.

        ``lang`` is "vi" or "en", the language of the page's labels.
        """
        from .view import to_html

        return to_html(self, self._text(text), lang)

    def to_displacy(self, text: str | None = None) -> dict[str, Any]:
        """The ``{"text", "ents"}`` dict spaCy's displaCy renders in manual mode.

        ``dvextract.view.displacy_options()`` gives displaCy the review page's colours.
        """
        from .view import to_displacy

        return to_displacy(self, self._text(text))

    def _text(self, text: str | None) -> str:
        if text is not None:
            return text
        if self._source is None:
            raise ValueError("this report does not hold its article: pass the text extract() read")
        return self._source

    def spans(self) -> list[tuple[str, Span]]:
        """Every evidence span in the report, labelled by the field it supports."""
        out: list[tuple[str, Span]] = []
        for name, span in self.evidence:
            if span is not None:
                out.append((name, span))
        if self.organizer:
            out += [("organizer", s) for s in self.organizer.spans]
        for o in self.officials:
            out += [("official", s) for s in o.spans]
            out += [("official_title", s) for s in o.title_spans]
        for d in self.directives:
            out += [("directive", s) for s in d.spans]
        for a in self.awards:
            out += [("award", s) for s in a.spans]
        return out
