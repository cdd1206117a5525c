"""Helpers for the web page tests: a copy of the sample data, a bounded server, Chromium."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn

from congress_docs.web import create_app

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
# Flags of a headless Chromium on a machine with no network but loopback.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
TOKEN = "test-token-0123456789"
SERVER_START_SECONDS = 15


@dataclass(frozen=True)
class RunningServer:
    """A page being served: its address, its CSRF token and the folders it works on."""

    url: str
    token: str
    data: Path
    output: Path
    port: int


def copy_sample(tmp_path: Path) -> Path:
    """A copy of the bundled sample data folder (tam-duong) in tmp_path; never data/ itself."""
    target = tmp_path / "data"
    shutil.copytree(REPO / "data" / "tam-duong", target / "tam-duong")
    return target


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_server(data: Path, output: Path, *, pdf: bool = False) -> Iterator[RunningServer]:
    """Serve `data` on a free loopback port in a thread; always stopped when the block ends."""
    port = free_port()
    app = create_app(data, output=output, token=TOKEN, pdf=pdf)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                            lifespan="on", limit_concurrency=32)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"web-test-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + SERVER_START_SECONDS
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield RunningServer(f"http://127.0.0.1:{port}", TOKEN, data, output, port)
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def require_chromium() -> Path:
    """Debian's Chromium; skip without it, but fail when CI is set (it must be installed)."""
    if not CHROMIUM.exists():
        message = "Debian's chromium is not installed (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM
