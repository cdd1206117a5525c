"""Read each value the way the data model expects it, saying so whenever it is not as written.

YAML guesses a type from the text alone: `03421` becomes the number 1809, `5.230` becomes 5.23,
`true` can be counted as 1. Knowing the field's type, this module corrects what is certain
(a thousands dot in a count, text that YAML took for a number) with a warning naming the field,
and refuses what is ambiguous or wrong (booleans as counts, NaN, a decimal "5.230") with an error.
Names and ids lose invisible characters (non-breaking and zero-width spaces, doubled spaces),
with a warning; other text is kept exactly as written.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import typing
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel

from congress_docs.annotations import model_of, unwrap
from congress_docs.errors import Issue
from congress_docs.i18n import _
from congress_docs.yamlsource import Key, Located, control_character_message

__all__ = ["NAME_FIELDS", "Normalised", "clean_name", "normalise"]

# Single-line names whose invisible characters are removed; all other text is kept as written.
NAME_FIELDS = frozenset({"name", "full_name", "place_name", "code", "symbol", "number",
                         "ethnicity", "religion", "gender", "kind", "role", "category"})
_LARGEST = 10**12
# Control characters a YAML escape ("\x02", "\a", "\f") can still put into a value; tab and
# newline are allowed in text (they become a tab and a line break in the document).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_ODD_SPACE = re.compile("[\u00a0\u202f\u2007\u2000-\u200a\u205f\u3000\u1680]")
_LINE_BREAK = re.compile("[\t\r\n]")
# Anything clean_name removes: without one of these it returns the name unchanged.
_TO_CLEAN = re.compile(f"{_ZERO_WIDTH.pattern}|{_ODD_SPACE.pattern}|{_LINE_BREAK.pattern}|  ")
_DOUBLE_SPACE = re.compile(" {2,}")
_DIGITS = re.compile(r"[+-]?\d+")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:[. \u00a0]\d{3})+(?:,\d+)?")
_COMMA_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_AMBIGUOUS = re.compile(r"\d{1,3}[.,]\d{3}")
_DECIMAL_COMMA = re.compile(r"\d+,\d+")
_DAY_FIRST = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


@dataclass
class Normalised:
    """The data as the model expects it, with what was changed (warnings) or refused (errors)."""

    source: Located
    warnings: list[Issue] = field(default_factory=list)
    errors: list[Issue] = field(default_factory=list)


def normalise(source: Located, model: type[BaseModel]) -> Normalised:
    """Return `source` with every value read as `model` expects it, and what was done."""
    walker = _Walker(source)
    data = walker.value(source.data, _plan(model), (), "")
    result = Located(data, source.locations, source.scalars, source.warnings)
    return Normalised(result, source.warnings + walker.warnings, walker.errors)


def clean_name(text: str) -> tuple[str, list[str]]:
    """Return a name without invisible characters, and the list of what was removed."""
    removed: list[str] = []
    cleaned = unicodedata.normalize("NFC", text)
    for pattern, replacement, what in (
        (_ZERO_WIDTH, "", _("zero-width character")),
        (_ODD_SPACE, " ", _("non-breaking or special space")),
        (_LINE_BREAK, " ", _("tab or line break")),
    ):
        cleaned, count = pattern.subn(replacement, cleaned)
        if count:
            removed.append(what)
    stripped = cleaned.strip()
    collapsed = _DOUBLE_SPACE.sub(" ", stripped)
    if collapsed != stripped:
        removed.append(_("doubled space"))
    return collapsed, removed


class _Walker:
    def __init__(self, source: Located) -> None:
        self.source = source
        self.warnings: list[Issue] = []
        self.errors: list[Issue] = []

    def value(self, value: Any, plan: _Plan, key: Key, name: str, is_id: bool = False) -> Any:
        if plan.fields is not None:
            if not isinstance(value, dict):
                return value
            result = {}
            fields = plan.children or plan.resolve_children()
            for child_name, child in value.items():
                spec = fields.get(child_name)
                result[child_name] = child if spec is None else self.value(
                    child, spec[0], (*key, child_name), child_name, spec[1])
            return result
        if plan.item is not None:
            if not isinstance(value, list):
                return value
            item = plan.item_plan or plan.resolve_item()
            return [self.value(child, item, (*key, index), name)
                    for index, child in enumerate(value)]
        if value is None:
            return None
        return self.scalar(value, plan, key, is_id or plan.annotated_id or name in NAME_FIELDS)

    def scalar(self, value: Any, plan: _Plan, key: Key, is_name: bool) -> Any:
        kind = plan.kind
        if kind is _TEXT:
            return self._text(value, key, is_name)
        if kind is _CHOICE:
            return self._text(value, key, True)
        if kind is _INT:
            return self._integer(value, key)
        if kind is _BOOL:
            return self._boolean(value, key)
        if kind is _FLOAT:
            return self._decimal(value, key)
        if kind is _DATE:
            return self._date(value, key)
        return value

    def _raw(self, key: Key) -> str | None:
        raw = self.source.scalars.get(key)
        return raw.text.strip() if raw is not None and raw.plain else None

    def _boolean(self, value: Any, key: Key) -> Any:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            self._error(key, _("must be true or false, not {given}").format(given=value))
        return value

    def _integer(self, value: Any, key: Key) -> Any:
        raw = self._raw(key)
        if isinstance(value, bool):
            return self._error(key, _not_number(value))
        if isinstance(value, float) and not math.isfinite(value):
            return self._error(key, _not_finite(raw or str(value)))
        if isinstance(value, str) or (isinstance(value, float) and raw is not None):
            written = value.strip() if isinstance(value, str) else str(raw)
            if (_DOT_THOUSANDS.fullmatch(written) and "," not in written) or (
                    _COMMA_THOUSANDS.fullmatch(written) and "." not in written):
                number = int(re.sub(r"\D", "", written))
                return self._warn(key, number, _thousands(written, number))
            return value
        if isinstance(value, int) and raw is not None:
            if re.fullmatch(r"[+-]?0\d+", raw):
                number = int(raw, 10)
                if number != value:  # YAML 1.1 reads 010 as octal 8
                    message = _("read {given!r} as {value} (a leading zero does not change a "
                                "count); write {value}").format(given=raw, value=number)
                    return self._warn(key, number, message)
            elif not _DIGITS.fullmatch(raw.replace("_", "")):
                return self._error(key, _digits_only(raw))
        if isinstance(value, int) and abs(value) > _LARGEST:
            return self._error(key, _too_large(value))
        return value

    def _decimal(self, value: Any, key: Key) -> Any:
        raw = self._raw(key)
        if isinstance(value, bool):
            return self._error(key, _not_number(value))
        if isinstance(value, (int, float)):
            if isinstance(value, float) and not math.isfinite(value):
                return self._error(key, _not_finite(raw or str(value)))
            if raw is not None and _AMBIGUOUS.fullmatch(raw):
                return self._error(key, _ambiguous(raw))
            if raw is not None and ":" in raw:
                return self._error(key, _digits_only(raw))
            if abs(value) > _LARGEST:
                return self._error(key, _too_large(value))
            return value
        if isinstance(value, str):
            return self._decimal_text(value.strip(), value, key)
        return value

    def _decimal_text(self, written: str, value: Any, key: Key) -> Any:
        try:
            if not math.isfinite(float(written)):  # pydantic would accept "nan" and "1e400"
                return self._error(key, _not_finite(written))
        except ValueError:
            pass
        if _AMBIGUOUS.fullmatch(written):
            return self._error(key, _ambiguous(written))
        if _DOT_THOUSANDS.fullmatch(written):
            number = float(re.sub(r"[. \u00a0]", "", written).replace(",", "."))
            return self._warn(key, number, _thousands(written, _show(number)))
        if _COMMA_THOUSANDS.fullmatch(written):
            number = float(written.replace(",", ""))
            return self._warn(key, number, _thousands(written, _show(number)))
        if _DECIMAL_COMMA.fullmatch(written):
            number = float(written.replace(",", "."))
            message = _("read {given!r} as {value} (a decimal comma); write {value} with a '.' "
                        "to keep this file unambiguous").format(given=written, value=_show(number))
            return self._warn(key, number, message)
        return value

    def _date(self, value: Any, key: Key) -> Any:
        if not isinstance(value, str):
            return value
        found = _DAY_FIRST.fullmatch(value.strip())
        if found is None:
            return value
        day, month, year = (int(part) for part in found.groups())
        try:
            date = dt.date(year, month, day)
        except ValueError:
            return self._error(key, _("the date {given} does not exist; write dates as "
                                      "YYYY-MM-DD").format(given=value.strip()))
        message = _("read {given!r} as {value} (day/month/year); write dates as YYYY-MM-DD, "
                    "e.g. {value}").format(given=value.strip(), value=date.isoformat())
        return self._warn(key, date, message)

    def _text(self, value: Any, key: Key, is_name: bool) -> Any:
        if not isinstance(value, str):
            raw = self.source.scalars.get(key)
            if raw is None or not raw.plain or isinstance(value, (dict, list)):
                return value
            # YAML made a number, date or boolean of text written without quotes: keep the text.
            value = unicodedata.normalize("NFC", raw.text)
        control = _CONTROL.search(value)
        if control is not None:
            return self._error(key, control_character_message(control.group()))
        if not is_name or not _TO_CLEAN.search(unicodedata.normalize("NFC", value)):
            return value  # clean_name would remove nothing
        cleaned, removed = clean_name(value)
        if removed and cleaned != value.strip():
            message = _("{what} removed: {given!r} is read as {value!r}").format(
                what=", ".join(removed), given=value, value=cleaned)
            return self._warn(key, cleaned, message)
        return value

    def _warn(self, key: Key, value: Any, message: str) -> Any:
        self.warnings.append(self._issue(key, message))
        return value

    def _error(self, key: Key, message: str) -> None:
        self.errors.append(self._issue(key, message))

    def _issue(self, key: Key, message: str) -> Issue:
        where = self.source.locate(key)
        dotted = ".".join(str(part) for part in key)
        if where is None:
            return Issue(None, message, field=dotted)
        return Issue(where.file, message, where.line, where.column, dotted)


# What the walker does with a value, worked out once per annotation (thousands of values share a
# few dozen annotations) and kept by identity: annotations live as long as their models, and
# hashing an Annotated type walks all its metadata.
_TEXT, _CHOICE, _INT, _BOOL, _FLOAT, _DATE, _OTHER = "text", "choice", "int", "bool", "float", \
    "date", "other"
_KINDS: dict[Any, str] = {str: _TEXT, int: _INT, bool: _BOOL, float: _FLOAT, dt.date: _DATE}


@dataclass
class _Plan:
    """A model's fields (annotation, holds an Id), a list's item annotation, or a scalar kind.

    The plans of a model's fields and of a list's items are made on first use, so that a model
    naming itself would not plan forever.
    """

    fields: dict[str, tuple[Any, bool]] | None
    item: Any
    kind: str
    annotated_id: bool
    children: dict[str, tuple[_Plan, bool]] | None = None
    item_plan: _Plan | None = None

    def resolve_children(self) -> dict[str, tuple[_Plan, bool]]:
        assert self.fields is not None
        self.children = {name: (_plan(annotation), is_id)
                         for name, (annotation, is_id) in self.fields.items()}
        return self.children

    def resolve_item(self) -> _Plan:
        self.item_plan = _plan(self.item)
        return self.item_plan


_PLANS: dict[int, tuple[Any, _Plan]] = {}


def _plan(annotation: Any) -> _Plan:
    found = _PLANS.get(id(annotation))
    if found is None or found[0] is not annotation:
        found = _PLANS[id(annotation)] = (annotation, _make_plan(annotation))
    return found[1]


def _make_plan(annotation: Any) -> _Plan:
    model, base = model_of(annotation), unwrap(annotation)
    annotated_id = _is_id(annotation)
    if model is not None:
        return _Plan(_fields(model), None, _OTHER, annotated_id)
    if typing.get_origin(base) is list:
        return _Plan(None, typing.get_args(base)[0], _OTHER, annotated_id)
    kind = _CHOICE if _is_text_choice(base) else _KINDS.get(base, _OTHER)
    return _Plan(None, None, kind, annotated_id)


def _fields(model: type[BaseModel]) -> dict[str, tuple[Any, bool]]:
    """Each field's annotation and whether it holds an Id."""
    # pydantic keeps a field's own constraints (the Id pattern) in its metadata
    return {name: (spec.annotation, _is_id(spec.annotation) or _has_pattern(spec.metadata))
            for name, spec in model.model_fields.items()}


def _is_text_choice(base: Any) -> bool:
    return typing.get_origin(base) is Literal and all(
        isinstance(choice, str) for choice in typing.get_args(base))


def _is_id(annotation: Any) -> bool:
    """True for the Id type: a constrained string whose values are references, not prose."""
    found = _IDS.get(id(annotation))
    if found is None or found[0] is not annotation:
        answer = _has_pattern(getattr(annotation, "__metadata__", ())) or any(
            _is_id(arg) for arg in typing.get_args(annotation))
        found = _IDS[id(annotation)] = (annotation, answer)
    return bool(found[1])


_IDS: dict[int, tuple[Any, bool]] = {}


def _has_pattern(metadata: Any) -> bool:
    return any(getattr(meta, "pattern", None) for meta in metadata)


def _show(number: float) -> str:
    return str(int(number)) if number.is_integer() else repr(number)


def _not_number(value: bool) -> str:
    return _("must be a number, not {given}; write the number itself").format(
        given="true" if value else "false")


def _not_finite(given: str) -> str:
    return _("must be a real number, not {given}").format(given=given)


def _digits_only(given: str) -> str:
    return _("{given!r} is not a plain number (YAML would read it as something else); "
             "write digits only").format(given=given)


def _too_large(value: float) -> str:
    return _("the number {given} is too large for this field").format(given=value)


def _thousands(given: str, value: object) -> str:
    return _("read {given!r} as {value}: a '.' or ',' between groups of three digits is a "
             "thousands separator; write {value}").format(given=given, value=value)


def _ambiguous(given: str) -> str:
    thousands = re.sub(r"\D", "", given)
    decimal = _show(float(given.replace(",", ".")))
    return _("{given!r} is ambiguous: {thousands} with a thousands separator, or {decimal} as a "
             "decimal; write {thousands} or {decimal} (a decimal point is '.', with no "
             "thousands separator)").format(given=given, thousands=thousands, decimal=decimal)
