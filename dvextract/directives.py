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
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

import regex

from . import doc_keys, lexicon, phrases
from .clean import CleanText
from .models import Directive
from .reasons import Candidate, decide
from .segment import Segment

FIELD = "directive"

_ISS = r"[\p{Lu}](?:[\p{L}\d]|\.(?=\p{L}))*"
# Ordinals in words, as plenums are numbered ("lần thứ Sáu", "lần thứ mười hai").
_ORDINAL_WORDS = (
    r"(?i:nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+(?:một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín))?)"
    r"(?![\p{L}])"
)
# What starts another reference inside a name's filler: the name stops before it.
_ANOTHER = r"gắn với|\s(?:và|cùng)\s+(?:các\s+)?(?:Nghị quyết|nghị quyết|Chỉ thị|Kết luận|Quy định)|Nghị quyết"


@lexicon.cached
def _kinds(fold: bool = False) -> str:
    """The document kinds as one alternation (a trie); ``fold`` for patterns compiled case-blind."""
    return lexicon.alternation(lexicon.lines("doc_kinds.txt"), fold=fold)


@lexicon.cached
def _type_codes() -> dict[str, str]:
    return lexicon.mapping("doc_types.tsv")


@lexicon.cached
def _patterns() -> dict[str, regex.Pattern[str]]:
    types = lexicon.alternation(_type_codes())
    kind = _kinds()
    kind_blind = _kinds(fold=True)
    lead = r"(?:(?P<kind>" + kind + r")\s+(?:số\s*:?\s*)?)?"
    return {
        "party": regex.compile(
            lead + r"(?<![\d/.-])(?P<num>\d{1,4}[a-z]?)\s*-\s*(?P<type>" + types + r")\s*/\s*"
            r"(?P<iss>" + _ISS + r"(?:-" + _ISS + r")*)"
        ),
        "law": regex.compile(
            lead + r"(?<![\d/.-])(?P<num>\d{1,3})\s*/\s*(?P<year>(?:19|20)\d\d)\s*/\s*"
            r"(?P<iss>(?:UBTV)?QH\d{1,2})(?![\p{L}\d])"
        ),
        "state": regex.compile(
            lead + r"(?<![\d/.-])(?P<num>\d{1,5})(?:\s*[/-]\s*(?P<year>(?:19|20)\d\d))?\s*/\s*"
            r"(?P<type>[\p{Lu}][\p{L}]*)\s*-\s*(?P<iss>" + _ISS + r"(?:-" + _ISS + r")*)"
        ),
        "short": regex.compile(
            r"(?<![\p{L}])(?P<kind>" + kind_blind + r")\s+(?P<so>số\s*:?\s*)?(?P<num>\d{1,4}[a-zđ]?)"
            r"(?:/(?P<iss>CP|TW|TTg)|/(?P<year>(?:19|20)\d\d))?(?![\d\p{L}/-]|[.,]\d"
            r"|\s*(?:năm|tháng|ngày(?!\s*\d{1,2}\s*(?:[/.-]\s*\d|tháng))|%|người|lần|điều|khoản)\b)",
            regex.I,
        ),
        "plenum": regex.compile(
            r"(?<![\p{L}])(?P<kind>Nghị quyết|NQ)\s+(?:của\s+)?(?P<name>(?:Hội nghị\s+)?(?:Trung ương|TƯ|T\.Ư|TW)\s+"
            r"(?:\d{1,2}|lần thứ\s+(?:[\dIVXLC]+|" + _ORDINAL_WORDS + r"))"
            r"(?:\s*,?\s*\(?\s*[Kk]hóa\s+[IVXLC\d]+\s*\)?)?)",
            regex.I,
        ),
        "conference": regex.compile(
            r"(?<![\p{L}])(?P<kind>[Nn]ghị quyết)\s+(?:của\s+)?(?P<name>Hội nghị\s+(?:lần thứ\s+[\dIVXLC]+\s*,?\s*)?"
            r"(?:(?!" + _ANOTHER + r")[^.;\"\n]|\.(?=\S)){0,90}?"
            r"(?:[Kk]hóa\s+[IVXLC\d]+\)?|lần thứ\s+[\dIVXLC]+(?:\s*\(\s*[Kk]hóa\s+[IVXLC\d]+\s*\))?))",
        ),
        "congress": regex.compile(
            r"(?<![\p{L}])(?P<kind>[Nn]ghị quyết)\s+(?:của\s+)?(?P<name>(?:Đại hội\s+(?:(?:đại biểu\s+)?"
            r"(?:(?!" + _ANOTHER + r")[^.;\"\n]){0,60}?\s)??(?:lần thứ\s+)?[IVXLC]{1,6}"
            r"|Đảng bộ\s+(?:(?!" + _ANOTHER + r")[^.;\"\n]){0,40}?\s*lần thứ\s+[IVXLC]{1,6})(?![\p{L}]))",
        ),
        "law_name": regex.compile(
            r"(?<![\p{L}])(?:(?P<kind>Bộ luật|Luật)\s+(?P<name>[\p{L}][\p{L} ,]{2,80}?)"
            r"(?:\s*\((?P<abbr>[\p{Lu}\d&]{2,12})\))?|(?P<kind>Hiến pháp))"
            r"\s+(?:năm\s+)?(?P<year>(?:19|20)\d\d)(?!\d)"
        ),
        "anaphor": regex.compile(
            r"(?<![\p{L}])(?P<kind>" + kind_blind + r")\s+(?:này|nói trên|trên)(?![\p{L}])", regex.I
        ),
        # Where a kind word starts: "short" and "anaphor" are tried only there.
        "kind_at": regex.compile(r"(?<![\p{L}])(?=" + kind_blind + r")", regex.I),
        # What every numbered citation holds: a number, a dash or slash, then a code or a year.
        "numbered_hint": regex.compile(r"\d[a-z]?\s*[-/]\s*(?:\p{L}|(?:19|20)\d\d\s*/)"),
    }


def _kind_starts(text: str, folded: str | None, slow: regex.Pattern[str]) -> list[int]:
    """Where a document kind starts, by the fast scan of the folded text when it keeps offsets."""
    if folded is None:
        return [m.start() for m in slow.finditer(text)]
    return lexicon.word_starts(lexicon.lines("doc_kinds.txt"), folded)


def _at_kinds(pattern: regex.Pattern[str], text: str, starts: list[int]) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that opens with a kind word, tried only where one starts.

    Two patterns open with the kind-word trie, which is the costly part of a
    scan; its starts are found once and each pattern is matched there, with
    finditer's rule that a match does not begin inside the previous one.
    """
    free_from = 0
    for at in starts:
        if at < free_from:
            continue
        m = pattern.match(text, at)
        if m:
            free_from = max(m.end(), at + 1)
            yield m


_ASCII_D = regex.compile(r"^(?:QDI|QD|ND)(?=[/-])")
_AGENCY = regex.compile(r"[\p{Lu}Đ]{2,}[\p{L}]*")
_QUOTED = regex.compile(r"\"([^\"]{3,200})\"")
_DIGITS = regex.compile(r"\d+")


@lexicon.cached
def _subject_end() -> regex.Pattern[str]:
    return regex.compile(r"[.;\n]|,\s*(?=" + _kinds() + r")|\"")


_AND_CONGRESS = regex.compile(
    r"\s*(?:,|và)\s*(?P<name>Đại hội\s+(?:(?:(?!" + _ANOTHER + r")[^.;\"\n]){0,60}?\s)??(?:lần thứ\s+)?[IVXLC]{1,6}"
    r"(?![\p{L}]))"
)
_DATE_AFTER = regex.compile(
    r"\s*,?\s*(?:được\s+)?(?:ban hành|ký)?\s*(?:ngày|vào ngày)\s+(?P<d>\d{1,2})\s*"
    r"(?:(?P<sep>[/.-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*"
    r"|tháng\s+(?P<m>\d{1,2})\s+năm\s+)(?P<y>(?:19|20)\d\d)"
)
_BODY_NEXT = regex.compile(r"\s+(?=\p{Lu})(?!Nghị quyết|Chỉ thị|Kết luận|Đại hội)")
_ISSUER_AFTER = regex.compile(r"\s*,?\s*(?:của|do)\s+(?=[\p{Lu}])")
_SUBJECT_AFTER = regex.compile(r"\s*,?\s*(?:về|\"về)\s+(?:việc\s+)?")
_NOT_LAW_NAME = regex.compile(r"\b(?:được|đã|sẽ|có|là|thông qua|ban hành|sửa đổi năm|gắn với|(?:và|với) Luật)\b")


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
    candidate: Candidate | None = None  # what explain shows for this mention
    alias: str | None = None  # a law's abbreviation written after its name ("(LTN)")


def _mention(text: str, a: int, b: int, reason: str, note: str = "") -> Candidate:
    """A candidate for one mention, with the form that matched it."""
    c = Candidate(FIELD, text[a:b], a, b)
    c.add(reason, a, b, note)
    return c


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


@lexicon.cached
def _list_before() -> regex.Pattern[str]:
    return regex.compile(
        r"(?<![\p{L}])(?P<kind>" + _kinds() + r")\s+(?:số\s*:?\s*)?"
        r"(?P<nums>\d{1,4}[a-z]?(?:\s*(?:,|và)\s*\d{1,4}[a-z]?)*)\s*(?:,|và)\s*$"
    )


_MORE_NUMBER = regex.compile(r"\s*(?:,|và)\s*(?:số\s+)?(\d{1,4}[a-z]?)(?![\d/\p{L}-]|\s*(?:năm|tháng|ngày|%))")
_DIGITS_SUFFIXED = regex.compile(r"\d{1,4}[a-z]?")
_YEAR = regex.compile(r"(?:19[4-9]|20\d)\d")
# Kind words that are also everyday nouns for options and plans: a document only when capitalised or "số".
_COMMON_NOUN_KINDS = regex.compile(r"(?:phương án|kế hoạch|chương trình|dự án|báo cáo|đề án|hướng dẫn)$")
# After a lower-case kind and its number, what shows the noun ("kết luận 49 về ..."), not the verb
# ("quyết định 2 kế hoạch").
_NOUN_AFTER_NUMBER = regex.compile(r"\s*(?:$|[,.;:)\"”]|(?:về|của|ngày|do|và|gắn|đã|được|năm\s+\d{4})(?![\p{L}]))")


def _numbered(text: str, taken: _Taken, rejected: list[Candidate]) -> list[tuple[int, int, _Ref]]:
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
                    rejected.append(_mention(text, a, b, "unknown_type_code", typ))
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
            ref.candidate = _mention(text, a, b, f"{which}_number", m.group(0))
            found.append((a, b, ref))
            taken.add(a, b)
            if not m.group("kind"):
                found += _shared_symbol(text, a, ref, taken)
    return found


def _shared_symbol(text: str, at: int, ref: _Ref, taken: _Taken) -> list[tuple[int, int, _Ref]]:
    """Numbers listed before a citation share its symbol: "Quyết định 101, 102-QĐ/TW"."""
    m = _list_before().search(text, max(0, at - 80), at)
    if not m:
        return []
    ref.kind = _kind_word(m.group("kind"))
    ref.chain = m.start()
    out = []
    for n in _DIGITS_SUFFIXED.finditer(text, m.start("nums"), m.end("nums")):
        a = m.start() if not out else n.start()  # the first number's mention opens with the kind word
        if not taken.free(a, n.end()):
            continue
        other = _Ref(ref.kind, n.group(0), ref.symbol, ref.year, None, [(a, n.end())], chain=m.start())
        other.candidate = _mention(text, a, n.end(), "shared_symbol", ref.symbol or "")
        out.append((a, n.end(), other))
        taken.add(a, n.end())
    return out


def find(doc: CleanText, sentences: list[Segment]) -> tuple[tuple[Directive, ...], list[Candidate]]:
    """Every specific document the article cites, one entry per document, in order of first mention."""
    text = doc.text
    pats = _patterns()
    taken = _Taken()
    rejected: list[Candidate] = []
    found = _numbered(text, taken, rejected) if pats["numbered_hint"].search(text) else []
    free = taken.free

    folded = lexicon.folded_text(text)  # None when folding moves offsets: then only the words are tested on it
    words = folded if folded is not None else text.casefold()
    # Each family of names needs its word: skip the passes a text cannot match (most leads cite nothing).
    resolutions = "nghị quyết" in words or "nq" in words
    laws = "luật" in words or "hiến pháp" in words
    for which in ("plenum", "conference", "congress") if resolutions else ():
        for m in pats[which].finditer(text):
            if not free(m.start(), m.end()):
                continue
            end = _congress_body(text, m.end()) if which == "congress" else m.start() + len(m.group(0).rstrip())
            spans = [(m.start(), end, m.start("name"))]
            # "Nghị quyết Đại hội Đảng toàn quốc lần thứ XII và Đại hội Đảng bộ tỉnh lần thứ XVIII"
            while which == "congress":
                more = _AND_CONGRESS.match(text, spans[-1][1])
                if not more:
                    break
                spans.append((more.start("name"), _congress_body(text, more.end()), more.start("name")))
            for k, (a, b, name_at) in enumerate(spans):
                name = " ".join(text[name_at:b].split()).strip(" ,")
                ref = _Ref("Nghị quyết", None, None, None, name, [(a, b)])
                ref.candidate = _mention(text, a, b, which if k == 0 else "listed_congress", name)
                found.append((a, b, ref))
                taken.add(a, b)
    for m in pats["law_name"].finditer(text) if laws else ():
        name = (m.group("name") or "").strip(" ,") or None
        if not free(m.start(), m.end()):
            continue
        if name is not None and (len(name.split()) > 12 or _NOT_LAW_NAME.search(name)):
            rejected.append(_mention(text, m.start(), m.end(), "not_a_law_name", name))
            continue
        ref = _Ref(m.group("kind"), None, None, int(m.group("year")), name, [(m.start(), m.end())])
        ref.alias = m.group("abbr")
        ref.candidate = _mention(text, m.start(), m.end(), "law_by_name", name or m.group("kind"))
        found.append((m.start(), m.end(), ref))
        taken.add(m.start(), m.end())
    kind_starts = _kind_starts(text, folded, pats["kind_at"])
    for m in _at_kinds(pats["short"], text, kind_starts):
        if not free(m.start(), m.end()):
            continue
        common = _COMMON_NOUN_KINDS.match(m.group("kind").casefold())
        if not m.group("so") and _YEAR.fullmatch(m.group("num")) and (common or m.group("kind")[0].islower()):
            rejected.append(_mention(text, m.start(), m.end(), "year_not_number", m.group("num")))
            continue  # "kế hoạch 2017": the plan of a year
        lower = m.group("kind")[0].islower()
        if lower and not m.group("so") and (common or not _NOUN_AFTER_NUMBER.match(text, m.end())):
            rejected.append(_mention(text, m.start(), m.end(), "verb_not_kind", m.group("kind")))
            continue  # "quyết định 2 kế hoạch": the verb, not a Quyết định; "phương án 2": an option
        kind = _kind_word(m.group("kind"))
        year = int(m.group("year")) if m.group("year") else None
        head = _Ref(kind, m.group("num"), None, year, None, [(m.start(), m.end())], chain=m.start())
        head.candidate = _mention(text, m.start(), m.end(), "short_form", m.group(0))
        found.append((m.start(), m.end(), head))
        taken.add(m.start(), m.end())
        # "Chỉ thị 03 và 05 của Bộ Chính trị": more numbers of the same kind.
        pos = m.end()
        while True:
            more = _MORE_NUMBER.match(text, pos)
            if not more:
                break
            a, b = more.start(1), more.end(1)
            listed = _Ref(kind, more.group(1), None, None, None, [(a, b)], chain=m.start())
            listed.candidate = _mention(text, a, b, "listed_number", kind)
            found.append((a, b, listed))
            taken.add(a, b)
            pos = more.end()

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
    aliases = {r.alias: r.name for _, _, r in found if r.alias and r.name}
    for _, _, r in found:
        if r.candidate is not None:
            decide(r.candidate, "a specific document", "left out")
            if r.candidate.has("same_document"):
                r.candidate.verdict = "another mention of a document already listed"
    by_kind: dict[str, list[_Ref]] = {}
    for r in refs:
        by_kind.setdefault(r.kind, []).append(r)  # in order of first mention
    firsts = {kind: [r.spans[0][0] for r in rs] for kind, rs in by_kind.items()}
    for m in _at_kinds(pats["anaphor"], text, kind_starts):
        kind = _kind_word(m.group("kind"))
        same = by_kind.get(kind, [])
        k = bisect.bisect_left(firsts[kind], m.start()) if same else 0
        if k:
            same[k - 1].extras.append(m.span())  # "Chỉ thị này": the last one of its kind before it
    for c in rejected:
        decide(c, "kept", "not a reference")
    seen = [r.candidate for _, _, r in found if r.candidate is not None] + rejected
    return tuple(_model(doc, r, aliases) for r in refs), seen


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
    """One entry per document: repeats merge; a short form joins the one full form it fits.

    Unnumbered references merge on their canonical key (:mod:`dvextract.doc_keys`),
    so one plenum written several ways is one document, and a law cited by the
    abbreviation its first mention gave ("Luật Thanh niên (LTN) năm 2020" ...
    "Luật LTN năm 2020") is the law it abbreviates.
    """
    aliases = {r.alias: r.name for r in refs if r.alias and r.name}
    out: list[_Ref] = []
    index: dict[tuple[str, object], list[_Ref]] = {}
    for r in refs:
        same = None
        if r.number:
            key: tuple[str, object] = (r.kind, _int(r.number))
        else:
            full = aliases.get(r.name or "")
            if full is not None and r.candidate is not None:
                r.candidate.add("abbreviation_of_law", note=full)
            key = (r.kind, doc_keys.unnumbered(r.kind, full or r.name or "", r.year))
        for o in index.get(key, []):
            if not r.number or r.symbol is None or o.symbol is None or _norm_symbol(r.symbol) == _norm_symbol(o.symbol):
                same = o
                break
        if same is None:
            out.append(r)
            index.setdefault(key, []).append(r)
            continue
        if r.candidate is not None:
            r.candidate.add("same_document", same.spans[0][0], same.spans[0][1], _first_text(same))
        same.spans += r.spans
        if same.symbol is None and r.symbol:
            same.symbol, same.year = r.symbol, r.year
        same.issued = same.issued or r.issued
        same.issuer = same.issuer or r.issuer
        same.subject = same.subject or r.subject
    return out


def _first_text(r: _Ref) -> str:
    return r.candidate.text if r.candidate is not None else f"{r.kind} {r.number or r.name or ''}"


def _key(r: _Ref, aliases: dict[str, str]) -> str:
    if r.number:
        return doc_keys.numbered(r.kind, _int(r.number), _norm_symbol(r.symbol))
    return doc_keys.unnumbered(r.kind, aliases.get(r.name or "") or r.name or "", r.year)


def _congress_body(text: str, end: int) -> int:
    """A congress's name goes on over the body written right after its number ("Đại hội IX Công đoàn tỉnh")."""
    m = _BODY_NEXT.match(text, end)
    if not m:
        return end
    stop = phrases.body_end(text, m.end())
    return stop if stop > m.end() else end


def _model(doc: CleanText, r: _Ref, aliases: dict[str, str]) -> Directive:
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
        key=_key(r, aliases),
        spans=[doc.span(a, b) for a, b in spans],
    )
