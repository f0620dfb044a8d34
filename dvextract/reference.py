"""The field reference, generated from the models so it cannot drift from them."""

from __future__ import annotations

import json

from pydantic import BaseModel

from .models import Award, Directive, Evidence, MeetingReport, Official, Organizer, Span
from .records import ExtractionError, Record

MODELS: tuple[type[BaseModel], ...] = (
    MeetingReport,
    Organizer,
    Official,
    Directive,
    Award,
    Span,
    Evidence,
    Record,
    ExtractionError,
)


def _type(annotation: object) -> str:
    text = str(annotation).replace("typing.", "").replace("datetime.", "").replace("dvextract.models.", "")
    return text.replace("<class '", "").replace("'>", "")


def markdown() -> str:
    """docs/fields.md: every model, every field, its type and what it means."""
    out = [
        "# Field reference",
        "",
        "Generated from the pydantic models by `dvextract schema --markdown`; the JSON Schema is",
        "`dvextract schema` (or `MeetingReport.model_json_schema()`); the record envelope's,",
        "`dvextract schema --envelope` (or `Record.model_json_schema()`). All models are frozen.",
        "",
    ]
    for model in MODELS:
        out += [f"## {model.__name__}", "", (model.__doc__ or "").strip().splitlines()[0], ""]
        out += ["| field | type | meaning |", "|---|---|---|"]
        for name, info in model.model_fields.items():
            desc = (info.description or "").replace("|", "\\|")
            kind = _type(info.annotation).replace("|", "\\|")
            out.append(f"| `{name}` | `{kind}` | {desc} |")
        out.append("")
    out += [
        "## JSON Schema of MeetingReport",
        "",
        "```json",
        json.dumps(MeetingReport.model_json_schema(), ensure_ascii=False, indent=1),
        "```",
        "",
        "## JSON Schema of Record (the envelope of every batch path)",
        "",
        "Its `report` is the MeetingReport above (`$defs` shortened to a reference here).",
        "",
        "```json",
        json.dumps(_envelope_schema(), ensure_ascii=False, indent=1),
        "```",
        "",
    ]
    return "\n".join(out)


def _envelope_schema() -> dict[str, object]:
    """Record's JSON Schema with the report's definitions left to the section above."""
    schema = Record.model_json_schema()
    keep = {"ExtractionError"}
    schema["$defs"] = {k: v for k, v in schema.get("$defs", {}).items() if k in keep}
    return schema
