"""Batches: extract_many's items, order, pool size, dead workers and the spawn start method."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from dvextract import Record, extract, extract_many
from dvextract import batch as batch_module
from dvextract.readers import Article
from tests.conftest import ROOT, fixture_texts

TEXTS = [p.read_text(encoding="utf-8") for p in fixture_texts()]
NO_YEAR = "Chiều 13/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban."


def _reports(records: list[Record]) -> list[object]:
    return [r.report.model_dump(mode="json") if r.report else r.error for r in records]


def test_pool_keeps_order_and_matches_single_calls() -> None:
    pooled = list(extract_many(TEXTS, workers=2, chunksize=2))
    assert [r.id for r in pooled] == [str(i) for i in range(len(TEXTS))]
    assert _reports(pooled) == [extract(t).model_dump(mode="json") for t in TEXTS]
    report = pooled[-1].report
    assert report is not None and report.to_html() == extract(TEXTS[-1]).to_html()  # it still holds its text


def test_items_as_tuples_dicts_and_articles_carry_ids_dates_and_meta() -> None:
    items = [
        ("a/1", NO_YEAR, date(2024, 1, 20)),
        {"id": "a/2", "text": NO_YEAR, "published": "2019-02-01", "meta": {"province": "Huế"}},
        Article("a/3", NO_YEAR, date(2021, 1, 30)),
        ("a/4", NO_YEAR),
    ]
    got = list(extract_many(items, workers=1, published=date(2016, 3, 1)))
    assert [r.id for r in got] == ["a/1", "a/2", "a/3", "a/4"]
    assert [r.report.meeting_date for r in got if r.report] == [
        date(2024, 1, 13),
        date(2019, 1, 13),
        date(2021, 1, 13),
        date(2016, 1, 13),  # no date of its own: the batch's default
    ]
    assert got[1].meta == {"province": "Huế"}


def test_the_texts_own_date_line_wins_over_a_given_page_date() -> None:
    dated = "Thứ Hai, ngày 9 tháng 12 năm 2024\n\n" + NO_YEAR.replace("13/1", "6/12")
    (record,) = extract_many([("x", dated, date(2030, 5, 5))], workers=1)
    assert record.report is not None
    assert record.report.published == date(2024, 12, 9) and record.report.meeting_date == date(2024, 12, 6)


def test_a_string_is_not_a_batch() -> None:
    with pytest.raises(TypeError, match="pass \\[text\\] for one article"):
        extract_many("abc")  # type: ignore[arg-type]
    (one,) = extract_many(["abc"], workers=1)
    assert one.id == "0" and one.report is not None


def test_malformed_items_give_typed_error_records_and_the_rest_go_on() -> None:
    items: list[object] = [NO_YEAR, None, b"bytes", ("id", NO_YEAR, "not a date"), {"text": 5}, "", NO_YEAR]
    got = list(extract_many(items, workers=2, chunksize=2))  # type: ignore[arg-type]
    assert [r.ok for r in got] == [True, False, False, False, False, True, True]
    assert [r.error.kind for r in got if r.error] == ["input"] * 4
    assert "decode it first" in got[2].error.message  # type: ignore[union-attr]
    assert "not an ISO date" in got[3].error.message  # type: ignore[union-attr]


def test_long_text_fails_or_is_split_as_asked() -> None:
    long_text = "\n\n".join([NO_YEAR] * 40)
    (failed,) = extract_many([long_text], workers=1, max_chars=1000)
    assert (
        failed.error is not None
        and failed.error.kind == "extract"
        and "over the limit of 1,000" in failed.error.message
    )
    (split,) = extract_many([long_text], workers=1, max_chars=1000, split_long=True, published=date(2024, 2, 1))
    assert split.report is not None and split.report.meeting_date == date(2024, 1, 13)


def test_the_pool_is_never_larger_than_the_input(monkeypatch: pytest.MonkeyPatch) -> None:
    sizes: list[int] = []
    real = batch_module._pool

    def counting(workers: int) -> object:
        sizes.append(workers)
        return real(workers)

    monkeypatch.setattr(batch_module, "_pool", counting)
    assert [r.ok for r in extract_many([NO_YEAR], workers=64)] == [True]
    assert sizes == []  # one article: this process, no pool at all
    assert len(list(extract_many([NO_YEAR] * 20, workers=64, chunksize=8))) == 20
    assert sizes == [3]  # three chunks of input: three workers


# A worker that dies: the item kills the process that unpickles it (a worker), once or always.


def _die_once(marker: str, ident: str, text: str) -> Article:
    if not os.path.exists(marker):
        Path(marker).touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return Article(ident, text)


def _die_always(ident: str, text: str) -> Article:
    os.kill(os.getpid(), signal.SIGKILL)
    return Article(ident, text)


class _KillsOnce(Article):
    __slots__ = ("marker",)

    def __init__(self, ident: str, text: str, marker: str) -> None:
        super().__init__(ident, text)
        object.__setattr__(self, "marker", marker)

    def __reduce__(self) -> tuple[object, ...]:
        return (_die_once, (self.marker, self.id, self.text))


class _KillsAlways(Article):
    __slots__ = ()

    def __reduce__(self) -> tuple[object, ...]:
        return (_die_always, (self.id, self.text))


def test_a_killed_workers_chunk_is_retried_in_a_fresh_pool(tmp_path: Path) -> None:
    items: list[Article] = [Article(str(i), t) for i, t in enumerate(TEXTS * 2)]
    items[5] = _KillsOnce("5", items[5].text or "", str(tmp_path / "killed"))
    got = list(extract_many(items, workers=2, chunksize=2))
    assert (tmp_path / "killed").exists()  # a worker really died
    assert [r.id for r in got] == [a.id for a in items]
    assert _reports(got) == [extract(t).model_dump(mode="json") for t in TEXTS * 2]


def test_an_article_that_kills_every_worker_gets_a_worker_error_and_only_it() -> None:
    items: list[Article] = [Article(str(i), t) for i, t in enumerate(TEXTS)]
    items[3] = _KillsAlways("3", TEXTS[3])
    got = list(extract_many(items, workers=2, chunksize=2))
    assert [r.id for r in got] == [a.id for a in items]
    assert [r.ok for r in got] == [i != 3 for i in range(len(TEXTS))]
    assert got[3].error is not None and got[3].error.kind == "worker"
    assert _reports([r for r in got if r.ok]) == [
        extract(t).model_dump(mode="json") for i, t in enumerate(TEXTS) if i != 3
    ]


SPAWN_SCRIPT = """
import multiprocessing
from dvextract import extract_many

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn", force=True)
    texts = ["Chiều {}/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết năm 2023.".format(d) for d in range(1, 21)]
    records = list(extract_many(texts, workers=2, chunksize=4))
    print(multiprocessing.get_start_method(), len(records), records[0].report.meeting_date, records[19].report.meeting_date)
"""


def test_extract_many_under_the_spawn_start_method(tmp_path: Path) -> None:
    script = tmp_path / "spawned.py"
    script.write_text(SPAWN_SCRIPT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=180, cwd=tmp_path, env=env, check=False
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["spawn", "20", "2024-01-01", "2024-01-20"]


def test_a_pool_broken_while_sending_fails_the_chunk_into_the_retry_path() -> None:
    from concurrent.futures.process import BrokenProcessPool

    from dvextract import batch

    class Broken:
        def submit(self, *args: object) -> None:
            raise BrokenProcessPool("a child process terminated abruptly")

    future = batch._submit(Broken(), [], None)  # type: ignore[arg-type]
    with pytest.raises(BrokenProcessPool):
        future.result()
