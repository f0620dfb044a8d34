"""Word tokenisation with underthesea, only where a stage needs words, and located.

underthesea's ``word_tokenize`` is the costliest step of the pipeline (about
50 ms for a 3,500-character article) and returns strings, not offsets; it
may also rewrite characters ("Hoà" becomes "Hòa"). So it is called lazily,
on the short snippets a stage asks about (a run of capitalised syllables
that may be a place followed by a name: "Quận ủy Dương Kinh Đào Văn Ninh"),
the model is loaded once, on first use, and the tokens are located in the
snippet by walking it, which tolerates the tokenizer's rewrites.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def _fold(s: str) -> str:
    """A same-length comparison form without diacritics or case, robust to tone rewrites."""
    return "".join(unicodedata.normalize("NFD", c)[0].lower() for c in s).replace("đ", "d")


@lru_cache(maxsize=4096)
def word_starts(snippet: str) -> frozenset[int]:
    """Offsets in ``snippet`` where underthesea starts a word (multi-syllable words join)."""
    from underthesea import word_tokenize  # heavy: imported on first use only

    starts: set[int] = set()
    pos = 0
    folded = _fold(snippet)
    for token in word_tokenize(snippet):
        first = _fold(token.split()[0]) if token.split() else ""
        if not first:
            continue
        at = folded.find(first, pos)
        if at < 0:
            continue
        starts.add(at)
        pos = at + len(first)
    return frozenset(starts)
