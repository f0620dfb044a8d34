"""The code is ruff-clean (ruff comes with the test extra)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT


def test_ruff_clean() -> None:
    ruff = shutil.which("ruff", path=str(ROOT / ".venv" / "bin")) or shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed (pip install '.[test]')")
    targets = [d for d in ("dvextract", "tests", "benchmarks") if (ROOT / d).is_dir()]
    out = subprocess.run([ruff, "check", *targets], cwd=ROOT, capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stdout + out.stderr


def test_package_is_typed() -> None:
    import dvextract

    assert (ROOT / "dvextract" / "py.typed").exists()
    assert sys.modules["dvextract"] is dvextract
