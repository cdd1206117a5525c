"""Write the five congress document templates into templates/ (re-runnable; .docx committed).

Run from the repository root:  python tools/make_templates.py [--out DIR]

The templates are ordinary Word files with docxtpl tags. Layout lives here (styles, header and
signature tables, page numbers); every value comes from congress_docs.context.build_context().
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

FONT = "Times New Roman"
# MTTQ defaults (format-spec C.2 / layout): A4, margins 20/20/30/15 mm, body 14 pt, 1.15 lines.
PAGE_W_MM, PAGE_H_MM = 210, 297
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 20, 20, 30, 15
TEXT_WIDTH_CM = (PAGE_W_MM - MARGIN_LEFT - MARGIN_RIGHT) / 10
LANDSCAPE_TEXT_WIDTH_CM = (PAGE_H_MM - MARGIN_LEFT - MARGIN_RIGHT) / 10
BODY_PT = 14
LINE_SPACING = 1.15
AFTER_PT = 6
INDENT_CM = 1.27
# Header table: issuer block on the left, national motto on the right (format-spec A.2).
# The table is 5 mm wider than the text and centred: the congress issuer line ("MẶT TRẬN TỔ QUỐC
# VIỆT NAM", 13 pt bold) and the Quốc hiệu (12 pt bold) each need their full line.
HEADER_LEFT_CM = 7.8
HEADER_RIGHT_CM = TEXT_WIDTH_CM + 0.5 - HEADER_LEFT_CM
MOTTO_WIDTH_CM = 5.8  # "Độc lập - Tự do - Hạnh phúc", 13 pt bold: its rule is as long as it
ISSUER_RULE_CM = 2.4
SUMMARY_RULE_CM = 4.5
CELL_MARGIN_CM = 0.1


# ---------------------------------------------------------------------------------------------
# Styles


def _set_fonts(rpr: OxmlElement) -> None:
    """Times New Roman for every script; theme fonts removed so nothing falls back to Calibri."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), FONT)


def _normalise_all_styles(document: DocumentObject) -> None:
    styles = document.styles.element
    for rpr in styles.iter(qn("w:rPr")):
        if rpr.find(qn("w:rFonts")) is not None:
            _set_fonts(rpr)
        for color in rpr.findall(qn("w:color")):
            rpr.remove(color)
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(rpr)
    for tag, value in (("w:sz", BODY_PT * 2), ("w:szCs", BODY_PT * 2)):
        element = rpr.find(qn(tag))
        element.set(qn("w:val"), str(value))
    lang = rpr.find(qn("w:lang"))
    lang.set(qn("w:val"), "vi-VN")
    lang.set(qn("w:eastAsia"), "vi-VN")
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    spacing = ppr.find(qn("w:spacing"))
    spacing.set(qn("w:after"), str(AFTER_PT * 20))
    spacing.set(qn("w:line"), str(round(LINE_SPACING * 240)))


def _theme_to_times(document: DocumentObject) -> None:
    """Make the theme's body and heading fonts Times New Roman too (Word shows them in menus)."""
    for part in document.part.package.parts:
        if str(part.partname).startswith("/word/theme/"):
            blob = part.blob.decode("utf-8")
            for old in ('<a:latin typeface="Calibri"/>', '<a:latin typeface="Cambria"/>'):
                blob = blob.replace(old, f'<a:latin typeface="{FONT}"/>')
            part._blob = blob.encode("utf-8")


@dataclass(frozen=True)
class ParagraphLook:
    """Paragraph and character settings of one style."""

    size: float = BODY_PT
    bold: bool = False
    italic: bool = False
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.JUSTIFY
    first_indent_cm: float = 0.0
    before: float = 0.0
    after: float = AFTER_PT
    line: float = LINE_SPACING
    keep_next: bool = False


def _apply(style: object, look: ParagraphLook) -> None:
    font = style.font  # type: ignore[attr-defined]
    font.name = FONT
    font.size = Pt(look.size)
    font.bold = look.bold
    font.italic = look.italic
    _set_fonts(style.element.get_or_add_rPr())  # type: ignore[attr-defined]
    fmt = style.paragraph_format  # type: ignore[attr-defined]
    fmt.alignment = look.align
    fmt.first_line_indent = Cm(look.first_indent_cm) if look.first_indent_cm else Cm(0)
    fmt.left_indent = Cm(0)
    fmt.space_before = Pt(look.before)
    fmt.space_after = Pt(look.after)
    fmt.line_spacing = look.line
    fmt.keep_with_next = look.keep_next
    fmt.widow_control = True


STYLE_LOOKS: dict[str, ParagraphLook] = {
    "Normal": ParagraphLook(first_indent_cm=INDENT_CM),
    # "Phần thứ nhất" + title: centred bold; "I. ..." bold caps; "1. ..." bold; "a) ..." bold
    # italic.
    "Heading 1": ParagraphLook(bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=12, after=6,
                               keep_next=True),
    "Heading 2": ParagraphLook(bold=True, first_indent_cm=INDENT_CM, before=6, keep_next=True),
    "Heading 3": ParagraphLook(bold=True, first_indent_cm=INDENT_CM, before=6, keep_next=True),
    "Heading 4": ParagraphLook(bold=True, italic=True, first_indent_cm=INDENT_CM, keep_next=True),
    "Header": ParagraphLook(size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=0, line=1.0),
    "Footer": ParagraphLook(size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=0, line=1.0),
}
CUSTOM_LOOKS: dict[str, ParagraphLook] = {
    "Issuer": ParagraphLook(size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=0, line=1.0),
    "Issuer Name": ParagraphLook(size=13, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0,
                                 line=1.0),
    "National Name": ParagraphLook(size=12, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0,
                                   line=1.0),
    "National Motto": ParagraphLook(size=13, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0,
                                    line=1.0),
    "Rule": ParagraphLook(size=1, align=WD_ALIGN_PARAGRAPH.CENTER, before=3, after=0, line=1.0),
    "Number Line": ParagraphLook(size=13, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=0,
                                 line=1.0),
    "Date Line": ParagraphLook(size=13, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6,
                               after=0, line=1.0),
    "Draft Mark": ParagraphLook(size=13, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=6,
                                line=1.0),
    "Document Type": ParagraphLook(size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=18,
                                   after=0, line=1.0, keep_next=True),
    "Document Summary": ParagraphLook(size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0,
                                      line=1.0, keep_next=True),
    "Subtitle Line": ParagraphLook(size=14, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6,
                                   line=1.0),
    "Basis": ParagraphLook(italic=True, first_indent_cm=INDENT_CM),
    "Centred Bold": ParagraphLook(bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6,
                                  keep_next=True),
    "Table Caption": ParagraphLook(size=13, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6,
                                   after=6, line=1.0, keep_next=True),
    "Table Heading": ParagraphLook(size=12, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=2,
                                   after=2, line=1.0),
    "Table Text": ParagraphLook(size=12, align=WD_ALIGN_PARAGRAPH.LEFT, before=2, after=2,
                                line=1.0),
    "Table Number": ParagraphLook(size=12, align=WD_ALIGN_PARAGRAPH.CENTER, before=2, after=2,
                                  line=1.0),
    "Small Table Heading": ParagraphLook(size=11, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
                                         before=1, after=1, line=1.0),
    "Small Table Text": ParagraphLook(size=11, align=WD_ALIGN_PARAGRAPH.LEFT, before=1, after=1,
                                      line=1.0),
    "Small Table Number": ParagraphLook(size=11, align=WD_ALIGN_PARAGRAPH.CENTER, before=1,
                                        after=1, line=1.0),
    "Recipients Label": ParagraphLook(size=12, bold=True, italic=True,
                                      align=WD_ALIGN_PARAGRAPH.LEFT, before=6, after=0, line=1.0),
    "Recipient": ParagraphLook(size=11, align=WD_ALIGN_PARAGRAPH.LEFT, after=0, line=1.0),
    "Signature": ParagraphLook(size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0,
                               line=1.0),
    "Signer Name": ParagraphLook(size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=72,
                                 after=0, line=1.0),
    "Annex Label": ParagraphLook(size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0,
                                 line=1.0, keep_next=True),
    "Annex Title": ParagraphLook(size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0,
                                 line=1.0, keep_next=True),
    "Annex Note": ParagraphLook(size=14, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=12,
                                line=1.0, keep_next=True),
    "Template Note": ParagraphLook(size=11, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=6,
                                   line=1.0),
}


def _setup_styles(document: DocumentObject) -> None:
    from docx.enum.style import WD_STYLE_TYPE

    _normalise_all_styles(document)
    _theme_to_times(document)
    styles = document.styles
    for name, look in STYLE_LOOKS.items():
        _apply(styles[name], look)
    for name, look in CUSTOM_LOOKS.items():
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.quick_style = True
        _apply(style, look)
    for level in (1, 2, 3, 4):
        styles[f"Heading {level}"].base_style = styles["Normal"]
    _table_grid(document)


def _table_grid(document: DocumentObject) -> None:
    """Table Grid: thin black borders, small cell margins; the text styles set the font."""
    style = document.styles["Table Grid"]
    tbl_pr = style.element.find(qn("w:tblPr"))
    margins = OxmlElement("w:tblCellMar")
    for side, value in (("top", 0), ("left", 80), ("bottom", 0), ("right", 80)):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), str(value))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    existing = tbl_pr.find(qn("w:tblCellMar"))
    if existing is not None:
        tbl_pr.remove(existing)
    tbl_pr.append(margins)


# ---------------------------------------------------------------------------------------------
# Low-level OOXML helpers


def _border(ppr: OxmlElement, side: str, size: int = 6) -> None:
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


def _run_box(run_element: OxmlElement) -> None:
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


def _no_table_borders(table: Table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    tbl_pr.append(borders)


def _fixed_layout(
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
    _reorder_tbl_pr(tbl_pr)
    grid = table._tbl.tblGrid
    for col, width_cm in zip(grid.findall(qn("w:gridCol")), widths_cm, strict=True):
        col.set(qn("w:w"), str(round(width_cm / 2.54 * 1440)))
    for row in table.rows:
        for cell, width_cm in zip(row.cells, widths_cm, strict=False):
            cell.width = Cm(width_cm)


_TBL_PR_ORDER = ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
                 "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
                 "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription")


def _reorder_tbl_pr(tbl_pr: OxmlElement) -> None:
    """Children of w:tblPr in schema order (python-docx and hand additions append at random)."""
    children = list(tbl_pr)
    for child in children:
        tbl_pr.remove(child)
    rank = {name: index for index, name in enumerate(_TBL_PR_ORDER)}
    children.sort(key=lambda el: rank.get(el.tag.split("}")[1], len(rank)))
    for child in children:
        tbl_pr.append(child)


def _repeat_header(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    cant = OxmlElement("w:cantSplit")
    tr_pr.append(cant)
    header = OxmlElement("w:tblHeader")
    tr_pr.append(header)


def _cant_split(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    tr_pr.append(OxmlElement("w:cantSplit"))


def _cell_valign(cell: _Cell, value: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    valign = OxmlElement("w:vAlign")
    valign.set(qn("w:val"), value)
    tc_pr.append(valign)


def _page_field(paragraph: Paragraph) -> None:
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


def _drop_extras(document: DocumentObject) -> None:
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


# ---------------------------------------------------------------------------------------------
# The document builder


class Builder:
    """Appends template paragraphs and tables to a new document with the house styles."""

    def __init__(self, title: str) -> None:
        self.doc = Document()
        _setup_styles(self.doc)
        self._page(self.doc.sections[0], landscape=False)
        core = self.doc.core_properties
        core.title = title
        core.author = "congress-docs"
        core.language = "vi-VN"
        core.comments = "Mẫu văn kiện Đại hội MTTQ Việt Nam cấp xã (docxtpl)."

    # page setup -------------------------------------------------------------------------------

    def _page(self, section: object, *, landscape: bool) -> None:
        sec = section  # python-docx Section
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE  # type: ignore[attr-defined]
            sec.page_width, sec.page_height = Mm(PAGE_H_MM), Mm(PAGE_W_MM)  # type: ignore[attr-defined]
        else:
            sec.orientation = WD_ORIENT.PORTRAIT  # type: ignore[attr-defined]
            sec.page_width, sec.page_height = Mm(PAGE_W_MM), Mm(PAGE_H_MM)  # type: ignore[attr-defined]
        sec.top_margin = Mm(MARGIN_TOP)  # type: ignore[attr-defined]
        sec.bottom_margin = Mm(MARGIN_BOTTOM)  # type: ignore[attr-defined]
        sec.left_margin = Mm(MARGIN_LEFT)  # type: ignore[attr-defined]
        sec.right_margin = Mm(MARGIN_RIGHT)  # type: ignore[attr-defined]
        sec.header_distance = Mm(10)  # type: ignore[attr-defined]
        sec.footer_distance = Mm(10)  # type: ignore[attr-defined]
        sec.different_first_page_header_footer = True  # type: ignore[attr-defined]
        header = sec.header  # type: ignore[attr-defined]
        header.is_linked_to_previous = False
        paragraph = header.paragraphs[0]
        paragraph.style = self.doc.styles["Header"]
        if not paragraph.runs and len(paragraph._p) <= 1:
            _page_field(paragraph)
        first = sec.first_page_header  # type: ignore[attr-defined]
        first.is_linked_to_previous = False
        first.paragraphs[0].style = self.doc.styles["Header"]

    # paragraphs ------------------------------------------------------------------------------

    def para(self, text: str = "", style: str = "Normal", *, container: object = None,
             bold_lead: str = "") -> Paragraph:
        """A paragraph; `bold_lead` is a bold run before the text ("Điều 1. ")."""
        target = container if container is not None else self.doc
        paragraph = target.add_paragraph(style=style)  # type: ignore[attr-defined]
        if bold_lead:
            paragraph.add_run(bold_lead).bold = True
        if text:
            paragraph.add_run(text)
        return paragraph

    def tag(self, statement: str, *, container: object = None) -> None:
        """A docxtpl paragraph tag ({%p ... %}); the paragraph disappears on rendering."""
        self.para(f"{{%p {statement} %}}", container=container)

    def comment(self, text: str) -> None:
        """The docxtpl comment block at the top, naming the variables (removed on rendering)."""
        self.para(f"{{#p {text} #}}", "Template Note")

    def heading(self, level: int, text: str) -> Paragraph:
        return self.para(text, f"Heading {level}")

    def part_heading(self, label: str, title: str) -> None:
        """"Phần thứ nhất" / TITLE on two lines of one Heading 1 paragraph."""
        paragraph = self.doc.add_paragraph(style="Heading 1")
        paragraph.add_run(label)
        paragraph.add_run().add_break()
        paragraph.add_run(title)

    def loop(self, item: str, sequence: str, text: str, style: str = "Normal", *,
             container: object = None) -> None:
        """One paragraph per item of `sequence`."""
        self.tag(f"for {item} in {sequence}", container=container)
        self.para(text, style, container=container)
        self.tag("endfor", container=container)

    def bullets(self, sequence: str, *, prefix: str = "- ") -> None:
        self.loop("item", sequence, f"{prefix}{{{{ item }}}}")

    def paragraphs(self, sequence: str, style: str = "Normal") -> None:
        self.loop("item", sequence, "{{ item }}", style)

    def rule(self, width_cm: float, container_width_cm: float, *, container: object = None,
             after_pt: float = 0) -> None:
        """A short centred line: the bottom border of an empty 1-pt paragraph."""
        paragraph = self.para("", "Rule", container=container)
        if after_pt:
            paragraph.paragraph_format.space_after = Pt(after_pt)
        side = max(0.0, (container_width_cm - width_cm) / 2)
        paragraph.paragraph_format.left_indent = Cm(side)
        paragraph.paragraph_format.right_indent = Cm(side)
        _border(paragraph._p.get_or_add_pPr(), "bottom")

    # blocks ------------------------------------------------------------------------------------

    def draft_mark(self) -> None:
        self.tag("if draft.show")
        paragraph = self.doc.add_paragraph(style="Draft Mark")
        run = paragraph.add_run("{{ draft.label }}")
        _run_box(run._r)
        self.tag("endif")

    def header_table(self) -> None:
        """Issuer | Quốc hiệu and Tiêu ngữ; then Số | place and date on the same row."""
        table = self.doc.add_table(rows=2, cols=2)
        _no_table_borders(table)
        _fixed_layout(table, (HEADER_LEFT_CM, HEADER_RIGHT_CM), margins_cm=CELL_MARGIN_CM)
        inner_left = HEADER_LEFT_CM - 2 * CELL_MARGIN_CM
        inner_right = HEADER_RIGHT_CM - 2 * CELL_MARGIN_CM
        issuer, national = table.rows[0].cells
        first = issuer.paragraphs[0]
        first.text = "{%p for line in header.parent_lines %}"
        self.para("{{ line }}", "Issuer", container=issuer)
        self.tag("endfor", container=issuer)
        self.tag("for line in header.issuer_lines", container=issuer)
        self.para("{{ line }}", "Issuer Name", container=issuer)
        self.tag("endfor", container=issuer)
        self.rule(ISSUER_RULE_CM, inner_left, container=issuer)
        quoc_hieu = national.paragraphs[0]
        quoc_hieu.style = self.doc.styles["National Name"]
        quoc_hieu.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        motto = self.para("Độc lập - Tự do - Hạnh phúc", "National Motto", container=national)
        side = max(0.0, (inner_right - MOTTO_WIDTH_CM) / 2)
        motto.paragraph_format.left_indent = Cm(side)
        motto.paragraph_format.right_indent = Cm(side)
        _border(motto._p.get_or_add_pPr(), "bottom")
        number, date = table.rows[1].cells
        number.paragraphs[0].style = self.doc.styles["Number Line"]
        number.paragraphs[0].add_run("{{ header.number_line }}")
        date.paragraphs[0].style = self.doc.styles["Date Line"]
        date.paragraphs[0].add_run("{{ header.date_line }}")

    def title_block(self, *, subtitle: str = "") -> None:
        self.para("{{ title.type }}", "Document Type")
        self.loop("line", "title.summary_lines", "{{ line }}", "Document Summary")
        self.rule(SUMMARY_RULE_CM, TEXT_WIDTH_CM, after_pt=12)
        if subtitle:
            self.para(subtitle, "Subtitle Line")

    def signature_block(self) -> None:
        """Nơi nhận on the left, authority, position and name on the right (borderless table)."""
        table = self.doc.add_table(rows=1, cols=2)
        _no_table_borders(table)
        widths = (7.5, TEXT_WIDTH_CM - 7.5)
        _fixed_layout(table, widths, margins_cm=CELL_MARGIN_CM)
        _cant_split(table.rows[0])
        left, right = table.rows[0].cells
        label = left.paragraphs[0]
        label.style = self.doc.styles["Recipients Label"]
        label.add_run("Nơi nhận:")
        self.loop("line", "recipients", "{{ line }}", "Recipient", container=left)
        authority = right.paragraphs[0]
        authority.style = self.doc.styles["Signature"]
        authority.paragraph_format.space_before = Pt(6)
        authority.add_run("{{ signature.authority }}")
        self.tag("if signature.title", container=right)
        self.para("{{ signature.title }}", "Signature", container=right)
        self.tag("endif", container=right)
        self.para("{{ signature.name }}", "Signer Name", container=right)

    def grid_table(self, heads: Sequence[Sequence[str]], widths: Sequence[float], loop: str,
                   cells: Sequence[str], *, small: bool = False,
                   merges: Sequence[tuple[int, int, int, int]] = (),
                   centred: Sequence[int] = (0,)) -> Table:
        """A bordered table: heading rows (repeated on each page), then one row per loop item."""
        heading_style = "Small Table Heading" if small else "Table Heading"
        text_style = "Small Table Text" if small else "Table Text"
        number_style = "Small Table Number" if small else "Table Number"
        columns = len(widths)
        table = self.doc.add_table(rows=len(heads) + 3, cols=columns)
        table.style = self.doc.styles["Table Grid"]
        _fixed_layout(table, widths)
        for row_index, head in enumerate(heads):
            row = table.rows[row_index]
            _repeat_header(row)
            for cell, text in zip(row.cells, head, strict=True):
                cell.paragraphs[0].style = self.doc.styles[heading_style]
                if text:
                    cell.paragraphs[0].add_run(text)
                _cell_valign(cell, "center")
        for top, left, bottom, right in merges:
            start = table.cell(top, left)
            end = table.cell(bottom, right)
            keep = start.paragraphs[0].text
            merged = start.merge(end)
            for paragraph in merged.paragraphs[1:]:
                paragraph._p.getparent().remove(paragraph._p)
            if merged.paragraphs[0].text != keep:
                merged.paragraphs[0].text = keep
        base = len(heads)
        opener, body, closer = table.rows[base], table.rows[base + 1], table.rows[base + 2]
        opener.cells[0].paragraphs[0].text = f"{{%tr for {loop} %}}"
        closer.cells[0].paragraphs[0].text = "{%tr endfor %}"
        _cant_split(body)
        for index, (cell, text) in enumerate(zip(body.cells, cells, strict=True)):
            style = number_style if index in centred else text_style
            cell.paragraphs[0].style = self.doc.styles[style]
            cell.paragraphs[0].add_run(text)
        for row in (opener, closer):
            for cell in row.cells:
                cell.paragraphs[0].style = self.doc.styles[text_style]
        return table

    def landscape_section(self) -> None:
        """Start a new landscape section (the annex), numbered from 1 again."""
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        self._page(section, landscape=True)
        pg = OxmlElement("w:pgNumType")
        pg.set(qn("w:start"), "1")
        sect_pr = section._sectPr
        # pgNumType sits after pgMar/paperSrc/pgBorders/lnNumType (CT_SectPr order).
        anchor = sect_pr.find(qn("w:cols"))
        if anchor is not None:
            anchor.addprevious(pg)
        else:
            sect_pr.append(pg)

    def save(self, path: Path) -> None:
        _drop_extras(self.doc)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.doc.save(str(path))


# ---------------------------------------------------------------------------------------------
# Shared pieces of the five documents


COMMON_VARS = (
    "draft.show, draft.label, header.parent_lines, header.issuer_lines, header.number_line, "
    "header.date_line, title.type, title.summary_lines, signature.authority, signature.title, "
    "signature.name, recipients"
)


def opening(builder: Builder, comment: str, *, subtitle: str = "") -> None:
    builder.comment(comment)
    builder.draft_mark()
    builder.header_table()
    builder.title_block(subtitle=subtitle)


def assessment_sections(b: Builder, *, start: int, limitations_heading: str) -> None:
    """Ưu điểm, hạn chế, nguyên nhân, bài học as numbered subsections."""
    b.heading(3, f"{start}. Ưu điểm")
    b.bullets("assessment.strengths")
    b.heading(3, f"{start + 1}. {limitations_heading}")
    b.bullets("assessment.limitations")
    b.heading(3, f"{start + 2}. Nguyên nhân")
    b.heading(4, "a) Nguyên nhân khách quan")
    b.bullets("assessment.objective_causes")
    b.heading(4, "b) Nguyên nhân chủ quan")
    b.bullets("assessment.subjective_causes")
    b.heading(3, f"{start + 3}. Bài học kinh nghiệm")
    b.bullets("assessment.lessons")


def targets_block(b: Builder, *, numbered: bool = True) -> None:
    """The new term's targets: numbered under a section heading, bullets under a sub-heading."""
    text = "{{ target.number }}. {{ target.text }}" if numbered else "- {{ target.text }}"
    b.loop("target", "new_term.targets", text)
    b.bullets("new_term.other_targets")


# ---------------------------------------------------------------------------------------------
# 1. Báo cáo chính trị


def political_report() -> Builder:
    b = Builder("Báo cáo chính trị")
    opening(
        b,
        "Báo cáo chính trị. Biến: " + COMMON_VARS + ", congress.theme, congress.term, "
        "previous.term, previous.roman, unit.full, front.short, report.opening, report.lead_in, "
        "report.conclusion, locality.sentences, locality.member_organisations, "
        "locality.advantages, locality.difficulties, programs[].number, .title, .results, "
        ".indicator_sentences, .tasks, indicator_section_number, indicator_summary.sentence, "
        "indicator_table[].number, .name, .target, .result, .ratio, .status_label, "
        "assessment.*, new_term.*",
        subtitle="",
    )
    b.tag("if congress.theme")
    b.para("Chủ đề Đại hội: “{{ congress.theme }}”", "Subtitle Line")
    b.tag("endif")
    b.paragraphs("report.opening")
    b.tag("if report.lead_in")
    b.para("{{ report.lead_in }}")
    b.tag("endif")

    b.part_heading(
        "Phần thứ nhất",
        "TÌNH HÌNH NHÂN DÂN, KHỐI ĐẠI ĐOÀN KẾT TOÀN DÂN TỘC VÀ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT "
        "ĐẠI HỘI MẶT TRẬN TỔ QUỐC VIỆT NAM NHIỆM KỲ {{ previous.term }}",
    )
    b.heading(2, "I. ĐẶC ĐIỂM TÌNH HÌNH")
    b.paragraphs("locality.sentences")
    b.tag("if locality.member_organisations")
    b.para("{{ locality.member_organisations }}")
    b.tag("endif")
    b.heading(3, "1. Thuận lợi")
    b.bullets("locality.advantages")
    b.heading(3, "2. Khó khăn")
    b.bullets("locality.difficulties")

    b.heading(2, "II. KẾT QUẢ THỰC HIỆN CÁC CHƯƠNG TRÌNH HÀNH ĐỘNG")
    b.tag("for program in programs")
    b.heading(3, "{{ program.number }}. {{ program.title }}")
    b.loop("item", "program.results", "{{ item }}")
    b.tag("if program.indicator_sentences")
    b.para("Kết quả thực hiện các chỉ tiêu của chương trình:")
    b.loop("item", "program.indicator_sentences", "- {{ item }}")
    b.tag("endif")
    b.tag("endfor")
    b.heading(3, "{{ indicator_section_number }}. Kết quả thực hiện các chỉ tiêu chủ yếu")
    b.para("{{ indicator_summary.sentence }}")
    b.tag("if indicator_table")
    b.para("Bảng: Kết quả thực hiện các chỉ tiêu Nghị quyết nhiệm kỳ {{ previous.term }}",
           "Table Caption")
    b.grid_table(
        [["TT", "Chỉ tiêu", "Chỉ tiêu Nghị quyết", "Kết quả", "Tỷ lệ so với chỉ tiêu",
          "Đánh giá"]],
        (0.9, 5.1, 3.1, 3.1, 2.0, 2.3),
        "row in indicator_table",
        ["{{ row.number }}", "{{ row.name }}", "{{ row.target }}", "{{ row.result }}",
         "{{ row.ratio }}", "{{ row.status_label }}"],
        centred=(0, 2, 3, 4, 5),
    )
    b.tag("endif")

    b.heading(2, "III. ĐÁNH GIÁ CHUNG")
    assessment_sections(b, start=1, limitations_heading="Hạn chế, khuyết điểm")

    b.part_heading(
        "Phần thứ hai",
        "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ {{ congress.term }}",
    )
    b.heading(2, "I. DỰ BÁO TÌNH HÌNH")
    b.heading(3, "1. Thuận lợi")
    b.bullets("new_term.forecast_advantages")
    b.heading(3, "2. Khó khăn, thách thức")
    b.bullets("new_term.forecast_difficulties")
    b.heading(2, "II. MỤC TIÊU TỔNG QUÁT")
    b.paragraphs("new_term.general_objective")
    b.heading(2, "III. CÁC CHỈ TIÊU CHỦ YẾU")
    targets_block(b)
    b.heading(2, "IV. KHÂU ĐỘT PHÁ")
    b.bullets("new_term.breakthroughs")
    b.heading(2, "V. NHIỆM VỤ VÀ GIẢI PHÁP")
    b.tag("for program in programs")
    b.heading(3, "{{ program.number }}. {{ program.title }}")
    b.loop("item", "program.tasks", "- {{ item }}")
    b.tag("endfor")

    b.heading(1, "KẾT LUẬN")
    b.paragraphs("report.conclusion")
    b.signature_block()
    return b


# ---------------------------------------------------------------------------------------------
# 2. Báo cáo kiểm điểm


def review_report() -> Builder:
    b = Builder("Báo cáo kiểm điểm")
    opening(
        b,
        "Báo cáo kiểm điểm. Biến: " + COMMON_VARS + ", history.start_sentence, "
        "history.changes_intro, history.changes, history.end_sentence, review.activity_sentence, "
        "review.leadership, review.coordination, review.self_assessment, review.closing, "
        "indicator_summary.sentence, assessment.*",
    )
    b.tag("if history")
    b.para("{{ history.start_sentence }}")
    b.para("{{ history.changes_intro }}")
    b.loop("item", "history.changes", "- {{ item }}")
    b.para("{{ history.end_sentence }}")
    b.tag("endif")
    b.para(
        "Thực hiện Điều lệ Mặt trận Tổ quốc Việt Nam và hướng dẫn của Ủy ban MTTQ Việt Nam cấp "
        "trên, {{ front.short }} khóa {{ previous.roman }} kiểm điểm hoạt động nhiệm kỳ "
        "{{ previous.term }} như sau:"
    )
    b.heading(2, "I. KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI")
    b.heading(3, "1. Lãnh đạo, chỉ đạo thực hiện Nghị quyết Đại hội và chương trình công tác "
                 "toàn khóa")
    b.para("{{ review.activity_sentence }}")
    b.paragraphs("review.leadership")
    b.para("{{ indicator_summary.sentence }}")
    b.heading(3, "2. Chủ trì phối hợp hoạt động và thực hiện quy chế hoạt động")
    b.paragraphs("review.coordination")
    b.heading(2, "II. ƯU ĐIỂM")
    b.bullets("assessment.strengths")
    b.heading(2, "III. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN")
    b.heading(3, "1. Hạn chế, khuyết điểm")
    b.bullets("assessment.limitations")
    b.heading(3, "2. Nguyên nhân")
    b.heading(4, "a) Nguyên nhân khách quan")
    b.bullets("assessment.objective_causes")
    b.heading(4, "b) Nguyên nhân chủ quan")
    b.bullets("assessment.subjective_causes")
    b.heading(2, "IV. BÀI HỌC KINH NGHIỆM")
    b.bullets("assessment.lessons")
    b.tag("if review.self_assessment")
    b.heading(2, "V. TỰ ĐÁNH GIÁ")
    b.paragraphs("review.self_assessment")
    b.tag("endif")
    b.para("{{ review.closing }}")
    b.signature_block()
    return b


# ---------------------------------------------------------------------------------------------
# 3. Chương trình hành động


def action_programme() -> Builder:
    b = Builder("Chương trình hành động")
    opening(
        b,
        "Chương trình hành động. Biến: " + COMMON_VARS + ", action.lead_in, action.objectives, "
        "action.implementation, new_term.general_objective, new_term.targets[].number, .text, "
        "new_term.other_targets, new_term.breakthroughs, programs[].number, .title, .tasks, "
        ".has_actions, .actions[].number, .content, .lead, .partners, .timing",
    )
    b.para("{{ action.lead_in }}")
    b.heading(2, "I. MỤC ĐÍCH, YÊU CẦU")
    b.bullets("action.objectives")
    b.heading(2, "II. MỤC TIÊU, CHỈ TIÊU")
    b.heading(3, "1. Mục tiêu tổng quát")
    b.paragraphs("new_term.general_objective")
    b.heading(3, "2. Các chỉ tiêu chủ yếu")
    targets_block(b, numbered=False)
    b.heading(3, "3. Khâu đột phá")
    b.bullets("new_term.breakthroughs")
    b.heading(2, "III. CÁC CHƯƠNG TRÌNH HÀNH ĐỘNG")
    b.tag("for program in programs")
    b.heading(3, "Chương trình {{ program.number }}: {{ program.title }}")
    b.heading(4, "a) Nội dung, giải pháp")
    b.loop("item", "program.tasks", "- {{ item }}")
    b.tag("if program.has_actions")
    b.heading(4, "b) Phân công thực hiện")
    b.grid_table(
        [["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]],
        (1.0, 6.3, 3.3, 3.5, 2.4),
        "item in program.actions",
        ["{{ item.number }}", "{{ item.content }}", "{{ item.lead }}", "{{ item.partners }}",
         "{{ item.timing }}"],
        centred=(0, 4),
    )
    b.tag("endif")
    b.tag("endfor")
    b.heading(2, "IV. TỔ CHỨC THỰC HIỆN")
    b.paragraphs("action.implementation")
    b.signature_block()
    return b


# ---------------------------------------------------------------------------------------------
# 4. Dự thảo Nghị quyết


def resolution() -> Builder:
    b = Builder("Nghị quyết Đại hội")
    opening(
        b,
        "Dự thảo Nghị quyết Đại hội. Biến: " + COMMON_VARS + ", congress.name_upper, bases, "
        "articles.*, "
        "indicator_summary.sentence, new_term.*, programs[].number, .title, program_count_text, "
        "committee.name, committee.size_text, committee.standing_counts.total_text, "
        "committee.standing_counts.breakdown, committee.standing[].item, upper_congress.full, "
        "delegation.official_count_text, delegation.alternate_count_text, "
        "delegation.has_alternates, previous.roman, previous.term, adopted_line",
    )
    b.para("{{ congress.name_upper }}", "Centred Bold")
    b.paragraphs("bases", "Basis")
    b.para("QUYẾT NGHỊ:", "Centred Bold")

    b.heading(3, "Điều {{ articles.report }}. Tán thành Báo cáo chính trị")
    b.para(
        "Đại hội tán thành những nội dung cơ bản về đánh giá kết quả thực hiện Nghị quyết nhiệm "
        "kỳ {{ previous.term }} và phương hướng, mục tiêu, nhiệm vụ, giải pháp nhiệm kỳ "
        "{{ congress.term }} nêu trong Báo cáo chính trị của {{ front.short }} khóa "
        "{{ previous.roman }} trình Đại hội. {{ indicator_summary.sentence }}"
    )
    b.heading(3, "Điều {{ articles.direction }}. Phương hướng, mục tiêu, chỉ tiêu và khâu đột phá "
                 "nhiệm kỳ {{ congress.term }}")
    b.heading(4, "1. Mục tiêu tổng quát")
    b.paragraphs("new_term.general_objective")
    b.heading(4, "2. Các chỉ tiêu chủ yếu")
    targets_block(b, numbered=False)
    b.heading(4, "3. Khâu đột phá")
    b.bullets("new_term.breakthroughs")
    b.heading(4, "4. Chương trình hành động")
    b.para(
        "Tán thành Chương trình hành động nhiệm kỳ {{ congress.term }} gồm "
        "{{ program_count_text }} chương trình:"
    )
    b.loop("program", "programs",
           "- Chương trình {{ program.number }}: {{ program.title }}.")

    b.heading(3, "Điều {{ articles.review }}. Tán thành Báo cáo kiểm điểm")
    b.para(
        "Đại hội tán thành Báo cáo kiểm điểm hoạt động của {{ front.short }} khóa "
        "{{ previous.roman }}, nhiệm kỳ {{ previous.term }}."
    )
    b.heading(3, "Điều {{ articles.committee }}. Hiệp thương cử Ủy ban khóa mới")
    b.para(
        "Đại hội thống nhất hiệp thương dân chủ cử {{ committee.name }} gồm "
        "{{ committee.size_text }} vị. Hội nghị lần thứ nhất Ủy ban đã hiệp thương cử Ban Thường "
        "trực gồm {{ committee.standing_counts.total_text }} vị "
        "({{ committee.standing_counts.breakdown }}), gồm:"
    )
    b.loop("member", "committee.standing", "- {{ member.item }}")
    b.tag("if upper_congress")
    b.heading(3, "Điều {{ articles.delegation }}. Đoàn đại biểu dự Đại hội cấp trên")
    b.para(
        "Đại hội thống nhất hiệp thương cử Đoàn đại biểu dự {{ upper_congress.full }} gồm "
        "{{ delegation.official_count_text }} đại biểu chính thức"
        "{% if delegation.has_alternates %} và {{ delegation.alternate_count_text }} đại biểu "
        "dự khuyết{% endif %}."
    )
    b.tag("endif")
    b.heading(3, "Điều {{ articles.implementation }}. Tổ chức thực hiện")
    b.para(
        "Đại hội giao {{ committee.name }} căn cứ Nghị quyết này xây dựng chương trình công tác "
        "toàn khóa và kế hoạch hằng năm, chủ trì phối hợp với các tổ chức thành viên tổ chức "
        "thực hiện thắng lợi Nghị quyết Đại hội."
    )
    b.para(
        "Đại hội kêu gọi các tầng lớp Nhân dân trong {{ unit.full }} phát huy truyền thống đoàn "
        "kết, thi đua thực hiện thắng lợi Nghị quyết Đại hội, góp phần xây dựng quê hương ngày "
        "càng giàu đẹp, văn minh."
    )
    b.para("{{ adopted_line }}")
    b.signature_block()
    return b


# ---------------------------------------------------------------------------------------------
# 5. Đề án nhân sự


def personnel_scheme() -> Builder:
    b = Builder("Đề án nhân sự")
    opening(
        b,
        "Đề án nhân sự. Biến: " + COMMON_VARS + ", bases, personnel.criteria, personnel.process, "
        "personnel.approval, committee.name, committee.size_text, committee.size_comparison, "
        "committee.categories[].line, committee.shares[].number, .label, .count_text, .percent, "
        ".previous, .change, committee.young_note, committee.standing_counts.*, "
        "committee.standing[].proposal, upper_congress.full, delegation.official[].item, "
        "delegation.alternates[].item, committee.rows[].number, .name, .born_male, .born_female, "
        ".ethnicity, .religion, .general_education, .professional, .political, .party, "
        ".position, .category, .status, sections.process, annex.title_lines, annex.note",
    )
    b.heading(2, "I. CĂN CỨ XÂY DỰNG ĐỀ ÁN")
    b.bullets("bases")
    b.heading(2, "II. TIÊU CHUẨN ỦY VIÊN ỦY BAN MTTQ VIỆT NAM {{ unit.upper }} KHÓA "
                 "{{ congress.roman }}")
    b.bullets("personnel.criteria")
    b.heading(2, "III. SỐ LƯỢNG, CƠ CẤU")
    b.heading(3, "1. Số lượng")
    b.para(
        "{{ committee.name }} dự kiến gồm {{ committee.size_text }} vị"
        "{% if committee.size_comparison %} ({{ committee.size_comparison }}){% endif %}."
    )
    b.heading(3, "2. Thành phần")
    b.loop("category", "committee.categories", "- {{ category.line }}")
    b.heading(3, "3. Cơ cấu kết hợp")
    b.para(
        "Cơ cấu kết hợp của Ủy ban khóa {{ congress.roman }} (dự kiến), so sánh với khóa "
        "{{ previous.roman }} tại thời điểm đầu nhiệm kỳ:"
    )
    b.grid_table(
        [["TT", "Cơ cấu", "Số người", "Tỷ lệ", "Khóa {{ previous.roman }} (số người, tỷ lệ)",
          "So với khóa trước"]],
        (1.0, 4.6, 2.0, 2.2, 3.6, 3.1),
        "share in committee.shares",
        ["{{ share.number }}", "{{ share.label }}", "{{ share.count_text }}",
         "{{ share.percent }}", "{{ share.previous }}", "{{ share.change }}"],
        centred=(0, 2, 3, 4, 5),
    )
    b.para("{{ committee.young_note }}", "Basis")
    b.heading(2, "IV. BAN THƯỜNG TRỰC")
    b.para(
        "Ban Thường trực {{ committee.name }} dự kiến gồm "
        "{{ committee.standing_counts.total_text }} vị ({{ committee.standing_counts.breakdown }}):"
    )
    b.loop("member", "committee.standing", "- {{ member.proposal }}")
    b.tag("if upper_congress")
    b.heading(2, "V. ĐOÀN ĐẠI BIỂU DỰ ĐẠI HỘI CẤP TRÊN")
    b.para(
        "Đoàn đại biểu dự {{ upper_congress.full }} dự kiến gồm "
        "{{ delegation.official_count_text }} đại biểu chính thức"
        "{% if delegation.has_alternates %} và {{ delegation.alternate_count_text }} đại biểu "
        "dự khuyết{% endif %}:"
    )
    b.heading(4, "a) Đại biểu chính thức")
    b.loop("person", "delegation.official", "{{ person.number }}. {{ person.item }}")
    b.tag("if delegation.has_alternates")
    b.heading(4, "b) Đại biểu dự khuyết")
    b.loop("person", "delegation.alternates", "{{ person.number }}. {{ person.item }}")
    b.tag("endif")
    b.tag("endif")
    b.heading(2, "{{ sections.process }}. QUY TRÌNH HIỆP THƯƠNG")
    b.bullets("personnel.process")
    b.tag("if personnel.approval")
    b.para("{{ personnel.approval }}")
    b.tag("endif")
    b.para(
        "Trên đây là Đề án nhân sự {{ committee.name }}, Ban Thường trực {{ front.short }} khóa "
        "{{ previous.roman }} trình Đại hội xem xét, quyết định."
    )
    b.signature_block()

    b.landscape_section()
    b.para("Phụ lục", "Annex Label")
    b.loop("line", "annex.title_lines", "{{ line }}", "Annex Title")
    b.para("{{ annex.note }}", "Annex Note")
    # 25,0 cm: the landscape text width is 29,7 - 3,0 - 1,5 = 25,2 cm.
    widths = (1.2, 3.8, 1.3, 1.3, 1.5, 1.6, 1.4, 2.1, 1.8, 1.3, 4.1, 2.3, 1.3)
    heads = [
        ["STT", "Họ và tên", "Năm sinh", "", "Dân tộc", "Tôn giáo", "Trình độ", "", "",
         "Đảng viên", "Chức vụ, nơi công tác", "Thành phần", "Ghi chú"],
        ["", "", "Nam", "Nữ", "", "", "Phổ thông", "Chuyên môn", "Lý luận chính trị", "", "",
         "", ""],
    ]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5),
              (0, 6, 0, 8), (0, 9, 1, 9), (0, 10, 1, 10), (0, 11, 1, 11), (0, 12, 1, 12)]
    b.grid_table(
        heads,
        widths,
        "row in committee.rows",
        ["{{ row.number }}", "{{ row.name }}", "{{ row.born_male }}", "{{ row.born_female }}",
         "{{ row.ethnicity }}", "{{ row.religion }}", "{{ row.general_education }}",
         "{{ row.professional }}", "{{ row.political }}", "{{ row.party }}", "{{ row.position }}",
         "{{ row.category }}", "{{ row.status }}"],
        small=True,
        merges=merges,
        centred=(0, 2, 3, 4, 5, 6, 9, 12),
    )
    return b


BUILDERS = {
    "01-bao-cao-chinh-tri.docx": political_report,
    "02-bao-cao-kiem-diem.docx": review_report,
    "03-chuong-trinh-hanh-dong.docx": action_programme,
    "04-du-thao-nghi-quyet.docx": resolution,
    "05-de-an-nhan-su.docx": personnel_scheme,
}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    default = Path(__file__).resolve().parents[1] / "templates"
    parser.add_argument("--out", type=Path, default=default)
    args = parser.parse_args(argv)
    for name, build in BUILDERS.items():
        build().save(args.out / name)


if __name__ == "__main__":
    main()

