"""The review page and displaCy's dict; the page checked in a real headless browser."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from dvextract import Award, Directive, MeetingReport, Official, Organizer, extract
from dvextract.labels import labels
from dvextract.models import Evidence, Span
from dvextract.palette import LOOKS, displacy_options
from dvextract.view import labelled_spans
from tests import browser
from tests.conftest import SEEDS, fixture_texts

SEED4 = SEEDS / "seed-004.txt"

# An invented article, written as a scraped page: tags, an entity, a script block.
HTML_ARTICLE = (
    "<html><head><title>x</title><style>p{color:red}</style></head><body>\n"
    "<h1>Hội nghị tổng kết công tác dân vận năm 2024</h1>\n"
    "<p>Sáng 8/1/2025, Ban Dân vận Huyện ủy Yên Thế tổ chức hội nghị tổng kết công tác dân vận năm 2024.</p>\n"
    "<p>Dự hội nghị có đồng chí <b>Đỗ Thị Hồng Nhung</b>, Phó Bí thư Huyện ủy; Hội Nông dân &amp; Đoàn Thanh niên.</p>\n"
    "<script>document.title='pwned'</script>\n"
    "<p>Phát biểu tại hội nghị, đồng chí Đỗ Thị Hồng Nhung đề nghị các cơ quan tiếp tục phối hợp.</p>\n"
    "</body></html>"
)


def _article(page: str) -> browser.Node:
    return browser.parse(page).one("div", id="article")


def _marks(page: str) -> list[browser.Node]:
    return _article(page).all("mark")


@pytest.mark.parametrize("path", fixture_texts(), ids=lambda p: p.stem)
def test_one_mark_per_span_and_the_article_is_the_input(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    report = extract(text)
    page = report.to_html()
    marks = _marks(page)
    spans = labelled_spans(report)
    assert len(marks) == len(spans)
    assert sorted(
        (int(m.attrs["data-start"]), int(m.attrs["data-end"]), m.attrs["data-field"]) for m in marks
    ) == sorted((a, b, f) for a, b, f, _ in spans)
    for m in marks:  # each mark holds exactly its span's characters, and its offsets index the input
        a, b = int(m.attrs["data-start"]), int(m.attrs["data-end"])
        assert m.text() == text[a:b]
    assert _article(page).text() == text  # every character of the input, in order


def test_every_field_span_is_a_mark_with_its_values_on_hover() -> None:
    text = SEED4.read_text(encoding="utf-8")
    report = extract(text)
    marks = _marks(report.to_html(lang="en"))
    by_place = {(int(m.attrs["data-start"]), int(m.attrs["data-end"]), m.attrs["data-field"]): m for m in marks}
    phoi = report.officials[0]
    for s in phoi.spans:
        mark = by_place[(s.start, s.end, "official")]
        assert mark.attrs["data-refs"] == "o0"
        assert mark.attrs["title"].startswith("Official: Đỗ Văn Phới")
        assert "Phó Trưởng Ban Dân vận Trung ương" in mark.attrs["title"] and "speaking" in mark.attrs["title"]
    s = report.evidence.meeting_date
    assert s is not None
    assert by_place[(s.start, s.end, "meeting_date")].attrs["title"] == "Meeting date: 2024-01-10"
    award = report.awards[0]
    tip = by_place[(award.spans[0].start, award.spans[0].end, "award")].attrs["title"]
    assert tip.startswith(f"Award: {award.count} collective") and "bằng khen" in tip


def test_crossing_spans_are_drawn_in_pieces_that_cover_both() -> None:
    text = "tại Nhà văn hóa xã Tân Lập năm 2024 vừa qua"
    location, period = Span(start=0, end=26, text=text[:26]), Span(start=19, end=35, text=text[19:35])
    report = MeetingReport(
        location="Nhà văn hóa xã Tân Lập",
        period="xã Tân Lập năm 2024",
        evidence=Evidence(location=location, period=period),
    )
    marks = _marks(report.to_html(text))
    pieces = [(m.attrs["data-field"], m.text(), "part" in m.classes()) for m in marks]
    assert pieces == [("location", text[:26], False), ("period", "Tân Lập", True), ("period", " năm 2024", True)]
    assert all(
        text[int(m.attrs["data-start"]) : int(m.attrs["data-end"])] in (location.text, period.text) for m in marks
    )


def test_script_in_the_article_is_escaped() -> None:
    text = "Chiều 13/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị. <script>alert('x')</script> \" & '"
    page = extract(text).to_html()
    assert page.count("<script>") == 1  # the page's own, at the end
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert _article(page).text() == text


def test_html_input_is_shown_as_text_with_true_offsets() -> None:
    report = extract(HTML_ARTICLE)
    page = report.to_html()
    article = _article(page)
    assert "html" in article.classes()  # whitespace as a browser treats HTML; block tags end lines
    assert article.text() == HTML_ARTICLE  # the raw input is all there, markup in hidden elements
    shown = article.text(skip_hidden=True)
    assert "<p>" not in shown and "<b>" not in shown and "pwned" not in shown and "color:red" not in shown
    assert "Đỗ Thị Hồng Nhung" in shown and "Ban Dân vận Huyện ủy Yên Thế" in shown
    entity = article.one("span", **{"class": "ent"})  # "&amp;" is drawn as "&" by CSS, text stays raw
    assert entity.attrs["data-c"] == "&" and entity.text() == "&amp;"
    names = [m for m in article.all("mark") if m.attrs["data-field"] == "official"]
    assert [m.text() for m in names] == ["Đỗ Thị Hồng Nhung", "Đỗ Thị Hồng Nhung"]
    for m in article.all("mark"):
        a, b = int(m.attrs["data-start"]), int(m.attrs["data-end"])
        assert m.text() == HTML_ARTICLE[a:b]
    assert 'id="show-markup"' in page


def test_plain_text_keeps_its_line_breaks() -> None:
    page = extract(SEED4.read_text(encoding="utf-8")).to_html()
    assert "text" in _article(page).classes() and 'id="show-markup"' not in page


def test_labels_in_vietnamese_or_english() -> None:
    report = extract(SEED4.read_text(encoding="utf-8"))
    vi, en = report.to_html(), report.to_html(lang="en")
    assert '<html lang="vi">' in vi and '<html lang="en">' in en
    for word in ("Ngày họp", "Đơn vị tổ chức", "Đại biểu", "Chức vụ", "Văn bản", "Khen thưởng", "tập thể", "phát biểu"):
        assert word in vi
    for word in ("Meeting date", "Organiser", "Officials", "Titles", "Directives", "Awards", "collective", "speaking"):
        assert word in en
    with pytest.raises(ValueError, match="lang must be one of vi, en"):
        report.to_html(lang="fr")
    assert set(labels("vi")) == set(labels("en"))
    for name in LOOKS:
        assert f"field.{name}" in labels("vi")


def _full_report() -> tuple[str, MeetingReport]:
    """An invented article whose record uses every part the tables show."""
    text = (
        "Từ ngày 14 đến 16/3/2024, tại Hội trường tỉnh, Hội đồng nhân dân tỉnh tổ chức kỳ họp thứ 15. "
        "Chủ tịch HĐND tỉnh Lê Văn An chủ trì. Kỳ họp quán triệt Nghị quyết số 19-NQ/TW ngày 12/3/2024 "
        "của Ban Chấp hành Trung ương về nông nghiệp. Trao 12 lượt bằng khen cho cá nhân có thành tích."
    )

    def span(s: str) -> Span:
        a = text.index(s)
        return Span(start=a, end=a + len(s), text=s)

    report = MeetingReport(
        meeting_date=date(2024, 3, 14), meeting_end=date(2024, 3, 16), date_basis="written",
        time_of_day="sáng", location="Hội trường tỉnh", meeting_kind="kỳ họp",
        organizer=Organizer(name="Hội đồng nhân dân tỉnh", spans=(span("Hội đồng nhân dân tỉnh"),)),
        officials=(Official(name="Lê Văn An", titles=("Chủ tịch HĐND tỉnh",), roles=("presiding",),
                            spans=(span("Lê Văn An"),), title_spans=(span("Chủ tịch HĐND tỉnh"),)),),
        directives=(Directive(kind="Nghị quyết", number="19", symbol="NQ/TW", year=None, name=None,
                              issued=date(2024, 3, 12), issuer="Ban Chấp hành Trung ương", subject="nông nghiệp",
                              key="Nghị quyết|19|NQ/TW", spans=(span("Nghị quyết số 19-NQ/TW"),)),),
        awards=(Award(count=12, recipient="individual", form="bằng khen", reason="có thành tích", per_award=True,
                      spans=(span("12 lượt bằng khen cho cá nhân"),)),),
        evidence=Evidence(meeting_date=span("Từ ngày 14 đến 16/3/2024"), location=span("Hội trường tỉnh"),
                          meeting_kind=span("kỳ họp")),
    )  # fmt: skip
    return text, report


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_part_of_the_record_has_a_labelled_cell(lang: str) -> None:
    text, report = _full_report()
    root = browser.parse(report.to_html(text, lang=lang))
    meeting = _cells(root.one("section", id="meeting"))
    assert meeting["meeting_date"] == "2024-03-14" and meeting["meeting_end"] == "2024-03-16"
    assert meeting["date_basis"] == ("ghi cạnh ngày họp" if lang == "vi" else "written beside the date")
    assert meeting["time_of_day"] == ("sáng" if lang == "vi" else "sáng (morning)")
    assert meeting["organizer"] == "Hội đồng nhân dân tỉnh" and meeting["published"] == ""
    (directive,) = root.one("section", id="directives").all("tr", data_ref="d0")
    assert _cells(directive) == {
        "kind": "Nghị quyết",
        "number": "19",
        "symbol": "NQ/TW",
        "subject": "nông nghiệp",
        "issued": "2024-03-12",
        "issuer": "Ban Chấp hành Trung ương",
        "key": "Nghị quyết|19|NQ/TW",
    }  # fmt: skip (year and name: no directive has one, so no column)
    (award,) = root.one("section", id="awards").all("tr", data_ref="a0")
    assert _cells(award) == {
        "count": "12", "recipient": "cá nhân" if lang == "vi" else "individual", "form": "bằng khen",
        "reason": "có thành tích",
    }  # fmt: skip
    assert award.one("small").text() == ("lượt khen, không phải số người" if lang == "vi" else "awards, not recipients")
    (official,) = root.one("section", id="officials").all("tr", data_ref="o0")
    assert _cells(official)["roles"] == ("chủ trì" if lang == "vi" else "presiding")
    # every row with marks links to them, and every mark to a row
    refs = {r.attrs["data-ref"] for r in root.all("tr", data_ref="")}
    assert refs == {"f-meeting_date", "f-location", "f-meeting_kind", "f-organizer", "o0", "d0", "a0"}
    assert {ref for m in root.all("mark") for ref in m.attrs["data-refs"].split()} == refs


def test_tables_show_values_and_never_python_none() -> None:
    empty = MeetingReport().to_html("")
    root = browser.parse(empty)
    cells = root.one("section", id="meeting").all("td")
    assert cells and all(c.text() == "—" for c in cells)
    assert "None" not in re.sub(r"<script>.*?</script>", "", empty, flags=re.S)
    assert root.one("section", id="officials").text().endswith("không tìm thấy")
    for path in fixture_texts():
        page = extract(path.read_text(encoding="utf-8")).to_html(lang="en")
        record = browser.parse(page).one("div", id="record")
        assert "None" not in record.text(), path.name


def test_no_external_resources() -> None:
    text = SEED4.read_text(encoding="utf-8") + "\nNguồn: https://example.vn/bai-viet <img src=http://x/y.png>"
    page = extract(text).to_html()
    outside = page.replace(re.search(r'<div id="article".*?</div>\n<div id="record">', page, re.S).group(0), "")  # type: ignore[union-attr]
    assert not re.search(r"https?:|//|<link|<img|<iframe|@import|url\(|src=", outside)
    assert "<img" not in page  # the article's tag is escaped text, never an element


def test_font_stack_is_proportional_and_vietnamese_capable() -> None:
    page = extract(SEED4.read_text(encoding="utf-8")).to_html()
    assert "monospace" not in page and "<pre" not in page
    assert re.search(r'body\{font:15px/1\.7 "Noto Sans", "Segoe UI",[^};]*sans-serif;', page)


def test_palette_is_distinct_with_a_second_cue() -> None:
    looks = list(LOOKS.values())
    assert len({(x.background, x.style) for x in looks}) == len(looks)  # colour and line together
    coloured = [x.background for name, x in LOOKS.items() if name not in ("title", "author", "published")]
    assert len(set(coloured)) == len(coloured)  # every field of the record has its own colour
    # Meeting date, period, time of day and page date: different colours and different underlines.
    dates = [LOOKS[f] for f in ("meeting_date", "period", "time_of_day", "published")]
    assert len({x.background for x in dates}) == 4 and len({x.style for x in dates}) == 4


def test_displacy_dict_and_its_colours() -> None:
    text = (SEEDS / "seed-000.txt").read_text(encoding="utf-8")
    d = extract(text).to_displacy()
    assert d["text"] == text
    labels_ = {e["label"] for e in d["ents"]}
    assert {"MEETING_DATE", "ORGANIZER", "OFFICIAL", "AWARD"} <= labels_
    assert all(text[e["start"] : e["end"]].strip() for e in d["ents"])
    assert [e["start"] for e in d["ents"]] == sorted(e["start"] for e in d["ents"])
    options = displacy_options()
    assert labels_ <= set(options["ents"])
    assert options["colors"]["OFFICIAL"] == LOOKS["official"].background
    assert options["colors"]["MEETING_DATE"] == LOOKS["meeting_date"].background


def test_report_without_text_needs_it_passed() -> None:
    with pytest.raises(ValueError, match="pass the text"):
        MeetingReport().to_html()
    assert "<!DOCTYPE html>" in MeetingReport().to_html("")


# --- the command line ------------------------------------------------------------


def test_cli_highlight_one_page(tmp_path: Path) -> None:
    from tests.test_cli import run

    out = tmp_path / "page.html"
    proc = run("highlight", str(SEED4), "-o", str(out), "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    page = out.read_text(encoding="utf-8")
    assert page.count("<mark ") == len(labelled_spans(extract(SEED4.read_text(encoding="utf-8"))))
    assert '<html lang="en">' in page


def test_cli_highlight_bad_path_and_long_file_give_one_line(tmp_path: Path) -> None:
    from tests.test_cli import run

    missing = run("highlight", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "p.html"))
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert missing.stderr.strip().count("\n") == 0 and "nope.txt" in missing.stderr
    long = tmp_path / "long.txt"
    long.write_text("Hội nghị tổng kết. " * 60_000, encoding="utf-8")
    proc = run("highlight", str(long), "-o", str(tmp_path / "p.html"))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().count("\n") == 0 and "over the limit" in proc.stderr
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01PNG")
    proc = run("highlight", str(binary), "-o", str(tmp_path / "p.html"))
    assert proc.returncode == 1 and "binary file" in proc.stderr and "Traceback" not in proc.stderr
    unwritable = run("highlight", str(SEED4), "-o", str(tmp_path / "no" / "such" / "dir" / "p.html"))
    assert unwritable.returncode == 1 and "Traceback" not in unwritable.stderr


# --- in a real browser ---------------------------------------------------------


def _cells(node: browser.Node) -> dict[str, str]:
    """Each value cell's text by its field (notes left out), '' for the dash of a null."""
    out = {}
    for td in node.all("td", data_value=""):
        text = "".join(
            c if isinstance(c, str) else c.text()
            for c in td.children
            if not (isinstance(c, browser.Node) and c.tag == "small")
        )
        out[td.attrs["data-value"]] = "" if text.strip() == "—" else text.strip()
    return out


def test_tables_hold_the_report_in_the_browser(tmp_path: Path) -> None:
    report = extract(SEED4.read_text(encoding="utf-8"))
    page = tmp_path / "page.html"
    page.write_text(report.to_html(lang="en"), encoding="utf-8")
    dom = browser.parse(browser.dump_dom(page.as_uri(), tmp_path / "profile"))
    meeting = _cells(dom.one("section", id="meeting"))
    assert meeting["meeting_date"] == "2024-01-10" and meeting["period"] == "năm 2023"
    assert meeting["organizer"] == "Ban Dân vận Thành ủy TP HCM" and meeting["meeting_kind"] == "hội nghị tổng kết"
    assert meeting["title"] == report.title and meeting["published"] == "" and meeting["location"] == ""
    rows = dom.one("section", id="officials").all("tr", data_ref="")
    assert len(rows) == len(report.officials) == 5
    for row, o in zip(rows, report.officials, strict=True):
        cells = _cells(row)
        assert cells["name"] == o.name
        assert cells["titles"] == "; ".join(o.titles)
        assert cells["roles"] == ", ".join(o.roles)
        assert cells["mentions"] == str(len(o.spans))
    assert _cells(rows[0]) == {
        "name": "Đỗ Văn Phới", "titles": "Phó Trưởng Ban Dân vận Trung ương",
        "roles": "attending, speaking, awarding", "mentions": "3",
    }  # fmt: skip
    (directive,) = dom.one("section", id="directives").all("tr", data_ref="")
    d = report.directives[0]
    assert _cells(directive) == {"kind": d.kind, "number": d.number, "issuer": d.issuer, "key": d.key}
    awards = dom.one("section", id="awards").all("tr", data_ref="")
    assert [_cells(r)["count"] for r in awards] == [str(a.count) for a in report.awards]
    assert [_cells(r)["recipient"] for r in awards] == [a.recipient for a in report.awards]
    assert [_cells(r).get("by", "") for r in awards] == [a.by or "" for a in report.awards]


def test_clicking_an_official_lights_exactly_their_spans(tmp_path: Path) -> None:
    text = SEED4.read_text(encoding="utf-8")
    report = extract(text)
    page = tmp_path / "page.html"
    page.write_text(report.to_html(), encoding="utf-8")
    profile = tmp_path / "profile"
    before = browser.parse(browser.dump_dom(page.as_uri(), profile))
    assert not before.all("mark", **{"class": "f-official lit"}) and not before.all("tr", **{"class": "selected"})
    for i in (1, 3):  # Nguyễn Phước Lộc (four mentions, three titles), Nguyễn Thị Bạch Mai
        official = report.officials[i]
        dom = browser.parse(browser.dump_dom(page.as_uri() + f"#select=o{i}", profile))
        lit = [m for m in dom.all("mark") if "lit" in m.classes()]
        got = {(int(m.attrs["data-start"]), int(m.attrs["data-end"])) for m in lit}
        assert got == {(s.start, s.end) for s in (*official.spans, *official.title_spans)}
        assert {m.text() for m in lit if m.attrs["data-field"] == "official"} == {official.name}
        (selected,) = [r for r in dom.all("tr") if "selected" in r.classes()]
        assert selected.attrs["data-ref"] == f"o{i}" and _cells(selected)["name"] == official.name


def test_the_page_renders_vietnamese_in_colour(tmp_path: Path) -> None:
    text = SEED4.read_text(encoding="utf-8") + "\n<script>document.title='pwned'</script>"
    report = extract(text)
    page = tmp_path / "page.html"
    page.write_text(report.to_html(), encoding="utf-8")
    profile = tmp_path / "profile"
    rendered = browser.dump_dom(page.as_uri(), profile)
    assert rendered.count("<mark ") == len(labelled_spans(report))
    assert "<title>Nâng cao chất lượng, hiệu quả công tác dân vận</title>" in rendered  # the script never ran
    shot = browser.screenshot(page.as_uri(), tmp_path / "page.png", profile, size="1000,700")
    assert shot.stat().st_size > 20_000
    width, height, colours = browser.png_colours(shot)
    assert (width, height) == (1000, 700)
    white = colours[b"\xff\xff\xff"]
    assert white < 0.9 * width * height and len(colours) > 200  # not blank: text, tables, highlights
    for name in ("official", "official_title", "meeting_date", "organizer"):  # the highlights are drawn
        assert colours[bytes.fromhex(LOOKS[name].background[1:])] > 100, name
