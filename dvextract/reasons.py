"""Candidates and the named reasons that decide them: one shape for every deciding stage.

A stage's patterns propose candidates (a person mention, a body, a count, a
date); each candidate collects small named reasons that speak for or
against it ("role verb in clause", "sent flowers", "future tense", "inside
a past total"). A reason's weight, and each field's threshold, live in one
table, ``data/reasons.tsv``, beside the words ``explain`` prints for it, so
changing a weight is a visible, reviewable edit and the explanation can
never drift from the decision: ``explain`` shows these very objects.

A stage decides in one short function: :func:`decide` sums the weights
against the field's threshold, and a stage may add an ordered rule on top
(a veto is a reason with a large negative weight).
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as _field

from . import lexicon


@dataclass(frozen=True, slots=True)
class Reason:
    """One named piece of evidence for or against a candidate, with the clean-text range of its cue."""

    name: str
    start: int = -1
    end: int = -1
    note: str = ""  # the cue's own words, when they help the reader ("gửi lẵng hoa")


@dataclass(slots=True)
class Candidate:
    """Something a stage considered: its value, where it stands, why it was kept or left out."""

    field: str  # event, meeting_date, organizer, official, award, directive ...
    text: str
    start: int
    end: int
    reasons: list[Reason] = _field(default_factory=list)
    score: float = 0.0
    kept: bool = False
    verdict: str = ""  # the stage's conclusion in words ("organiser", "left out", "past total, not an award")

    def add(self, name: str, start: int = -1, end: int = -1, note: str = "") -> Candidate:
        """Record a reason (once per name and place)."""
        reason = Reason(name, start, end, note)
        if reason not in self.reasons:
            self.reasons.append(reason)
        return self

    def has(self, name: str) -> bool:
        return any(r.name == name for r in self.reasons)


@lexicon.cached
def _table() -> dict[tuple[str, str], tuple[float, str]]:
    out: dict[tuple[str, str], tuple[float, str]] = {}
    for row in lexicon.table("reasons.tsv"):
        if len(row) < 3:
            raise ValueError(f"data/reasons.tsv: a row needs field, reason and weight: {row!r}")
        out[(row[0], row[1])] = (float(row[2]), row[3] if len(row) > 3 else row[1].replace("_", " "))
    return out


def weight(field_name: str, reason: str) -> float:
    """The weight of ``reason`` for ``field_name``; an unknown reason is a programming error."""
    try:
        return _table()[(field_name, reason)][0]
    except KeyError:
        raise KeyError(f"data/reasons.tsv has no weight for {field_name}/{reason}") from None


def threshold(field_name: str) -> float:
    """The score a candidate of ``field_name`` needs to be kept."""
    return weight(field_name, "threshold")


def says(field_name: str, reason: str) -> str:
    """The reason in the words of the grammar, for ``explain``."""
    return _table().get((field_name, reason), (0.0, reason.replace("_", " ")))[1]


def decide(c: Candidate, verdict_kept: str = "kept", verdict_left: str = "left out") -> Candidate:
    """Score ``c`` by its reasons against its field's threshold, and say what was decided."""
    c.score = round(sum(weight(c.field, r.name) for r in c.reasons), 3)
    c.kept = c.score >= threshold(c.field)
    c.verdict = verdict_kept if c.kept else verdict_left
    return c


def known(field_name: str) -> set[str]:
    """Every reason name the table defines for a field (for tests that every reason is weighted)."""
    return {r for f, r in _table() if f == field_name}
