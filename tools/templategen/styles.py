"""Paragraph styles of the templates: Times New Roman everywhere, the MTTQ sizes and spacing."""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .measures import AFTER_PT, BODY_PT, FONT, INDENT_CM, LINE_SPACING


def set_fonts(rpr: OxmlElement) -> None:
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
            set_fonts(rpr)
        for color in rpr.findall(qn("w:color")):
            rpr.remove(color)
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_fonts(rpr)
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
    set_fonts(style.element.get_or_add_rPr())  # type: ignore[attr-defined]
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


def setup_styles(document: DocumentObject) -> None:
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
