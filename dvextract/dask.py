"""Dask integration: ``extract`` mapped over a bag or a DataFrame's partitions.

For archives of millions of articles, a real distributed engine rather
than a home-made one: Dask schedules partitions on a cluster's workers;
dvextract is imported (and its tokenizer model loaded) once per worker
process, on the first partition it meets, and every article of a partition
is extracted in that worker. Install with ``pip install "dvextract[dask]"``.

    import dask.bag as db
    from dvextract.dask import extract_bag

    bag = db.from_sequence(texts, npartitions=8)
    records = extract_bag(bag).compute()          # JSON-ready dicts, input order kept

A failing article gives an error record (``{"error": {...}}``) in its place;
the rest of its partition goes on.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - types only
    import dask.bag
    import dask.dataframe
    import pandas


def extract_partition(texts: Iterable[Any], published: date | None = None) -> list[dict[str, Any]]:
    """Extract every text of one partition; a report dict, or an error record, per text.

    The results are plain JSON-ready dicts (``MeetingReport.model_dump(mode="json")``)
    so they travel between processes and into Parquet or JSON without pydantic.
    """
    from .batch import ExtractionError, extract_many

    out: list[dict[str, Any]] = []
    for r in extract_many(texts, workers=1, published=published):
        if isinstance(r, ExtractionError):
            out.append({"error": r.model_dump(mode="json")})
        else:
            out.append(r.model_dump(mode="json"))
    return out


def extract_bag(bag: dask.bag.Bag, published: date | None = None) -> dask.bag.Bag:
    """A bag of report dicts, one per text of ``bag``, in the same order."""
    return bag.map_partitions(extract_partition, published)


def extract_frame_partition(
    frame: pandas.DataFrame, text_column: str = "text", published: date | None = None
) -> pandas.DataFrame:
    """One DataFrame partition with a ``report`` column of JSON strings added."""
    import json

    records = extract_partition(frame[text_column].tolist(), published)
    result = frame.copy()
    result["report"] = [json.dumps(r, ensure_ascii=False) for r in records]
    return result


def extract_dataframe(
    frame: dask.dataframe.DataFrame, text_column: str = "text", published: date | None = None
) -> dask.dataframe.DataFrame:
    """``frame`` with a ``report`` column (the record as a JSON string) per row."""
    meta = frame._meta.assign(report="")
    return frame.map_partitions(extract_frame_partition, text_column, published, meta=meta)
