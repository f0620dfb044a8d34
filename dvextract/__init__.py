"""dvextract: Vietnamese civic-meeting news reports into validated, evidence-backed records.

>>> from datetime import date
>>> from dvextract import extract
>>> report = extract("Chiều 13/1, Ban Dân vận Quận ủy tổ chức hội nghị tổng kết năm 2019.", published=date(2020, 1, 14))
>>> report.meeting_date.isoformat(), report.organizer.name
('2020-01-13', 'Ban Dân vận Quận ủy')
"""

import logging as _logging

from .batch import extract_many
from .explain import Explanation, explain
from .models import Award, Directive, Evidence, MeetingReport, Official, Organizer, Span
from .pipeline import DEFAULT_MAX_CHARS, Extractor, extract
from .records import ExtractionError, Record
from .version import __version__

__all__ = [
    "DEFAULT_MAX_CHARS",
    "Award",
    "Directive",
    "Evidence",
    "Explanation",
    "ExtractionError",
    "Extractor",
    "MeetingReport",
    "Official",
    "Organizer",
    "Record",
    "Span",
    "__version__",
    "explain",
    "extract",
    "extract_many",
]

_logging.getLogger(__name__).addHandler(_logging.NullHandler())  # a library logs; the application decides where
