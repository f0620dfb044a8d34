"""The scorer itself, on gold files with known, deliberate errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from dvextract.evaluate import evaluate, norm
from tests.conftest import SEEDS


@pytest.fixture
def broken_gold(tmp_path: Path) -> Path:
    """seed-000 and seed-004 with gold files edited in known ways."""
    for name in ("seed-000", "seed-004"):
        shutil.copy(SEEDS / f"{name}.txt", tmp_path / f"{name}.txt")
    g0 = json.loads((SEEDS / "seed-000.json").read_text(encoding="utf-8"))
    g0["meeting_date"] = "2020-01-14"  # wrong date: meeting_date 1 of 2 right
    g0["officials"].append({"name": "Nguyễn Văn Bịa", "titles": ["Bí thư"], "roles": ["presiding"]})
    g0["awards"][0]["form"] = "bằng khen"  # one form disagrees
    (tmp_path / "seed-000.json").write_text(json.dumps(g0, ensure_ascii=False), encoding="utf-8")
    g4 = json.loads((SEEDS / "seed-004.json").read_text(encoding="utf-8"))
    g4["organizer"] = "Hội Nông dân"  # wrong organiser
    g4["officials"] = [o for o in g4["officials"] if o["name"] != "Trần Kim Yến"]  # one predicted is now spurious
    g4["directives"].append({"kind": "Chỉ thị", "number": "99", "symbol": "CT/TW", "issued": None, "issuer": None})
    g4["awards"].pop()  # one predicted award is now spurious
    (tmp_path / "seed-004.json").write_text(json.dumps(g4, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def test_scores_of_deliberate_errors(broken_gold: Path) -> None:
    sc = evaluate(broken_gold)
    assert sc.articles == 2
    assert sc.meeting_date.accuracy == 0.5
    assert sc.organizer.accuracy == 0.5
    # officials: predicted 1 + 5, gold 2 + 4, true positives 1 + 4
    assert (sc.officials.tp, sc.officials.pred, sc.officials.gold) == (5, 6, 6)
    assert sc.officials.precision == pytest.approx(5 / 6) and sc.officials.recall == pytest.approx(5 / 6)
    # presiding: the invented presiding official is missed
    assert (sc.presiding.tp, sc.presiding.pred, sc.presiding.gold) == (0, 0, 1)
    assert sc.presiding.f1 == 0.0
    # directives: 1 predicted, 2 gold
    assert (sc.directives.tp, sc.directives.pred, sc.directives.gold) == (1, 1, 2)
    # awards: 4 + 3 predicted, 4 + 2 gold
    assert (sc.awards.tp, sc.awards.pred, sc.awards.gold) == (6, 7, 6)
    assert sc.award_form.right == 5 and sc.award_form.total == 6
    errs = sc.errors
    assert "meeting_date: got 2020-01-13, gold 2020-01-14" in errs["seed-000"]
    assert any(e.startswith("official missed: Nguyễn Văn Bịa") for e in errs["seed-000"])
    assert any(e.startswith("official spurious: Trần Kim Yến") for e in errs["seed-004"])
    assert any(e.startswith("directive missed:") and '"99"' in e for e in errs["seed-004"])


def test_evaluate_cli_json_on_broken_gold(broken_gold: Path) -> None:
    from tests.test_cli import run

    out = run("evaluate", str(broken_gold), "--json", "--errors")
    d = json.loads(out.stdout)
    assert d["organizer"]["accuracy"] == 0.5
    assert d["officials"]["precision"] == round(5 / 6, 4)
    assert set(d["errors"]) == {"seed-000", "seed-004"}


@pytest.mark.parametrize(
    ("a", "b"),
    [("Ban Dân vận Quận uỷ", "ban dân vận quận ủy"), ("  Chủ tịch  UBND, ", "chủ tịch ubnd"), ("Hoà", "hòa")],
)
def test_string_comparison_form(a: str, b: str) -> None:
    assert norm(a) == norm(b)


def test_title_precision_and_role_agreement(tmp_path: Path) -> None:
    """seed-002 with one person's roles changed and another's titles cut to one."""
    shutil.copy(SEEDS / "seed-002.txt", tmp_path / "seed-002.txt")
    gold = json.loads((SEEDS / "seed-002.json").read_text(encoding="utf-8"))
    people = {o["name"]: o for o in gold["officials"]}
    people["Lê Thị Kim Hồng"]["roles"] = ["presiding"]  # the speaking role is now wrong
    people["Phạm Minh Mẫn"]["titles"] = ["Phó Bí thư"]  # "Chủ tịch UBND quận" is now not in the gold
    (tmp_path / "seed-002.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    sc = evaluate(tmp_path)
    assert (sc.roles.right, sc.roles.total) == (3, 4)
    assert (sc.title_precision.right, sc.title_precision.total) == (3, 4)
    assert (sc.titles.right, sc.titles.total) == (4, 4)
    errs = sc.errors["seed-002"]
    assert "roles of Lê Thị Kim Hồng: got ['presiding', 'speaking'], gold ['presiding']" in errs
    assert "titles of Phạm Minh Mẫn: not in gold ['Chủ tịch UBND quận'], gold ['Phó Bí thư']" in errs


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Bí thư Quận ủy quận Tân Bình", "Bí thư Quận ủy", False),  # shorter under 60 % of the longer
        ("Phó Bí thư Thường trực Quận ủy", "Phó Bí thư Thường trực Quận ủy quận 1", True),
        ("Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh", True),
        ("Chủ tịch UBND tỉnh", "Phó Chủ tịch HĐND tỉnh", False),
    ],
)
def test_title_match_follows_the_guide(a: str, b: str, same: bool) -> None:
    from dvextract.evaluate import title_match

    assert title_match(a, b) is same


def test_no_gold_pairs_is_an_error(tmp_path: Path) -> None:
    from dvextract.evaluate import GoldError
    from tests.test_cli import run

    (tmp_path / "a.txt").write_text("Không có gì.", encoding="utf-8")
    with pytest.raises(GoldError, match="no gold pairs"):
        evaluate(tmp_path)
    out = run("evaluate", str(tmp_path))
    assert out.returncode == 2 and "no gold pairs" in out.stderr


def test_malformed_gold_file_names_itself(tmp_path: Path) -> None:
    from tests.test_cli import run

    shutil.copy(SEEDS / "seed-000.txt", tmp_path / "seed-000.txt")
    (tmp_path / "seed-000.json").write_text('{"officials": [{"titles": []}]', encoding="utf-8")
    out = run("evaluate", str(tmp_path))
    assert out.returncode == 2
    assert "seed-000.json" in out.stderr and "Traceback" not in out.stderr


def test_only_exclude_and_by_site(tmp_path: Path) -> None:
    for name in ("seed-000", "seed-001", "seed-002"):
        shutil.copy(SEEDS / f"{name}.txt", tmp_path / f"{name}.txt")
        shutil.copy(SEEDS / f"{name}.json", tmp_path / f"{name}.json")
    (tmp_path / "SOURCES.tsv").write_text(
        "file\tsite\nseed-000.txt\tsite-a.vn\nseed-001.txt\tsite-b.vn (mirror)\n", encoding="utf-8"
    )
    assert evaluate(tmp_path, only={"seed-001"}).articles == 1
    assert evaluate(tmp_path, exclude={"seed-001"}).articles == 2
    sc = evaluate(tmp_path, by_site=True)
    assert {k: v.articles for k, v in sc.per_site.items()} == {"site-a.vn": 1, "site-b.vn": 1, "seed": 1}
    from tests.test_cli import run

    listing = tmp_path / "list.txt"
    listing.write_text("seed-000.txt\n# a comment\nseed-002\n", encoding="utf-8")
    out = run("evaluate", str(tmp_path), "--only", str(listing), "--by-site")
    assert out.returncode == 0 and out.stdout.startswith("2 articles")
    assert "| site-a.vn | 1 |" in out.stdout and "| seed | 1 |" in out.stdout
