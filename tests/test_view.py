"""The HTML view and displaCy dict; the page checked in a real headless browser."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from dvextract import extract
from dvextract.view import labelled_spans
from tests.conftest import SEEDS, fixture_texts

BROWSER_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]


def _browser() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.parametrize("path", fixture_texts(), ids=lambda p: p.stem)
def test_page_has_one_mark_per_span_and_escapes_text(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    report = extract(text)
    page = report.to_html()
    spans = labelled_spans(report)
    assert page.count("<mark ") == len(spans)
    assert 'http' not in re.sub(r"<div id=\"article\">.*?</div>", "", page, flags=re.S)  # no external resources
    # The visible article is the caller's text, escaped.
    article = re.search(r'<div id="article">(.*?)</div>\n<div id="record">', page, re.S)
    assert article is not None
    assert html.unescape(re.sub(r"<[^>]+>", "", article.group(1))) == text


def test_script_in_the_article_is_shown_as_text() -> None:
    text = "Chiều 13/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị. <script>alert('x')</script> \" & '"
    page = extract(text).to_html()
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page


def test_displacy_dict() -> None:
    text = (SEEDS / "seed-000.txt").read_text(encoding="utf-8")
    d = extract(text).to_displacy()
    assert d["text"] == text
    labels = {e["label"] for e in d["ents"]}
    assert {"MEETING_DATE", "ORGANIZER", "OFFICIAL", "AWARD"} <= labels
    assert all(text[e["start"] : e["end"]].strip() for e in d["ents"])
    assert [e["start"] for e in d["ents"]] == sorted(e["start"] for e in d["ents"])


def test_report_without_text_needs_it_passed() -> None:
    from dvextract import MeetingReport

    with pytest.raises(ValueError, match="pass the text"):
        MeetingReport().to_html()
    assert "<!DOCTYPE html>" in MeetingReport().to_html("")


def test_cli_highlight(tmp_path: Path) -> None:
    from tests.test_cli import run

    out = tmp_path / "page.html"
    proc = run("highlight", str(SEEDS / "seed-004.txt"), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert out.read_text(encoding="utf-8").count("<mark ") > 10


def test_page_renders_in_headless_chromium(tmp_path: Path) -> None:
    browser = _browser()
    if browser is None:
        pytest.skip("no chromium on this machine (.ci/run installs Debian's chromium)")
    text = (SEEDS / "seed-004.txt").read_text(encoding="utf-8") + "\n<script>document.title='pwned'</script>"
    report = extract(text)
    page = tmp_path / "page.html"
    page.write_text(report.to_html(), encoding="utf-8")
    profile = tmp_path / "profile"
    base = [browser, *BROWSER_FLAGS, f"--user-data-dir={profile}"]
    dom = subprocess.run(
        [*base, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120, check=False
    )
    assert dom.returncode == 0, dom.stderr[-2000:]
    rendered = dom.stdout
    assert rendered.count("<mark ") == len(labelled_spans(report))
    assert "pwned" not in re.sub(r"&lt;script&gt;.*?&lt;/script&gt;", "", rendered, flags=re.S)
    shot = tmp_path / "page.png"
    subprocess.run(
        [*base, f"--screenshot={shot}", "--window-size=1400,1800", page.as_uri()],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert shot.exists() and shot.stat().st_size > 10_000
