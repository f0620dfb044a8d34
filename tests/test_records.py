"""Models keep their promises, and the record envelope is one model for every path."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from dvextract import ExtractionError, MeetingReport, Record, __version__, extract
from tests.conftest import SEEDS

TEXT = (SEEDS / "seed-002.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def report() -> MeetingReport:
    return extract(TEXT)


def test_sequences_are_tuples_and_cannot_grow(report: MeetingReport) -> None:
    assert isinstance(report.officials, tuple) and isinstance(report.officials[0].titles, tuple)
    with pytest.raises(AttributeError):
        report.officials.append(1)  # type: ignore[attr-defined]
    with pytest.raises(ValidationError):
        report.title = "changed"  # type: ignore[misc]


def test_reports_hash_and_compare_on_values(report: MeetingReport) -> None:
    again = extract(TEXT)
    assert report == again and hash(report) == hash(again)
    assert len({report, again, extract((SEEDS / "seed-000.txt").read_text(encoding="utf-8"))}) == 2
    # The hidden source text is not part of the value: a trailing space changes nothing found.
    assert extract(TEXT) == extract(TEXT + " ")


def test_json_round_trip_is_equal(report: MeetingReport) -> None:
    loaded = MeetingReport.model_validate_json(report.model_dump_json())
    assert loaded == report
    assert loaded.officials[0].name == "Lê Thị Kim Hồng"


def test_a_report_loaded_from_json_draws_with_the_text(report: MeetingReport) -> None:
    loaded = MeetingReport.model_validate_json(report.model_dump_json())
    with pytest.raises(ValueError, match="pass the text"):
        loaded.to_html()
    page = loaded.to_html(text=TEXT)
    assert "Lê Thị Kim Hồng" in page and page.count("<mark") == len(report.spans())


def test_a_record_holds_exactly_one_of_report_and_error(report: MeetingReport) -> None:
    err = ExtractionError(kind="read", type="ValueError", message="a.txt: not UTF-8 text")
    with pytest.raises(ValidationError, match="exactly one"):
        Record(id="a")
    with pytest.raises(ValidationError, match="exactly one"):
        Record(id="a", report=report, error=err)
    ok, bad = Record(id="a", report=report), Record(id="b", error=err)
    assert ok.ok and not bad.ok and ok.version == __version__


def test_records_round_trip_and_hash_with_meta(report: MeetingReport) -> None:
    record = Record(id="x/1", report=report, meta={"province": "Hà Nội", "rank": 3, "score": None})
    dumped = record.model_dump_json()
    assert list(json.loads(dumped)) == ["id", "version", "meta", "report", "error"]
    back = Record.model_validate_json(dumped)
    assert back == record and hash(back) == hash(record)
    assert {record: 1}[back] == 1


def test_meta_takes_scalars_only(report: MeetingReport) -> None:
    with pytest.raises(ValidationError):
        Record(id="a", report=report, meta={"tags": ["a", "b"]})  # type: ignore[dict-item]


def test_envelope_schema_names_every_field() -> None:
    schema = Record.model_json_schema()
    assert set(schema["properties"]) == {"id", "version", "meta", "report", "error"}
    kinds = schema["$defs"]["ExtractionError"]["properties"]["kind"]["enum"]
    assert kinds == ["read", "input", "extract", "worker"]
