"""Explain a YAML syntax error: what is wrong in plain words, where it most likely is, what to do.

PyYAML reports where it gave up, often a line after the mistake and always in parser English.
Each common slip (': ' or '#' in unquoted text, a missing colon, tabs, an unclosed quote, a
misaligned line) is recognised from the error and the lines around it.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from congress_docs.errors import Issue
from congress_docs.i18n import _

__all__ = ["field_at", "syntax_issue"]

_KEY = re.compile(r"""((?:- +)*)([^\s'"#\[\]{}][^:#]*?|"[^"]*"|'[^']*'):(?:\s|$)""")


def syntax_issue(path: Path, err: yaml.MarkedYAMLError, lines: list[str]) -> Issue:
    """Return one located issue for a parser error, pointing at the most likely line."""
    problem = err.problem or ""
    context = err.context or ""
    mark = err.problem_mark or err.context_mark
    line = mark.line if mark is not None else 0
    column = mark.column if mark is not None else 0
    hint, where = _hint(problem, context, err, lines, (line, column))
    if where is not None:
        line, column = where
    detail = f"{context}: {problem}" if context and problem else (problem or context)
    message = _("YAML syntax error: {hint}").format(hint=hint) + f" [YAML: {detail}]"
    if mark is None:
        return Issue(path, message)
    return Issue(path, message, line=line + 1, column=column + 1, field=field_at(lines, line))


def _hint(
    problem: str, context: str, err: yaml.MarkedYAMLError, lines: list[str],
    position: tuple[int, int],
) -> tuple[str, tuple[int, int] | None]:
    line, column = position
    text = lines[line] if 0 <= line < len(lines) else ""
    start = err.context_mark
    opened = (start.line, start.column) if start is not None else None
    if "\t" in text or "'\\t'" in problem:
        return _("a tab character is used; indent with spaces, not tabs"), (line, text.find("\t"))
    if "quoted scalar" in context:
        return _("a quote opened here is never closed; add the closing quote at the end of "
                 "the text"), opened
    if "could not find expected ':'" in problem and start is not None:
        return _missing_colon(lines, start.line), opened
    if "mapping values are not allowed" in problem:
        return _mapping_values(lines, line, column)
    return _start_hint(problem, context, text, opened)


def _start_hint(
    problem: str, context: str, text: str, opened: tuple[int, int] | None
) -> tuple[str, tuple[int, int] | None]:
    """Hints for values that start with a YAML indicator, brackets, quotes and indentation."""
    if "alias" in context or "anchor" in context:
        return _("a value cannot start with '*' or '&' unless it is in quotes; "
                 "put the whole text in quotes"), opened
    if "cannot start any token" in problem:
        return _("a value cannot start with '@', '`' or '%' unless it is in quotes; "
                 "put the whole text in quotes"), None
    if "block scalar" in context:
        return _("a value cannot start with '|' or '>' unless it is in quotes; "
                 "put the whole text in quotes"), opened
    if "flow sequence" in context or "flow mapping" in context:
        return _("a list in '[ ]' or a group in '{{ }}' opened here is not closed, or text in "
                 "it holds ',', ':', '[' or '{{'; close it, or put such text in quotes").format(
                 ), opened
    if "single document" in context:
        return _("the file holds more than one document (a line '---'); keep only one"), None
    if "expected <block end>" in problem and re.search(r":\s+[\[{]", text):
        return _("a value starting with '[' or '{{' is read as a list or group; put the "
                 "whole text in quotes").format(), None
    if "expected <block end>" in problem and re.search(r"""["']""", text):
        return _("text goes on after a closing quote; put the whole value in quotes, and write "
                 "a quote inside '…' twice ('')"), None
    if "expected <block end>" in problem or "did not find expected" in problem:
        return _("this line is not lined up with the lines above it; check its indentation "
                 "(keys of one group start in the same column)"), None
    return _("the file is not valid YAML here"), None


def _missing_colon(lines: list[str], line: int) -> str:
    text = lines[line] if line < len(lines) else ""
    if re.search(r"\w:[^\s/]", text):
        return _("a ':' must be followed by a space; write 'name: value'")
    return _("this line has no ':'; write 'name: value'")


def _mapping_values(
    lines: list[str], line: int, column: int
) -> tuple[str, tuple[int, int] | None]:
    text = lines[line] if 0 <= line < len(lines) else ""
    above = _previous_content(lines, line)
    # The parser stops at the first key of a line when the line above lost its colon: the
    # key's text then runs on from the line above.
    if above is not None and column == text.find(":"):
        before = lines[above].split(" #")[0]
        if not re.search(r":(\s|$)", before):
            indent = len(lines[above]) - len(lines[above].lstrip(" "))
            return _missing_colon(lines, above), (above, indent)
    if text.count(": ") + text.endswith(":") >= 2:
        return _("the text holds ': ' and must be put in quotes, e.g. title: \"Về việc: …\""), None
    return _("this line is indented further than the line above it; line it up with the "
             "keys of its group"), None


def _previous_content(lines: list[str], line: int) -> int | None:
    for index in range(min(line, len(lines)) - 1, -1, -1):
        stripped = lines[index].strip()
        if stripped and not stripped.startswith("#"):
            return index
    return None


def field_at(lines: list[str], line: int) -> str:
    """Guess the dotted path of the field written at `line` from the indentation above it."""
    path: list[str] = []
    limit: int | None = None
    for index in range(min(line, len(lines) - 1), -1, -1):
        raw = lines[index]
        stripped = raw.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(raw) - len(stripped)
        if limit is not None and indent >= limit:
            continue
        found = _KEY.match(stripped)
        if found is None:
            if limit is None:
                limit = indent
            continue
        dashes = found.group(1)
        key_indent = indent + len(dashes)
        if limit is None or key_indent < limit:
            path.append(found.group(2).strip("'\""))
        if dashes:
            path.append(str(_item_index(lines, index, indent)))
        limit = indent
    return ".".join(reversed(path))


def _item_index(lines: list[str], line: int, indent: int) -> int:
    count = 0
    for index in range(line - 1, -1, -1):
        raw = lines[index]
        stripped = raw.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        current = len(raw) - len(stripped)
        if current < indent:
            break
        if current == indent and stripped.startswith("- "):
            count += 1
    return count
