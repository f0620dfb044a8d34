"""The evidence promise: every span indexes the caller's own string, on every fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from dvextract import extract
from dvextract.clean import _OLD_TONE, clean
from tests.conftest import fixture_texts
from tests.helpers import VARIANTS, to_old_tone


def _check_spans(text: str) -> int:
    report = extract(text)
    spans = report.spans()
    for label, span in spans:
        assert 0 <= span.start <= span.end <= len(text), (label, span)
        assert text[span.start : span.end] == span.text, (label, span)
        assert span.text.strip(), (label, span)
    return len(spans)


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("path", fixture_texts(), ids=lambda p: p.stem)
def test_every_span_indexes_the_input(path: Path, variant: str) -> None:
    text = VARIANTS[variant](path.read_text(encoding="utf-8"))
    n = _check_spans(text)
    if "negative" not in path.stem:
        assert n > 0, "a meeting report should carry evidence"


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("path", fixture_texts(), ids=lambda p: p.stem)
def test_values_do_not_depend_on_the_spelling(path: Path, variant: str) -> None:
    text = path.read_text(encoding="utf-8")
    base = extract(text).model_dump(mode="json", exclude={"evidence"})
    other = extract(VARIANTS[variant](text)).model_dump(mode="json", exclude={"evidence"})
    _drop_spans(base)
    _drop_spans(other)
    assert other == base


def _drop_spans(d: dict) -> None:  # type: ignore[type-arg]
    if d.get("organizer"):
        d["organizer"].pop("spans")
    for key in ("officials", "directives", "awards"):
        for item in d[key]:
            item.pop("spans", None)
            item.pop("title_spans", None)


def test_old_tone_maps_back_to_the_old_spelling() -> None:
    text = to_old_tone("Chiều 13/1, Ủy ban MTTQ huyện Hòa Bình tổ chức hội nghị.")
    assert "Uỷ ban" in text and "Hoà Bình" in text
    report = extract(text)
    assert report.organizer is not None
    assert report.organizer.name == "Ủy ban MTTQ huyện Hòa Bình"  # the value is normalised
    span = report.organizer.spans[0]
    assert span.text == "Uỷ ban MTTQ huyện Hoà Bình"  # the evidence is the caller's own


def test_html_and_zero_width_characters_do_not_shift_spans() -> None:
    text = "<p>Chiều 13/1, Ban\u200b Dân vận Tỉnh ủy tổ chức hội nghị &amp; giao ban.</p>"
    report = extract(text)
    assert report.organizer is not None and report.organizer.name == "Ban Dân vận Tỉnh ủy"
    span = report.organizer.spans[0]
    assert text[span.start : span.end] == "Ban\u200b Dân vận Tỉnh ủy"


def test_clean_map_is_monotonic_on_fixtures() -> None:
    for path in fixture_texts():
        doc = clean(VARIANTS["nfd"](path.read_text(encoding="utf-8")))
        assert all(a <= b for a, b in zip(doc.starts, doc.starts[1:], strict=False))
        assert all(s < e for s, e in zip(doc.starts, doc.ends, strict=True))


@pytest.mark.parametrize("old", sorted(_OLD_TONE))
def test_every_old_tone_pair_is_rewritten(old: str) -> None:
    """The scan's character classes and the rewrite table name the same pairs, in every case."""
    word = "h" + old
    assert clean(f"Xã {word} tổ chức").text == f"Xã h{clean(old).text} tổ chức"
    assert clean(old).text != old
