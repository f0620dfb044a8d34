"""The documentation's examples run as written and print what they show.

Three kinds of example are run, in a scratch folder that sees the project's
``fixtures/`` and ``benchmarks/``:

- a ```python block followed by a paragraph starting "prints" and a plain
  block: the code's standard output must be that block;
- a ```console block: each ``$ command`` runs in one bash session and its
  output (stdout and stderr) must be the lines below it; a run's time
  ("0.61 s") is the one thing allowed to differ;
- in docs/archive.md, a ```sql block followed by a table: the query over the
  archive that page builds must print that table.

To refresh an output after a deliberate change, run the example and paste
what it prints (``python benchmarks/archive.py docs`` does it for the SQL).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_PYTHON = re.compile(r"```python\n(?P<code>.*?)```\n\nprints[^\n]*\n\n```\n(?P<out>.*?)```", re.S)
_CONSOLE = re.compile(r"```console\n(?P<body>.*?)```", re.S)
_SECONDS = re.compile(r"\d+\.\d+ s\b")


def _examples(pattern: re.Pattern[str]) -> list[tuple[str, re.Match[str]]]:
    out = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for m in pattern.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            out.append((f"{page.relative_to(ROOT)}:{line}", m))
    return out


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    for name in ("fixtures", "benchmarks"):
        (tmp_path / name).symlink_to(ROOT / name)
    return tmp_path


def _env() -> dict[str, str]:
    bin_dir = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT)}


PYTHON = _examples(_PYTHON)
CONSOLE = _examples(_CONSOLE)


def test_the_docs_have_examples_of_each_kind() -> None:
    assert len(PYTHON) >= 6 and len(CONSOLE) >= 3


@pytest.mark.parametrize(("where", "match"), PYTHON, ids=[w for w, _ in PYTHON])
def test_python_example(where: str, match: re.Match[str], scratch: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", match["code"]],
        cwd=scratch,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, f"{where}: {proc.stderr[-3000:]}"
    assert proc.stdout == match["out"], f"{where} prints something else"


def _commands(body: str) -> list[tuple[str, str]]:
    """(command, expected output) pairs of a console block."""
    pairs: list[tuple[str, list[str]]] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            pairs.append((line[2:], []))
        elif pairs:
            pairs[-1][1].append(line)
    return [(cmd, "".join(x + "\n" for x in out)) for cmd, out in pairs]


@pytest.mark.parametrize(("where", "match"), CONSOLE, ids=[w for w, _ in CONSOLE])
def test_console_example(where: str, match: re.Match[str], scratch: Path) -> None:
    commands = _commands(match["body"])
    marker = "@@dvextract-docs@@"
    script = "".join(
        f"{{ {cmd.replace('$?', '$__status')} ; }} 2>&1; __status=$?; echo {marker}\n" for cmd, _ in commands
    )
    proc = subprocess.run(
        ["bash", "-c", "__status=0\n" + script],
        cwd=scratch,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    outputs = proc.stdout.split(marker + "\n")
    for (cmd, expected), got in zip(commands, outputs, strict=False):
        assert _SECONDS.sub("N s", got) == _SECONDS.sub("N s", expected), f"{where}: $ {cmd}"
    assert len(outputs) == len(commands) + 1, f"{where}: {proc.stderr}"


def test_archive_queries_print_their_tables(tmp_path: Path) -> None:
    from benchmarks.archive import DOCS, docs_archive, docs_tables

    current = DOCS.read_text(encoding="utf-8")
    assert docs_tables(current, docs_archive(tmp_path)) == current, "refresh: python benchmarks/archive.py docs"


def test_archive_schema_in_docs_is_current() -> None:
    from dvextract.writers.tables import markdown

    assert markdown() in (ROOT / "docs" / "archive.md").read_text(encoding="utf-8")
