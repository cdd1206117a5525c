"""Word templates prepared once per process: patched XML and compiled Jinja of every part.

Plain docxtpl opens the package, patches and compiles every part again for each document. Here a
template (by content hash, with the page layout of the data applied) is prepared once; for each
document only the Jinja rendering, a strict parse of each filled part and the zip remain. The
parts come out as docxtpl fills them for the same template and context (tests/test_prepared.py).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import re
import zipfile
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.exceptions import PackageNotFoundError
from docxtpl import DocxTemplate
from jinja2 import Template, TemplateError, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree

from congress_docs.docx_limits import package_problem
from congress_docs.docx_zip import Member, pack, write_package
from congress_docs.environment import make_jinja_env
from congress_docs.errors import Issue, RenderError, TemplateProblemError
from congress_docs.i18n import _
from congress_docs.layout import apply_layout
from congress_docs.models import Layout
from congress_docs.render_errors import PartFailure, describe, excerpt, failure_in

__all__ = ["PreparedTemplate", "prepare_template", "template_sha256"]

_PARAGRAPH_START = re.compile(r"<w:p([ >])")
_LINE_BEFORE_PARAGRAPH = re.compile(r"\n(<w:p[ >])")
_BODY = re.compile(r"<w:body(?:\s[^>]*)?>.*</w:body>|<w:body(?:\s[^>]*)?/>", re.DOTALL)
# docxtpl's escaped delimiters become Jinja string literals before compiling, so that only the
# template's own text is unescaped: "{_{" typed in the data reaches the document as "{_{".
_ESCAPED_TAGS = (("{_{", "{{ '{{' }}"), ("}_}", "{{ '}}' }}"), ("{_%", "{{ '{%' }}"),
                 ("%_}", "{{ '%}' }}"))
_FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
# The string properties docxtpl fills (docxtpl.template.DocxTemplate.render_properties).
_CORE_PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DOCPR = etree.XPath(
    "//wp:docPr",
    namespaces={"wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"},
)
# The grid columns a row spans: its cells, each counted by its gridSpan (1 without one).
_ROW_SPAN = etree.XPath(
    "sum(w:tc/w:tcPr/w:gridSpan/@w:val) + count(w:tc[not(w:tcPr/w:gridSpan)])",
    namespaces={"w": _W[1:-1]},
)
# Strict: malformed XML is an error here, never silently repaired (docxtpl's recover=True, #634).
_STRICT = etree.XMLParser(recover=False, resolve_entities=False, no_network=True, huge_tree=True)
# Headers and footers are re-read by python-docx's parser in docxtpl, which drops blank text.
_STRICT_COMPACT = etree.XMLParser(remove_blank_text=True, recover=False, resolve_entities=False,
                                  no_network=True, huge_tree=True)
_CACHE_SIZE = 64
_LISTING = DocxTemplate("")  # resolve_listing reads nothing from the instance


@dataclass(frozen=True)
class _Part:
    """One part that rendering fills."""

    member: str  # zip member name: word/document.xml
    name: str  # part name as docxtpl and messages give it: /word/document.xml
    role: str  # "body", "story" (header, footer) or "raw" (footnotes, filled as text)
    source: str  # docxtpl's patched XML, one paragraph per line
    template: Template | None
    failure: PartFailure | None  # the tag error found while compiling, raised on render


class PreparedTemplate:
    """A template ready to fill: compiled parts, the static members already compressed."""

    def __init__(self, path: Path, sha256: str, data: bytes, env: SandboxedEnvironment) -> None:
        self.path = path
        self.sha256 = sha256
        document = _open(data, path)
        self._parts = _compile_parts(document, env)
        core = document.docx.core_properties
        self._core_part = _core_part(document)
        # Properties are plain text that lxml escapes: autoescaping them too would show "&amp;"
        # in Word's File > Properties (docxtpl does that); everything else is as docxtpl has it.
        text_env = env.overlay(autoescape=False)
        self._core_templates = {name: text_env.from_string(getattr(core, name) or "")
                                for name in _CORE_PROPERTIES}
        self._core_dynamic = any(_is_dynamic(getattr(core, name) or "")
                                 for name in _CORE_PROPERTIES)
        for name in _CORE_PROPERTIES:
            # docxtpl sets every property, which adds the missing ones as empty elements.
            setattr(core, name, getattr(core, name) or "")
        self._core = core
        saved = io.BytesIO()
        document.docx.save(saved)
        with zipfile.ZipFile(saved) as package:
            self._order = [info.filename for info in package.infolist()]
            contents = {name: package.read(name) for name in self._order}
        self._frame = _frame(contents, path)
        filled = {part.member for part in self._parts}
        if self._core_dynamic:
            filled.add(self._core_member)
        self._static: dict[str, Member] = {
            name: pack(name, contents[name]) for name in self._order if name not in filled
        }

    @property
    def _core_member(self) -> str:
        return str(self._core_part.partname.membername)

    def sources(self) -> list[tuple[str, str]]:
        """(part name, Jinja source) of every part rendering fills, body first."""
        return [(part.name, part.source) for part in self._parts]

    def render(self, context: Mapping[str, Any], *, label: str) -> bytes:
        """Fill every part with `context` and return the package, or raise RenderError."""
        filled = {part.member: self._fill(part, context, label) for part in self._parts}
        if self._core_dynamic:
            filled[self._core_member] = self._fill_core(context, label)
        return write_package(
            pack(name, filled[name]) if name in filled else self._static[name]
            for name in self._order
        )

    def _fill(self, part: _Part, context: Mapping[str, Any], label: str) -> bytes:
        if part.failure is not None or part.template is None:
            failure = part.failure or PartFailure(part.name, ValueError(part.name), "")
            raise RenderError(describe(failure, self.path, label)) from failure.error
        try:
            rendered = part.template.render(context)
        except (TemplateError, TypeError, ValueError, ArithmeticError, LookupError,
                RecursionError) as err:
            failure = failure_in(part.name, part.source, err)
            raise RenderError(describe(failure, self.path, label)) from err
        rendered = _LINE_BEFORE_PARAGRAPH.sub(r"\1", rendered)
        if any(char in rendered for char in "\t\a\n\f"):
            # Only these characters make docxtpl's listing pass change anything.
            rendered = str(_LISTING.resolve_listing(rendered))
        try:
            tree = _parse(rendered, part.name, _STRICT_COMPACT if part.role == "story" else _STRICT)
        except PartFailure as failure:
            raise RenderError(describe(failure, self.path, label)) from failure.error
        if part.role == "raw":
            return rendered.encode("utf-8")
        if part.role == "story":
            return bytes(etree.tostring(tree, encoding="UTF-8", standalone=True))
        _fix_tables(tree)
        for number, element in enumerate(_DOCPR(tree), start=1001):
            element.set("id", str(number))
        body = str(etree.tostring(tree, encoding="unicode"))
        return (self._frame[0] + body + self._frame[1]).encode("utf-8")

    def _fill_core(self, context: Mapping[str, Any], label: str) -> bytes:
        try:
            for name, template in self._core_templates.items():
                setattr(self._core, name, template.render(context))
        except (TemplateError, TypeError, ValueError, ArithmeticError, LookupError) as err:
            raise RenderError(describe(PartFailure("", err, ""), self.path, label)) from err
        return bytes(self._core_part.blob)


def prepare_template(path: Path, layout: Layout | None = None) -> PreparedTemplate:
    """Return `path` prepared (with `layout` applied to its pages and styles), from the cache.

    Raise TemplateProblemError when the file is missing or not a readable Word document.
    """
    if not path.is_file():
        raise TemplateProblemError([Issue(path, _("template file not found"))])
    sha256 = template_sha256(path)
    layout_key = layout.model_dump_json() if layout is not None and layout != Layout() else ""
    key = (sha256, layout_key)
    prepared = _CACHE.get(key)
    if prepared is None or prepared.path != path:
        data = path.read_bytes()
        if layout_key and layout is not None:
            data = apply_layout(_valid_package(data, path), layout)
        prepared = PreparedTemplate(path, sha256, data, _environment())
        _CACHE[key] = prepared
        if len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    _CACHE.move_to_end(key)
    return prepared


_CACHE: OrderedDict[tuple[str, str], PreparedTemplate] = OrderedDict()


def template_sha256(path: Path) -> str:
    """Return the SHA-256 of a template's bytes (cached while its size and time stay the same)."""
    stat = path.stat()
    return _sha256(path.resolve(), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=256)
def _sha256(path: Path, _mtime_ns: int, _size: int) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@functools.cache
def _environment() -> SandboxedEnvironment:
    return make_jinja_env()


def _valid_package(data: bytes, path: Path) -> bytes:
    _open(data, path)
    return data


def _open(data: bytes, path: Path) -> DocxTemplate:
    problem = package_problem(data)
    if problem is not None:  # not a zip, or a zip bomb: refused before python-docx inflates it
        raise TemplateProblemError([Issue(path, problem)])
    document = DocxTemplate(io.BytesIO(data))
    try:
        document.init_docx()
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError,
            etree.XMLSyntaxError) as err:
        raise TemplateProblemError(
            [Issue(path, _("not a readable Word (.docx) file: {detail}").format(detail=err))]
        ) from err
    return document


def _compile_parts(document: DocxTemplate, env: SandboxedEnvironment) -> list[_Part]:
    """Patch and compile the body, every header and footer, and the footnotes, as docxtpl does."""
    found = [("body", document.docx.part, document.get_xml())]
    for uri in (DocxTemplate.HEADER_URI, DocxTemplate.FOOTER_URI):
        for _key, part in document.get_headers_footers(uri):
            found.append(("story", part, document.get_part_xml(part)))
    for part in document.docx.part.package.parts:
        if part.content_type == _FOOTNOTES_TYPE:
            blob = part.blob
            found.append(("raw", part, blob.decode("utf-8") if isinstance(blob, bytes) else blob))
    parts = []
    for role, part, xml in found:
        name = str(part.partname)
        source = _PARAGRAPH_START.sub(r"\n<w:p\1", str(document.patch_xml(xml)))
        try:
            template, failure = env.from_string(_escaped_delimiters(source)), None
        except TemplateSyntaxError as err:
            template, failure = None, failure_in(name, source, err)
        parts.append(_Part(str(part.partname.membername), name, role, source, template, failure))
    return parts


def _escaped_delimiters(source: str) -> str:
    for escaped, literal in _ESCAPED_TAGS:
        source = source.replace(escaped, literal)
    return source


def _core_part(document: DocxTemplate) -> Any:
    package = document.docx.part.package
    try:
        return package.part_related_by(RELATIONSHIP_TYPE.CORE_PROPERTIES)
    except KeyError:
        # python-docx makes one stamped with the current time; the bytes must not depend on it.
        core = document.docx.core_properties
        core.created = core.modified = dt.datetime(1980, 1, 1)
        return package.part_related_by(RELATIONSHIP_TYPE.CORE_PROPERTIES)


def _frame(contents: Mapping[str, bytes], path: Path) -> tuple[str, str]:
    """The document part around its body: what docxtpl's filled body is put back into."""
    pieces = _BODY.split(contents.get("word/document.xml", b"").decode("utf-8"), maxsplit=1)
    if len(pieces) != 2:
        message = _("not a readable Word (.docx) file: {detail}").format(detail="w:body")
        raise TemplateProblemError([Issue(path, message)])
    return pieces[0], pieces[1]


def _is_dynamic(value: str) -> bool:
    # Jinja returns text without tags unchanged, except that it drops one trailing newline.
    return "{" in value or value.endswith("\n")


def _parse(xml: str, part_name: str, parser: etree.XMLParser) -> etree._Element:
    """Parse one filled part strictly; on failure locate the paragraph that broke it."""
    try:
        return etree.fromstring(xml.encode("utf-8"), parser)
    except etree.XMLSyntaxError as err:
        # Parse again with one paragraph per line, only to point at the broken paragraph.
        lines = _PARAGRAPH_START.sub(r"\n<w:p\1", xml)
        try:
            etree.fromstring(lines.encode("utf-8"), parser)
        except etree.XMLSyntaxError as located:
            raise PartFailure(part_name, located, excerpt(lines, located.lineno)) from err
        raise PartFailure(part_name, err, "") from err


def _fix_tables(tree: etree._Element) -> None:
    """docxtpl's fix_tables on a parsed body: fit each table's grid to its widest row."""
    for table in tree.iter(_W + "tbl"):
        grid = table.find(_W + "tblGrid")
        if grid is None:
            continue
        rows = list(table.iter(_W + "tr"))
        _widen_grid(grid, max((len(row.findall(_W + "tc")) for row in rows), default=0))
        _narrow_grid(grid, max((int(_ROW_SPAN(row)) for row in rows), default=0))


def _widen_grid(grid: etree._Element, cells: int) -> None:
    columns = grid.findall(_W + "gridCol")
    to_add = cells - len(columns)
    width = sum(_width(column) for column in columns)
    if to_add <= 0 or width <= 0:
        return
    old_average = width / len(columns)
    new_average = width / (len(columns) + to_add)
    for column in columns:
        column.set(_W + "w", str(int(_width(column) * new_average / old_average)))
    for _index in range(to_add):
        etree.SubElement(grid, _W + "gridCol", {_W + "w": str(int(new_average))})


def _narrow_grid(grid: etree._Element, widest: int) -> None:
    columns = grid.findall(_W + "gridCol")
    to_remove = len(columns) - widest
    if to_remove <= 0:
        return
    removed = 0.0
    for column in columns[-to_remove:]:
        removed += _width(column)
        grid.remove(column)
    left = grid.findall(_W + "gridCol")
    extra = int(removed / len(left)) if left else 0
    for column in left:
        column.set(_W + "w", str(int(_width(column) + extra)))


def _width(column: etree._Element) -> float:
    value = column.get(_W + "w")
    return float(value) if value is not None else 0.0
