"""Prepared templates kept on disk between runs, so a short build starts without preparing.

Preparing the five templates (opening each package, patching and compiling every part) costs
more than building one commune's documents. Once prepared, a template's pieces are written to
the user's cache folder, keyed by the template's content, the page layout and everything the
pieces depend on (Python, Jinja2, docxtpl and python-docx, and this package's own rendering
code); a later run reads them back in milliseconds. A missing, stale or damaged entry is simply
prepared again. CONGRESS_DOCS_CACHE names another folder; set to "" it turns the cache off.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import marshal
import os
import sys
from pathlib import Path

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from congress_docs.docx_zip import Member
from congress_docs.fileio import write_bytes_atomic
from congress_docs.template_parts import Part, Pieces, from_code

__all__ = ["cache_folder", "load_pieces", "save_pieces"]

_FORMAT = 1
# This package's files whose code decides what a prepared template holds.
_OWN_FILES = ("prepared.py", "template_parts.py", "template_store.py", "environment.py",
              "sandbox.py",
              "layout.py", "docx_zip.py", "vietnamese/filters.py")


def cache_folder() -> Path | None:
    """The folder prepared templates are kept in, or None when the cache is turned off."""
    chosen = os.environ.get("CONGRESS_DOCS_CACHE")
    if chosen is not None:
        return Path(chosen) if chosen else None
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "congress-docs" / "templates"


def load_pieces(key: str, env: SandboxedEnvironment) -> Pieces | None:
    """The pieces saved under `key`, or None when there are none (or they cannot be used)."""
    folder = cache_folder()
    if folder is None:
        return None
    try:
        raw = marshal.loads((folder / _file_name(key)).read_bytes())
        if raw["format"] != _FORMAT:
            return None
        parts = tuple(Part(member, name, role, source, from_code(env, code), code, None)
                      for member, name, role, source, code in raw["parts"])
        static = {name: Member(*fields) for name, fields in raw["static"].items()}
        return Pieces(parts, tuple(raw["order"]), tuple(raw["frame"]), static, None)
    except Exception:  # noqa: BLE001 - missing, stale or damaged: prepare again
        return None


def save_pieces(key: str, pieces: Pieces) -> None:
    """Keep `pieces` for later runs; only templates without tags in their properties qualify."""
    folder = cache_folder()
    if folder is None or pieces.core is not None or any(p.failure for p in pieces.parts):
        return
    raw = {
        "format": _FORMAT,
        "parts": [(p.member, p.name, p.role, p.source, p.code) for p in pieces.parts],
        "order": list(pieces.order),
        "frame": list(pieces.frame),
        "static": {name: (m.name, m.flags, m.crc, m.size, m.data)
                   for name, m in pieces.static.items()},
    }
    with contextlib.suppress(OSError, ValueError):  # a cache that cannot be written is no cache
        write_bytes_atomic(folder / _file_name(key), marshal.dumps(raw))


def _file_name(key: str) -> str:
    return hashlib.sha256(f"{key}|{_stamp()}".encode()).hexdigest()[:40] + ".bin"


@functools.cache
def _stamp() -> str:
    """What, besides the template, the pieces depend on: versions and the code that made them."""
    digest = hashlib.sha256(f"{sys.version}|{jinja2.__version__}|{_FORMAT}".encode())
    own = Path(__file__).parent
    for name in _OWN_FILES:
        with contextlib.suppress(OSError):
            digest.update((own / name).read_bytes())
    for module in ("docxtpl", "docx"):
        spec = importlib.util.find_spec(module)
        origin = Path(spec.origin) if spec is not None and spec.origin else None
        with contextlib.suppress(OSError):
            if origin is not None:
                stat = origin.parent.stat()
                digest.update(f"{origin}|{stat.st_mtime_ns}".encode())
                for child in sorted(origin.parent.glob("*.py")):
                    digest.update(f"{child.name}|{child.stat().st_size}".encode())
    return digest.hexdigest()
