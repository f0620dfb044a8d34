"""What a user would otherwise assemble: underthesea ``ner()`` plus dateparser.

Every sentence goes through underthesea's named-entity recogniser (persons
become officials, with no titles or roles) and the whole text through
dateparser's ``search_dates(languages=['vi'])`` (the first date found is the
meeting's). It returns a :class:`dvextract.MeetingReport`, so
``dvextract.evaluate.evaluate`` scores it on the same gold as dvextract.
"""

from __future__ import annotations

from datetime import date

from dvextract import MeetingReport, Official
from dvextract.clean import clean
from dvextract.segment import sentences


def baseline_extract(text: str) -> MeetingReport:
    from dateparser.search import search_dates
    from underthesea import ner

    doc = clean(text)
    names: list[str] = []
    for seg in sentences(doc.text):
        current: list[str] = []
        for token, _pos, _chunk, tag in ner(seg.text):
            if tag.endswith("PER"):
                if tag.startswith("B-") and current:
                    names.append(" ".join(current))
                    current = []
                current.append(token)
            elif current:
                names.append(" ".join(current))
                current = []
        if current:
            names.append(" ".join(current))
    found = search_dates(doc.text, languages=["vi"]) or []
    meeting: date | None = found[0][1].date() if found else None
    officials = [Official(name=n) for n in dict.fromkeys(names)]
    return MeetingReport(meeting_date=meeting, officials=officials)
