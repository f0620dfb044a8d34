"""Extracted values against gold files: the seed articles exactly, the dev set by score."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dvextract import extract
from dvextract.evaluate import Scores, evaluate, norm, read_names, score_article, title_match
from tests.conftest import ROOT, SEEDS

SEED_NAMES = sorted(p.stem for p in SEEDS.glob("*.txt"))


def _gold(name: str) -> dict:  # type: ignore[type-arg]
    return json.loads((SEEDS / f"{name}.json").read_text(encoding="utf-8"))


def _report(name: str):  # type: ignore[no-untyped-def]
    return extract((SEEDS / f"{name}.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_article_scores_perfectly(name: str) -> None:
    sc = Scores()
    score_article(name, _gold(name), _report(name), sc)
    assert sc.errors.get(name, []) == []


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_dates_and_organizer(name: str) -> None:
    gold, report = _gold(name), _report(name)
    assert (report.published.isoformat() if report.published else None) == gold["published"]
    assert (report.meeting_date.isoformat() if report.meeting_date else None) == gold["meeting_date"]
    accept = {norm(gold["organizer"]), *(norm(x) for x in gold["organizer_accept"])}
    assert report.organizer is not None and norm(report.organizer.name) in accept


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_officials_names_titles_roles(name: str) -> None:
    gold, report = _gold(name), _report(name)
    got = {o.name: o for o in report.officials}
    assert sorted(got) == sorted(o["name"] for o in gold["officials"])
    for g in gold["officials"]:
        o = got[g["name"]]
        assert set(g["roles"]) == set(o.roles), g["name"]
        # The guide's title match: a title written in full matches its shorter form.
        missing = [t for t in g["titles"] if not any(title_match(t, x) for x in o.titles)]
        assert missing == [], f"{g['name']}: {missing} not in {o.titles}"


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_directives_fields(name: str) -> None:
    gold, report = _gold(name), _report(name)
    assert len(report.directives) == len(gold["directives"])
    for g in gold["directives"]:
        match = [d for d in report.directives if d.kind == g["kind"] and d.number == g.get("number")]
        assert match, g
        d = match[0]
        assert d.symbol == g.get("symbol")
        assert (d.issued.isoformat() if d.issued else None) == g.get("issued")
        assert norm(d.issuer) == norm(g.get("issuer"))
        if g.get("name"):
            assert norm(d.name) == norm(g["name"])


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_awards_fields(name: str) -> None:
    gold, report = _gold(name), _report(name)
    got = sorted((a.count, a.recipient, norm(a.form), norm(a.by)) for a in report.awards)
    want = sorted((a["count"], a["recipient"], norm(a["form"]), norm(a["by"])) for a in gold["awards"])
    assert got == want


# The dev set (all 119 articles): scores by the guide. Each floor sits just
# under what main measures, so a change that lowers one fails; raise them as
# the rules improve, never lower them.
FLOORS = {
    "published": 1.0,
    "meeting_date": 0.982,
    "organizer": 0.983,
    "officials": 0.953,
    "presiding": 0.969,
    "titles": 0.971,
    "title_precision": 0.962,
    "roles": 0.953,
    "directives": 1.0,
    "awards": 0.959,
    "award_form": 1.0,
}
HOLDOUT = ROOT / "tests" / "holdout.txt"


@pytest.fixture(scope="module")
def dev_scores(dev_dir: Path) -> Scores:
    return evaluate(dev_dir)


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_dev_set_score(dev_scores: Scores, field: str) -> None:
    value = {name: v for name, _m, _p, _r, v in dev_scores.table()}[field]
    # Show misses of the tuning part only: the held-out third stays unseen (DEVELOPERS.md).
    held = read_names(HOLDOUT)
    errors = [
        e for k, errs in dev_scores.errors.items() if k not in held for e in errs if e.startswith(field.split("_")[0])
    ]
    assert value >= FLOORS[field], f"{field} = {value:.3f} < {FLOORS[field]}; e.g. {errors[:5]}"


def test_dev_seed_articles_are_all_right(dev_scores: Scores) -> None:
    assert {k: v for k, v in dev_scores.errors.items() if k.startswith("seed-")} == {}


def test_dev_every_gold_issued_date_is_right(dev_dir: Path) -> None:
    misses = []
    for gold_path in sorted(dev_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        dated = [g for g in gold["directives"] if g.get("issued")]
        if not dated:
            continue
        report = extract(gold_path.with_suffix(".txt").read_text(encoding="utf-8"))
        got = {(d.kind, d.number, d.issued.isoformat()) for d in report.directives if d.issued}
        misses += [(gold_path.stem, g) for g in dated if (g["kind"], g.get("number"), g["issued"]) not in got]
    held = read_names(HOLDOUT)
    shown = [m for m in misses if m[0] not in held]
    assert len(misses) <= ISSUED_MISSES, f"{len(misses)} missed; tuning-part misses: {shown}"


# Gold issued dates the rules miss today (the dev set grew); lower it as they improve, never raise it.
ISSUED_MISSES = 0
