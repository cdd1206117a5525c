"""Non-breaking spaces where a printed line must not split: unit names, "lần thứ XIV", terms.

Word and LibreOffice both keep words joined by U+00A0 on one line, so "khóa" never ends a line
with "XIII" at the start of the next, nor "2024 -" with "2029".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from congress_docs.context.memo import per_commune
from congress_docs.models import CongressFile
from congress_docs.vietnamese import upper_vi

__all__ = ["NBSP", "keep_together", "unit_names"]

NBSP = "\u00a0"
_LONGEST = 24
_ORDINAL = re.compile(r"\b(lần thứ|khóa) ([IVXLCDM]+)\b", re.IGNORECASE)
# "\b(\d{4}) - (\d{4})\b", with the word boundary tested after the first digit (every digit is a
# word character): starting on a digit lets the regex engine skip to the next one.
_RANGE = re.compile(r"(\d(?<!\w\d)\d{3}) - (\d{4})\b")


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


def _ordinal(match: re.Match[str]) -> str:
    return f"{match.group(1).replace(' ', NBSP)}{NBSP}{match.group(2)}"


def _term(match: re.Match[str]) -> str:
    return f"{match.group(1)}{NBSP}-{NBSP}{match.group(2)}"


def _join(text: str, names: list[str]) -> str:
    for name in names:
        if name in text:
            text = text.replace(name, name.replace(" ", NBSP))
    text = _ORDINAL.sub(_ordinal, text)
    return _RANGE.sub(_term, text)


# Joins the strings of a context in one text; no string of a context holds it (checked).
_SEPARATOR = "\x00"
_ORDINAL_WORDS = ("khóa ", "lần thứ ")


def _join_all(texts: list[str], names: list[str]) -> list[str]:
    """_join of each text, done on all of them at once (a few calls in C instead of many).

    The texts are joined by a character no name, word or pattern can match, and which the
    patterns see as a string's edge sees it (not a word character), so every replacement
    falls within one text, as it does text by text.
    """
    whole = _SEPARATOR.join(texts)
    if whole.count(_SEPARATOR) != len(texts) - 1:
        return [_join(text, names) for text in texts]
    for name in names:
        if name in whole:
            whole = whole.replace(name, name.replace(" ", NBSP))
    whole = _join_ordinals(whole)
    # A term's " - " stands 4 characters after the start of its match.
    whole = _substitute(whole, _RANGE, _term, [at - 4 for at in _positions(whole, (" - ",))
                                               if at >= 4])
    return whole.split(_SEPARATOR)


def _join_ordinals(text: str) -> str:
    """_ORDINAL.sub, tried only where its words stand instead of at every position.

    Every character _ORDINAL's words match ignoring case lowers to the word's own character
    (the Kelvin sign to "k"), so a match starts where the lowered text holds a word; when
    lowering keeps the length, its positions are those of the text.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        return _ORDINAL.sub(_ordinal, text)
    return _substitute(text, _ORDINAL, _ordinal, _positions(lowered, _ORDINAL_WORDS))


def _substitute(text: str, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str],
                starts: list[int]) -> str:
    """pattern.sub(replace, text) when every match starts at one of `starts`.

    As sub does, the matches are taken from left to right and never overlap; the engine
    keeps looking behind a start (word boundaries) in the whole text.
    """
    pieces: list[str] = []
    done = 0
    for start in sorted(starts):
        if start < done:
            continue
        match = pattern.match(text, start)
        if match is not None:
            pieces += [text[done:start], replace(match)]
            done = match.end()
    return "".join([*pieces, text[done:]]) if pieces else text


def _positions(text: str, words: tuple[str, ...]) -> list[int]:
    """Where each of `words` starts in `text`, overlaps included."""
    found: list[int] = []
    for word in words:
        index = text.find(word)
        while index >= 0:
            found.append(index)
            index = text.find(word, index + 1)
    return found


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
# Values a context holds that have no string inside.
_LEAVES = frozenset({int, bool, float, type(None)})


def keep_together(value: Any, names: list[str]) -> Any:
    """`value` with every string in it (dicts, lists walked) joined where lines must not split."""
    if type(value) is str:
        return _join(value, names)
    seen = _JOINED.table(names)
    copy = _Copy(names, seen)
    result = copy.walk(value)
    if copy.pending:
        # The strings not seen before, joined once each and put in the places kept for them.
        texts = list(dict.fromkeys(text for _holder, _place, text in copy.pending))
        seen.update(zip(texts, _join_all(texts, names), strict=True))
        for holder, place, text in copy.pending:
            holder[place] = seen[text]
    return result


class _Copy:
    """A copy of a context, each string replaced by its joined form when seen before, else kept
    in `pending` with its place. Strings are handled inline: a context is mostly strings, and a
    call for each would cost more than the rest of the walk."""

    def __init__(self, names: list[str], seen: dict[str, str]) -> None:
        self.names = names
        self.known = seen.get
        self.pending: list[tuple[Any, Any, str]] = []
        # Shorter strings hold no name and no "khóa I": they are left as they are.
        self.shortest = min([len("khóa I"), *(len(name) for name in names)])

    def walk(self, value: Any) -> Any:
        kind = type(value)
        if kind is dict:
            return self.mapping(value)
        if kind is list:
            return self.sequence(value)
        # Subclasses and tuples, rare in a context: the general path.
        if isinstance(value, str):
            return _join(value, self.names)
        if isinstance(value, dict):
            return {key: self.walk(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.walk(item) for item in value]
        if isinstance(value, tuple):
            return tuple(self.walk(item) for item in value)
        return value

    def mapping(self, value: dict[Any, Any]) -> dict[Any, Any]:
        copy: dict[Any, Any] = {}
        shortest, known, keep = self.shortest, self.known, self.pending.append
        for key, item in value.items():
            kind = type(item)
            if kind is str:
                if len(item) >= shortest:
                    joined = known(item)
                    if joined is None:
                        keep((copy, key, item))
                    else:
                        item = joined
                copy[key] = item
            else:
                copy[key] = item if kind in _LEAVES else self.walk(item)
        return copy

    def sequence(self, value: list[Any]) -> list[Any]:
        copy: list[Any] = []
        shortest, known, keep = self.shortest, self.known, self.pending.append
        for item in value:
            kind = type(item)
            if kind is str:
                if len(item) >= shortest:
                    joined = known(item)
                    if joined is None:
                        keep((copy, len(copy), item))
                    else:
                        item = joined
                copy.append(item)
            else:
                copy.append(item if kind in _LEAVES else self.walk(item))
        return copy
