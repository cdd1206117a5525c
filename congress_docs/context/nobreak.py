"""Non-breaking spaces where a printed line must not split: unit names, "lần thứ XIV", terms.

Word and LibreOffice both keep words joined by U+00A0 on one line, so "khóa" never ends a line
with "XIII" at the start of the next, nor "2024 -" with "2029".
"""

from __future__ import annotations

import re
from typing import Any

from congress_docs.context.memo import per_commune
from congress_docs.models import CongressFile
from congress_docs.vietnamese import upper_vi

__all__ = ["NBSP", "keep_together", "unit_names"]

NBSP = "\u00a0"
_LONGEST = 24
_ORDINAL = re.compile(r"\b(lần thứ|khóa) ([IVXLCDM]+)\b", re.IGNORECASE)
_RANGE = re.compile(r"\b(\d{4}) - (\d{4})\b")


@per_commune
def unit_names(model: CongressFile) -> list[str]:
    """Names printed as one: the commune, its district and province, in both cases."""
    names = [f"{model.unit.kind} {model.unit.name}", f"{model.province.kind} {model.province.name}"]
    if model.district is not None:
        names.append(f"{model.district.kind} {model.district.name}")
    names += [name[0].upper() + name[1:] for name in names]
    names += [upper_vi(name) for name in names]
    # A long name may have to wrap in the narrow issuer column: only short ones are joined.
    return sorted({name for name in names if " " in name and len(name) <= _LONGEST},
                  key=len, reverse=True)


def _join(text: str, names: list[str]) -> str:
    for name in names:
        if name in text:
            text = text.replace(name, name.replace(" ", NBSP))
    # Each substitution runs only where it can match: most strings hold neither, and a
    # substring test costs far less. Every character _ORDINAL's words match ignoring case
    # lowers to the word's own character (the Kelvin sign to "k"), so the lowered text holds
    # the lowered word wherever _ORDINAL matches.
    lowered = text.lower()
    if "khóa " in lowered or "lần thứ " in lowered:
        text = _ORDINAL.sub(lambda m: f"{m.group(1).replace(' ', NBSP)}{NBSP}{m.group(2)}", text)
    if " - " in text:
        text = _RANGE.sub(lambda m: f"{m.group(1)}{NBSP}-{NBSP}{m.group(2)}", text)
    return text


class _Joined:
    """The joined form of each string already seen with one list of names.

    The documents of one commune repeat most of their strings (names, programmes, targets):
    each is joined once. A new list of names (the next commune) starts afresh.
    """

    _LIMIT = 50_000

    def __init__(self) -> None:
        self.names: tuple[str, ...] = ()
        self.seen: dict[str, str] = {}

    def table(self, names: list[str]) -> dict[str, str]:
        key = tuple(names)
        if key != self.names or len(self.seen) > self._LIMIT:
            self.names, self.seen = key, {}
        return self.seen


_JOINED = _Joined()


def keep_together(value: Any, names: list[str]) -> Any:
    """`value` with every string in it (dicts, lists walked) joined where lines must not split."""
    return _walk(value, names, _JOINED.table(names))


def _walk(value: Any, names: list[str], seen: dict[str, str]) -> Any:
    if isinstance(value, str):
        joined = seen.get(value)
        if joined is None:
            joined = seen[value] = _join(value, names)
        return joined
    if isinstance(value, dict):
        return {key: _walk(item, names, seen) for key, item in value.items()}
    if isinstance(value, list):
        return [_walk(item, names, seen) for item in value]
    if isinstance(value, tuple):
        return tuple(_walk(item, names, seen) for item in value)
    return value
