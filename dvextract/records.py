"""The record envelope: what every batch path (Python, command line, Dask) gives per article.

One model, so a record looks the same whether it came from ``extract_many``,
``dvextract extract`` or a Dask job, and so its JSON Schema can be published
beside the report's (``dvextract schema --envelope``). A record carries the
article's id (the file path, the JSON Lines id field, or the position for a
plain string), exactly one of the report or a typed error, the version of
the extractor that made it (so an archive built over months says which
rules produced which rows), and the input fields the caller asked to keep
(``meta``: a site, a province, a URL).
"""

from __future__ import annotations

from typing import Literal, Self

from pydantic import Field, model_validator

from .models import MeetingReport, _Frozen
from .version import __version__

ErrorKind = Literal["read", "input", "extract", "worker"]

Scalar = str | int | float | bool | None


class ExtractionError(_Frozen):
    """Why an article has no report: it could not be read, was malformed, or extraction failed."""

    kind: ErrorKind = Field(
        description="read: the file or stream could not be read or decoded; input: a JSON Lines record "
        "or an item was malformed (no text field, not a date); extract: extract() raised (too long, "
        "not a str); worker: the worker process died on this article, also when retried alone."
    )
    type: str = Field(description="The exception's type, e.g. UnicodeDecodeError, ValueError.")
    message: str = Field(description="What went wrong, naming the input.")


class Record(_Frozen):
    """One article's result: its id, the report or the error, the extractor's version, kept input fields."""

    id: str = Field(description="The article's id: its file path, its JSON Lines id, or its position ('0', '1' ...).")
    version: str = Field(default=__version__, description="The dvextract version that made this record.")
    meta: dict[str, Scalar] = Field(
        default_factory=dict,
        description="Input fields kept beside the record (--meta-field): site, province, URL ...; "
        "values that are not scalars are kept as JSON text.",
    )
    report: MeetingReport | None = Field(None, description="What was found; null when error is set.")
    error: ExtractionError | None = Field(None, description="Why there is no report; null when report is set.")

    @model_validator(mode="after")
    def _one_of(self) -> Self:
        if (self.report is None) == (self.error is None):
            raise ValueError("a record holds exactly one of report and error")
        return self

    @property
    def ok(self) -> bool:
        """True when the record holds a report."""
        return self.report is not None

    def __hash__(self) -> int:
        # meta is a dict (JSON object); hash its items so a record can still key a dict.
        return hash(
            (type(self).__name__, self.id, self.version, tuple(sorted(self.meta.items())), self.report, self.error)
        )
