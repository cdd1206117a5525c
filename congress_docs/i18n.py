"""The one translation layer: gettext catalogues (.po) for user messages, Vietnamese by default."""

from __future__ import annotations

import ast
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path

__all__ = ["LANGUAGES", "_", "current_language", "detect_language", "set_language"]

LANGUAGES = ("vi", "en")
_LOCALE_DIR = Path(__file__).parent / "locale"
_state = {"lang": "vi"}


def set_language(lang: str) -> None:
    """Choose the language of every message built from now on ("vi" or "en")."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    _state["lang"] = lang


def current_language() -> str:
    """Return the language messages are being built in."""
    return _state["lang"]


def detect_language(environ: Mapping[str, str]) -> str:
    """Pick English when the user's locale is English, Vietnamese otherwise."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = environ.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "vi"
    return "vi"


def _(msgid: str) -> str:
    """Translate an English message id into the current language."""
    if _state["lang"] == "en":
        return msgid
    return catalogue("vi").get(msgid) or msgid


@cache
def catalogue(lang: str) -> dict[str, str]:
    """Merge every .po file of a language into one msgid -> msgstr table."""
    table: dict[str, str] = {}
    folder = _LOCALE_DIR / lang
    if folder.is_dir():
        for po_file in sorted(folder.glob("*.po")):
            table.update(parse_po(po_file.read_text(encoding="utf-8")))
    return table


def parse_po(text: str) -> dict[str, str]:
    """Read the msgid/msgstr pairs of a gettext .po text (no plural forms, no contexts)."""
    entries: dict[str, str] = {}
    current: dict[str, str] = {}
    key = ""
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("msgid "):
            _store(entries, current)
            current, key = {"msgid": "", "msgstr": ""}, "msgid"
            current[key] = _unquote(line[6:])
        elif line.startswith("msgstr "):
            key = "msgstr"
            current[key] = _unquote(line[7:])
        elif line.startswith('"') and key:
            current[key] += _unquote(line)
    _store(entries, current)
    return entries


def _store(entries: dict[str, str], current: dict[str, str]) -> None:
    if current.get("msgid") and current.get("msgstr"):
        entries[current["msgid"]] = current["msgstr"]


def _unquote(quoted: str) -> str:
    text = quoted.strip()
    inner = text[1:-1]
    if len(text) >= 2 and text[0] == text[-1] == '"' and '"' not in inner and "\\" not in inner:
        # Most lines hold no escape: read them as they are (Python's own parser for every line
        # of the catalogues was a tenth of a one-commune build).
        return inner
    value = ast.literal_eval(text)
    return value if isinstance(value, str) else ""


def default_language() -> str:
    """Return the language the environment asks for."""
    return detect_language(os.environ)
