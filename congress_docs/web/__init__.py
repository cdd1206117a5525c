"""The local web page of `congress-docs serve`: fill in, check, preview and download, offline."""

from __future__ import annotations

from congress_docs.web.app import create_app
from congress_docs.web.server import check_loopback, serve

__all__ = ["check_loopback", "create_app", "serve"]
