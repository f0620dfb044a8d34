"""The input policy: wrong types, empty text, size limits."""

from __future__ import annotations

import pytest

from dvextract import MeetingReport, extract


@pytest.mark.parametrize("bad", [None, 123, 4.5, ["a"], {"text": "x"}])
def test_non_str_raises_type_error_naming_str(bad: object) -> None:
    with pytest.raises(TypeError, match="expects the article as str"):
        extract(bad)  # type: ignore[arg-type]


def test_bytes_say_decode_first() -> None:
    with pytest.raises(TypeError, match="decode it first"):
        extract("Chiều 13/1".encode())  # type: ignore[arg-type]


def test_published_must_be_a_date() -> None:
    with pytest.raises(TypeError, match=r"published must be a datetime\.date"):
        extract("Chiều 13/1", published="2020-01-14")  # type: ignore[arg-type]


@pytest.mark.parametrize("blank", ["", " ", "\n\n\t ", "\u200b\ufeff"])
def test_empty_and_blank_text_give_an_empty_report(blank: str) -> None:
    report = extract(blank)
    assert report.model_dump() == MeetingReport().model_dump()
    assert report.officials == () and report.meeting_date is None


def test_over_the_limit_raises_value_error_naming_it() -> None:
    with pytest.raises(ValueError, match="over the limit of 1,000"):
        extract("x" * 1001, max_chars=1000)


def test_limit_can_be_lifted() -> None:
    assert extract("x" * 1001, max_chars=None).meeting_date is None


def test_package_docstring_example_runs() -> None:
    import doctest

    import dvextract

    result = doctest.testmod(dvextract)
    assert result.attempted >= 3 and result.failed == 0
