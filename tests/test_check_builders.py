"""Builders of small .docx files for the checker tests; compliant builds must have no finding."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from shared_files import SEED, require

from congress_docs.checker import check_document

ALIGN = {
    "both": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}
BODY_TEXT = (
    "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã ban hành kế hoạch tổ chức Đại hội "
    "đại biểu Mặt trận Tổ quốc Việt Nam xã lần thứ XV, nhiệm kỳ 2024 - 2029 như sau."
)


@dataclass(frozen=True)
class Style:
    """Size and style of one element."""

    size: float
    bold: bool = False
    italic: bool = False
    underline: bool = False
    font: str | None = None


@dataclass(frozen=True)
class DocSpec:
    """Every knob of a built document; the defaults give a compliant MTTQ document."""

    paper_mm: tuple[float, float] = (210, 297)
    margins_mm: tuple[float, float, float, float] = (20, 20, 30, 15)  # top, bottom, left, right
    font: str = "Times New Roman"
    body: Style = Style(14)
    body_align: str = "both"
    indent_mm: float = 10
    before_pt: float = 6
    after_pt: float = 0
    line: float = 1.0
    header: str = "national"  # "national", "party" or "none"
    quoc_hieu_text: str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    tieu_ngu_text: str = "Độc lập - Tự do - Hạnh phúc"
    quoc_hieu: Style = Style(13, bold=True)
    tieu_ngu: Style = Style(14, bold=True)
    party_title: Style = Style(15, bold=True)
    issuer_lines: tuple[str, ...] = ("ỦY BAN MTTQ VIỆT NAM", "XÃ BẢN HON", "BAN THƯỜNG TRỰC")
    issuer: Style = Style(13, bold=True)
    issuer_parent: Style = Style(13)
    star: bool = False
    number_text: str = "Số: 05/KH-MTTQ-BTT"
    number: Style = Style(13)
    date_text: str = "Bản Hon, ngày 05 tháng 01 năm 2025"
    date: Style = Style(14, italic=True)
    title_text: str = "KẾ HOẠCH"
    title: Style = Style(14, bold=True)
    summary_lines: tuple[str, ...] = ("Tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã",)
    summary: Style = Style(14, bold=True)
    separator: str = "drawn"  # "drawn" (paragraph border), "typed" (underscores) or "hyphens"
    body_texts: tuple[str, ...] = (BODY_TEXT,) * 24
    recipients_label: Style = Style(12, bold=True, italic=True)
    recipients: tuple[str, ...] = (
        "- Ban Thường trực Ủy ban MTTQ Việt Nam huyện;",
        "- Đảng ủy xã;",
        "- Lưu: VT, MTTQ.",
    )
    recipient: Style = Style(11)
    authority_text: str = "TM. BAN THƯỜNG TRỰC"
    authority: Style = Style(14, bold=True)
    position_text: str = "CHỦ TỊCH"
    position: Style = Style(14, bold=True)
    name_text: str = "Nguyễn Văn An"
    name: Style = Style(14, bold=True)
    after_name: tuple[str, ...] = ()
    page_numbers: str | None = "header"
    page_align: str = "center"
    title_page: bool = True
    split_header: bool = False  # number and date in a second row of the header table
    header_widths_mm: tuple[float, float] = (62, 103)
    extra_paragraphs: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    # (text, style, alignment) paragraphs between the title block and the body (Kính gửi, Căn cứ)
    before_body: tuple[tuple[str, Style, str], ...] = ()
    # (text, style) lines under the number in the header's left cell (V/v, KHẨN)
    under_number: tuple[tuple[str, Style], ...] = ()
    # (text, style, alignment) paragraphs after the signature (appendix headings)
    after_signature: tuple[tuple[str, Style, str], ...] = ()
    # margins (top, bottom, left, right) of a landscape section added at the end; None: none
    landscape_margins_mm: tuple[float, float, float, float] | None = None


PARTY = DocSpec(
    body=Style(14),
    header="party",
    issuer_lines=("ĐẢNG BỘ TỈNH LAI CHÂU", "HUYỆN ỦY TAM ĐƯỜNG"),
    issuer=Style(14, bold=True),
    issuer_parent=Style(14),
    star=True,
    number_text="Số 211-KH/HU",
    number=Style(14),
    date_text="Tam Đường, ngày 29 tháng 8 năm 2023",
    date=Style(14, italic=True),
    title=Style(15, bold=True),
    summary=Style(14, bold=True),
    separator="hyphens",
    recipients_label=Style(14, underline=True),
    recipient=Style(12),
    recipients=("- Thường trực Tỉnh ủy,", "- Các chi, đảng bộ trực thuộc,", "- Lưu."),
    authority_text="T/M BAN THƯỜNG VỤ",
    authority=Style(14, bold=True),
    position_text="PHÓ BÍ THƯ",
    position=Style(14),
    name_text="Cao Trang Trọng",
    name=Style(14, bold=True),
)
ND30 = replace(
    DocSpec(),
    issuer_lines=("UBND HUYỆN TAM ĐƯỜNG", "PHÒNG NỘI VỤ"),
    number_text="Số: 05/KH-PNV",
    date_text="Tam Đường, ngày 05 tháng 01 năm 2025",
    authority_text="KT. TRƯỞNG PHÒNG",
    position_text="PHÓ TRƯỞNG PHÒNG",
    recipients=("- UBND huyện;", "- Lưu: VT, PNV."),
)


def styled(paragraph: object, text: str, style: Style, font: str) -> None:
    """Add runs with explicit size, font and style (newlines become manual line breaks)."""
    parts = text.split("\n")
    for position, part in enumerate(parts):
        run = paragraph.add_run(part)  # type: ignore[attr-defined]
        run.font.name = style.font or font
        run.font.size = Pt(style.size)
        run.font.bold = style.bold
        run.font.italic = style.italic
        run.font.underline = style.underline
        if position < len(parts) - 1:
            run.add_break()


def bottom_border(paragraph: object) -> None:
    """Draw a rule under a paragraph (a paragraph border, as a drawn separator)."""
    ppr = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "auto")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)


def _para(
    container: object, text: str, style: Style, spec: DocSpec, align: str = "center"
) -> object:
    paragraph = container.add_paragraph()  # type: ignore[attr-defined]
    paragraph.alignment = ALIGN[align]
    fmt = paragraph.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing = 1.0
    if text:
        styled(paragraph, text, style, spec.font)
    return paragraph


def _separator(container: object, spec: DocSpec, under: object) -> None:
    if spec.separator == "drawn":
        bottom_border(under)
    else:
        text = "-----" if spec.separator == "hyphens" else "__________"
        _para(container, text, Style(14), spec)


def _header(doc: object, spec: DocSpec) -> None:
    table = doc.add_table(rows=2 if spec.split_header else 1, cols=2)  # type: ignore[attr-defined]
    # as real headers do: a narrow issuer column, a national column wide enough for the Quốc hiệu
    table.autofit = False
    for index, width in enumerate(spec.header_widths_mm):
        table.columns[index].width = Mm(width)
        for cell in table.columns[index].cells:
            cell.width = Mm(width)
    left, right = table.rows[0].cells
    low_left, low_right = table.rows[-1].cells
    for row in table.rows:
        for cell in row.cells:
            cell._tc.remove(cell.paragraphs[0]._p)
    for index, line in enumerate(spec.issuer_lines):
        last = index == len(spec.issuer_lines) - 1
        paragraph = _para(left, line, spec.issuer if last else spec.issuer_parent, spec)
    if spec.star:
        _para(left, "*", Style(14), spec)
    elif spec.issuer_lines:
        _separator(left, spec, paragraph)
    _para(low_left, spec.number_text, spec.number, spec)
    for text, style in spec.under_number:
        _para(low_left, text, style, spec)
    if spec.header == "national":
        _para(right, spec.quoc_hieu_text, spec.quoc_hieu, spec)
        tieu_ngu = _para(right, spec.tieu_ngu_text, spec.tieu_ngu, spec)
        _separator(right, spec, tieu_ngu)
    elif spec.header == "party":
        title = _para(right, "ĐẢNG CỘNG SẢN VIỆT NAM", spec.party_title, spec)
        bottom_border(title)
    _para(low_right, spec.date_text, spec.date, spec)


def _title(doc: object, spec: DocSpec) -> None:
    _para(doc, "", spec.body, spec)
    paragraph = _para(doc, spec.title_text, spec.title, spec)
    for line in spec.summary_lines:
        paragraph = _para(doc, line, spec.summary, spec)
    _separator(doc, spec, paragraph)


def _body(doc: object, spec: DocSpec) -> None:
    for text in spec.body_texts:
        paragraph = _para(doc, text, spec.body, spec, spec.body_align)
        fmt = paragraph.paragraph_format  # type: ignore[attr-defined]
        fmt.first_line_indent = Mm(spec.indent_mm)
        fmt.space_before = Pt(spec.before_pt)
        fmt.space_after = Pt(spec.after_pt)
        fmt.line_spacing = spec.line


def _signature(doc: object, spec: DocSpec) -> None:
    table = doc.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
    left, right = table.rows[0].cells
    left._tc.remove(left.paragraphs[0]._p)
    right._tc.remove(right.paragraphs[0]._p)
    _para(left, "Nơi nhận:", spec.recipients_label, spec, "left")
    for entry in spec.recipients:
        _para(left, entry, spec.recipient, spec, "left")
    _para(right, spec.authority_text, spec.authority, spec)
    _para(right, spec.position_text, spec.position, spec)
    for _blank in range(3):
        _para(right, "", spec.name, spec)
    _para(right, spec.name_text, spec.name, spec)
    for line in spec.after_name:
        _para(right, line, spec.position, spec)


def _page_setup(doc: object, spec: DocSpec) -> None:
    section = doc.sections[0]  # type: ignore[attr-defined]
    section.page_width, section.page_height = Mm(spec.paper_mm[0]), Mm(spec.paper_mm[1])
    top, bottom, left, right = spec.margins_mm
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    section.different_first_page_header_footer = spec.title_page
    if spec.page_numbers is None:
        return
    part = section.header if spec.page_numbers == "header" else section.footer
    paragraph = part.paragraphs[0]
    paragraph.alignment = ALIGN[spec.page_align]
    run = paragraph.add_run()
    for tag, text in (
        ("begin", None),
        (None, "PAGE"),
        ("separate", None),
        (None, "2"),
        ("end", None),
    ):
        if tag:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), tag)
        elif text == "PAGE":
            element = OxmlElement("w:instrText")
            element.text = " PAGE "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


def build(path: Path, spec: DocSpec = DocSpec()) -> Path:
    """Write a .docx laid out as `spec` says and return its path."""
    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = spec.font
    normal.font.size = Pt(spec.body.size)
    _page_setup(doc, spec)
    if spec.header != "none":
        _header(doc, spec)
    _title(doc, spec)
    for text, style, align in spec.before_body:
        _para(doc, text, style, spec, align)
    _body(doc, spec)
    for text, kind in spec.extra_paragraphs:
        _para(doc, text, spec.body, spec, kind)
    _signature(doc, spec)
    if spec.landscape_margins_mm is not None:
        _landscape(doc, spec.landscape_margins_mm)
    for text, style, align in spec.after_signature:
        _para(doc, text, style, spec, align)
    doc.save(str(path))
    return path


def _landscape(doc: object, margins: tuple[float, float, float, float]) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)  # type: ignore[attr-defined]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    top, bottom, left, right = margins
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)


def seed_spec() -> DocSpec:
    """The seed plan 211-KH/HU as a Party document with correct Party layout."""
    lines = [line.strip() for line in require(SEED).read_text(encoding="utf-8").splitlines()]
    start = lines.index("KẾ HOẠCH")
    text = "\n".join(lines[start + 1 :])
    summary, rest = re.match(r"\s*\*\*(.*?)\*\*(.*)", text, re.S).groups()  # type: ignore[union-attr]
    body, tail = rest.split("Nơi nhận:", 1)
    recipients = tuple(line for line in tail.splitlines() if line.startswith("-"))
    name = [line for line in tail.splitlines() if line.strip()][-1]
    return replace(
        PARTY,
        summary_lines=tuple(line.strip() for line in summary.splitlines()),
        body_texts=tuple(p.strip() for p in body.split("\n\n") if p.strip()),
        recipients=recipients,
        name_text=name.strip(),
    )


@pytest.mark.parametrize(
    ("regime", "spec"),
    [("mttq", DocSpec()), ("nd30", ND30), ("party", PARTY)],
    ids=["mttq", "nd30", "party"],
)
def test_a_compliant_document_has_no_finding(tmp_path: Path, regime: str, spec: DocSpec) -> None:
    report = check_document(build(tmp_path / "ok.docx", spec), regime=regime)

    assert report.findings == []
    assert not report.has_errors


def assert_fires_only_on_bad(
    tmp_path: Path, rule_id: str, regime: str, good: DocSpec, bad: DocSpec
) -> None:
    """Assert `rule_id` is silent on the good document and reports the bad one in full."""
    kept = check_document(build(tmp_path / "good.docx", good), regime=regime)
    broken = check_document(build(tmp_path / "bad.docx", bad), regime=regime)
    assert rule_id not in kept.rule_ids()
    assert rule_id in broken.rule_ids()
    finding = next(f for f in broken.findings if f.rule_id == rule_id)
    assert finding.source and finding.expected and finding.found
