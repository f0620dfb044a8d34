"""Why each value was found or left out: the stages' own candidates and reasons, in words.

``explain`` runs the very pipeline ``extract`` runs (:func:`dvextract.pipeline.run`)
and shows what each stage considered: the article-level event decision,
then per field every candidate with the named reasons that spoke for or
against it, its score and the verdict ("Lê Văn An: titled, no role verb in
its clause, not placed at the event → left out"). There is no second
implementation to drift from the first; the words come from
``data/reasons.tsv`` beside the weights that decided.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .models import MeetingReport
from .pipeline import Extractor, Run
from .reasons import Candidate, says, threshold

FIELDS = ("event", "meeting_date", "organizer", "official", "directive", "award")
_HEADINGS = {
    "event": "Event: does the article report a civic event?",
    "meeting_date": "Meeting date: the date mentions considered",
    "organizer": "Organiser: the bodies considered",
    "official": "Officials: the named people considered",
    "directive": "Directives: the document references considered",
    "award": "Awards: the counts considered",
}


@dataclass(frozen=True, slots=True)
class Explanation:
    """The report and, per field, the candidates its stages considered."""

    report: MeetingReport
    candidates: tuple[Candidate, ...]

    def of(self, field: str) -> list[Candidate]:
        """The candidates of one field, in text order."""
        return sorted((c for c in self.candidates if c.field == field), key=lambda c: (c.start, c.end))

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: per field, each candidate with its reasons in words and weights."""
        out: dict[str, Any] = {}
        for field in _fields(self.candidates):
            out[field] = [
                {
                    "text": c.text,
                    "start": c.start,
                    "end": c.end,
                    "kept": c.kept,
                    "verdict": c.verdict,
                    "score": c.score,
                    "reasons": [
                        {"name": r.name, "says": says(c.field, r.name), "cue": r.note or None} for r in c.reasons
                    ],
                }
                for c in self.of(field)
            ]
        return out

    def format(self, fields: tuple[str, ...] | None = None) -> str:
        """A plain-text account, one block per field."""
        blocks = []
        for field in fields or _fields(self.candidates):
            cands = self.of(field)
            lines = [_HEADINGS.get(field, field)]
            if not cands:
                lines.append("  (no candidate)")
            for c in cands:
                lines.append("  " + line(c))
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)


def line(c: Candidate) -> str:
    """One candidate in the words of the grammar: its text, its reasons, what was decided."""
    reasons = ", ".join(_reason_words(c.field, r.name, r.note) for r in c.reasons) or "no reason for it"
    score = ""
    try:
        score = f", score {c.score:g} (needs {threshold(c.field):g})"
    except KeyError:  # a field decided by an ordered rule list, not a sum
        pass
    return f"{c.text}: {reasons} → {c.verdict or ('kept' if c.kept else 'left out')}{score}"


def _reason_words(field: str, name: str, note: str) -> str:
    words = says(field, name)
    return f"{words} ('{note}')" if note else words


def _fields(candidates: tuple[Candidate, ...]) -> tuple[str, ...]:
    present = {c.field for c in candidates}
    return tuple(f for f in FIELDS if f in present) + tuple(sorted(present - set(FIELDS)))


def explain(
    text: str,
    *,
    published: date | None = None,
    extra_lexicon: str | Path | None = None,
    max_chars: int | None = None,
) -> Explanation:
    """What ``extract(text)`` returns, and why: every candidate each stage considered."""
    from .pipeline import DEFAULT_MAX_CHARS

    done: Run = Extractor(extra_lexicon).run(
        text, published=published, max_chars=DEFAULT_MAX_CHARS if max_chars is None else max_chars
    )
    return Explanation(done.report, done.candidates)


def to_json(e: Explanation) -> str:
    """The explanation and the report as one JSON document."""
    return json.dumps(
        {"report": e.report.model_dump(mode="json"), "candidates": e.as_dict()}, ensure_ascii=False, indent=2
    )
