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


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "loopback: the test may connect to 127.0.0.1 (a local Dask cluster)")


_LOCAL = ("127.0.0.1", "localhost", "::1")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Any connection attempt fails the test: dvextract must work offline.

    Tests marked ``loopback`` may reach this machine's own loopback address only.
    """
    loopback = request.node.get_closest_marker("loopback") is not None
    real_connect, real_connect_ex, real_create = (
        socket.socket.connect,
        socket.socket.connect_ex,
        socket.create_connection,
    )

    def local(address: object) -> bool:
        return loopback and isinstance(address, tuple) and str(address[0]) in _LOCAL

    def connect(self: socket.socket, address: object) -> None:
        if not local(address) and self.family != getattr(socket, "AF_UNIX", None):
            raise AssertionError(f"network access attempted: {address!r}")
        real_connect(self, address)  # type: ignore[arg-type]

    def connect_ex(self: socket.socket, address: object) -> int:
        if not local(address) and self.family != getattr(socket, "AF_UNIX", None):
            raise AssertionError(f"network access attempted: {address!r}")
        return real_connect_ex(self, address)  # type: ignore[arg-type]

    def create_connection(address: object, *args: object, **kwargs: object) -> socket.socket:
        if not local(address):
            raise AssertionError(f"network access attempted: {address!r}")
        return real_create(address, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    """The dev set beside the project (third-party texts, never copied in)."""
    if not (DEV.is_dir() and any(DEV.glob("*.json"))):
        pytest.skip(f"dev set not found at {DEV}: these tests read ../shared/dev in place")
    return DEV
