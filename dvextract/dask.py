"""Dask for archives: read and extract on the workers, the same record envelope, Parquet out.

For archives of millions of articles, a real distributed engine rather
than a home-made one: Dask schedules partitions on a cluster's workers;
dvextract is imported (and its tokenizer model loaded) once per worker
process, on the first partition it meets. Install with
``pip install "dvextract[dask]"``.

    import dask.bag as db
    from dvextract.dask import extract_files, to_parquet

    records = extract_files(paths, partition_size=200)   # a bag of envelope dicts, read on the workers
    to_parquet(records, "archive.parquet")                # the SQLite/Parquet tables, one part per partition

Every path gives records as JSON-ready dicts of the envelope
(:class:`~dvextract.records.Record`: ``id``, ``version``, ``meta``,
``report``, ``error``), in input order. A file that cannot be read (missing,
binary, not UTF-8, a bad JSON Lines line) and an article that fails become
error records; the job always completes.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .pipeline import DEFAULT_MAX_CHARS

if TYPE_CHECKING:  # pragma: no cover - types only
    import dask.bag
    import dask.dataframe
    import pandas


def extract_partition(
    items: Iterable[Any],
    published: date | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    split_long: bool = False,
) -> list[dict[str, Any]]:
    """Extract every item of one partition: one envelope dict per item.

    Items are what :func:`~dvextract.batch.extract_many` takes: strings,
    ``(id, text, published)`` tuples, dicts. The dicts are
    ``Record.model_dump(mode="json")``, so they travel between processes and
    into JSON or Parquet without pydantic.
    """
    from .batch import extract_many

    records = extract_many(list(items), workers=1, published=published, max_chars=max_chars, split_long=split_long)
    return [r.model_dump(mode="json") for r in records]


def read_partition(
    paths: Iterable[str | os.PathLike[str]],
    reader: dict[str, Any] | None = None,
    published: date | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    split_long: bool = False,
) -> list[dict[str, Any]]:
    """Read the articles of some paths (files or folders) on this worker and extract them.

    ``reader``: keyword arguments of :func:`dvextract.readers.read`
    (``jsonl``, ``text_field``, ``encoding`` ...). A damaged file becomes
    an error record.
    """
    from .batch import extract_many
    from .readers import read

    articles = read([os.fspath(p) for p in paths], **(reader or {}))
    records = extract_many(articles, workers=1, published=published, max_chars=max_chars, split_long=split_long)
    return [r.model_dump(mode="json") for r in records]


def extract_bag(
    bag: dask.bag.Bag,
    published: date | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    split_long: bool = False,
) -> dask.bag.Bag:
    """A bag of envelope dicts, one per item of ``bag`` (texts, tuples or dicts), in the same order.

    Plain strings get their position within their partition as id; give
    ``(id, text, published)`` tuples or dicts to keep your own ids.
    """
    return bag.map_partitions(extract_partition, published, max_chars, split_long)


def extract_files(
    paths: Sequence[str | os.PathLike[str]],
    *,
    partition_size: int = 100,
    published: date | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    split_long: bool = False,
    **reader: Any,
) -> dask.bag.Bag:
    """A bag of envelope dicts for every article of ``paths``, read on the workers.

    ``paths``: files (text, JSON Lines, gzip) or folders, as
    :func:`dvextract.readers.read` takes them, ``partition_size`` of them
    per partition; only the paths travel to the workers, never the texts.
    ``reader``: keyword arguments of :func:`~dvextract.readers.read`.
    """
    import dask.bag as db

    names = [os.fspath(p) for p in paths]
    bag = db.from_sequence(names, partition_size=max(1, partition_size))
    return bag.map_partitions(read_partition, reader, published, max_chars, split_long)


def to_parquet(records: dask.bag.Bag, path: str | os.PathLike[str]) -> int:
    """Write a bag of envelope dicts as the archive tables below ``path``; the number of records written.

    The layout is the command line's (:mod:`dvextract.writers.parquet`): one
    folder per table, one part file per partition, written by the worker
    that holds the partition (so ``path`` must be reachable from every
    worker: a shared disk, or an object store path mounted there).
    """
    import dask

    root = Path(path)
    root.mkdir(parents=True, exist_ok=True)
    parts = [dask.delayed(_write_part)(part, str(root), i) for i, part in enumerate(records.to_delayed())]
    return sum(dask.compute(*parts))


def _write_part(records: list[dict[str, Any]], root: str, number: int) -> int:
    from .records import Record
    from .writers.parquet import write_part

    return write_part((Record.model_validate(r) for r in records), root, number)


def extract_frame_partition(
    frame: pandas.DataFrame,
    text_column: str = "text",
    id_column: str | None = None,
    published_column: str | None = None,
    published: date | None = None,
) -> pandas.DataFrame:
    """One DataFrame partition with a ``record`` column: the envelope as a JSON string, per row."""
    import json

    texts = frame[text_column].tolist()
    ids = frame[id_column].astype(str).tolist() if id_column else [str(i) for i in frame.index]
    dates = frame[published_column].tolist() if published_column else [None] * len(texts)
    items = [{"id": i, "text": t, "published": _date_or_none(d)} for i, t, d in zip(ids, texts, dates, strict=True)]
    records = extract_partition(items, published)
    result = frame.copy()
    result["record"] = [json.dumps(r, ensure_ascii=False) for r in records]
    return result


def _date_or_none(value: Any) -> Any:
    """pandas' missing values (NaT, NaN) as None; anything else as given (dates, timestamps, ISO strings)."""
    if value is None or value != value:  # NaN and NaT are not equal to themselves
        return None
    return value


def extract_dataframe(
    frame: dask.dataframe.DataFrame,
    text_column: str = "text",
    id_column: str | None = None,
    published_column: str | None = None,
    published: date | None = None,
) -> dask.dataframe.DataFrame:
    """``frame`` with a ``record`` column (the envelope as a JSON string) per row.

    ``id_column`` names each row's article (default: the frame's index);
    ``published_column`` holds its page date (dates, timestamps or ISO strings).
    """
    meta = frame._meta.assign(record="")
    return frame.map_partitions(extract_frame_partition, text_column, id_column, published_column, published, meta=meta)
