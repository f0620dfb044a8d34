"""The static review site for a batch: files, links, safe names, streaming, sorting in a browser."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from dvextract import ExtractionError, MeetingReport, extract
from dvextract.site import SiteItem, page_name, write_site
from tests import browser
from tests.conftest import SEEDS, fixture_texts


def _records() -> Iterator[SiteItem]:
    for path in fixture_texts():
        text = path.read_text(encoding="utf-8")
        yield path.stem, text, extract(text)
    yield (
        "https://báo.vn/tin?id=1&x=<b>",
        None,
        ExtractionError(kind="read", type="ValueError", message="not UTF-8 text"),
    )


def _rows(index: browser.Node) -> list[dict[str, str]]:
    return [
        {td.attrs["data-value"]: td.text().strip() for td in tr.all("td")}
        for tr in index.one("table", id="articles").one("tbody").all("tr")
    ]


def test_index_and_pages(tmp_path: Path) -> None:
    site = write_site(_records(), tmp_path / "site")
    assert (site.articles, site.failed) == (len(fixture_texts()) + 1, 1)
    index = browser.parse(site.index.read_text(encoding="utf-8"))
    rows = _rows(index)
    assert [r["article"] for r in rows] == [p.stem for p in fixture_texts()] + ["https://báo.vn/tin?id=1&x=<b>"]
    seed4 = next(r for r in rows if r["article"] == "seed-004")
    report = extract((SEEDS / "seed-004.txt").read_text(encoding="utf-8"))
    assert seed4 == {
        "article": "seed-004", "date": "2024-01-10", "organizer": "Ban Dân vận Thành ủy TP HCM",
        "officials": str(len(report.officials)), "directives": str(len(report.directives)),
        "awards": str(len(report.awards)), "error": "",
    }  # fmt: skip
    assert rows[-1]["error"] == "ValueError: not UTF-8 text" and rows[-1]["officials"] == "—"
    links = [a.attrs["href"] for a in index.all("a")]
    assert len(links) == len(rows)
    for href in links:  # every link resolves to a file in the site, which links back to the index
        target = (site.index.parent / href).resolve()
        assert target.is_file() and target.parent == (tmp_path / "site" / "articles").resolve()
        page = target.read_text(encoding="utf-8")
        assert (
            '<a href="../index.html">' in page and (target.parent / "../index.html").resolve() == site.index.resolve()
        )
        assert not re.search(r"<link|<img|@import|url\(|src=", page)
    error_page = (site.index.parent / links[-1]).read_text(encoding="utf-8")
    assert "ValueError: not UTF-8 text" in error_page and "&lt;b&gt;" in error_page and "<b>" not in error_page
    seed_page = (site.index.parent / links[rows.index(seed4)]).read_text(encoding="utf-8")
    assert seed_page.count("<mark ") > 10 and "Nguyễn Phước Lộc" in seed_page


def test_english_labels(tmp_path: Path) -> None:
    site = write_site(_records(), tmp_path, lang="en")
    text = site.index.read_text(encoding="utf-8")
    assert '<html lang="en">' in text and "Organiser" in text and "Officials" in text
    with pytest.raises(ValueError, match="lang must be"):
        write_site(_records(), tmp_path / "x", lang="de")
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize(
    "ids",
    [
        ["https://báo.vn/tin/đại-hội?id=1&p=2", "https://báo.vn/tin/đại-hội?id=1&p=3"],
        ["../../etc/passwd", "/abs/path/bài viết.txt", "C:\\Users\\x\\a.txt", ".hidden", "CON", "", "\ud800bad"],
        ["dup", "dup", "dup", "d-u-p", "d u p", "d/u/p"],
        ["x" * 5000, "Ủy ban nhân dân tỉnh Quảng Ninh " * 20],
    ],
)
def test_file_names_are_safe_and_unique_for_any_id(tmp_path: Path, ids: list[str]) -> None:
    taken: set[str] = set()
    names = [page_name(i, taken) for i in ids]
    assert len(set(names)) == len(ids)
    for name in names:
        assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]*-[0-9a-f]{8}(-\d+)?\.html", name), name
        assert len(name) <= 80
    records = [(i, "", MeetingReport()) for i in ids]
    out = tmp_path / "site"
    site = write_site(records, out)
    written = sorted(p.name for p in (out / "articles").iterdir())
    assert written == sorted(names) and site.articles == len(ids)
    assert sorted(p.name for p in out.iterdir()) == ["articles", "index.html"]


def test_pages_are_written_as_records_arrive(tmp_path: Path) -> None:
    out = tmp_path / "site"
    seen: list[int] = []

    def records() -> Iterator[SiteItem]:
        for i in range(5):
            if i:  # before the next record is even read, the last one's page is on disk
                seen.append(len(list((out / "articles").iterdir())))
            yield (
                f"a{i}",
                "Sáng 5/3/2024, Huyện ủy Tiên Yên tổ chức hội nghị.",
                extract("Sáng 5/3/2024, Huyện ủy Tiên Yên tổ chức hội nghị."),
            )

    write_site(records(), out)
    assert seen == [1, 2, 3, 4]


def test_a_report_that_does_not_fit_its_text_is_an_error_row(tmp_path: Path) -> None:
    site = write_site([("lost", None, MeetingReport())], tmp_path)
    (row,) = _rows(browser.parse(site.index.read_text(encoding="utf-8")))
    assert row["error"].startswith("ValueError: this report does not hold its article") and site.failed == 1
    with pytest.raises(TypeError, match="MeetingReport or ExtractionError"):
        write_site([("x", "", {"report": {}})], tmp_path)  # type: ignore[list-item]


def test_index_sorts_in_the_browser(tmp_path: Path) -> None:
    site = write_site(_records(), tmp_path / "site")
    profile = tmp_path / "profile"
    url = site.index.as_uri()

    def column(fragment: str, name: str) -> list[str]:
        dom = browser.parse(browser.dump_dom(url + fragment, profile))
        return [r[name] for r in _rows(dom)]

    officials = column("#sort=officials:desc", "officials")
    numbers = [int(v) for v in officials if v != "—"]
    assert numbers == sorted(numbers, reverse=True) and numbers[0] > numbers[-1]
    assert officials[-1] == "—"  # the failed article has no count: last either way
    ascending = column("#sort=officials", "officials")
    assert [int(v) for v in ascending if v != "—"] == sorted(numbers) and ascending[-1] == "—"
    dates = column("#sort=date", "date")
    filled = [d for d in dates if d]
    assert filled == sorted(filled) and dates[len(filled) :] == [""] * (len(dates) - len(filled))
    articles = column("#sort=article:desc", "article")
    assert articles[0] == "seed-004" and articles[-1] == "ede-and-congress"
    dom = browser.parse(browser.dump_dom(url + "#sort=awards:desc", profile))
    (head,) = [th for th in dom.all("th") if th.attrs.get("aria-sort")]
    assert (head.attrs["data-key"], head.attrs["aria-sort"]) == ("awards", "descending")


# --- the command line ------------------------------------------------------------


def test_cli_highlight_a_folder_writes_a_site(tmp_path: Path) -> None:
    from tests.test_cli import run

    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    for name in ("seed-000", "seed-004"):
        (folder / f"{name}.txt").write_text((SEEDS / f"{name}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "sub" / "bad.txt").write_bytes(b"\xc3\x28 not utf-8")
    proc = run("highlight", str(folder), "-o", str(tmp_path / "site"), "--lang", "en")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr  # one article failed, the others are there
    rows = _rows(browser.parse((tmp_path / "site" / "index.html").read_text(encoding="utf-8")))
    assert [Path(r["article"]).name for r in rows] == ["seed-000.txt", "seed-004.txt", "bad.txt"]
    assert rows[0]["organizer"] == "Ban dân vận Quận ủy quận Tân Bình" and rows[1]["officials"] == "5"
    assert "not UTF-8" in rows[2]["error"]
    assert "3 articles, 1 failed" in proc.stderr


def test_cli_highlight_json_lines_writes_a_site(tmp_path: Path) -> None:
    from tests.test_cli import run

    lines = [
        json.dumps({"id": "https://báo.vn/a?x=1", "text": (SEEDS / "seed-000.txt").read_text(encoding="utf-8")}),
        "{not json",
        json.dumps({"id": "no-text"}),
        "",
        json.dumps({"id": 7, "text": "Chiều 13/1/2024, Huyện ủy Ba Chẽ tổ chức hội nghị sơ kết."}),
    ]
    source = tmp_path / "batch.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "site"
    proc = run("highlight", str(source), "-o", str(out))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    rows = _rows(browser.parse((out / "index.html").read_text(encoding="utf-8")))
    assert [r["article"] for r in rows] == ["https://báo.vn/a?x=1", f"{source}:2", "no-text", "7"]
    assert rows[0]["date"] == "2020-01-13" and rows[3]["date"] == "2024-01-13"
    assert "not JSON" in rows[1]["error"] and "no-text" in rows[2]["error"]
    assert all((out / a).is_file() for a in re.findall(r'href="([^"]+)"', (out / "index.html").read_text()))


def test_cli_highlight_site_usage_errors(tmp_path: Path) -> None:
    from tests.test_cli import run

    a_file = tmp_path / "taken.html"
    a_file.write_text("x", encoding="utf-8")
    proc = run("highlight", str(SEEDS), "-o", str(a_file))
    assert proc.returncode == 2 and "is a file" in proc.stderr and "Traceback" not in proc.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = run("highlight", str(empty), "-o", str(tmp_path / "s"))
    assert proc.returncode == 1 and "no article files" in proc.stderr
    proc = run("highlight", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "s2"))
    assert proc.returncode == 1 and "no such file" in proc.stderr and not (tmp_path / "s2").exists()
