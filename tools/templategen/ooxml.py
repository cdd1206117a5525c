"""Low-level OOXML helpers: borders, fixed table layout, row flags, the PAGE field."""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document as DocumentObject
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph


def border(ppr: OxmlElement, side: str, size: int = 6) -> None:
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        # pBdr comes after keepNext..numPbr and before shd/tabs/spacing (CT_PPrBase order).
        anchor = None
        for tag in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                    "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                    "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                    "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                    "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                    "w:pPrChange"):
            anchor = ppr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(borders)
        else:
            ppr.append(borders)
    line = OxmlElement(f"w:{side}")
    line.set(qn("w:val"), "single")
    line.set(qn("w:sz"), str(size))
    line.set(qn("w:space"), "1")
    line.set(qn("w:color"), "000000")
    borders.append(line)


def run_box(run_element: OxmlElement) -> None:
    """A box around a run's text (the draft label)."""
    rpr = run_element.get_or_add_rPr()
    box = OxmlElement("w:bdr")
    box.set(qn("w:val"), "single")
    box.set(qn("w:sz"), "8")
    box.set(qn("w:space"), "2")
    box.set(qn("w:color"), "000000")
    # CT_RPr order: ... sz, szCs, highlight, u, effect, bdr, shd ...; appended last is valid here
    # because the run only carries bold/size before it.
    rpr.append(box)


def no_table_borders(table: Table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    tbl_pr.append(borders)


def fixed_layout(
    table: Table, widths_cm: Sequence[float], *, margins_cm: float | None = None
) -> None:
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_pr = table._tbl.tblPr
    width = tbl_pr.find(qn("w:tblW"))
    if width is None:
        width = OxmlElement("w:tblW")
        tbl_pr.append(width)
    width.set(qn("w:w"), str(round(sum(widths_cm) / 2.54 * 1440)))
    width.set(qn("w:type"), "dxa")
    layout = tbl_pr.find(qn("w:tblLayout"))
    if layout is None:
        layout = OxmlElement("w:tblLayout")
        tbl_pr.append(layout)
    layout.set(qn("w:type"), "fixed")
    if margins_cm is not None:
        mar = OxmlElement("w:tblCellMar")
        for side in ("left", "right"):
            element = OxmlElement(f"w:{side}")
            element.set(qn("w:w"), str(round(margins_cm / 2.54 * 1440)))
            element.set(qn("w:type"), "dxa")
            mar.append(element)
        tbl_pr.append(mar)
    reorder_tbl_pr(tbl_pr)
    grid = table._tbl.tblGrid
    for col, width_cm in zip(grid.findall(qn("w:gridCol")), widths_cm, strict=True):
        col.set(qn("w:w"), str(round(width_cm / 2.54 * 1440)))
    for row in table.rows:
        for cell, width_cm in zip(row.cells, widths_cm, strict=False):
            cell.width = Cm(width_cm)


_TBL_PR_ORDER = ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
                 "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
                 "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription")


def reorder_tbl_pr(tbl_pr: OxmlElement) -> None:
    """Children of w:tblPr in schema order (python-docx and hand additions append at random)."""
    children = list(tbl_pr)
    for child in children:
        tbl_pr.remove(child)
    rank = {name: index for index, name in enumerate(_TBL_PR_ORDER)}
    children.sort(key=lambda el: rank.get(el.tag.split("}")[1], len(rank)))
    for child in children:
        tbl_pr.append(child)


def repeat_header(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    cant = OxmlElement("w:cantSplit")
    tr_pr.append(cant)
    header = OxmlElement("w:tblHeader")
    tr_pr.append(header)


def cant_split(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    tr_pr.append(OxmlElement("w:cantSplit"))


def cell_valign(cell: _Cell, value: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    valign = OxmlElement("w:vAlign")
    valign.set(qn("w:val"), value)
    tc_pr.append(valign)


def page_field(paragraph: Paragraph) -> None:
    """A PAGE field (complex field: begin, instruction, separate, shown value, end)."""
    def run_with(child: OxmlElement) -> None:
        run = OxmlElement("w:r")
        run.append(child)
        paragraph._p.append(run)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    shown = OxmlElement("w:t")
    shown.text = "2"
    run_with(shown)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def drop_extras(document: DocumentObject) -> None:
    """Remove two leftovers of python-docx's default template.

    Its thumbnail shows another document; its stylesWithEffects.xml (an optional Word 2010 copy
    of the styles) would disagree with our styles, which Word may report as unreadable content.
    """
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del package.rels[rel_id]
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            del document.part.rels[rel_id]
