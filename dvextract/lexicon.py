"""Lexicons: the field's vocabulary, kept in data files beside the code.

Titles, bodies, document types, surnames, number words and cue verbs change
as Vietnamese institutions change (the 2025 merger of provinces and boards
is one example), so they live in ``dvextract/data/`` as plain text that a
domain expert can edit without reading Python.

A user extends the vocabulary without touching the installed package: a
folder of files named like the package's (``surnames.txt``,
``title_heads.txt``, ``bodies.txt``, ``roles.tsv`` ...) whose lines are added
to the package's, activated for a block of work with :func:`overlay` (what
``Extractor(extra_lexicon=...)`` and ``--extra-lexicon`` do). A line
starting with ``!`` removes an entry instead. Everything derived from the
files (word sets, compiled patterns) is cached per active overlay with
:func:`cached`, so the default vocabulary is read once per process and an
overlay costs one more read, not one per article.
"""

from __future__ import annotations

import contextvars
import inspect
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import wraps
from importlib import resources
from pathlib import Path
from typing import ParamSpec, TypeVar

import regex

P = ParamSpec("P")
R = TypeVar("R")

_ACTIVE: contextvars.ContextVar[Path | None] = contextvars.ContextVar("dvextract_lexicon", default=None)


def check_overlay(folder: str | Path) -> Path:
    """The overlay folder, resolved; an error naming it when it is not a folder of known files."""
    path = Path(folder).expanduser().resolve()
    if not path.is_dir():
        raise ValueError(f"extra lexicon {folder}: not a folder")
    known = {p.name for p in resources.files("dvextract").joinpath("data").iterdir()}  # type: ignore[attr-defined]
    unknown = sorted(p.name for p in path.iterdir() if p.is_file() and p.name not in known)
    if unknown:
        names = ", ".join(sorted(known))
        raise ValueError(f"extra lexicon {folder}: {', '.join(unknown)} extend no vocabulary file (known: {names})")
    return path


@contextmanager
def overlay(folder: str | Path | None) -> Iterator[None]:
    """Within the block, every lexicon lookup includes the lines of ``folder``'s files."""
    token = _ACTIVE.set(check_overlay(folder) if folder is not None else None)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def cached(func: Callable[P, R]) -> Callable[P, R]:
    """Like functools.cache, but one cache per active overlay: for anything built from data files."""
    store: dict[tuple[object, ...], R] = {}
    if not inspect.signature(func).parameters:
        # Most cached functions take nothing and are called in the stages' inner loops:
        # one dictionary lookup by the active overlay.
        by_overlay: dict[Path | None, R] = {}

        @wraps(func)
        def bare() -> R:
            active = _ACTIVE.get()
            try:
                return by_overlay[active]
            except KeyError:
                value = by_overlay[active] = func()  # type: ignore[call-arg]
                return value

        return bare  # type: ignore[return-value]

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        # Called in the stages' inner loops: the key is built as cheaply as it can be.
        key = (_ACTIVE.get(), args, tuple(sorted(kwargs.items()))) if kwargs else (_ACTIVE.get(), args)
        try:
            return store[key]
        except KeyError:
            value = store[key] = func(*args, **kwargs)
            return value

    return wrapper


def _read(name: str, extra: Path | None) -> list[str]:
    raw = resources.files("dvextract").joinpath("data", name).read_text(encoding="utf-8")
    texts = [raw]
    if extra is not None and (extra / name).is_file():
        texts.append((extra / name).read_text(encoding="utf-8"))
    out: list[str] = []
    for text in texts:
        for line in text.splitlines():
            line = line.split(" #", 1)[0].strip() if not line.startswith("#") else ""
            if not line:
                continue
            if line.startswith("!"):
                gone = line[1:].strip()
                out = [x for x in out if x != gone and x.split("\t", 1)[0] != gone]
            elif line not in out:
                out.append(line)
    return out


@cached
def lines(name: str) -> tuple[str, ...]:
    """The non-empty, non-comment lines of ``data/<name>`` (and of the active overlay's), stripped."""
    return tuple(_read(name, _ACTIVE.get()))


@cached
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated data file, each cell stripped."""
    return tuple(tuple(c.strip() for c in line.split("\t")) for line in lines(name))


@cached
def words(name: str) -> frozenset[str]:
    """A data file's lines as a set."""
    return frozenset(lines(name))


@cached
def folded(name: str) -> frozenset[str]:
    """A data file's lines as a case-folded set, for case-blind lookups."""
    return frozenset(w.casefold() for w in lines(name))


def boilerplate() -> frozenset[str]:
    """Lines that start the site furniture after an article ("Tin khác")."""
    return folded("boilerplate.txt")


def surnames() -> frozenset[str]:
    """Vietnamese family names (domain.md section 3), as written with capitals."""
    return words("surnames.txt")


@cached
def mapping(name: str) -> dict[str, str]:
    """A two-column data file as a dict from the first column to the second."""
    return {row[0]: row[1] for row in table(name) if len(row) >= 2}


def _written_forms(entry: str) -> tuple[str, ...]:
    """An entry as written, with its first letter capitalised (a sentence may open with it),
    and in capitals (headlines are often set so).

    Common words are matched this way, never case-blind, so a proper noun
    that shares their letters ("xã Cổ Đông", "Bà Lộc") is not taken for them.
    """
    if not entry[:1].islower():
        return (entry,)
    return tuple(dict.fromkeys((entry, entry[:1].upper() + entry[1:], entry.upper())))


def alternation(items: Iterable[str], *, fold: bool = False) -> str:
    """A regex matching any of ``items``, the longest that fits, written as a trie.

    Vocabularies of a hundred entries are searched through every sentence; a
    plain alternation tries each entry at each position, a trie reads each
    character once (several times faster, same matches). ``fold`` builds it
    on case-folded entries, for patterns compiled case-blind (``regex.I``).
    At each node, going on is tried before stopping, so the longest entry wins;
    a lookahead after the pattern backtracks to a shorter one when needed.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for item in items:
        if not item:
            continue
        node = trie
        for ch in item.casefold() if fold else item:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        branches = [regex.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + build(trie) + ")"


@cached
def pattern(name: str, *, case_blind: bool = False, column: int | None = None) -> regex.Pattern[str]:
    """One alternation of a data file's entries (longest first) between word boundaries.

    ``case_blind`` is for vocabularies written in any case (title heads,
    abbreviations); common words keep their case (see :func:`_written_forms`).
    ``column`` takes the entries from that column of a tab-separated file.
    """
    entries = [row[column] for row in table(name)] if column is not None else list(lines(name))
    forms = entries if case_blind else [f for e in entries for f in _written_forms(e)]
    # An abbreviation ending in "." may touch the next word ("CT.Hội CCB quận", "TS.Nguyễn").
    words = alternation([f for f in forms if not f.endswith(".")], fold=case_blind) + r"(?![\p{L}\d])"
    dotted = [f for f in forms if f.endswith(".")]
    body = words + ("|" + alternation(dotted, fold=case_blind) if dotted else "")
    return regex.compile(r"(?<![\p{L}\d])(?:" + body + ")", regex.I if case_blind else 0)


@cached
def _word_scan(items: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(alternation(items, fold=True))


def word_starts(items: tuple[str, ...], folded: str) -> list[int]:
    """Where any of ``items`` starts a word of ``folded`` (a text case-folded by :func:`folded_text`).

    Whole-text scans of a vocabulary are the costliest reads of a short
    article. The stdlib engine matching case by case over the folded text runs
    two to three times as fast as ``regex`` with ``regex.I``, and faster again
    when the pattern opens with its words (no lookbehind): it then skips every
    character no entry starts with. A match glued to the word before it is
    dropped here. Matches do not overlap: an entry inside a longer one that
    matched is not reported (the caller reads what follows each start).
    """
    starts = (m.start() for m in _word_scan(items).finditer(folded))
    return [at for at in starts if not (at and folded[at - 1].isalnum())]


def folded_text(text: str) -> str | None:
    """``text`` case-folded, when folding keeps every offset (it does for Vietnamese; "ß" would not)."""
    f = text.casefold()
    return f if len(f) == len(text) else None
