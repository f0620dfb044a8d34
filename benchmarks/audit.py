"""Audit a run over an unlabelled archive: what the rules never find, counted.

    python benchmarks/audit.py RECORDS.jsonl [--corpus ../shared/corpus/baomoi-2017-civic.jsonl]
        [--sample 20] [--seed 1] [--json]

RECORDS.jsonl is what ``dvextract extract CORPUS --jsonl-input --format jsonl``
wrote. The detectors below are deliberately independent of dvextract's own
rules and vocabulary (a fixed list of common surnames and title heads, a fixed
list of meeting words), so that two runs of different versions are counted by
the same yardstick: before/after figures of a change come from auditing the
records of each version.

Counts (issues 11-13):
- officials: titled full names (a title head, its words, then a full name with
  a common surname) in meeting articles, and how many of them no official of
  the record holds;
- presiding: sentences of meeting articles with a chairing word (chủ trì, chủ
  tọa, điều hành) and a titled full name, and how many of them hold an
  official of the record with the presiding role;
- meeting facts: the share of meeting articles with a meeting date and with an
  organiser;
- awards: sentences with a number, then a recipient-like noun, and an award
  word, that yield no award in the record;
- directives: the number of distinct directive keys over the archive.
A random sample of each kind of miss is printed for judging by hand.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import regex as re

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "baomoi-2017-civic.jsonl"

# Fixed yardsticks (not dvextract's data files, which change between versions).
SURNAMES = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lâm Đinh Đào Trịnh Hà Trương Mai "
    "Lương Cao Tô Quách Nông Lò Cầm Đoàn Vương Phùng Triệu Lưu Tạ Thái Chu Kiều Hứa Lại Mạc Tăng Từ Khổng "
    "Giang Châu Văn Thạch Sơn Quàng Lục Hoàng"
).split()
TITLE_HEADS = (
    "Tổng Bí thư|Phó Bí thư|Bí thư|Phó Chủ tịch|Chủ tịch|Phó Thủ tướng|Thủ tướng|Bộ trưởng|Thứ trưởng|"
    "Phó Trưởng ban|Trưởng ban|Phó Trưởng Ban|Trưởng Ban|Phó Giám đốc|Giám đốc|Chủ nhiệm|Phó Chủ nhiệm|"
    "Tổng Thư ký|Ủy viên|Chánh Văn phòng|Chánh án|Viện trưởng|Tư lệnh|Chính ủy|Đại sứ|Tổng Giám đốc|Trưởng đoàn"
)
_NAME = r"(?:" + "|".join(SURNAMES) + r")(?: \p{Lu}\p{Ll}*){1,3}"
TITLED_NAME = re.compile(r"(?:" + TITLE_HEADS + r")(?: [\w.\-/]+){0,8}? (?P<name>" + _NAME + r")(?=[\s,.;:)\-]|$)")
PLACE_BEFORE = re.compile(r"(?:TP\.?|[Tt]ỉnh|[Tt]hành phố|[Qq]uận|[Hh]uyện|[Pp]hường|[Xx]ã|[Tt]hị xã) ?$")
MEETING = re.compile(r"[Hh]ội nghị|[Kk]ỳ họp|[Đđ]ại hội|[Tt]iếp xúc cử tri|[Pp]hiên họp|[Bb]uổi làm việc|[Gg]iao ban")
NOT_MEETING = re.compile(r"họp báo|cổ đông|HĐQT")
RECIPIENT = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,4}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:lượt\s+)?"
    r"(?P<r>tập thể|cá nhân|đơn vị|hộ|gia đình|đồng chí|cán bộ|hội viên|đoàn viên|đảng viên|em|học sinh|"
    r"chi hội|chi bộ|xã|phường|cơ sở|công nhân|gương|người|nữ|thanh niên|giáo viên|chiến sĩ|doanh nghiệp)(?!\w)"
)
AWARD_WORD = re.compile(
    r"[Bb]ằng khen|[Gg]iấy khen|[Kk]hen thưởng|[Hh]uân chương|[Hh]uy hiệu|[Kk]ỷ niệm chương|[Tt]uyên dương|"
    r"[Bb]iểu dương|[Vv]inh danh|[Tt]ôn vinh|[Cc]ờ thi đua|[Gg]iải thưởng|[Dd]anh hiệu"
)
SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
CHAIRING = re.compile(r"(?<!\w)(?:[Cc]hủ trì|[Cc]hủ tọa|[Cc]hủ toạ|[Đđ]iều hành)(?!\w)")
# A day and month written in the lead ("13/1", "ngày 7-7", "11.6"), and a year written anywhere in it.
DAY_MONTH = re.compile(r"(?<![\d/.-])(?:0?[1-9]|[12]\d|3[01])\s*[/.-]\s*(?:0?[1-9]|1[0-2])(?![\d/.-]*\d{3})(?!\d)")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _lead(text: str) -> str:
    lines = [x for x in text.split("\n") if x.strip()]
    return " ".join(lines[:3])[:900]


def meeting_article(text: str) -> bool:
    """A lead that names a meeting and no press conference or company meeting."""
    lead = _lead(text)
    return bool(MEETING.search(lead)) and not NOT_MEETING.search(lead)


def audit(records: dict[str, dict[str, Any]], corpus: list[dict[str, str]]) -> dict[str, Any]:
    titled, unheld, samples_titled = 0, 0, []
    meetings, with_date, with_org = 0, 0, 0
    no_date, no_org = [], []
    no_date_no_year = 0  # a day and month in the lead but no year: the corpus has no page dates to complete it
    award_sents, award_missed, samples_awards = 0, 0, []
    keys: set[str] = set()
    mentions = 0
    chair_sents, chair_held, samples_chair = 0, 0, []
    for art in corpus:
        rec = records.get(art["id"])
        if rec is None or rec.get("report") is None:
            continue
        rep = rec["report"]
        text = art["text"]
        for d in rep.get("directives", []):
            keys.add(d["key"])
            mentions += 1
        awarded = [a["spans"][0]["start"] for a in rep.get("awards", []) if a.get("spans")]
        for s in SENTENCE.finditer(text):
            if not (RECIPIENT.search(s.group(0)) and AWARD_WORD.search(s.group(0))):
                continue
            award_sents += 1
            if not any(s.start() <= a < s.end() for a in awarded):
                award_missed += 1
                samples_awards.append((art["id"], s.group(0).strip()[:300]))
        if not meeting_article(text):
            continue
        meetings += 1
        with_date += rep.get("meeting_date") is not None
        with_org += rep.get("organizer") is not None
        if rep.get("meeting_date") is None:
            lead = _lead(text)
            if DAY_MONTH.search(lead) and not YEAR.search(lead) and rep.get("published") is None:
                no_date_no_year += 1
            else:
                no_date.append((art["id"], lead[:300]))
        if rep.get("organizer") is None:
            no_org.append((art["id"], _lead(text)[:300]))
        held = {o["name"] for o in rep.get("officials", [])}
        presiding = [s["start"] for o in rep.get("officials", []) if "presiding" in o["roles"] for s in o["spans"]]
        for s in SENTENCE.finditer(text):
            if not CHAIRING.search(s.group(0)) or not TITLED_NAME.search(s.group(0)):
                continue
            chair_sents += 1
            if any(s.start() <= a < s.end() for a in presiding):
                chair_held += 1
            else:
                samples_chair.append((art["id"], s.group(0).strip()[:300]))
        seen: set[str] = set()
        for m in TITLED_NAME.finditer(text):
            name = m.group("name")
            if name in seen or PLACE_BEFORE.search(text, max(0, m.start("name") - 12), m.start("name")):
                continue
            seen.add(name)
            titled += 1
            if name not in held and not any(h.endswith(name) or name.endswith(h) for h in held):
                unheld += 1
                samples_titled.append((art["id"], m.group(0)[-120:]))
    return {
        "articles": len(corpus),
        "meeting_articles": meetings,
        "officials": {"titled_full_names": titled, "held_by_no_official": unheld},
        "presiding": {"chairing_sentences_with_titled_name": chair_sents, "hold_a_presiding_official": chair_held},
        "meeting_facts": {
            "with_meeting_date": with_date,
            "without_date_for_want_of_a_year": no_date_no_year,
            "with_organizer": with_org,
            "share_with_meeting_date": round(with_date / meetings, 3) if meetings else 0,
            "share_with_meeting_date_of_those_with_a_year": (
                round(with_date / (meetings - no_date_no_year), 3) if meetings > no_date_no_year else 0
            ),
            "share_with_organizer": round(with_org / meetings, 3) if meetings else 0,
        },
        "awards": {"award_sentences": award_sents, "yield_no_award": award_missed},
        "directives": {"mentions": mentions, "distinct_keys": len(keys)},
        "_samples": {
            "titled_not_held": samples_titled,
            "chairing_sentence_no_presiding": samples_chair,
            "no_meeting_date": no_date,
            "no_organizer": no_org,
            "award_sentence_no_award": samples_awards,
        },
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("records", type=Path)
    p.add_argument("--corpus", type=Path, default=CORPUS)
    p.add_argument("--sample", type=int, default=20)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    corpus = [json.loads(x) for x in args.corpus.read_text(encoding="utf-8").splitlines() if x.strip()]
    records: dict[str, dict[str, Any]] = {}
    for line in args.records.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            records[str(r.get("id") or r.get("file"))] = r
    out = audit(records, corpus)
    samples = out.pop("_samples")
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print(json.dumps(out, ensure_ascii=False, indent=1))
    rng = random.Random(args.seed)
    for kind, rows in samples.items():
        print(f"\n## {kind}: {len(rows)} (a sample of {min(args.sample, len(rows))})")
        for ident, snippet in rng.sample(rows, min(args.sample, len(rows))):
            print(f"- {ident}: {snippet}")
    counts = Counter(ident for ident, _ in samples["titled_not_held"])
    print(f"\narticles with a titled name no official holds: {len(counts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
