"""The writers: SQLite and Parquet tables queried for real values, JSON that parses, resume after a kill."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from dvextract import Record, extract_many
from dvextract.readers import read
from dvextract.records import ExtractionError
from dvextract.writers import OutputError, format_for, open_writer
from dvextract.writers.tables import TABLES
from tests.conftest import FIXTURES, SEEDS


@pytest.fixture(scope="module")
def records() -> list[Record]:
    """Every fixture article, read from its folder, plus one that cannot be read."""
    return list(extract_many(read([FIXTURES, SEEDS / "missing.txt"]), workers=1))


def _write(fmt: str, path: Path, records: list[Record], **kw: bool) -> None:
    with open_writer(fmt, path, **kw) as out:
        for r in records:
            out.write(r)


def _id(name: str) -> str:
    return str(next(FIXTURES.rglob(name)))


def test_sqlite_tables_answer_questions(tmp_path: Path, records: list[Record]) -> None:
    db_path = tmp_path / "a.sqlite"
    _write("sqlite", db_path, records)
    db = sqlite3.connect(db_path)
    assert db.execute("SELECT count(*), sum(ok) FROM articles").fetchone() == (10, 9)
    # Every official with the title 'Bí thư Huyện ủy', by year of the meeting.
    got = db.execute(
        """SELECT strftime('%Y', a.meeting_date), o.name FROM official_titles t
           JOIN officials o USING (article_id, official_index) JOIN articles a ON a.id = t.article_id
           WHERE t.title = 'Bí thư Huyện ủy'"""
    ).fetchall()
    assert got == [("2024", "Y Biêr Niê")]
    # Articles citing Chỉ thị 19-CT/TU, and who issued it.
    got = db.execute(
        "SELECT article_id, issuer, issued FROM directives WHERE kind = 'Chỉ thị' AND number = '19' AND symbol = 'CT/TU'"
    ).fetchall()
    assert got == [(_id("seed-002.txt"), "Ban Thường vụ Thành ủy", "2018-10-19")]
    # Roles are columns; titles a JSON list on the official's row as well.
    row = db.execute(
        "SELECT presiding, speaking, awarding, titles FROM officials WHERE name = 'Đào Văn Ninh'"
    ).fetchone()
    assert row[:3] == (1, 1, 1) and json.loads(row[3]) == ["Bí thư Quận ủy Dương Kinh"]
    assert db.execute(
        "SELECT sum(count) FROM awards WHERE recipient = 'collective' AND form = 'giấy khen'"
    ).fetchone() == (21 + 42 + 12,)
    # The failed input is an article row with its error, and nothing else.
    err = db.execute("SELECT error_kind, error_type FROM articles WHERE NOT ok").fetchone()
    assert err == ("read", "FileNotFoundError")
    # Spans point into the article's own text.
    text = (SEEDS / "seed-000.txt").read_text(encoding="utf-8")
    for start, end, span_text in db.execute(
        "SELECT start_char, end_char, text FROM spans WHERE article_id = ?", (_id("seed-000.txt"),)
    ):
        assert text[start:end] == span_text
    # The whole record is kept: it validates back to the same record.
    (whole,) = db.execute("SELECT record FROM articles WHERE id = ?", (_id("seed-004.txt"),)).fetchone()
    assert Record.model_validate_json(whole) == next(r for r in records if r.id == _id("seed-004.txt"))
    indexes = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"official_titles_title", "directives_kind_number_symbol", "officials_name"} <= indexes
    assert db.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_sqlite_same_id_again_replaces_the_article_and_its_rows(tmp_path: Path, records: list[Record]) -> None:
    db_path = tmp_path / "a.sqlite"
    seed4 = next(r for r in records if r.id == _id("seed-004.txt"))
    failed = Record(id=seed4.id, error=ExtractionError(kind="extract", type="ValueError", message="x"))
    _write("sqlite", db_path, [seed4, failed])
    db = sqlite3.connect(db_path)
    assert db.execute("SELECT count(*), sum(ok) FROM articles").fetchone() == (1, 0)
    assert db.execute("SELECT count(*) FROM officials").fetchone() == (0,)


def test_parquet_tables_hold_every_record(tmp_path: Path, records: list[Record]) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    root = tmp_path / "a.parquet"
    _write("parquet", root, records)
    assert sorted(p.name for p in root.iterdir()) == sorted(TABLES)
    articles = pd.read_parquet(root / "articles")
    assert len(articles) == 10 and int(articles["ok"].sum()) == 9
    titles = pd.read_parquet(root / "official_titles")
    officials = pd.read_parquet(root / "officials")
    joined = titles.merge(officials, on=["article_id", "official_index"])
    assert joined.loc[joined["title"] == "Bí thư Huyện ủy", "name"].tolist() == ["Y Biêr Niê"]
    ninh = officials.loc[officials["name"] == "Đào Văn Ninh"].iloc[0]
    assert list(ninh["titles"]) == ["Bí thư Quận ủy Dương Kinh"] and bool(ninh["presiding"])
    dates = articles.set_index("id")["meeting_date"]
    assert str(dates[_id("seed-000.txt")]) == "2020-01-13"


def test_parquet_resume_drops_an_unclosed_part_and_keeps_closed_ones(tmp_path: Path, records: list[Record]) -> None:
    pd = pytest.importorskip("pandas")
    root = tmp_path / "a.parquet"
    _write("parquet", root, records[:4])
    (root / "articles" / "part-00001.parquet").write_bytes(b"PAR1 torn")  # a killed run's part
    (root / "spans" / "part-00001.parquet").write_bytes(b"PAR1 torn")
    with open_writer("parquet", root, resume=True) as out:
        assert out.done == {r.id for r in records[:4]}
        for r in records[4:]:
            out.write(r)
    assert not (root / "spans" / "part-00001.parquet").exists()
    assert sorted(pd.read_parquet(root / "articles")["id"]) == sorted(r.id for r in records)


@pytest.mark.parametrize("count", [0, 1, 3])
def test_json_is_one_valid_array_for_any_number_of_records(tmp_path: Path, records: list[Record], count: int) -> None:
    path = tmp_path / "a.json"
    _write("json", path, records[:count])
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [Record.model_validate(d) for d in data] == records[:count]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "sqlite"])
def test_resume_after_a_kill_mid_record(tmp_path: Path, records: list[Record], fmt: str) -> None:
    path = tmp_path / f"a.{fmt}"
    _write(fmt, path, records[:5])
    if fmt != "sqlite":  # a run killed while writing the sixth record leaves part of it
        whole = path.read_bytes()
        _write(fmt, path, records[:6], overwrite=True)
        path.write_bytes(path.read_bytes()[: len(whole) + 40])
    with open_writer(fmt, path, resume=True) as out:
        assert out.done == {r.id for r in records[:5]}
        for r in records[5:]:
            out.write(r)
    if fmt == "json":
        assert [d["id"] for d in json.loads(path.read_text("utf-8"))] == [r.id for r in records]
    elif fmt == "jsonl":
        assert [json.loads(x)["id"] for x in path.read_text("utf-8").splitlines()] == [r.id for r in records]
    elif fmt == "csv":
        ids = [row["article"] for row in csv.DictReader(path.open(encoding="utf-8"))]
        assert list(dict.fromkeys(ids)) == [r.id for r in records]
    else:
        db = sqlite3.connect(path)
        assert db.execute("SELECT count(*) FROM articles").fetchone() == (len(records),)


def test_resume_refuses_a_file_it_did_not_write(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"file": "x"}\n', encoding="utf-8")
    with pytest.raises(OutputError, match="line 1 is not a dvextract record"):
        open_writer("jsonl", path, resume=True)
    path = tmp_path / "a.sqlite"
    path.write_bytes(b"not a database at all, just text" * 10)
    with pytest.raises(OutputError, match="cannot resume"):
        open_writer("sqlite", path, resume=True)


def test_formats_by_extension_and_file_only_formats() -> None:
    assert [format_for(p) for p in ("a.JSON", "b.ndjson", "c.csv", "d.db", "e.sqlite3", "f.parquet", "g.txt")] == [
        "json", "jsonl", "csv", "sqlite", "sqlite", "parquet", None,
    ]  # fmt: skip
    with pytest.raises(OutputError, match="writes a file"):
        open_writer("sqlite", None)
