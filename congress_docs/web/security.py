"""The page's guard: loopback Host only, a CSRF token on every change, bounded bodies, no tricks
in paths, and headers that keep the page from being framed or fed scripts from elsewhere."""

from __future__ import annotations

import ipaddress
import json
import re
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

__all__ = ["MAX_BODY_BYTES", "BodyTooLarge", "Guard", "is_loopback", "new_token"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_BODY_BYTES = 2 * 1024 * 1024
MAX_PATH_CHARS = 2048
CSRF_HEADER = b"x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Encoded slash, backslash, dot and NUL: nothing the page links to needs them in a path.
_TRICKS = re.compile(rb"%(2f|5c|2e|00)|\\|\x00", re.IGNORECASE)
_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"SAMEORIGIN"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        b"object-src 'self'; frame-src 'self'; frame-ancestors 'self'; base-uri 'none'; "
        b"form-action 'self'; connect-src 'self'",
    ),
]


def new_token() -> str:
    """A fresh CSRF token for one run of the server."""
    return secrets.token_urlsafe(32)


def is_loopback(host: str) -> bool:
    """Whether `host` names this machine only (127.0.0.0/8, ::1 or localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def host_name(header: str) -> str:
    """The host of a Host header, without its port ('[::1]:8000' -> '::1')."""
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else ""
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class Guard:
    """ASGI middleware in front of the whole page; refuses before any route runs."""

    def __init__(self, app: App, *, token: str, max_body: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.token = token.encode("ascii")
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = self._refusal(scope)
        if refusal is not None:
            await _refuse(send, *refusal)
            return
        await self.app(scope, self._bounded(receive), _with_headers(send))

    def _refusal(self, scope: Scope) -> tuple[int, str] | None:
        headers = dict(scope.get("headers") or [])
        host = headers.get(b"host", b"").decode("latin-1")
        if not host or not is_loopback(host_name(host)):
            return 421, "wrong Host header: this page answers only to 127.0.0.1 and localhost"
        raw = scope.get("raw_path") or scope.get("path", "").encode("utf-8")
        path = raw.split(b"?", 1)[0]
        if len(raw) > MAX_PATH_CHARS or _TRICKS.search(path) or b"/../" in path + b"/" or (
            b"/./" in path + b"/"
        ):
            return 400, "refused path"
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            return 413, "request too large"
        if scope["method"] not in SAFE_METHODS:
            sent = headers.get(CSRF_HEADER, b"")
            if not secrets.compare_digest(sent, self.token):
                return 403, "missing or wrong CSRF token"
            origin = headers.get(b"origin")
            if origin is not None and origin.decode("latin-1").split("//", 1)[-1] != host:
                return 403, "request from another site"
        return None

    def _bounded(self, receive: Receive) -> Receive:
        seen = 0

        async def bounded() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                raise BodyTooLarge
            return message

        return bounded


class BodyTooLarge(Exception):
    """A body sent without Content-Length grew past the limit."""


def _with_headers(send: Send) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            message["headers"] = [*message.get("headers", []), *_HEADERS]
        await send(message)

    return sending


async def _refuse(send: Send, status: int, reason: str) -> None:
    body = json.dumps({"error": reason}).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode("ascii")),
                *_HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
