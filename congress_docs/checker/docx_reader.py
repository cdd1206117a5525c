"""Open a .docx and build its resolved formatting model: paragraphs, sections, page numbers."""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree
from lxml.etree import _Element as Element

from congress_docs.checker.docx_legacy import (
    is_macro_content_type,
    legacy_word_file,
    open_macro_enabled,
)
from congress_docs.checker.docx_model import (
    DocModel,
    Paragraph,
    TextRun,
)
from congress_docs.checker.docx_package import inspect_package, is_legacy_font
from congress_docs.checker.docx_sections import read_sections
from congress_docs.checker.docx_styles import StyleResolver, local, w
from congress_docs.checker.model import Location
from congress_docs.docx_limits import package_problem
from congress_docs.errors import DocumentReadError
from congress_docs.i18n import _

__all__ = ["build_model", "open_docx", "read_document", "text_runs"]

_RUN_CONTAINERS = {
    "hyperlink",
    "ins",
    "smartTag",
    "customXml",
    "sdt",
    "sdtContent",
    "fldSimple",
    "moveTo",
    "dir",
    "bdo",
}
_DRAWINGS = {"drawing", "pict", "object", "AlternateContent"}
_EXT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"


def read_document(path: Path) -> DocModel:
    """Read `path` into a DocModel; raise DocumentReadError naming the file if not a .docx."""
    return build_model(open_docx(path), path)[0]


def build_model(document: Any, path: Path) -> tuple[DocModel, list[Element]]:
    """Build the model of an opened document, with the XML element of each of its paragraphs."""
    resolver = StyleResolver(document.styles.element, _theme(document))
    model = DocModel(path=path, pages=_page_count(document))
    walker = _BodyWalker(resolver)
    walker.walk(document.element.body, None)
    model.paragraphs = walker.paragraphs
    model.sections = read_sections(document, resolver)
    model.facts = inspect_package(document)
    model.facts.legacy_fonts = _legacy_fonts(model)
    return model, walker.elements


def _legacy_fonts(model: DocModel) -> list[str]:
    """Legacy-encoding fonts that carry text (a style that merely names one does not count)."""
    fonts = {
        run.fmt.raw_font or ""
        for paragraph in model.paragraphs
        for run in paragraph.runs
        if run.text.strip() and is_legacy_font(run.fmt.raw_font)
    }
    return sorted(fonts)


def open_docx(path: Path) -> Any:
    """Open `path` with python-docx (read only); raise DocumentReadError naming the file."""
    return _open(path)


def _open(path: Path) -> Any:
    if path.exists() and not path.is_file():
        raise DocumentReadError(_("{file}: cannot be opened as a Word document (.docx): {reason}")
                                .format(file=path, reason=_("not an ordinary file")))
    if not path.is_file():
        raise DocumentReadError(_("{file}: no such file").format(file=path))
    legacy_word_file(path)
    problem = package_problem(path)
    if problem is not None:  # refused before python-docx inflates every part into memory
        raise DocumentReadError(
            _("{file}: cannot be opened as a Word document (.docx): {reason}").format(
                file=path, reason=problem))
    try:
        return docx.Document(str(path))
    except ValueError as err:
        if not is_macro_content_type(str(err)):
            raise _unreadable(path, err) from err
    except _READ_ERRORS as err:
        raise _unreadable(path, err) from err
    try:  # a .docm: the same XML under another content type
        return open_macro_enabled(path)
    except (*_READ_ERRORS, ValueError) as err:
        raise _unreadable(path, err) from err


_READ_ERRORS = (PackageNotFoundError, zipfile.BadZipFile, KeyError, OSError, etree.XMLSyntaxError)


def _unreadable(path: Path, err: Exception) -> DocumentReadError:
    if isinstance(err, KeyError):
        reason = _("a part every Word document has is missing ({part})").format(
            part=str(err).strip("\"'"))
    elif isinstance(err, etree.XMLSyntaxError):
        reason = _("its XML is damaged or not allowed ({detail})").format(detail=err)
    else:
        reason = str(err) or type(err).__name__
    return DocumentReadError(
        _("{file}: cannot be opened as a Word document (.docx): {reason}").format(
            file=path, reason=reason
        )
    )


def _theme(document: Any) -> Element | None:
    try:
        part = document.part.part_related_by(RT.THEME)
    except KeyError:
        return None
    return etree.fromstring(part.blob)


def _page_count(document: Any) -> int | None:
    for part in document.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            pages = etree.fromstring(part.blob).find(f"{{{_EXT_NS}}}Pages")
            if pages is not None and (pages.text or "").strip().isdigit():
                return int((pages.text or "0").strip())
    return None


@dataclass(frozen=True)
class _Cell:
    table: int
    row: int
    cell: int
    style: str | None


class _BodyWalker:
    """Walk the body in reading order, numbering body paragraphs, tables, rows and cells."""

    def __init__(self, resolver: StyleResolver) -> None:
        self.resolver = resolver
        self.paragraphs: list[Paragraph] = []
        self.elements: list[Element] = []
        self._body_count = 0
        self._table_count = 0
        self._cell_counts: dict[tuple[int, int, int], int] = {}

    def walk(self, container: Element, cell: _Cell | None) -> None:
        for child in container:
            tag = local(child)
            if tag == "p":
                self._paragraph(child, cell)
            elif tag == "tbl":
                self._table(child, cell)
            elif tag in ("sdt", "sdtContent", "customXml"):
                self.walk(child, cell)

    def _table(self, table: Element, outer: _Cell | None) -> None:
        style_el = table.find(f"{w('tblPr')}/{w('tblStyle')}")
        style = style_el.get(w("val")) if style_el is not None else None
        style = style or self.resolver.default_table_style()
        if outer is None:
            self._table_count += 1
        for row_no, row in enumerate(table.iter(w("tr")), start=1):
            if _nearest_table(row) is not table:
                continue
            cells = [c for c in row if local(c) == "tc"]
            for cell_no, cell in enumerate(cells, start=1):
                where = outer or _Cell(self._table_count, row_no, cell_no, style)
                self.walk(cell, _Cell(where.table, where.row, where.cell, style))

    def _paragraph(self, element: Element, cell: _Cell | None) -> None:
        if _is_template_control(element):
            return
        if cell is None:
            self._body_count += 1
            location = Location("body", paragraph=self._body_count)
        else:
            key = (cell.table, cell.row, cell.cell)
            self._cell_counts[key] = self._cell_counts.get(key, 0) + 1
            location = Location("table", self._cell_counts[key], cell.table, cell.row, cell.cell)
        tstyle = cell.style if cell else None
        self.elements.append(element)
        self.paragraphs.append(
            build_paragraph(element, self.resolver, tstyle, len(self.paragraphs), location)
        )


# A docxtpl paragraph, row or cell tag ({%p for ... %}, {#p note #}) removes its whole paragraph
# when rendered, so in a template it is not part of the document's layout.
_CONTROL = re.compile(r"\s*\{([%#])-?(p|tr|tc)\s.*?-?\1\}\s*", re.S)


def _is_template_control(element: Element) -> bool:
    text = "".join(node.text or "" for node in element.iter(w("t")))
    return bool(text) and _CONTROL.fullmatch(text) is not None


def _nearest_table(element: Element) -> Element | None:
    parent = element.getparent()
    while parent is not None and local(parent) != "tbl":
        parent = parent.getparent()
    return parent


def build_paragraph(
    element: Element, resolver: StyleResolver, tstyle: str | None, index: int, location: Location
) -> Paragraph:
    """Build one resolved paragraph from its XML element."""
    ppr = element.find(w("pPr"))
    pstyle = resolver.paragraph_style(ppr)
    runs: list[TextRun] = []
    drawing = False
    for run in _runs(element):
        text, has_drawing = _run_text(run)
        drawing = drawing or has_drawing
        if text:
            fmt = resolver.run_format(run.find(w("rPr")), pstyle, tstyle, text)
            runs.append(TextRun(text, fmt))
    return Paragraph(index, location, tuple(runs), resolver.para_format(ppr, tstyle), drawing)


def text_runs(element: Element) -> list[Element]:
    """The w:r elements of a paragraph that carry text, in the order of Paragraph.runs."""
    return [run for run in _runs(element) if _run_text(run)[0]]


def _runs(element: Element) -> Iterator[Element]:
    for child in element:
        tag = local(child)
        if tag == "r":
            yield child
        elif tag in _RUN_CONTAINERS:
            yield from _runs(child)


def _run_text(run: Element) -> tuple[str, bool]:
    parts: list[str] = []
    drawing = False
    for child in run:
        tag = local(child)
        if tag == "t":
            parts.append(child.text or "")
        elif tag == "tab":
            parts.append("\t")
        elif tag in ("br", "cr"):
            parts.append("\n")
        elif tag == "noBreakHyphen":
            parts.append("-")
        elif tag in _DRAWINGS:
            drawing = True
    return unicodedata.normalize("NFC", "".join(parts)), drawing
