"""The document builder: a new Word document with the house styles, paragraphs and docxtpl tags."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.text.paragraph import Paragraph

from .measures import MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, PAGE_H_MM, PAGE_W_MM
from .ooxml import border, drop_extras, page_field
from .styles import setup_styles


class Builder:
    """Appends template paragraphs and tables to a new document with the house styles."""

    def __init__(self, title: str) -> None:
        self.doc = Document()
        setup_styles(self.doc)
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
        # A landscape page keeps each margin on the same edge of the sheet (NĐ 30 I.3 turned):
        # the binding edge, left on a portrait page, is its top.
        top, bottom, left, right = (
            (MARGIN_LEFT, MARGIN_RIGHT, MARGIN_BOTTOM, MARGIN_TOP)
            if landscape
            else (MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT)
        )
        sec.top_margin, sec.bottom_margin = Mm(top), Mm(bottom)  # type: ignore[attr-defined]
        sec.left_margin, sec.right_margin = Mm(left), Mm(right)  # type: ignore[attr-defined]
        sec.header_distance = Mm(10)  # type: ignore[attr-defined]
        sec.footer_distance = Mm(10)  # type: ignore[attr-defined]
        sec.different_first_page_header_footer = True  # type: ignore[attr-defined]
        header = sec.header  # type: ignore[attr-defined]
        header.is_linked_to_previous = False
        paragraph = header.paragraphs[0]
        paragraph.style = self.doc.styles["Header"]
        if not paragraph.runs and len(paragraph._p) <= 1:
            page_field(paragraph)
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
        border(paragraph._p.get_or_add_pPr(), "bottom")

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
        drop_extras(self.doc)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.doc.save(str(path))
