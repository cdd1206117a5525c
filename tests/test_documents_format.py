"""Layout of the generated documents, read back: page, fonts, header, signature, page numbers."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Length
from docx.table import Table
from docx.text.paragraph import Paragraph

from congress_docs.context import build_context
from congress_docs.kinds import document_kind
from congress_docs.loading import load_congress
from congress_docs.paths import sample_district_dir
from congress_docs.rendering import render_docx
from congress_docs.template_inspect import KINDS, template_files

FONT = "Times New Roman"
MM = 36000  # EMU per millimetre
# The agenda is two tables under two headings: little running text of its own.
FEW_PARAGRAPHS = {"agenda": 2}
# The minutes are signed by the secretary and the chair side by side, with no Nơi nhận.
TWO_SIGNERS = "first_meeting_minutes"
CONGRESS_ISSUED = {"resolution", "agenda", "rules_of_procedure", "credentials_report"}


@pytest.fixture(scope="module")
def signers() -> dict[str, str]:
    loaded = load_congress(sample_district_dir() / "ban-hon.yaml")
    return {kind: build_context(loaded, kind)["signature"]["name"] for kind in KINDS}


@pytest.fixture(scope="module")
def documents() -> dict[str, Any]:
    loaded = load_congress(sample_district_dir() / "ban-hon.yaml")
    templates = template_files()
    return {
        kind: Document(io.BytesIO(render_docx(templates[kind], build_context(loaded, kind),
                                              label=kind)))
        for kind in KINDS
    }


def _style_chain(paragraph: Paragraph) -> Iterator[Any]:
    style = paragraph.style
    while style is not None:
        yield style
        style = style.base_style


def font_size(paragraph: Paragraph) -> float:
    """Effective size in points of the paragraph's text (runs, then the style chain)."""
    for run in paragraph.runs:
        if run.text.strip() and run.font.size is not None:
            return run.font.size.pt
    for style in _style_chain(paragraph):
        if style.font.size is not None:
            return float(style.font.size.pt)
    raise AssertionError("no size anywhere")


def _flag(paragraph: Paragraph, name: str) -> bool:
    runs = [run for run in paragraph.runs if run.text.strip()]
    values = {getattr(run.font, name) for run in runs}
    if values and None not in values:
        return all(values)
    for style in _style_chain(paragraph):
        value = getattr(style.font, name)
        if value is not None:
            return bool(value)
    return False


def bold(paragraph: Paragraph) -> bool:
    return _flag(paragraph, "bold")


def italic(paragraph: Paragraph) -> bool:
    return _flag(paragraph, "italic")


def alignment(paragraph: Paragraph) -> Any:
    if paragraph.paragraph_format.alignment is not None:
        return paragraph.paragraph_format.alignment
    for style in _style_chain(paragraph):
        if style.paragraph_format.alignment is not None:
            return style.paragraph_format.alignment
    return None


def style_format(paragraph: Paragraph, name: str) -> Any:
    value = getattr(paragraph.paragraph_format, name)
    if value is not None:
        return value
    for style in _style_chain(paragraph):
        value = getattr(style.paragraph_format, name)
        if value is not None:
            return value
    return None


def find(document: Any, text: str) -> Paragraph:
    """The first paragraph, in the body or any table, whose text starts with `text`."""
    for paragraph in _all_paragraphs(document):
        if paragraph.text.startswith(text):
            return paragraph
    raise AssertionError(f"no paragraph starts with {text!r}")


def _all_paragraphs(document: Any) -> Iterator[Paragraph]:
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def has_bottom_border(paragraph: Paragraph) -> bool:
    ppr = paragraph._p.pPr
    borders = ppr.find(qn("w:pBdr")) if ppr is not None else None
    return borders is not None and borders.find(qn("w:bottom")) is not None


@pytest.mark.parametrize("kind", KINDS)
def test_page_is_a4_with_mttq_margins(kind: str, documents: dict[str, Any]) -> None:
    section = documents[kind].sections[0]
    assert abs(section.page_width - 210 * MM) < MM / 2
    assert abs(section.page_height - 297 * MM) < MM / 2
    margins = (section.top_margin, section.bottom_margin, section.left_margin,
               section.right_margin)
    for value, expected in zip(margins, (20, 20, 30, 15), strict=True):
        assert abs(value - expected * MM) < MM / 2


@pytest.mark.parametrize("kind", KINDS)
def test_times_new_roman_everywhere(kind: str, documents: dict[str, Any]) -> None:
    styles = documents[kind].styles.element
    defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = defaults.find(qn("w:rFonts"))
    for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
        assert fonts.get(qn(f"w:{attr}")) == FONT
    for element in styles.iter(qn("w:rFonts")):
        assert element.get(qn("w:asciiTheme")) is None
        assert element.get(qn("w:ascii")) in (None, FONT)
    for name in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Heading 4"):
        style = documents[kind].styles[name]
        assert style.font.name == FONT
        assert style.font.color.rgb is None  # black, not the default blue


@pytest.mark.parametrize("kind", KINDS)
def test_body_is_14pt_justified_indented_spaced(kind: str, documents: dict[str, Any]) -> None:
    document = documents[kind]
    body = [p for p in document.paragraphs if p.style.name == "Normal" and p.text.strip()
            and not p.text.startswith("Kính gửi:")]
    assert len(body) >= FEW_PARAGRAPHS.get(kind, 5)
    for paragraph in body:
        assert font_size(paragraph) == 14
        assert alignment(paragraph) == WD_ALIGN_PARAGRAPH.JUSTIFY
        indent: Length = style_format(paragraph, "first_line_indent")
        assert abs(indent.cm - 1.27) < 0.01
        assert style_format(paragraph, "space_after").pt >= 6
        assert 1.0 <= style_format(paragraph, "line_spacing") <= 1.5


@pytest.mark.parametrize("kind", KINDS)
def test_no_empty_paragraph_is_used_as_spacing(kind: str, documents: dict[str, Any]) -> None:
    document = documents[kind]
    layout_cells = [cell.paragraphs for table in document.tables
                    if table.style is None or table.style.name != "Table Grid"
                    for row in table.rows for cell in row.cells]
    # Blank cells of data tables are data ("no religion"...), not spacing.
    paragraphs = list(document.paragraphs) + [p for cell in layout_cells for p in cell]
    for paragraph in paragraphs:
        if paragraph.text.strip():
            continue
        section_break = paragraph._p.pPr is not None and paragraph._p.pPr.sectPr is not None
        assert has_bottom_border(paragraph) or section_break, paragraph.style.name


@pytest.mark.parametrize("kind", KINDS)
def test_header_table_holds_issuer_and_national_motto(kind: str, documents: dict[str, Any]) -> None:
    header: Table = documents[kind].tables[0]
    assert len(header.columns) == 2
    borders = header._tbl.tblPr.find(qn("w:tblBorders"))
    assert all(side.get(qn("w:val")) == "nil" for side in borders)
    issuer, national = header.rows[0].cells
    quoc_hieu, motto = national.paragraphs[0], national.paragraphs[1]
    assert quoc_hieu.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert bold(quoc_hieu) and 12 <= font_size(quoc_hieu) <= 13
    assert motto.text == "Độc lập - Tự do - Hạnh phúc"
    assert bold(motto) and 13 <= font_size(motto) <= 14 and has_bottom_border(motto)
    lines = [p for p in issuer.paragraphs if p.text.strip()]
    # Unit names are joined by non-breaking spaces so they never split over two lines.
    texts = [" ".join(p.text.split()) for p in lines]
    assert "XÃ BẢN HON" in texts
    if kind in CONGRESS_ISSUED:  # issued by the congress itself (format-spec C.3)
        assert texts[:2] == ["ĐẠI HỘI ĐẠI BIỂU", "MẶT TRẬN TỔ QUỐC VIỆT NAM"]
    else:  # by the Ban Thường trực (its own line under the unit) or by the Ủy ban
        assert texts[:2] == ["ỦY BAN MTTQ VIỆT NAM", "XÃ BẢN HON"]
        assert texts[2:] in ([], ["BAN THƯỜNG TRỰC"])
    # The issuing body is the bold last line; the bodies above it are not bold (realdocs).
    expected = ([True] * len(lines) if kind in CONGRESS_ISSUED
                else [False] * (len(lines) - 1) + [True])
    assert [bold(p) for p in lines] == expected
    assert all(12 <= font_size(p) <= 13 for p in lines)
    assert any(has_bottom_border(p) for p in issuer.paragraphs)  # the short rule
    number, date = header.rows[1].cells
    assert number.paragraphs[0].text.startswith("Số:")
    assert font_size(number.paragraphs[0]) == 13
    assert date.paragraphs[0].text.startswith("Bản Hon, ngày")
    assert italic(date.paragraphs[0]) and 13 <= font_size(date.paragraphs[0]) <= 14


@pytest.mark.parametrize("kind", KINDS)
def test_title_is_bold_capitals_centred_with_rule(kind: str, documents: dict[str, Any]) -> None:
    document = documents[kind]
    paragraphs = document.paragraphs
    index = next(i for i, p in enumerate(paragraphs) if p.text == document_kind(kind).type_title)
    title = paragraphs[index]
    assert bold(title) and font_size(title) == 14
    assert alignment(title) == WD_ALIGN_PARAGRAPH.CENTER
    following = paragraphs[index + 1:]
    summary = following[0]
    assert bold(summary) and alignment(summary) == WD_ALIGN_PARAGRAPH.CENTER
    assert any(has_bottom_border(p) and not p.text for p in following[:4])


@pytest.mark.parametrize("kind", [kind for kind in KINDS if kind != TWO_SIGNERS])
def test_signature_and_recipients(kind: str, documents: dict[str, Any],
                                  signers: dict[str, str]) -> None:
    document = documents[kind]
    table = next(t for t in document.tables if t.rows[0].cells[0].text.startswith("Nơi nhận:"))
    left, right = table.rows[0].cells
    label = left.paragraphs[0]
    assert label.text == "Nơi nhận:" and bold(label) and italic(label)
    assert font_size(label) == 12
    entries = left.paragraphs[1:]
    assert entries and all(font_size(p) == 11 for p in entries)
    assert all(p.text.startswith("- ") for p in entries)
    assert all(p.text.endswith(";") for p in entries[:-1])
    assert entries[-1].text == "- Lưu: VT."
    lines = [p for p in right.paragraphs if p.text.strip()]
    assert lines[0].text.startswith("TM.")
    assert all(bold(p) and 13 <= font_size(p) <= 14 for p in lines)
    assert lines[-1].text == signers[kind]
    assert style_format(lines[-1], "space_before").pt >= 48  # room for signature and seal


def test_minutes_are_signed_by_the_secretary_and_the_chair(documents: dict[str, Any]) -> None:
    table = documents[TWO_SIGNERS].tables[-1]
    left, right = ([p.text for p in cell.paragraphs if p.text.strip()]
                   for cell in table.rows[0].cells)
    assert left == ["THƯ KÝ", "Nguyễn Thị Thu Hà"]
    assert right == ["CHỦ TRÌ HỘI NGHỊ", "Lò Văn Hặc"]
    for cell in table.rows[0].cells:
        name = [p for p in cell.paragraphs if p.text.strip()][-1]
        assert bold(name) and style_format(name, "space_before").pt >= 48


@pytest.mark.parametrize("kind", KINDS)
def test_headings_use_word_heading_styles(kind: str, documents: dict[str, Any]) -> None:
    headings = [p for p in documents[kind].paragraphs if p.style.name.startswith("Heading")]
    assert len(headings) >= min(3, FEW_PARAGRAPHS.get(kind, 3))
    for paragraph in headings:
        assert bold(paragraph) and font_size(paragraph) == 14


@pytest.mark.parametrize("kind", KINDS)
def test_page_number_in_header_hidden_on_first_page(kind: str, documents: dict[str, Any]) -> None:
    section = documents[kind].sections[0]
    assert section.different_first_page_header_footer
    header = section.header
    instructions = [el.text for el in header._element.iter(qn("w:instrText"))]
    assert any(text.strip() == "PAGE" for text in instructions)
    paragraph = header.paragraphs[0]
    assert alignment(paragraph) == WD_ALIGN_PARAGRAPH.CENTER
    assert 13 <= font_size(paragraph) <= 14
    first = section.first_page_header
    assert not list(first._element.iter(qn("w:instrText")))
    footers = [rel.target_part for rel in documents[kind].part.rels.values()
               if rel.reltype.endswith("/footer")]
    assert all(b" PAGE " not in part.blob for part in footers)


def test_data_tables_repeat_their_heading_rows(documents: dict[str, Any]) -> None:
    for kind in ("political_report", "action_programme", "personnel_scheme"):
        grids = [t for t in documents[kind].tables if t.style is not None
                 and t.style.name == "Table Grid"]
        assert grids, kind
        for table in grids:
            tr_pr = table.rows[0]._tr.trPr
            assert tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None


def test_members_list_is_a_landscape_annex(documents: dict[str, Any]) -> None:
    sections = documents["personnel_scheme"].sections
    assert len(sections) == 2
    annex = sections[1]
    assert annex.page_width > annex.page_height
    usable = annex.page_width - annex.left_margin - annex.right_margin
    members = documents["personnel_scheme"].tables[-1]
    grid = members._tbl.tblGrid.findall(qn("w:gridCol"))
    width_twips = sum(int(col.get(qn("w:w"))) for col in grid)
    assert width_twips * 635 <= usable  # 1 twip = 635 EMU
