"""Scoring against gold files, exactly as the annotation guide's last section says.

A gold file ``NAME.json`` sits beside its article ``NAME.txt``. Dates are
compared exactly; strings after NFC, new-style tone placement, single
spaces, case folding and trimming of edge punctuation; officials, presiding
officials, directives and awards as sets (awards as a multiset of
``(count, recipient)``) with precision, recall and F1 summed over all
articles (micro-averaged); titles and award forms as agreement on matched
items.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from .clean import clean
from .models import MeetingReport

Extractor = Callable[[str], MeetingReport]


def norm(s: str | None) -> str:
    """The guide's string comparison form."""
    if s is None:
        return ""
    s = clean(unicodedata.normalize("NFC", s)).text
    s = regex.sub(r"\s+", " ", s).casefold()
    return s.strip(" \t\n.,;:!?\"'()[]-")


@dataclass
class Counts:
    """True positives, predicted and gold totals, with the misses kept for --errors."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, tp: int, pred: int, gold: int) -> None:
        self.tp += tp
        self.pred += pred
        self.gold += gold

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Agreement:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += int(ok)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class Scores:
    """All fields' scores over a set of articles, and every error seen."""

    articles: int = 0
    published: Agreement = field(default_factory=Agreement)
    meeting_date: Agreement = field(default_factory=Agreement)
    organizer: Agreement = field(default_factory=Agreement)
    officials: Counts = field(default_factory=Counts)
    presiding: Counts = field(default_factory=Counts)
    titles: Agreement = field(default_factory=Agreement)
    directives: Counts = field(default_factory=Counts)
    awards: Counts = field(default_factory=Counts)
    award_form: Agreement = field(default_factory=Agreement)
    errors: dict[str, list[str]] = field(default_factory=dict)

    def table(self) -> list[tuple[str, str, float | None, float | None, float]]:
        """Rows of (field, measure, precision, recall, F1 or accuracy)."""
        rows: list[tuple[str, str, float | None, float | None, float]] = []
        for name in ("published", "meeting_date", "organizer"):
            rows.append((name, "accuracy", None, None, getattr(self, name).accuracy))
        for name in ("officials", "presiding", "directives", "awards"):
            c: Counts = getattr(self, name)
            rows.append((name, "F1", c.precision, c.recall, c.f1))
        rows.append(("titles", "accuracy", None, None, self.titles.accuracy))
        rows.append(("award_form", "accuracy", None, None, self.award_form.accuracy))
        return rows

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"articles": self.articles}
        for name, measure, p, r, v in self.table():
            out[name] = {measure.lower(): round(v, 4)}
            if p is not None:
                out[name].update(precision=round(p, 4), recall=round(r or 0.0, 4))
        out["errors"] = self.errors
        return out


def _date_str(d: Any) -> str | None:
    return d.isoformat() if d is not None else None


def score_article(name: str, gold: dict[str, Any], report: MeetingReport, sc: Scores) -> None:
    """Add one article's comparison to ``sc``; misses go to ``sc.errors[name]``."""
    errs: list[str] = []
    sc.articles += 1
    for fld in ("published", "meeting_date"):
        got = _date_str(getattr(report, fld))
        ok = got == gold.get(fld)
        getattr(sc, fld).add(ok)
        if not ok:
            errs.append(f"{fld}: got {got}, gold {gold.get(fld)}")

    accept = {norm(x) for x in [gold.get("organizer"), *gold.get("organizer_accept", [])] if x}
    got_org = report.organizer.name if report.organizer else None
    ok = norm(got_org) in accept if accept else got_org is None
    sc.organizer.add(ok)
    if not ok:
        errs.append(f"organizer: got {got_org!r}, gold {gold.get('organizer')!r}")

    _score_officials(gold, report, sc, errs)
    _score_directives(gold, report, sc, errs)
    _score_awards(gold, report, sc, errs)
    if errs:
        sc.errors[name] = errs


def _score_officials(gold: dict[str, Any], report: MeetingReport, sc: Scores, errs: list[str]) -> None:
    g = {norm(o["name"]): o for o in gold.get("officials", [])}
    p = {norm(o.name): o for o in report.officials}
    sc.officials.add(len(g.keys() & p.keys()), len(p), len(g))
    for k in sorted(g.keys() - p.keys()):
        errs.append(f"official missed: {g[k]['name']} {g[k]['titles']}")
    for k in sorted(p.keys() - g.keys()):
        errs.append(f"official spurious: {p[k].name} {p[k].titles}")
    gp = {k for k, o in g.items() if "presiding" in o.get("roles", [])}
    pp = {k for k, o in p.items() if "presiding" in o.roles}
    sc.presiding.add(len(gp & pp), len(pp), len(gp))
    for k in sorted(gp ^ pp):
        errs.append(f"presiding {'missed' if k in gp else 'spurious'}: {k}")
    for k in sorted(g.keys() & p.keys()):
        got = {norm(t) for t in p[k].titles}
        missing = [t for t in g[k].get("titles", []) if norm(t) not in got]
        sc.titles.add(not missing)
        if missing:
            errs.append(f"titles of {g[k]['name']}: missing {missing}, got {p[k].titles}")


def _directive_key(kind: str | None, number: str | None, symbol: str | None) -> tuple[str, int, str]:
    digits = regex.match(r"\d+", number or "")
    n = int(digits.group(0)) if digits else -1
    sym = norm(symbol).replace(" ", "").replace("t.ư", "tw").replace("qd", "qđ")
    return norm(kind), n, sym


def _loose_name(a: str | None, b: str | None) -> bool:
    x, y = norm(a), norm(b)
    if not x or not y:
        return False
    if x in y or y in x:
        return True
    wx, wy = set(regex.findall(r"\w+", x)), set(regex.findall(r"\w+", y))
    return len(wx & wy) / max(1, min(len(wx), len(wy))) >= 0.6


def _score_directives(gold: dict[str, Any], report: MeetingReport, sc: Scores, errs: list[str]) -> None:
    pred = list(report.directives)
    used: set[int] = set()
    tp = 0
    for gd in gold.get("directives", []):
        hit = None
        for i, pd in enumerate(pred):
            if i in used or norm(pd.kind) != norm(gd["kind"]):
                continue
            if gd.get("number"):
                if pd.number and _directive_key(pd.kind, pd.number, pd.symbol) == _directive_key(
                    gd["kind"], gd["number"], gd.get("symbol")
                ):
                    hit = i
                    break
            elif not pd.number and _loose_name(pd.name, gd.get("name")):
                hit = i
                break
        if hit is None:
            errs.append(f"directive missed: {_show(gd)}")
        else:
            used.add(hit)
            tp += 1
    for i, pd in enumerate(pred):
        if i not in used:
            errs.append(f"directive spurious: {_show(pd.model_dump(exclude={'spans', 'key'}))}")
    sc.directives.add(tp, len(pred), len(gold.get("directives", [])))


def _show(d: dict[str, Any]) -> str:
    return json.dumps({k: v for k, v in d.items() if v is not None}, ensure_ascii=False, default=str)


def _score_awards(gold: dict[str, Any], report: MeetingReport, sc: Scores, errs: list[str]) -> None:
    g = Counter((a["count"], a["recipient"]) for a in gold.get("awards", []))
    p = Counter((a.count, a.recipient) for a in report.awards)
    tp = sum((g & p).values())
    sc.awards.add(tp, sum(p.values()), sum(g.values()))
    for k, n in (g - p).items():
        errs.append(f"award missed: {n} x {k}")
    for k, n in (p - g).items():
        errs.append(f"award spurious: {n} x {k}")
    gforms: dict[tuple[int, str], list[str]] = {}
    for a in gold.get("awards", []):
        gforms.setdefault((a["count"], a["recipient"]), []).append(norm(a.get("form")))
    for a in report.awards:
        forms = gforms.get((a.count, a.recipient))
        if forms:
            f = forms.pop(0)
            ok = norm(a.form) == f
            sc.award_form.add(ok)
            if not ok:
                errs.append(f"award form of {a.count} {a.recipient}: got {a.form!r}, gold {f!r}")


def gold_pairs(folder: Path) -> Iterable[tuple[str, Path, Path]]:
    """``(name, text path, gold path)`` for every NAME.txt below ``folder`` with a NAME.json beside it."""
    for txt in sorted(folder.rglob("*.txt")):
        gold = txt.with_suffix(".json")
        if gold.exists():
            yield txt.stem, txt, gold


def evaluate(folder: Path, extractor: Extractor | None = None) -> Scores:
    """Score ``extractor`` (default: dvextract's own) on every gold pair in ``folder``."""
    if extractor is None:
        from .pipeline import extract

        extractor = extract
    sc = Scores()
    for name, txt, gold_path in gold_pairs(folder):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        report = extractor(txt.read_text(encoding="utf-8"))
        score_article(name, gold, report, sc)
    return sc


def format_table(sc: Scores) -> str:
    """The scores as a Markdown table."""
    out = [f"{sc.articles} articles", "", "| field | measure | precision | recall | score |", "|---|---|---|---|---|"]
    for name, measure, p, r, v in sc.table():
        ps = f"{p:.3f}" if p is not None else ""
        rs = f"{r:.3f}" if r is not None else ""
        out.append(f"| {name} | {measure} | {ps} | {rs} | {v:.3f} |")
    return "\n".join(out)
