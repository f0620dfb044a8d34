"""Many articles at once: a process pool that keeps input order and never loses a result.

underthesea's tokenizer is loaded once per worker (the pool's initializer),
work travels in chunks so the per-task overhead stays small, at most a few
chunks per worker are in flight so memory stays bounded on an endless
input, and a text that fails yields an :class:`ExtractionError` in its
place instead of stopping the batch.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from itertools import islice

from pydantic import Field

from .models import MeetingReport, _Frozen
from .pipeline import extract


class ExtractionError(_Frozen):
    """The record of an input that could not be read or extracted."""

    index: int = Field(description="Position of the input in the batch, from 0.")
    id: str | None = Field(None, description="The input's name (file, JSONL id), when known.")
    type: str = Field(description="The exception's type, e.g. TypeError.")
    message: str = Field(description="The exception's message.")


Result = MeetingReport | ExtractionError


def _one(index: int, text: object, published: date | None) -> Result:
    try:
        return extract(text, published=published)  # type: ignore[arg-type]
    except Exception as e:
        return ExtractionError(index=index, type=type(e).__name__, message=str(e))


def _chunk(items: list[tuple[int, object]], published: date | None) -> list[Result]:
    return [_one(i, t, published) for i, t in items]


def _warm() -> None:
    """Load the tokenizer's model once in each worker, before any article arrives."""
    from .tokens import word_starts

    word_starts("Bí thư Quận ủy Dương Kinh Đào Văn Ninh")


def extract_many(
    texts: Iterable[object],
    *,
    workers: int | None = None,
    published: date | None = None,
    chunksize: int = 8,
) -> Iterator[Result]:
    """Yield one result per text, in input order: a report, or an error record.

    ``workers``: processes to use (default: the CPU count); 0 or 1 runs in
    this process. ``published`` is passed to every ``extract`` call.
    """
    workers = (os.cpu_count() or 1) if workers is None else workers
    numbered = enumerate(texts)
    if workers <= 1:
        for i, t in numbered:
            yield _one(i, t, published)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm) as pool:
        pending: list[tuple[list[tuple[int, object]], Future[list[Result]]]] = []
        window = workers * 3
        while True:
            while len(pending) < window:
                items = list(islice(numbered, chunksize))
                if not items:
                    break
                pending.append((items, pool.submit(_chunk, items, published)))
            if not pending:
                return
            items, future = pending.pop(0)
            try:
                yield from future.result()
            except BrokenProcessPool as e:
                # A worker died (a crash, not an exception): its chunk is reported as
                # failed, and everything after it is still done, here in this process.
                for i, _ in items:
                    yield ExtractionError(index=i, type=type(e).__name__, message=str(e) or "worker died")
                for rest, _ in pending:
                    for i, t in rest:
                        yield _one(i, t, published)
                for i, t in numbered:
                    yield _one(i, t, published)
                return
