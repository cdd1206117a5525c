"""Say where a template failed to fill: the document, the template part and the paragraph's text."""

from __future__ import annotations

import html
import re
from types import TracebackType

from jinja2 import TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError
from lxml import etree

from congress_docs.i18n import _

__all__ = ["PartFailure", "describe", "excerpt", "failure_in", "part_label", "tag_error"]

_TAG = re.compile(r"<[^>]+>")
_UNDEFINED_NAME = re.compile(r"'([^']+)' is undefined|has no attribute '([^']+)'")
_XML_POSITION = re.compile(r",? line \d+, column \d+$")
_EXCERPT_CHARS = 160
# Library wording (Jinja, libxml2) read to explain in the user's language; kept as a tail only
# where it adds something.
_UNSAFE_ATTRIBUTE = re.compile(r"access to attribute '([^']+)' of '([^']+)' object is unsafe")
_UNKNOWN_TAG = re.compile(r"Encountered unknown tag '([^']+)'")
_UNCLOSED_BLOCK = re.compile(r"innermost block that needs to be closed is '([^']+)'")
_UNKNOWN_FILTER = re.compile(r"No (filter|test) named '([^']+)'")
_NO_LOADER = "no loader for this environment specified"


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
    message = f"{where}: {_explain(failure.error, failure.excerpt)}"
    if failure.excerpt:
        message += "\n  " + _("near: “{text}”").format(text=failure.excerpt)
    return message


def _explain(error: BaseException, excerpt: str) -> str:
    """What went wrong, in the user's language; the library's own words only as a tail."""
    if isinstance(error, UndefinedError):
        return _("no value for '{name}'").format(name=_missing_name(error, excerpt))
    if isinstance(error, SecurityError):
        unsafe = _UNSAFE_ATTRIBUTE.search(str(error))
        if unsafe is None:  # the sandbox's own limits, already said for people
            return _("not allowed in a template: {detail}").format(detail=error)
        return _("not allowed in a template: '{attribute}' is an internal attribute of a "
                 "'{kind}' value; a template can only read the congress data").format(
            attribute=unsafe.group(1), kind=unsafe.group(2))
    if isinstance(error, TemplateSyntaxError):
        return tag_error(error)
    if isinstance(error, etree.XMLSyntaxError):
        return _("the filled document would not be valid XML, so nothing was written: most often "
                 "an 'if' or 'for' block opens in one paragraph or table cell and closes in "
                 "another (keep both tags in one paragraph, or use {{%p ...%}} for whole "
                 "paragraphs and {{%tr ...%}} for table rows), or a value marked 'safe' holds "
                 "markup (technical detail: {detail})").format(
            detail=_XML_POSITION.sub("", str(error.msg)))
    if isinstance(error, TypeError) and str(error) == _NO_LOADER:
        return _("'include', 'import' and 'extends' cannot be used in a document template: each "
                 "document is one .docx file and takes in no other template; copy the part you "
                 "need into this template")
    return _("error while filling: an expression in the template cannot be worked out with "
             "this data (technical detail: {kind}: {detail})").format(
        kind=type(error).__name__, detail=error)


def tag_error(error: TemplateSyntaxError) -> str:
    """A Jinja syntax error said for people; Jinja's words kept only when no reading fits."""
    detail = error.message or str(error)
    unclosed = _UNCLOSED_BLOCK.search(detail)
    if unclosed is not None:
        return _("tag error: the '{block}' block is not closed (its 'end{block}' tag is "
                 "missing or misspelt)").format(block=unclosed.group(1))
    unknown = _UNKNOWN_TAG.search(detail)
    if unknown is not None:
        return _("tag error: '{tag}' is not a template tag (a misspelt name, or a closing tag "
                 "without its opening one)").format(tag=unknown.group(1))
    missing = _UNKNOWN_FILTER.search(detail)
    if missing is not None:
        return _("tag error: there is no filter or test '{name}' (a misspelt name?)").format(
            name=missing.group(2))
    return _("tag error: a tag is not written as the template language expects "
             "(technical detail: {detail})").format(detail=detail)


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
