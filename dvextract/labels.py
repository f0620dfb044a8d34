"""The review page's words in English or Vietnamese, read from ``data/view_labels.tsv``.

A journalist reads the page in Vietnamese, a foreign researcher in English;
the field names of the model ("meeting_date", "awarding") are neither. The
words live in a data file so that a reader can correct a label without
reading Python.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import Literal

from . import lexicon

Lang = Literal["vi", "en"]
LANGS: tuple[Lang, ...] = ("vi", "en")


@cache
def labels(lang: str) -> Mapping[str, str]:
    """Every key of the labels file mapped to its word in ``lang`` ("vi" or "en")."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}, got {lang!r}")
    column = 1 if lang == "en" else 2
    return MappingProxyType({row[0]: row[column] for row in lexicon.table("view_labels.tsv")})


def word(lang: str, key: str, fallback: str | None = None) -> str:
    """The label for ``key``; ``fallback`` when the file has none (no fallback: a missing key is a bug)."""
    found = labels(lang).get(key)
    if found is not None:
        return found
    if fallback is None:
        raise KeyError(f"no label {key!r} in data/view_labels.tsv")
    return fallback
