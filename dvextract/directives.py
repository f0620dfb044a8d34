"""Directives: every document, law or programme the article cites, parsed and resolved.

Like eyecite for case law: find every citation by pattern, read the facts
written after it (``ngày`` date, ``của`` issuer, ``về`` subject), then
resolve short and repeated forms to one entry per document. The forms
(domain.md section 1):

* Party numbers ``<số>-<LOẠI>/<CƠ QUAN>`` ("19-CT/TU", "100 - KL/TW",
  "05-QC/BTCTU-BDVTU"); the malformed state order "34/CT-TW" is still a
  Party document when its issuer is a Party code;
* state numbers ``<số>[/<năm>]/<LOẠI>-<CƠ QUAN>`` ("123/QĐ-UBND",
  "30/2020/NĐ-CP"), laws ``<số>/<năm>/QH<khóa>`` and công văn
  ``<số>/<CƠ QUAN>-<đơn vị>`` (no type code);
* short forms, a kind word and a number ("Chỉ thị 05", "Đề án 06",
  "Nghị quyết 30a", "Chỉ thị 03 và 05");
* unnumbered references that are still specific: resolutions named by their
  plenum or congress, and laws by name and year.

Type codes, issuer codes and kind words are data files.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date

import regex

from . import lexicon, phrases
from .clean import CleanText
from .models import Directive
from .reasons import Candidate
from .segment import Segment

_ISS = r"[\p{Lu}](?:[\p{L}\d]|\.(?=\p{L}))*"


@lexicon.cached
def _kinds() -> str:
    kinds = sorted(lexicon.lines("doc_kinds.txt"), key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(k) for k in kinds) + ")"


@lexicon.cached
def _type_codes() -> dict[str, str]:
    return lexicon.mapping("doc_types.tsv")


@lexicon.cached
def _patterns() -> dict[str, regex.Pattern[str]]:
    codes = sorted(_type_codes(), key=len, reverse=True)
    types = "(?:" + "|".join(regex.escape(c) for c in codes) + ")"
    kind = _kinds()
    lead = r"(?:(?P<kind>" + kind + r")\s+(?:số\s*:?\s*)?)?"
    return {
        "party": regex.compile(
            lead + r"(?<![\d/.-])(?P<num>\d{1,4}[a-z]?)\s*-\s*(?P<type>" + types + r")\s*/\s*"
            r"(?P<iss>" + _ISS + r"(?:-" + _ISS + r")*)"
        ),
        "law": regex.compile(
            lead
            + r"(?<![\d/.-])(?P<num>\d{1,3})\s*/\s*(?P<year>(?:19|20)\d\d)\s*/\s*"
            r"(?P<iss>(?:UBTV)?QH\d{1,2})(?![\p{L}\d])"
        ),
        "state": regex.compile(
            lead + r"(?<![\d/.-])(?P<num>\d{1,5})(?:\s*/\s*(?P<year>(?:19|20)\d\d))?\s*/\s*"
            r"(?P<type>[\p{Lu}][\p{L}]*)\s*-\s*(?P<iss>" + _ISS + r"(?:-" + _ISS + r")*)"
        ),
        "short": regex.compile(
            r"(?<![\p{L}])(?P<kind>" + kind + r")\s+(?P<so>số\s*:?\s*)?(?P<num>\d{1,4}[a-zđ]?)"
            r"(?:/(?P<iss>CP|TW|TTg)|/(?P<year>(?:19|20)\d\d))?(?![\d\p{L}/-]|[.,]\d|\s*(?:năm|tháng|ngày|%|người|lần|điều|khoản)\b)",
            regex.I,
        ),
        "plenum": regex.compile(
            r"(?<![\p{L}])(?P<kind>Nghị quyết|NQ)\s+(?P<name>(?:Hội nghị\s+)?(?:Trung ương|TƯ|T\.Ư|TW)\s+"
            r"(?:\d{1,2}|lần thứ\s+[\dIVXLC]+)"
            r"(?:\s*,?\s*\(?\s*[Kk]hóa\s+[IVXLC\d]+\s*\)?)?)",
            regex.I,
        ),
        "conference": regex.compile(
            r"(?<![\p{L}])(?P<kind>Nghị quyết)\s+(?P<name>Hội nghị\s+(?:lần thứ\s+[\dIVXLC]+\s*,?\s*)?"
            r"(?:[^.;\"\n]|\.(?=\S)){0,90}?"
            r"(?:[Kk]hóa\s+[IVXLC\d]+\)?|lần thứ\s+[\dIVXLC]+(?:\s*\(\s*[Kk]hóa\s+[IVXLC\d]+\s*\))?))",
        ),
        "congress": regex.compile(
            r"(?<![\p{L}])(?P<kind>Nghị quyết)\s+(?P<name>Đại hội\s+(?:(?:đại biểu\s+)?[^.;\"\n]{0,60}?\s)?"
            r"(?:lần thứ\s+)?[IVXLC]{1,6}(?![\p{L}]))",
        ),
        "law_name": regex.compile(
            r"(?<![\p{L}])(?:(?P<kind>Bộ luật|Luật)\s+(?P<name>[\p{L}][\p{L} ,]{2,80}?)|(?P<kind>Hiến pháp))"
            r"\s+(?:năm\s+)?(?P<year>(?:19|20)\d\d)(?!\d)"
        ),
        "anaphor": regex.compile(r"(?<![\p{L}])(?P<kind>" + kind + r")\s+(?:này|nói trên|trên)(?![\p{L}])", regex.I),
    }


_ASCII_D = regex.compile(r"^(?:QDI|QD|ND)(?=[/-])")
_AGENCY = regex.compile(r"[\p{Lu}Đ]{2,}[\p{L}]*")
_QUOTED = regex.compile(r"\"([^\"]{3,200})\"")
_DIGITS = regex.compile(r"\d+")


@lexicon.cached
def _subject_end() -> regex.Pattern[str]:
    return regex.compile(r"[.;\n]|,\s*(?=" + _kinds() + r")|\"")


_AND_CONGRESS = regex.compile(
    r"\s*(?:,|và)\s*(?P<name>Đại hội\s+(?:[^.;\"\n]{0,60}?\s)?(?:lần thứ\s+)?[IVXLC]{1,6}(?![\p{L}]))"
)
_DATE_AFTER = regex.compile(
    r"\s*,?\s*(?:được\s+)?(?:ban hành|ký)?\s*(?:ngày|vào ngày)\s+(?P<d>\d{1,2})\s*"
    r"(?:(?P<sep>[/.-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*"
    r"|tháng\s+(?P<m>\d{1,2})\s+năm\s+)(?P<y>(?:19|20)\d\d)"
)
_ISSUER_AFTER = regex.compile(r"\s*,?\s*(?:của|do)\s+(?=[\p{Lu}])")
_SUBJECT_AFTER = regex.compile(r"\s*,?\s*(?:về|\"về)\s+(?:việc\s+)?")
_NOT_LAW_NAME = regex.compile(r"\b(?:được|đã|sẽ|có|là|thông qua|ban hành|sửa đổi năm)\b")


@dataclass
class _Ref:
    kind: str
    number: str | None
    symbol: str | None
    year: int | None
    name: str | None
    spans: list[tuple[int, int]]
    issued: date | None = None
    issuer: str | None = None
    subject: str | None = None
    extras: list[tuple[int, int]] = field(default_factory=list)
    chain: int | None = None  # refs written as one list share the facts after it


def _kind_word(s: str) -> str:
    """The kind as the guide writes it, whatever the case in the text ('chỉ thị' → 'Chỉ thị')."""
    for k in lexicon.lines("doc_kinds.txt"):
        if k.casefold() == s.casefold():
            return k
    return "Nghị quyết" if s.upper() == "NQ" else s


def _party_issuer(iss: str) -> bool:
    return any(part in lexicon.words("party_issuers.txt") for part in iss.split("-"))


class _Taken:
    """Non-overlapping ranges already claimed by a citation, with O(log n) overlap checks."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, a: int, b: int) -> bool:
        i = bisect.bisect_right(self.starts, a)
        if i and self.ends[i - 1] > a:
            return False
        return not (i < len(self.starts) and self.starts[i] < b)

    def add(self, a: int, b: int) -> None:
        i = bisect.bisect_right(self.starts, a)
        self.starts.insert(i, a)
        self.ends.insert(i, b)


def _numbered(text: str, taken: _Taken) -> list[tuple[int, int, _Ref]]:
    pats = _patterns()
    found: list[tuple[int, int, _Ref]] = []
    for which in ("party", "law", "state"):
        for m in pats[which].finditer(text):
            a, b = m.start(), m.end()
            if not taken.free(m.start("num"), m.end()):
                continue
            iss = m.group("iss")
            year = int(m.group("year")) if "year" in m.groupdict() and m.group("year") else None
            if which == "law":
                kind, symbol = m.group("kind") or "Luật", iss
            elif which == "party":
                typ = m.group("type")
                kind = m.group("kind") or _type_codes()[typ]
                symbol = f"{typ}/{iss}"
            else:
                typ = m.group("type")
                code_kind = _type_codes().get(typ)
                if code_kind is None and not _AGENCY.fullmatch(typ):
                    continue
                if code_kind is None:  # a công văn: "2906/UBND-VX"
                    kind = m.group("kind") or "Công văn"
                    symbol = f"{typ}-{iss}"
                else:
                    kind = m.group("kind") or code_kind
                    symbol = f"{typ}-{iss}"
                    if _party_issuer(iss) and not m.group("kind"):
                        kind = code_kind  # the malformed "34/CT-TW" is still a Party document
            ref = _Ref(_kind_word(kind), m.group("num"), symbol, year, None, [(a, b)])
            found.append((a, b, ref))
            taken.add(a, b)
    return found


def find(doc: CleanText, sentences: list[Segment]) -> tuple[tuple[Directive, ...], list[Candidate]]:
    """Every specific document the article cites, one entry per document, in order of first mention."""
    text = doc.text
    pats = _patterns()
    taken = _Taken()
    found = _numbered(text, taken)
    free = taken.free

    for which in ("plenum", "conference", "congress"):
        for m in pats[which].finditer(text):
            if not free(m.start(), m.end()):
                continue
            spans = [(m.start(), m.end(), m.group("name"))]
            # "Nghị quyết Đại hội Đảng toàn quốc lần thứ XII và Đại hội Đảng bộ tỉnh lần thứ XVIII"
            while which == "congress":
                more = _AND_CONGRESS.match(text, spans[-1][1])
                if not more:
                    break
                spans.append((more.start("name"), more.end(), more.group("name")))
            for a, b, raw_name in spans:
                name = " ".join(raw_name.split()).strip(" ,")
                found.append((a, b, _Ref("Nghị quyết", None, None, None, name, [(a, b)])))
                taken.add(a, b)
    for m in pats["law_name"].finditer(text):
        name = (m.group("name") or "").strip(" ,") or None
        if free(m.start(), m.end()) and (name is None or (len(name.split()) <= 12 and not _NOT_LAW_NAME.search(name))):
            ref = _Ref(m.group("kind"), None, None, int(m.group("year")), name, [(m.start(), m.end())])
            found.append((m.start(), m.end(), ref))
            taken.add(m.start(), m.end())
    for m in pats["short"].finditer(text):
        if not free(m.start(), m.end()):
            continue
        if m.group("kind")[0].islower() and not m.group("so"):
            continue  # "quyết định 2 kế hoạch": the verb, not a Quyết định
        kind = _kind_word(m.group("kind"))
        year = int(m.group("year")) if m.group("year") else None
        head = _Ref(kind, m.group("num"), None, year, None, [(m.start(), m.end())], chain=m.start())
        found.append((m.start(), m.end(), head))
        taken.add(m.start(), m.end())
        # "Chỉ thị 03 và 05 của Bộ Chính trị": more numbers of the same kind.
        pos = m.end()
        while True:
            more = regex.match(
                r"\s*(?:,|và)\s*(?:số\s+)?(\d{1,4}[a-z]?)(?![\d/\p{L}-]|\s*(?:năm|tháng|ngày|%))", text[pos:]
            )
            if not more:
                break
            a, b = pos + more.start(1), pos + more.end(1)
            found.append((a, b, _Ref(kind, more.group(1), None, None, None, [(a, b)], chain=m.start())))
            taken.add(a, b)
            pos += more.end()

    found.sort(key=lambda t: t[0])
    starts = [a for a, _, _ in found]
    for _a, b, ref in found:
        k = bisect.bisect_left(starts, b)
        _facts(text, b, ref, starts[k] if k < len(starts) else len(text))
    chains: dict[int, list[_Ref]] = {}
    for _, _, ref in found:
        if ref.chain is not None:
            chains.setdefault(ref.chain, []).append(ref)
    for members in chains.values():
        last = members[-1]
        for r in members[:-1]:
            r.issuer = r.issuer or last.issuer
            r.issued = r.issued or last.issued
    refs = _resolve([r for _, _, r in found])
    by_kind: dict[str, list[_Ref]] = {}
    for r in refs:
        by_kind.setdefault(r.kind, []).append(r)  # in order of first mention
    firsts = {kind: [r.spans[0][0] for r in rs] for kind, rs in by_kind.items()}
    for m in pats["anaphor"].finditer(text):
        kind = _kind_word(m.group("kind"))
        same = by_kind.get(kind, [])
        k = bisect.bisect_left(firsts[kind], m.start()) if same else 0
        if k:
            same[k - 1].extras.append(m.span())  # "Chỉ thị này": the last one of its kind before it
    return tuple(_model(doc, r) for r in refs), []


def _facts(text: str, end: int, ref: _Ref, nxt: int) -> None:
    """The date, issuer and subject written right after a citation, before the next one."""
    limit = min(len(text), end + 300)
    limit = min(limit, nxt) if nxt > end else limit
    pos = end
    d = _DATE_AFTER.match(text, pos, limit)
    if d:
        try:
            ref.issued = date(int(d.group("y")), int(d.group("m")), int(d.group("d")))
        except ValueError:
            ref.issued = None
        pos = d.end()
    i = _ISSUER_AFTER.match(text, pos, limit)
    if i:
        stop = phrases.body_end(text, i.end(), limit)
        if stop > i.end():
            ref.issuer = text[i.end() : stop].strip(" ,")
            pos = stop
    s = _SUBJECT_AFTER.match(text, pos, limit)
    if s:
        rest = text[s.end() : min(len(text), s.end() + 200)]
        q = _QUOTED.match(rest)
        subject = q.group(1) if q else _subject_end().split(rest, maxsplit=1)[0]
        ref.subject = subject.strip(" ,") or None


def _norm_symbol(s: str | None) -> str | None:
    if s is None:
        return None
    s = s.replace(" ", "").upper().replace("T.Ư", "TW").replace("TƯ", "TW")
    return _ASCII_D.sub(lambda m: m.group(0).replace("D", "Đ"), s)  # only the type code: "QD/TW", not "UBND"


def _int(number: str) -> int:
    """The numeric value of a document number ("06" → 6, "30a" → 30)."""
    digits = _DIGITS.match(number)
    return int(digits.group(0)) if digits else -1


def _resolve(refs: list[_Ref]) -> list[_Ref]:
    """One entry per document: repeats merge; a short form joins the one full form it fits."""
    out: list[_Ref] = []
    index: dict[tuple[str, object], list[_Ref]] = {}
    for r in refs:
        same = None
        key: tuple[str, object] = (r.kind, _int(r.number) if r.number else ((r.name or "").casefold(), r.year))
        for o in index.get(key, []):
            if not r.number or r.symbol is None or o.symbol is None or _norm_symbol(r.symbol) == _norm_symbol(o.symbol):
                same = o
                break
        if same is None:
            out.append(r)
            index.setdefault(key, []).append(r)
            continue
        same.spans += r.spans
        if same.symbol is None and r.symbol:
            same.symbol, same.year = r.symbol, r.year
        same.issued = same.issued or r.issued
        same.issuer = same.issuer or r.issuer
        same.subject = same.subject or r.subject
    return out


def _model(doc: CleanText, r: _Ref) -> Directive:
    if r.number:
        key = f"{r.kind}|{_int(r.number)}|{_norm_symbol(r.symbol) or ''}"
        if r.issued:
            key += f"|{r.issued.isoformat()}"
    else:
        key = f"{r.kind}|{(r.name or '').casefold()}|{r.year or ''}"
    spans = sorted(set(r.spans + r.extras))
    return Directive(
        kind=r.kind,
        number=r.number,
        symbol=r.symbol,
        year=r.year,
        name=r.name,
        issued=r.issued,
        issuer=r.issuer,
        subject=r.subject,
        key=key,
        spans=[doc.span(a, b) for a, b in spans],
    )
