"""Dask: the envelope on every path; files read on a real two-process LocalCluster, damaged ones included."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dvextract import Record, extract
from dvextract.dask import extract_frame_partition, extract_partition, read_partition
from tests.conftest import fixture_texts

PATHS = fixture_texts()
TEXTS = [p.read_text(encoding="utf-8") for p in PATHS]
NO_YEAR = "Chiều 13/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban."


def _report(text: str) -> dict[str, Any]:
    return extract(text).model_dump(mode="json")


def test_partition_gives_envelopes_with_ids_and_dates() -> None:
    got = extract_partition([("a", NO_YEAR, "2022-02-01"), {"id": "b", "text": NO_YEAR}, None])
    assert [r["id"] for r in got] == ["a", "b", "2"]
    assert got[0]["report"]["meeting_date"] == "2022-01-13" and got[1]["report"]["meeting_date"] is None
    assert got[2]["error"]["kind"] == "input" and got[2]["report"] is None
    assert all(Record.model_validate(r) for r in got)


def test_read_partition_turns_damaged_files_into_error_records(tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"H\xe9i ngh\xec t\xf4ng k\xe9t")  # Latin-1 bytes: not UTF-8
    got = read_partition([str(PATHS[0]), str(latin), str(tmp_path / "gone.txt")])
    assert [r["error"]["kind"] if r["error"] else "ok" for r in got] == ["ok", "read", "read"]
    assert got[0]["report"] == _report(TEXTS[0])


def test_dataframe_partition_adds_a_record_column_with_ids_and_dates() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"url": ["u1", "u2"], "text": [NO_YEAR, NO_YEAR], "day": [pd.Timestamp("2021-03-01"), pd.NaT]})
    out = extract_frame_partition(frame, id_column="url", published_column="day", published=date(2019, 6, 1))
    assert list(out.columns) == ["url", "text", "day", "record"]
    records = [json.loads(r) for r in out["record"]]
    assert [r["id"] for r in records] == ["u1", "u2"]
    assert [r["report"]["meeting_date"] for r in records] == ["2021-01-13", "2019-01-13"]


def test_dask_dataframe_gets_a_record_column() -> None:
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    from dvextract.dask import extract_dataframe

    frame = dd.from_pandas(pd.DataFrame({"id": range(len(TEXTS)), "text": TEXTS}), npartitions=2)
    out = extract_dataframe(frame, id_column="id").compute(scheduler="synchronous")
    records = [json.loads(r) for r in out["record"]]
    assert [r["id"] for r in records] == [str(i) for i in range(len(TEXTS))]
    assert [r["report"] for r in records] == [_report(t) for t in TEXTS]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, host="127.0.0.1"
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


@pytest.mark.loopback
def test_files_read_on_a_local_cluster_with_a_damaged_one(
    client: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Worker processes read the paths; a Latin-1 file and a missing one become error records; the job completes."""
    from dvextract.dask import extract_files, to_parquet

    tmp = tmp_path_factory.mktemp("dask")
    latin = tmp / "latin-1.txt"
    latin.write_bytes(b"H\xe9i ngh\xec t\xf4ng k\xe9t")
    paths = [*PATHS[:4], latin, tmp / "missing.txt", *PATHS[4:]]
    bag = extract_files(paths, partition_size=3)
    assert bag.npartitions == 4
    got = bag.compute(scheduler=client.get)
    pids = client.run(lambda: __import__("os").getpid())
    assert len(pids) == 2
    assert [r["id"] for r in got] == [str(p) for p in paths]
    assert [r["error"]["kind"] for r in got if r["error"]] == ["read", "read"]
    assert "not UTF-8" in got[4]["error"]["message"]
    assert [r["report"] for r in got if r["report"]] == [_report(t) for t in TEXTS]

    pd = pytest.importorskip("pandas")
    written = to_parquet(bag, tmp / "archive.parquet")
    assert written == len(paths)
    articles = pd.read_parquet(tmp / "archive.parquet" / "articles")
    assert sorted(articles["id"]) == sorted(str(p) for p in paths) and int(articles["ok"].sum()) == len(TEXTS)
    assert len(list((tmp / "archive.parquet" / "officials").glob("part-*.parquet"))) == 4


@pytest.mark.loopback
def test_bag_of_texts_on_the_cluster_equals_one_process(client: Any) -> None:
    db = pytest.importorskip("dask.bag")
    from dvextract.dask import extract_bag

    items = [(str(p), t, None) for p, t in zip(PATHS, TEXTS, strict=True)]
    got = extract_bag(db.from_sequence(items, npartitions=3)).compute(scheduler=client.get)
    assert [r["id"] for r in got] == [str(p) for p in PATHS]
    assert [r["report"] for r in got] == [_report(t) for t in TEXTS]
