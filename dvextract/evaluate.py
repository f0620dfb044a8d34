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
from collections.abc import Callable, Collection, Iterable
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
    """All fields' scores over a set of articles, and every error seen.

    ``titles`` is title recall (every gold title of a matched person found),
    ``title_precision`` its converse (every predicted title is one of the
    gold's), ``roles`` whether a matched person's whole role set is right.
    """

    articles: int = 0
    published: Agreement = field(default_factory=Agreement)
    meeting_date: Agreement = field(default_factory=Agreement)
    organizer: Agreement = field(default_factory=Agreement)
    officials: Counts = field(default_factory=Counts)
    presiding: Counts = field(default_factory=Counts)
    titles: Agreement = field(default_factory=Agreement)
    title_precision: Agreement = field(default_factory=Agreement)
    roles: Agreement = field(default_factory=Agreement)
    directives: Counts = field(default_factory=Counts)
    awards: Counts = field(default_factory=Counts)
    award_form: Agreement = field(default_factory=Agreement)
    errors: dict[str, list[str]] = field(default_factory=dict)
    per_site: dict[str, Scores] = field(default_factory=dict)

    def table(self) -> list[tuple[str, str, float | None, float | None, float]]:
        """Rows of (field, measure, precision, recall, F1 or accuracy)."""
        rows: list[tuple[str, str, float | None, float | None, float]] = []
        for name in ("published", "meeting_date", "organizer"):
            rows.append((name, "accuracy", None, None, getattr(self, name).accuracy))
        for name in ("officials", "presiding", "directives", "awards"):
            c: Counts = getattr(self, name)
            rows.append((name, "F1", c.precision, c.recall, c.f1))
        for name in ("titles", "title_precision", "roles", "award_form"):
            rows.append((name, "accuracy", None, None, getattr(self, name).accuracy))
        return rows

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"articles": self.articles}
        for name, measure, p, r, v in self.table():
            out[name] = {measure.lower(): round(v, 4)}
            if p is not None:
                out[name].update(precision=round(p, 4), recall=round(r or 0.0, 4))
        out["errors"] = self.errors
        if self.per_site:
            out["sites"] = {
                k: {n: round(v, 4) for n, _m, _p, _r, v in s.table()} | {"articles": s.articles}
                for k, s in sorted(self.per_site.items())
            }
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
        gold_titles, got_titles = g[k].get("titles", []), list(p[k].titles)
        missing = [t for t in gold_titles if not any(title_match(t, x) for x in got_titles)]
        extra = [t for t in got_titles if not any(title_match(t, x) for x in gold_titles)]
        sc.titles.add(not missing)
        sc.title_precision.add(not extra)
        if missing:
            errs.append(f"titles of {g[k]['name']}: missing {missing}, got {got_titles}")
        if extra:
            errs.append(f"titles of {g[k]['name']}: not in gold {extra}, gold {gold_titles}")
        gold_roles, got_roles = set(g[k].get("roles", [])), set(p[k].roles)
        sc.roles.add(gold_roles == got_roles)
        if gold_roles != got_roles:
            errs.append(f"roles of {g[k]['name']}: got {sorted(got_roles)}, gold {sorted(gold_roles)}")


def title_match(a: str, b: str) -> bool:
    """The guide's title match: one contains the other, the shorter at least 60 % of the longer."""
    x, y = norm(a), norm(b)
    if not x or not y:
        return False
    short, long = sorted((x, y), key=len)
    return short in long and len(short) >= 0.6 * len(long)


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


class GoldError(ValueError):
    """A gold folder or file that cannot be scored against; the message names it."""


def gold_pairs(
    folder: Path, only: Collection[str] | None = None, exclude: Collection[str] = ()
) -> list[tuple[str, Path, Path]]:
    """``(name, text path, gold path)`` for every NAME.txt below ``folder`` with a NAME.json beside it.

    ``only`` keeps the named articles, ``exclude`` drops them (names are file
    stems), so a held-out part of a dev set is scored apart from the rest.
    """
    out = []
    for txt in sorted(folder.rglob("*.txt")):
        gold = txt.with_suffix(".json")
        if not gold.exists() or txt.stem in exclude or (only is not None and txt.stem not in only):
            continue
        out.append((txt.stem, txt, gold))
    return out


def read_names(path: Path) -> set[str]:
    """Article names listed one a line in ``path`` ('#' comments; a '.txt' ending is dropped)."""
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.add(line.removesuffix(".txt").removesuffix(".json"))
    return names


def read_gold(path: Path) -> dict[str, Any]:
    """A gold file as a dict; a malformed one raises :class:`GoldError` naming it."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise GoldError(f"{path}: not a readable gold file ({e})") from e
    if not isinstance(gold, dict):
        raise GoldError(f"{path}: a gold file holds one JSON object, found {type(gold).__name__}")
    for key, kind in (("officials", list), ("directives", list), ("awards", list)):
        if not isinstance(gold.get(key, []), kind):
            raise GoldError(f"{path}: '{key}' must be a list")
    try:
        for o in gold.get("officials", []):
            str(o["name"])
        for a in gold.get("awards", []):
            int(a["count"]), str(a["recipient"])
        for d in gold.get("directives", []):
            str(d["kind"])
    except (KeyError, TypeError, ValueError) as e:
        raise GoldError(f"{path}: an item lacks a required key or value ({type(e).__name__}: {e})") from e
    return gold


def sites(folder: Path, names: Iterable[str]) -> dict[str, str]:
    """Each article's site: from a SOURCES.tsv beside the articles (columns file, site), else the
    file-name prefix before its number ("baomoi-r-002" → "baomoi-r")."""
    table: dict[str, str] = {}
    sources = folder / "SOURCES.tsv"
    if sources.exists():
        rows = [line.split("\t") for line in sources.read_text(encoding="utf-8").splitlines() if line.strip()]
        if rows and "file" in rows[0] and "site" in rows[0]:
            f, s = rows[0].index("file"), rows[0].index("site")
            for row in rows[1:]:
                if len(row) > max(f, s) and row[s].strip():
                    table[Path(row[f]).stem] = row[s].split("(")[0].strip()
    return {n: table.get(n) or regex.sub(r"-\d+$", "", n) for n in names}


def evaluate(
    folder: Path,
    extractor: Extractor | None = None,
    *,
    only: Collection[str] | None = None,
    exclude: Collection[str] = (),
    by_site: bool = False,
) -> Scores:
    """Score ``extractor`` (default: dvextract's own) on every gold pair in ``folder``.

    Raises :class:`GoldError` when the folder holds no gold pair (after
    ``only``/``exclude``) or a gold file is malformed. With ``by_site``, the
    returned scores carry one :class:`Scores` per site in ``per_site``.
    """
    if extractor is None:
        from .pipeline import extract

        extractor = extract
    pairs = gold_pairs(folder, only, exclude)
    if not pairs:
        raise GoldError(f"{folder}: no gold pairs (NAME.txt with NAME.json beside it) to score")
    site_of = sites(folder, [n for n, _, _ in pairs]) if by_site else {}
    sc = Scores()
    for name, txt, gold_path in pairs:
        gold = read_gold(gold_path)
        report = extractor(txt.read_text(encoding="utf-8"))
        score_article(name, gold, report, sc)
        if by_site:
            score_article(name, gold, report, sc.per_site.setdefault(site_of[name], Scores()))
    return sc


def format_table(sc: Scores) -> str:
    """The scores as a Markdown table."""
    out = [f"{sc.articles} articles", "", "| field | measure | precision | recall | score |", "|---|---|---|---|---|"]
    for name, measure, p, r, v in sc.table():
        ps = f"{p:.3f}" if p is not None else ""
        rs = f"{r:.3f}" if r is not None else ""
        out.append(f"| {name} | {measure} | {ps} | {rs} | {v:.3f} |")
    return "\n".join(out)


SITE_COLUMNS = ("meeting_date", "organizer", "officials", "presiding", "titles", "directives", "awards")


def format_sites(sc: Scores) -> str:
    """One row per site, weakest first (by the mean of its scores), so a user sees where it is weak."""
    head = "| site | articles | " + " | ".join(SITE_COLUMNS) + " |"
    out = [head, "|---|---:|" + "---:|" * len(SITE_COLUMNS)]
    rows = []
    for site, s in sc.per_site.items():
        values = {name: v for name, _m, _p, _r, v in s.table()}
        cells = [values[c] for c in SITE_COLUMNS]
        rows.append((sum(cells) / len(cells), site, s.articles, cells))
    for _mean, site, n, cells in sorted(rows):
        out.append(f"| {site} | {n} | " + " | ".join(f"{c:.2f}" for c in cells) + " |")
    return "\n".join(out)
