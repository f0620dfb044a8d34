"""Many articles at once: a process pool that keeps input order and never loses a result.

:func:`extract_many` takes articles as plain strings, ``(id, text)`` or
``(id, text, published)`` tuples, dicts with those keys (and ``meta``), or
:class:`~dvextract.readers.Article` objects from the readers, and yields one
:class:`~dvextract.records.Record` per article, in input order.

How it survives:

- underthesea's tokenizer is loaded once per worker (the pool's
  initializer); work travels in chunks so the per-task overhead stays
  small; at most a few chunks per worker are in flight, so memory stays
  bounded on an endless input;
- the pool never has more workers than there are chunks of input: one
  article runs in this process, whatever ``workers`` says;
- an article that fails gives a record with a typed error in its place;
- a worker that dies (killed, out of memory) breaks the pool: the chunks
  that were in flight are run again, one at a time, in a fresh pool, so a
  chunk that was only unlucky comes back whole and an article that kills
  its worker every time is found and given a ``worker`` error record;
- workers ignore Ctrl-C: the caller decides when to stop, and a generator
  closed early shuts the pool down.

The worker functions live at module level and the pool is built only when
iterated, so the spawn start method (macOS, Windows) works as long as the
calling script keeps its work under ``if __name__ == "__main__":``.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from itertools import chain, islice
from pathlib import Path
from typing import Any, NamedTuple

from . import lexicon
from .pipeline import DEFAULT_MAX_CHARS, extract
from .readers import Article, parse_date
from .records import ExtractionError, Record

__all__ = ["ExtractionError", "Record", "extract_many"]

log = logging.getLogger(__name__)

Item = str | Article | tuple[Any, ...] | Mapping[str, Any]


class _Options(NamedTuple):
    published: date | None
    max_chars: int | None
    split_long: bool
    extra_lexicon: Path | None = None


def extract_many(
    items: Iterable[Item],
    *,
    workers: int | None = None,
    published: date | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    split_long: bool = False,
    chunksize: int = 8,
    extra_lexicon: str | Path | None = None,
) -> Iterator[Record]:
    """Yield one :class:`Record` per item, in input order, from a process pool.

    Items: a ``str`` (its id is its position, ``"0"``, ``"1"`` ...), an
    ``(id, text)`` or ``(id, text, published)`` tuple, a dict with ``text``
    and optional ``id``, ``published`` (a date or ISO string) and ``meta``,
    or an :class:`~dvextract.readers.Article`. A malformed item gives an
    error record. ``items`` itself must not be a string: ``extract_many("abc")``
    raises ``TypeError`` (a str is one article: call ``extract``, or pass
    ``[text]``).

    ``workers``: processes (default: the CPU count; 0 or 1 runs here).
    ``published``: the page date for items that carry none; the text's own
    date line wins over both. ``max_chars`` and ``split_long`` are passed to
    :func:`~dvextract.extract`. ``extra_lexicon``: a folder of the user's own
    vocabulary files, added to the package's in every worker
    (:class:`~dvextract.Extractor`).
    """
    if isinstance(items, str | bytes | bytearray):
        raise TypeError(
            f"extract_many() takes an iterable of articles, got a {type(items).__name__}: "
            "pass [text] for one article, or call extract(text)"
        )
    if chunksize < 1:
        raise ValueError("chunksize must be at least 1")
    if published is not None and not isinstance(published, date):
        raise TypeError(f"published must be a datetime.date or None, got {type(published).__name__}")
    extra = lexicon.check_overlay(extra_lexicon) if extra_lexicon is not None else None
    opts = _Options(published, max_chars, split_long, extra)
    workers = (os.cpu_count() or 1) if workers is None else workers
    articles = (_article(i, item) for i, item in enumerate(items))
    return _run(articles, workers, chunksize, opts)


def _article(index: int, item: object) -> Article:
    """An item as an Article; anything malformed becomes an Article carrying an input error."""
    ident = str(index)
    try:
        if isinstance(item, Article):
            return item
        if isinstance(item, str):
            return Article(ident, item)
        if isinstance(item, tuple | list) and len(item) in (2, 3):
            ident = str(item[0])
            return Article(ident, _text(item[1]), parse_date(item[2]) if len(item) == 3 else None)
        if isinstance(item, Mapping):
            ident = str(item.get("id", ident))
            meta = item.get("meta") or {}
            if not isinstance(meta, Mapping):
                raise TypeError(f"meta must be a dict, got {type(meta).__name__}")
            return Article(ident, _text(item.get("text")), parse_date(item.get("published")), dict(meta))
        if isinstance(item, bytes | bytearray):
            raise TypeError("an article must be str, got bytes: decode it first (e.g. data.decode('utf-8'))")
        raise TypeError(
            "an item must be a str, an (id, text[, published]) tuple, a dict with 'text' or an Article, "
            f"got {type(item).__name__}"
        )
    except (TypeError, ValueError) as e:
        return Article(ident, None, error=ExtractionError(kind="input", type=type(e).__name__, message=str(e)))


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bytes | bytearray):
        raise TypeError("an article must be str, got bytes: decode it first (e.g. data.decode('utf-8'))")
    raise TypeError(f"an article's text must be str, got {type(value).__name__}")


def _one(article: Article, opts: _Options) -> Record:
    meta = dict(article.meta)
    if article.error is not None or article.text is None:
        error = article.error or ExtractionError(kind="input", type="ValueError", message=f"{article.id}: no text")
        return Record(id=article.id, meta=meta, error=error)
    try:
        with lexicon.overlay(opts.extra_lexicon):
            report = extract(
                article.text,
                published=article.published or opts.published,
                max_chars=opts.max_chars,
                split_long=opts.split_long,
            )
    except Exception as e:
        error = ExtractionError(kind="extract", type=type(e).__name__, message=f"{article.id}: {e}")
        return Record(id=article.id, meta=meta, error=error)
    return Record(id=article.id, meta=meta, report=report)


def _chunk(articles: list[Article], opts: _Options) -> list[str]:
    """A worker's part: records travel back as JSON, which is several times cheaper to rebuild than objects."""
    return [_one(a, opts).model_dump_json() for a in articles]


def _rebuilt(articles: list[Article], results: list[str]) -> Iterator[Record]:
    for article, text in zip(articles, results, strict=True):
        record = Record.model_validate_json(text)
        if record.report is not None:
            record.report._source = article.text  # the views draw it, as for a report made in this process
        yield record


def _start_worker() -> None:
    """Each worker: leave Ctrl-C to the parent, and load the tokenizer once before any article."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _load_tokenizer()


def _load_tokenizer() -> None:
    from .tokens import word_starts

    word_starts("Bí thư Quận ủy Dương Kinh Đào Văn Ninh")


def _run(articles: Iterator[Article], workers: int, chunksize: int, opts: _Options) -> Iterator[Record]:
    """In this process for one worker or one chunk of input; else a pool no larger than the input needs."""
    # Look ahead only as far as needed to size the pool: a stream's first record is never held back.
    head = list(islice(articles, workers * chunksize + 1)) if workers > 1 else []
    chunks = -(-len(head) // chunksize)
    if workers <= 1 or chunks <= 1:
        log.debug("extracting in this process")
        for a in chain(head, articles):
            yield _one(a, opts)
        return
    if multiprocessing.get_start_method() == "fork":
        _load_tokenizer()  # once, here: forked workers share it instead of each loading their own
    log.debug("extracting with %d worker processes", min(workers, chunks))
    yield from _pooled(chain(head, articles), min(workers, chunks), chunksize, opts)


def _pooled(articles: Iterator[Article], workers: int, chunksize: int, opts: _Options) -> Iterator[Record]:
    chunks = iter(lambda: list(islice(articles, chunksize)), [])
    window = workers * 3
    suspects: deque[list[Article]] = deque()  # chunks in flight when a worker died, to run again alone
    pending: deque[tuple[list[Article], Future[list[str]], bool]] = deque()
    pool = _pool(workers)
    try:
        while True:
            if suspects:
                if not pending:
                    items = suspects.popleft()
                    pending.append((items, _submit(pool, items, opts), True))
            else:
                while len(pending) < window:
                    items = next(chunks, [])
                    if not items:
                        break
                    pending.append((items, _submit(pool, items, opts), False))
            if not pending:
                pool.shutdown(wait=True)
                return
            items, future, alone = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(workers)
                redo = [it for it, _, _ in pending]
                pending.clear()
                if not alone:
                    log.warning("a worker died: running the %d chunks in flight again in a fresh pool", 1 + len(redo))
                    suspects.extendleft(reversed([items, *redo]))
                elif len(items) > 1:
                    suspects.extendleft(reversed([[a] for a in items]))
                else:
                    a = items[0]
                    message = f"{a.id}: the worker process died while extracting this article, also when run alone"
                    log.warning("%s", message)
                    error = ExtractionError(kind="worker", type="BrokenProcessPool", message=message)
                    yield Record(id=a.id, meta=dict(a.meta), error=error)
                continue
            except Exception as e:  # the chunk could not be sent or its results not returned
                for a in items:
                    error = ExtractionError(kind="worker", type=type(e).__name__, message=f"{a.id}: {e}")
                    yield Record(id=a.id, meta=dict(a.meta), error=error)
                continue
            yield from _rebuilt(items, results)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, items: list[Article], opts: _Options) -> Future[list[str]]:
    """Send a chunk; a pool already broken by a dead worker gives a future that fails the same way.

    A worker can die while chunks are still being sent, and then ``submit``
    raises at once: the chunk must go down the same retry path as the ones
    in flight, not end the batch.
    """
    try:
        return pool.submit(_chunk, items, opts)
    except BrokenProcessPool as e:
        failed: Future[list[str]] = Future()
        failed.set_exception(e)
        return failed


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=_start_worker)
