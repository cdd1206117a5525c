"""Word templates prepared once: patched XML and compiled Jinja of every part, reused.

Plain docxtpl opens the package, patches and compiles every part again for each document. Here a
template (by content hash, with the page layout of the data applied) is prepared once per
process, or read back from the disk cache (template_store.py); for each document only the Jinja
rendering, a strict parse of each filled part and the zip remain. The parts come out as docxtpl
fills them for the same template and context (tests/test_prepared.py).
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import TemplateError
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree

from congress_docs.docx_zip import Member, pack, write_package
from congress_docs.environment import make_jinja_env
from congress_docs.errors import Issue, RenderError, TemplateProblemError
from congress_docs.i18n import _
from congress_docs.models import Layout
from congress_docs.render_errors import PartFailure, describe, excerpt, failure_in
from congress_docs.template_parts import Part, Pieces, compile_lined, resolve_listing
from congress_docs.template_store import load_pieces, save_pieces

__all__ = ["Filled", "PreparedTemplate", "prepare_template", "template_sha256"]

_PARAGRAPH_START = re.compile(r"<w:p([ >])")
# XML 1.0 forbids these even as character references; Word and LibreOffice refuse such files.
# The template's own XML cannot hold them, so whatever the filled part holds came from the data
# (or a filter): removed from the filled text in one pass, whatever the shape of the context.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FILL_ERRORS = (TemplateError, TypeError, ValueError, ArithmeticError, LookupError, RecursionError)
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
_BODY_MEMBER = "word/document.xml"
_PLACEHOLDER = "…".encode()
# The filled parts are compressed for every document: the fastest level costs a quarter of the
# default's time for a file about 7% larger; the parts prepared once keep the default.
_FILLED_LEVEL = 1


@dataclass(frozen=True)
class Filled:
    """A filled package, and how many '…' (places still to fill) its body holds."""

    data: bytes
    placeholders: int


class PreparedTemplate:
    """A template ready to fill: compiled parts, the other members already compressed."""

    def __init__(self, path: Path, sha256: str, pieces: Pieces) -> None:
        self.path = path
        self.sha256 = sha256
        self._pieces = pieces
        self._constant: dict[str, Member] = {}
        # Parts without tags (the page-number headers) fill the same every time: packed once.
        self._tagless = frozenset(part.member for part in pieces.parts if _is_constant(part))

    def sources(self) -> list[tuple[str, str]]:
        """(part name, Jinja source) of every part rendering fills, body first."""
        return [(part.name, part.source) for part in self._pieces.parts]

    def render(self, context: Mapping[str, Any], *, label: str) -> bytes:
        """Fill every part with `context` and return the package, or raise RenderError."""
        return self.fill(context, label=label).data

    def fill(self, context: Mapping[str, Any], *, label: str) -> Filled:
        """Fill every part with `context`: the package and its places still to fill."""
        pieces = self._pieces
        members = dict(self._constant)
        body = b""
        for part in pieces.parts:
            if part.member in members:
                continue
            content = self._fill(part, context, label)
            if part.member == _BODY_MEMBER:
                body = content
            if part.member in self._tagless:
                self._constant[part.member] = members[part.member] = pack(part.member, content)
            else:
                members[part.member] = pack(part.member, content, level=_FILLED_LEVEL)
        if pieces.core is not None:
            members[pieces.core.member] = pack(pieces.core.member,
                                               self._fill_core(context, label))
        data = write_package(members.get(name) or pieces.static[name] for name in pieces.order)
        return Filled(data, body.count(_PLACEHOLDER))

    def _fill(self, part: Part, context: Mapping[str, Any], label: str) -> bytes:
        if part.failure is not None or part.template is None:
            failure = part.failure or PartFailure(part.name, ValueError(part.name), "")
            raise RenderError(describe(failure, self.path, label)) from failure.error
        try:
            rendered = _ILLEGAL_XML.sub("", part.template.render(context))
        except _FILL_ERRORS as err:
            failure = _located_failure(part, context, err)
            raise RenderError(describe(failure, self.path, label)) from err
        if any(char in rendered for char in "\t\a\n\f"):
            # Only these characters make docxtpl's listing pass change anything.
            rendered = resolve_listing(rendered)
        try:
            tree = _parse(rendered, part.name, _STRICT_COMPACT if part.role == "story" else _STRICT,
                          whole_part=part.role != "body")
        except PartFailure as failure:
            raise RenderError(describe(failure, self.path, label)) from failure.error
        if part.role == "raw":
            return rendered.encode("utf-8")
        if part.role == "story":
            return bytes(etree.tostring(tree, encoding="UTF-8", standalone=True))
        changed = _fix_tables(tree)
        for number, element in enumerate(_DOCPR(tree), start=1001):
            element.set("id", str(number))
            changed = True
        # Unchanged, the filled text is the body as parsed: serialising it again gives the same
        # XML (tests/test_prepared.py compares canonical forms) for a few milliseconds more.
        body = str(etree.tostring(tree, encoding="unicode")) if changed else rendered
        frame = self._pieces.frame
        return (frame[0] + body + frame[1]).encode("utf-8")

    def _fill_core(self, context: Mapping[str, Any], label: str) -> bytes:
        core = self._pieces.core
        assert core is not None
        try:
            for name, template in core.templates.items():
                setattr(core.properties, name, _ILLEGAL_XML.sub("", template.render(context)))
        except _FILL_ERRORS as err:
            raise RenderError(describe(PartFailure("", err, ""), self.path, label)) from err
        return bytes(core.part.blob)


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
        prepared = PreparedTemplate(path, sha256, _pieces(path, sha256, layout_key, layout))
        _CACHE[key] = prepared
        if len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    _CACHE.move_to_end(key)
    return prepared


_CACHE: OrderedDict[tuple[str, str], PreparedTemplate] = OrderedDict()


def _pieces(path: Path, sha256: str, layout_key: str, layout: Layout | None) -> Pieces:
    env = _environment()
    disk_key = f"{sha256}|{layout_key}"
    pieces = load_pieces(disk_key, env)
    if pieces is None:
        from congress_docs.layout import apply_layout
        from congress_docs.template_parts import check_package, take_apart

        data = path.read_bytes()
        if layout_key and layout is not None:
            data = apply_layout(check_package(data, path), layout)
        pieces = take_apart(path, data, env)
        save_pieces(disk_key, pieces)
    return pieces


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


def _is_constant(part: Part) -> bool:
    return part.template is not None and not any(
        mark in part.source for mark in ("{{", "{%", "{#"))


def _located_failure(part: Part, context: Mapping[str, Any], error: Exception) -> PartFailure:
    """Fill the failing part again from its lined source, to name the paragraph that fails."""
    try:
        compile_lined(_environment(), part).render(context)
    except _FILL_ERRORS as located:
        if type(located) is type(error):
            return failure_in(part.name, part.source, located)
    return failure_in(part.name, "", error)


def _parse(xml: str, part_name: str, parser: etree.XMLParser, *,
           whole_part: bool = True) -> etree._Element:
    """Parse one filled part strictly; on failure locate the paragraph that broke it.

    A whole part starts with an XML declaration naming its encoding, which lxml reads only from
    bytes; the body alone (within its frame) has none and is parsed as text, without encoding it.
    """
    try:
        return etree.fromstring(xml.encode("utf-8") if whole_part else xml, parser)
    except etree.XMLSyntaxError as err:
        # Parse again with one paragraph per line, only to point at the broken paragraph.
        lines = _PARAGRAPH_START.sub(r"\n<w:p\1", xml)
        try:
            etree.fromstring(lines.encode("utf-8"), parser)
        except etree.XMLSyntaxError as located:
            raise PartFailure(part_name, located, excerpt(lines, located.lineno)) from err
        raise PartFailure(part_name, err, "") from err


def _fix_tables(tree: etree._Element) -> bool:
    """docxtpl's fix_tables on a parsed body: fit each table's grid to its widest row.

    Return whether any grid changed.
    """
    changed = False
    for table in tree.iter(_W + "tbl"):
        grid = table.find(_W + "tblGrid")
        if grid is None:
            continue
        rows = list(table.iter(_W + "tr"))
        cells = max((len(row.findall(_W + "tc")) for row in rows), default=0)
        widened = _widen_grid(grid, cells)
        # A row spans at least as many columns as it has cells: when the widest row has as
        # many cells as the grid has columns, no column is left to remove and the spans, the
        # costly part, need not be added up.
        if widened or cells < len(grid.findall(_W + "gridCol")):
            widened |= _narrow_grid(grid, max((int(_ROW_SPAN(row)) for row in rows), default=0))
        changed |= widened
    return changed


def _widen_grid(grid: etree._Element, cells: int) -> bool:
    columns = grid.findall(_W + "gridCol")
    to_add = cells - len(columns)
    width = sum(_width(column) for column in columns)
    if to_add <= 0 or width <= 0:
        return False
    old_average = width / len(columns)
    new_average = width / (len(columns) + to_add)
    for column in columns:
        column.set(_W + "w", str(int(_width(column) * new_average / old_average)))
    for _index in range(to_add):
        etree.SubElement(grid, _W + "gridCol", {_W + "w": str(int(new_average))})
    return True


def _narrow_grid(grid: etree._Element, widest: int) -> bool:
    columns = grid.findall(_W + "gridCol")
    to_remove = len(columns) - widest
    if to_remove <= 0:
        return False
    removed = 0.0
    for column in columns[-to_remove:]:
        removed += _width(column)
        grid.remove(column)
    left = grid.findall(_W + "gridCol")
    extra = int(removed / len(left)) if left else 0
    for column in left:
        column.set(_W + "w", str(int(_width(column) + extra)))
    return True


def _width(column: etree._Element) -> float:
    value = column.get(_W + "w")
    return float(value) if value is not None else 0.0
