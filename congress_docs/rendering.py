"""Fill one Word template with one context: clean input, sandboxed Jinja, strictly checked XML."""

from __future__ import annotations

import functools
import html
import io
import re
import zipfile
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

from docx.opc.exceptions import PackageNotFoundError
from docxtpl import DocxTemplate
from jinja2 import Template, TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree
from markupsafe import Markup

from congress_docs.environment import make_jinja_env
from congress_docs.errors import Issue, RenderError, TemplateProblemError
from congress_docs.i18n import _

__all__ = ["excerpt", "jinja_sources", "part_label", "render_docx", "sanitise"]

# XML 1.0 forbids these even as character references; Word and LibreOffice refuse such files.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_PARAGRAPH_START = re.compile(r"<w:p([ >])")
_LINE_BEFORE_PARAGRAPH = re.compile(r"\n(<w:p[ >])")
_TAG = re.compile(r"<[^>]+>")
_UNDEFINED_NAME = re.compile(r"'([^']+)' is undefined|has no attribute '([^']+)'")
_RENDERED_PART = re.compile(
    r"word/(document|header\d*|footer\d*|footnotes)\.xml|docProps/core\.xml"
)
_XML_POSITION = re.compile(r",? line \d+, column \d+$")
_EXCERPT_CHARS = 160
_FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
# Strict: malformed XML is an error here, never silently repaired (docxtpl's recover=True, #634).
_STRICT_PARSER = etree.XMLParser(recover=False, resolve_entities=False, no_network=True,
                                 huge_tree=True)


def sanitise(value: Any) -> Any:
    """Return `value` with XML-illegal characters removed from every string inside it.

    Walks mappings, lists, tuples and sets; other objects (numbers, dates, RichText) pass as they
    are, and anything illegal they produce is still caught by the strict XML check afterwards.
    """
    if isinstance(value, str):
        cleaned = _ILLEGAL_XML.sub("", value)
        if cleaned == value:
            return value
        return Markup(cleaned) if isinstance(value, Markup) else cleaned
    if isinstance(value, Mapping):
        return {key: sanitise(item) for key, item in value.items()}
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return type(value)(*(sanitise(item) for item in value))
    if isinstance(value, (list, tuple)):
        return type(value)(sanitise(item) for item in value)
    if isinstance(value, (set, frozenset)):
        return frozenset(sanitise(item) for item in value)
    return value


def render_docx(template: Path, context: Mapping[str, Any], *, label: str) -> bytes:
    """Render `template` with `context` and return the .docx bytes, or raise RenderError.

    `label` names the document in messages (e.g. "xã Bản Hon: political_report"). The result has
    passed a strict XML parse of every part, so it is safe to write.
    """
    if not template.is_file():
        raise TemplateProblemError([Issue(template, _("template file not found"))])
    document = _open(template)
    try:
        document.render(sanitise(context), jinja_env=_environment())
    except _PartFailure as failure:
        raise RenderError(_describe(failure, template, label)) from failure.error
    except TemplateError as err:
        raise RenderError(_describe(_PartFailure("", err, ""), template, label)) from err
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    _check_package(data, template, label)
    return data


def jinja_sources(template: Path) -> list[tuple[str, str]]:
    """Return (part name, Jinja source) for each part rendering fills, exactly as it compiles them.

    The parts are the body, every header and footer, and the footnotes; the source is docxtpl's
    patched XML with one paragraph per line, so a Jinja line number points at a paragraph.
    """
    if not template.is_file():
        raise TemplateProblemError([Issue(template, _("template file not found"))])
    document = _open(template)
    parts = [(str(document.docx.part.partname), document.get_xml())]
    for uri in (DocxTemplate.HEADER_URI, DocxTemplate.FOOTER_URI):
        for _key, part in document.get_headers_footers(uri):
            parts.append((str(part.partname), document.get_part_xml(part)))
    for part in document.docx.part.package.parts:
        if part.content_type == _FOOTNOTES_TYPE:
            blob = part.blob
            parts.append((str(part.partname), blob.decode("utf-8") if isinstance(blob, bytes)
                          else blob))
    return [(name, _PARAGRAPH_START.sub(r"\n<w:p\1", _patch(xml))) for name, xml in parts]


def _open(template: Path) -> _CheckedTemplate:
    document = _CheckedTemplate(template)
    try:
        document.init_docx()
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError,
            etree.XMLSyntaxError) as err:
        raise TemplateProblemError(
            [Issue(template, _("not a readable Word (.docx) file: {detail}").format(detail=err))]
        ) from err
    return document


@functools.cache
def _environment() -> SandboxedEnvironment:
    return make_jinja_env()


@functools.lru_cache(maxsize=32)
def _compile(env: SandboxedEnvironment, source: str) -> Template:
    # The same template file yields the same patched XML, so its compiled form can be reused:
    # compiling is most of docxtpl's per-document cost, rendering a compiled template is cheap.
    return env.from_string(source)


@functools.lru_cache(maxsize=32)
def _patch(source: str) -> str:
    # patch_xml is a pure function of its input: it reads nothing from the instance.
    return str(_PATCHER.patch_xml(source))


class _PartFailure(Exception):
    """Internal: a failure while filling one XML part, with the text around it."""

    def __init__(self, part: str, error: BaseException, excerpt: str) -> None:
        super().__init__(str(error))
        self.part = part
        self.error = error
        self.excerpt = excerpt


_PATCHER = DocxTemplate("")


class _CheckedTemplate(DocxTemplate):  # type: ignore[misc]
    """DocxTemplate whose parts are compiled once, and whose output is parsed strictly."""

    def patch_xml(self, src_xml: str) -> str:
        return _patch(src_xml)

    def render_xml_part(
        self, src_xml: str, part: Any, context: Mapping[str, Any], jinja_env: Any = None
    ) -> str:
        self.current_rendering_part = part
        part_name = str(part.partname)
        source = _PARAGRAPH_START.sub(r"\n<w:p\1", src_xml)
        try:
            rendered = _compile(jinja_env, source).render(context)
        except TemplateSyntaxError as err:
            raise _PartFailure(part_name, err, excerpt(source, err.lineno)) from err
        except (TemplateError, TypeError, ValueError, ArithmeticError, LookupError) as err:
            line = _template_line(err.__traceback__)
            missing = _UNDEFINED_NAME.search(str(err)) if isinstance(err, UndefinedError) else None
            hint = (missing.group(1) or missing.group(2)) if missing else ""
            raise _PartFailure(part_name, err, excerpt(source, line, hint)) from err
        rendered = _LINE_BEFORE_PARAGRAPH.sub(r"\1", rendered)
        for escaped, plain in (("{_{", "{{"), ("}_}", "}}"), ("{_%", "{%"), ("%_}", "%}")):
            rendered = rendered.replace(escaped, plain)
        rendered = str(self.resolve_listing(rendered))
        _parse_part(rendered, part_name)
        return rendered


def _parse_part(xml: str, part_name: str) -> None:
    """Parse one rendered part strictly; on failure locate the paragraph that broke it."""
    try:
        etree.fromstring(xml.encode("utf-8"), _STRICT_PARSER)
    except etree.XMLSyntaxError as err:
        # Parse again with one paragraph per line, only to point at the broken paragraph.
        lines = _PARAGRAPH_START.sub(r"\n<w:p\1", xml)
        try:
            etree.fromstring(lines.encode("utf-8"), _STRICT_PARSER)
        except etree.XMLSyntaxError as located:
            raise _PartFailure(part_name, located, excerpt(lines, located.lineno)) from err
        raise _PartFailure(part_name, err, "") from err


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


def _describe(failure: _PartFailure, template: Path, label: str) -> str:
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


def _check_package(data: bytes, template: Path, label: str) -> None:
    """Parse the filled parts of the finished package strictly; raise RenderError if one fails.

    The other parts are copied from the template through python-docx's own parser, unchanged.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if not _RENDERED_PART.fullmatch(name):
                continue
            try:
                etree.fromstring(package.read(name), _STRICT_PARSER)
            except etree.XMLSyntaxError as err:
                failure = _PartFailure(name, err, "")
                raise RenderError(_describe(failure, template, label)) from err
