"""Shared test setup: paths, the dev set when present, and no network at all."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = FIXTURES / "seed"
EXAMPLES = FIXTURES / "examples"
DEV = ROOT.parent / "shared" / "dev"


def fixture_texts() -> list[Path]:
    """Every article shipped in fixtures/."""
    return sorted(FIXTURES.rglob("*.txt"))


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection attempt fails the test: dvextract must work offline."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    """The dev set beside the project (third-party texts, never copied in)."""
    if not (DEV.is_dir() and any(DEV.glob("*.json"))):
        pytest.skip(f"dev set not found at {DEV}: these tests read ../shared/dev in place")
    return DEV
