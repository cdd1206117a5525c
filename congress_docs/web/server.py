"""Run the page with uvicorn on this machine only, and open it in the user's browser."""

from __future__ import annotations

import socket
import sys
import threading
import webbrowser
from pathlib import Path

from congress_docs.errors import CongressDocsError
from congress_docs.i18n import _
from congress_docs.web.security import is_loopback

__all__ = ["ServeError", "check_loopback", "serve"]

# Bounds that keep a local page small: a few connections, small headers, short keep-alive.
LIMIT_CONCURRENCY = 32
HEADER_BYTES = 64 * 1024


class ServeError(CongressDocsError):
    """Raised when the page cannot be served as asked (a non-loopback address, a busy port)."""


def check_loopback(host: str) -> str:
    """Return `host` if it is a loopback address; raise ServeError for anything else."""
    if not is_loopback(host):
        raise ServeError(
            _("the page is served on this computer only (127.0.0.1); refusing to listen on {host}")
            .format(host=host)
        )
    return host


def serve(
    data: Path,
    *,
    output: Path,
    host: str = "127.0.0.1",
    port: int = 8765,
    open_browser: bool = True,
    pdf: bool = True,
) -> None:
    """Serve the data folder until interrupted (Ctrl+C)."""
    import uvicorn

    from congress_docs.web.app import create_app

    check_loopback(host)
    _check_port_free(host, port)
    app = create_app(data, output=output, pdf=pdf)
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        limit_concurrency=LIMIT_CONCURRENCY,
        h11_max_incomplete_event_size=HEADER_BYTES,
        timeout_keep_alive=5,
        server_header=False,
        proxy_headers=False,
    )
    server = uvicorn.Server(config)
    if open_browser:
        url = f"http://{'[' + host + ']' if ':' in host else host}:{port}/"
        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    try:
        server.run()
    except OSError as err:
        raise ServeError(_("cannot serve on {host}:{port}: {detail}").format(
            host=host, port=port, detail=err.strerror or err)) from err


def _check_port_free(host: str, port: int) -> None:
    """Say plainly that the port is taken, before uvicorn logs its own error and exits."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        if sys.platform != "win32":
            # As uvicorn binds: a port left in TIME_WAIT by the last run is free to it, and
            # must not be called taken. (On Windows the option would let a taken port bind.)
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as err:
            raise ServeError(
                _("port {port} is already in use on {host}; choose another with --port").format(
                    port=port, host=host)
            ) from err
