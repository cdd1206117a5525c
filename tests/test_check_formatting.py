"""The checker resolves formatting as Word does: run, styles, table style, document defaults."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from congress_docs.checker.docx_model import RunFormat
from congress_docs.checker.docx_reader import read_document
from congress_docs.errors import DocumentReadError


def _only_format(path: Path, text: str) -> RunFormat:
    model = read_document(path)
    paragraph = next(p for p in model.paragraphs if p.text == text)
    formats = paragraph.formats()
    assert len(formats) == 1
    return formats[0]


def test_a_face_named_times_new_roman_bold_is_times_new_roman_in_bold(tmp_path: Path) -> None:
    doc = docx.Document()
    run = doc.add_paragraph().add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    run.font.name = "Times New Roman Bold"
    doc.save(str(tmp_path / "f.docx"))

    fmt = _only_format(tmp_path / "f.docx", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")

    assert (fmt.font, fmt.bold, fmt.italic) == ("Times New Roman", True, False)
    assert fmt.raw_font == "Times New Roman Bold"


def test_bold_can_come_from_the_strong_character_style(tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph().add_run("NGHỊ ĐỊNH").style = "Strong"
    plain = doc.add_paragraph().add_run("KẾ HOẠCH")
    plain.style = "Strong"
    plain.font.bold = False  # direct formatting wins over the character style
    doc.save(str(tmp_path / "s.docx"))

    assert _only_format(tmp_path / "s.docx", "NGHỊ ĐỊNH").bold is True
    assert _only_format(tmp_path / "s.docx", "KẾ HOẠCH").bold is False


def test_a_font_can_come_from_the_table_style(tmp_path: Path) -> None:
    doc = docx.Document()
    style = doc.styles.add_style("Bảng đầu trang", WD_STYLE_TYPE.TABLE)
    style.font.name = "Arial"
    table = doc.add_table(rows=1, cols=1)
    table.style = style
    table.rows[0].cells[0].paragraphs[0].add_run("ỦY BAN MTTQ VIỆT NAM")
    doc.add_paragraph("Ngoài bảng")
    doc.save(str(tmp_path / "t.docx"))

    assert _only_format(tmp_path / "t.docx", "ỦY BAN MTTQ VIỆT NAM").font == "Arial"
    assert _only_format(tmp_path / "t.docx", "Ngoài bảng").font != "Arial"


def test_the_paragraph_style_beats_the_table_style(tmp_path: Path) -> None:
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    style = doc.styles.add_style("Bảng", WD_STYLE_TYPE.TABLE)
    style.font.name = "Arial"
    table = doc.add_table(rows=1, cols=1)
    table.style = style
    table.rows[0].cells[0].paragraphs[0].add_run("BAN THƯỜNG TRỰC")
    doc.save(str(tmp_path / "p.docx"))

    assert _only_format(tmp_path / "p.docx", "BAN THƯỜNG TRỰC").font == "Times New Roman"


def test_size_is_inherited_through_the_paragraph_style_chain(tmp_path: Path) -> None:
    doc = docx.Document()
    doc.styles["Normal"].font.size = Pt(14)
    child = doc.styles.add_style("Nội dung", WD_STYLE_TYPE.PARAGRAPH)
    child.base_style = doc.styles["Normal"]
    grandchild = doc.styles.add_style("Nội dung nghiêng", WD_STYLE_TYPE.PARAGRAPH)
    grandchild.base_style = child
    grandchild.font.italic = True
    doc.add_paragraph("Căn cứ Luật", style=grandchild)
    doc.save(str(tmp_path / "c.docx"))

    fmt = _only_format(tmp_path / "c.docx", "Căn cứ Luật")

    assert (fmt.size, fmt.italic) == (14.0, True)


def test_document_defaults_apply_when_nothing_else_says(tmp_path: Path) -> None:
    doc = docx.Document()
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    size = rpr.find(qn("w:sz"))
    size.set(qn("w:val"), "26")
    doc.add_paragraph("Nội dung")
    doc.save(str(tmp_path / "d.docx"))

    assert _only_format(tmp_path / "d.docx", "Nội dung").size == 13.0


def test_decomposed_unicode_text_is_read_composed(tmp_path: Path) -> None:
    text = "Số: 05/KH-MTTQ-BTT"
    doc = docx.Document()
    doc.add_paragraph(unicodedata.normalize("NFD", text))
    doc.save(str(tmp_path / "n.docx"))

    model = read_document(tmp_path / "n.docx")

    assert model.paragraphs[0].text == text


def test_manual_line_breaks_split_a_paragraph_into_lines(tmp_path: Path) -> None:
    doc = docx.Document()
    run = doc.add_paragraph().add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    run.add_break()
    doc.paragraphs[0].add_run("Độc lập - Tự do - Hạnh phúc")
    doc.save(str(tmp_path / "b.docx"))

    lines = read_document(tmp_path / "b.docx").paragraphs[0].lines()

    assert [line.text for line in lines] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]


def test_a_page_field_in_a_footer_is_found(tmp_path: Path) -> None:
    doc = docx.Document()
    run = doc.sections[0].footer.paragraphs[0].add_run()
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), " PAGE ")
    run._r.addnext(field)
    doc.save(str(tmp_path / "pf.docx"))

    section = read_document(tmp_path / "pf.docx").sections[0]

    assert [(f.part, f.kind) for f in section.page_numbers] == [("footer", "default")]
    assert section.title_page is False


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x03\x04broken"])
def test_a_file_that_is_not_a_docx_raises_a_read_error_naming_it(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "gia-mao.docx"
    path.write_bytes(content)

    with pytest.raises(DocumentReadError, match="gia-mao.docx"):
        read_document(path)


def test_a_missing_file_raises_a_read_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(DocumentReadError, match="khong-co.docx"):
        read_document(tmp_path / "khong-co.docx")
