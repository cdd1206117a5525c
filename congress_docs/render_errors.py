"""Say where a template failed to fill: the document, the template part and the paragraph's text."""

from __future__ import annotations

import html
import re
from types import TracebackType

from jinja2 import TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError
from lxml import etree

from congress_docs.i18n import _

__all__ = ["PartFailure", "describe", "excerpt", "failure_in", "part_label"]

_TAG = re.compile(r"<[^>]+>")
_UNDEFINED_NAME = re.compile(r"'([^']+)' is undefined|has no attribute '([^']+)'")
_XML_POSITION = re.compile(r",? line \d+, column \d+$")
_EXCERPT_CHARS = 160


class PartFailure(Exception):
    """A failure while filling one XML part, with the text around it."""

    def __init__(self, part: str, error: BaseException, excerpt: str) -> None:
        super().__init__(str(error))
        self.part = part
        self.error = error
        self.excerpt = excerpt


def failure_in(part: str, source: str, error: BaseException) -> PartFailure:
    """Wrap an error raised while compiling or filling `source` (one paragraph per line)."""
    if isinstance(error, TemplateSyntaxError):
        return PartFailure(part, error, excerpt(source, error.lineno))
    line = _template_line(error.__traceback__)
    missing = _UNDEFINED_NAME.search(str(error)) if isinstance(error, UndefinedError) else None
    hint = (missing.group(1) or missing.group(2)) if missing else ""
    return PartFailure(part, error, excerpt(source, line, hint))


def _template_line(trace: TracebackType | None) -> int | None:
    line = None
    while trace is not None:
        if trace.tb_frame.f_code.co_filename == "<template>":
            line = trace.tb_lineno
        trace = trace.tb_next
    return line


def excerpt(source: str, line: int | None, hint: str = "") -> str:
    """Return the document text at `line` of a Jinja source (one paragraph per line).

    A line can end with the tags of a following `{%p ...%}` paragraph that docxtpl removed; with
    a `hint` (a name) only the piece of the line that mentions it is given.
    """
    if not line:
        return ""
    lines = source.splitlines()
    for index in (line - 1, line - 2, line):
        if 0 <= index < len(lines):
            text = _text_of(lines[index], hint)
            if text:
                return text[:_EXCERPT_CHARS] + ("…" if len(text) > _EXCERPT_CHARS else "")
    return ""


def _text_of(xml_line: str, hint: str) -> str:
    pieces = [" ".join(html.unescape(_TAG.sub(" ", piece)).split())
              for piece in xml_line.split("</w:p>")]
    if hint:
        for piece in pieces:
            if re.search(rf"\b{re.escape(hint)}\b", piece):
                return piece
    return " ".join(piece for piece in pieces if piece)


def describe(failure: PartFailure, template: object, label: str) -> str:
    """One message for people: which document, template and part, what went wrong, and where."""
    where = _("{label}: template {template}, {part}").format(
        label=label, template=template, part=part_label(failure.part)
    )
    error = failure.error
    if isinstance(error, UndefinedError):
        what = _("no value for '{name}'").format(name=_missing_name(error, failure.excerpt))
    elif isinstance(error, SecurityError):
        what = _("not allowed in a template: {detail}").format(detail=error)
    elif isinstance(error, TemplateSyntaxError):
        what = _("tag error: {detail}").format(detail=error.message or error)
    elif isinstance(error, etree.XMLSyntaxError):
        what = _("the filled document would not be valid XML ({detail}); nothing was written")
        what = what.format(detail=_XML_POSITION.sub("", str(error.msg)))
    else:
        what = _("error while filling: {detail}").format(detail=error)
    message = f"{where}: {what}"
    if failure.excerpt:
        message += "\n  " + _("near: “{text}”").format(text=failure.excerpt)
    return message


def _missing_name(error: UndefinedError, excerpt: str) -> str:
    """Name the missing variable, as a dotted path when the paragraph shows one."""
    match = _UNDEFINED_NAME.search(str(error))
    if match is None:
        return str(error)
    name = match.group(1) or match.group(2)
    dotted = re.search(rf"[A-Za-z_][\w.\[\]'\"]*\.{re.escape(name)}\b", excerpt)
    return dotted.group(0) if dotted else name


def part_label(part_name: str) -> str:
    """Name a package part for people: "body", "header 1", "footer 2"..."""
    found = re.search(r"(document|header|footer|footnotes)(\d*)\.xml$", part_name)
    if found is None:
        return part_name or _("document properties")
    labels = {"document": _("body"), "header": _("header"), "footer": _("footer"),
              "footnotes": _("footnotes")}
    return f"{labels[found.group(1)]} {found.group(2)}".strip()
