"""Turn pydantic's validation errors into located, translated issues a secretary can act on."""

from __future__ import annotations

import difflib
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from congress_docs.annotations import unwrap
from congress_docs.errors import Issue
from congress_docs.i18n import _
from congress_docs.yamlsource import Located

__all__ = ["issues_from_validation"]


def issues_from_validation(
    err: ValidationError, source: Located, model: type[BaseModel], default_file: Path
) -> list[Issue]:
    """Return one issue per pydantic error, located in whichever file wrote the value."""
    issues = [_issue(error, source, model, default_file) for error in err.errors()]
    return sorted(issues, key=lambda issue: (str(issue.file), issue.line or 0, issue.column or 0))


def _issue(error: Any, source: Located, model: type[BaseModel], default_file: Path) -> Issue:
    loc = tuple(part for part in error["loc"] if not _is_union_tag(part))
    field = ".".join(str(part) for part in loc)
    where = source.locate(loc)
    message = _message(error, loc, model)
    if where is None:
        return Issue(default_file, message, line=1, field=field)
    return Issue(where.file, message, line=where.line, column=where.column, field=field)


def _is_union_tag(part: object) -> bool:
    # pydantic adds the union member's type name ("str", "int", model names) to a loc
    return isinstance(part, str) and (part[:1].isupper() or part in {"str", "int", "float", "bool"})


def _message(error: Any, loc: tuple[Any, ...], model: type[BaseModel]) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "extra_forbidden":
        return _unknown_key(loc, model)
    template = _TEMPLATES().get(kind)
    if template is not None:
        return template.format(**{k: str(v) for k, v in ctx.items()}, given=_show(error["input"]))
    if kind == "value_error":
        return _VALUE_ERRORS().get(str(ctx.get("error")), str(ctx.get("error")))
    return str(error["msg"])


def _show(value: object) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _unknown_key(loc: tuple[Any, ...], model: type[BaseModel]) -> str:
    allowed = _fields_at(model, loc[:-1])
    name = str(loc[-1])
    message = _("unknown field '{name}'").format(name=name)
    close = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
    if close:
        return message + _("; did you mean '{suggestion}'?").format(suggestion=close[0])
    if allowed:
        return message + _("; allowed here: {fields}").format(fields=", ".join(sorted(allowed)))
    return message


def _fields_at(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    current: Any = model
    for part in loc:
        current = unwrap(current)
        if isinstance(part, int):
            args = typing.get_args(current)
            current = args[0] if args else None
        elif isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(str(part))
            current = field.annotation if field else None
        else:
            return []
    current = unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _TEMPLATES() -> dict[str, str]:  # noqa: N802 - built per call so the current language applies
    return {
        "missing": _("required field is missing; add it"),
        "int_type": _("must be a whole number, not {given}"),
        "int_parsing": _("must be a whole number, not {given}"),
        "int_from_float": _("must be a whole number, not {given}"),
        "float_type": _("must be a number, not {given}"),
        "float_parsing": _("must be a number, not {given}"),
        "bool_type": _("must be true or false, not {given}"),
        "bool_parsing": _("must be true or false, not {given}"),
        "string_type": _("must be text, not {given}"),
        "date_type": _("must be a date written YYYY-MM-DD, not {given}"),
        "date_parsing": _("must be a date written YYYY-MM-DD, not {given}"),
        "date_from_datetime_parsing": _("must be a date written YYYY-MM-DD, not {given}"),
        "date_from_datetime_inexact": _("must be a date written YYYY-MM-DD, not {given}"),
        "literal_error": _("must be one of {expected}, not {given}"),
        "model_type": _("must be a group of 'key: value' lines, not {given}"),
        "model_attributes_type": _("must be a group of 'key: value' lines, not {given}"),
        "dict_type": _("must be a group of 'key: value' lines, not {given}"),
        "list_type": _("must be a list of '- ' items, not {given}"),
        "greater_than_equal": _("must be at least {ge}, not {given}"),
        "greater_than": _("must be more than {gt}, not {given}"),
        "less_than_equal": _("must be at most {le}, not {given}"),
        "string_pattern_mismatch": _(
            "must be an id of plain letters, digits, '_' or '-' (no spaces or accents), not {given}"
        ),
        "string_too_short": _("must not be empty"),
        "string_too_long": _("is too long (at most {max_length} characters)"),
        "too_short": _("must not be empty"),
    }


def _VALUE_ERRORS() -> dict[str, str]:  # noqa: N802
    return {
        "term end must come after its start": _("the term must end after it starts"),
        "end_date is before start_date": _("end_date is before start_date"),
    }
