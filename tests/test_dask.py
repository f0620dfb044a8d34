"""The Dask recipe on a real LocalCluster with two worker processes."""

from __future__ import annotations

import json

import pytest

from dvextract import extract
from dvextract.dask import extract_bag, extract_frame_partition, extract_partition
from tests.conftest import fixture_texts

TEXTS = [p.read_text(encoding="utf-8") for p in fixture_texts()]


def test_partition_function_matches_extract() -> None:
    got = extract_partition([*TEXTS, None])
    assert got[:-1] == [extract(t).model_dump(mode="json") for t in TEXTS]
    assert got[-1]["error"]["type"] == "TypeError"


@pytest.mark.loopback
def test_bag_on_a_local_cluster_equals_single_process() -> None:
    db = pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, host="127.0.0.1"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        bag = db.from_sequence(TEXTS, npartitions=3)
        got = extract_bag(bag).compute(scheduler=client.get)
        workers = client.run(lambda: __import__("os").getpid())
    assert len(workers) == 2
    assert got == [extract(t).model_dump(mode="json") for t in TEXTS]


def test_dataframe_partition_adds_a_report_column() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"id": range(len(TEXTS)), "text": TEXTS})
    out = extract_frame_partition(frame)
    assert list(out.columns) == ["id", "text", "report"]
    assert json.loads(out["report"][0]) == extract(TEXTS[0]).model_dump(mode="json")


def test_dask_dataframe_gets_a_report_column() -> None:
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    from dvextract.dask import extract_dataframe

    frame = dd.from_pandas(pd.DataFrame({"id": range(len(TEXTS)), "text": TEXTS}), npartitions=2)
    out = extract_dataframe(frame).compute(scheduler="synchronous")
    assert [json.loads(r) for r in out["report"]] == [extract(t).model_dump(mode="json") for t in TEXTS]
