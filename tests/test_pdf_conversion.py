"""Real .docx -> PDF conversions through LibreOffice: text, fonts, failures, atomic writes."""

from __future__ import annotations

import os
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt

from congress_docs.errors import ConversionError
from congress_docs.pdf import PdfConverter, convert_to_pdf, find_soffice, find_uno_python
from congress_docs.pdf.fonts import VIETNAMESE_LETTERS, times_substitute

HEADER_LINES = (
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM",
    "XÃ BẢN HON",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
)
TITLE_LINES = (
    "KẾ HOẠCH",
    "Tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã Bản Hon, nhiệm kỳ 2024 - 2029",
)


def require_tools(*tools: str) -> None:
    """Skip without LibreOffice or poppler locally; in CI their absence is a failure."""
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if find_soffice() is None:
        missing.append("LibreOffice")
    if not missing:
        return
    if os.environ.get("CI"):
        pytest.fail(f"required in CI but not installed: {', '.join(missing)}")
    pytest.skip(f"not installed: {', '.join(missing)}")


def letter_chunks() -> list[str]:
    """All Vietnamese letters in short words, so line wrapping cannot split one."""
    return [VIETNAMESE_LETTERS[i : i + 10] for i in range(0, len(VIETNAMESE_LETTERS), 10)]


def make_docx(path: Path, body_paragraphs: int = 30) -> Path:
    """Write a small Vietnamese plan in Times New Roman, two pages or so."""
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)
    for line in (*HEADER_LINES, *TITLE_LINES):
        doc.add_paragraph(line).runs[0].bold = True
    doc.add_paragraph(" ".join(letter_chunks()))
    for n in range(body_paragraphs):
        doc.add_paragraph(f"{n + 1}. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã chuẩn bị.")
    doc.save(str(path))
    return path


def pdf_text(pdf: Path) -> str:
    """Text of a PDF as pdftotext gives it, NFC and with whitespace collapsed."""
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFC", out.decode("utf-8")).split())


def pdf_fonts(pdf: Path) -> list[tuple[str, str]]:
    """(font name, embedded yes/no) for every font pdffonts lists."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, check=True).stdout
    rows = out.decode("utf-8").splitlines()[2:]
    # Columns: name type encoding emb sub uni object ID; the type may hold a space ("Type 1C").
    return [(row.split()[0], row.split()[-5]) for row in rows if row.strip()]


@pytest.fixture(scope="module")
def converter() -> Iterator[PdfConverter]:
    require_tools("pdftotext", "pdffonts")
    with PdfConverter(timeout=60) as started:
        yield started


@pytest.fixture(scope="module")
def converted(converter: PdfConverter, tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = make_docx(tmp_path_factory.mktemp("one") / "ke-hoach-dai-hoi.docx")
    [result] = converter.convert([source])
    assert result.error is None
    assert result.pdf == source.with_suffix(".pdf")
    return source.with_suffix(".pdf")


def test_warm_mode_is_used_when_a_python_with_uno_exists(converter: PdfConverter) -> None:
    if os.environ.get("CI"):
        assert converter.mode == "warm", "CI must install python3-uno"
    assert converter.mode == ("warm" if find_uno_python(converter.soffice) else "cold")


def test_pdf_text_shows_header_lines_and_title(converted: Path) -> None:
    text = pdf_text(converted)
    for line in (*HEADER_LINES, *TITLE_LINES):
        assert line in text


def test_pdf_text_keeps_every_vietnamese_letter(converted: Path) -> None:
    text = pdf_text(converted)
    missing = [chunk for chunk in letter_chunks() if chunk not in text]
    assert missing == []


def test_pdf_embeds_every_font_including_the_times_stand_in(converted: Path) -> None:
    fonts = pdf_fonts(converted)
    assert fonts
    assert [name for name, embedded in fonts if embedded != "yes"] == []
    stand_in = times_substitute()
    if stand_in is not None:
        base_names = [name.split("+")[-1] for name, _embedded in fonts]
        assert any(name.startswith(stand_in.family.replace(" ", "")) for name in base_names)


def test_batch_keeps_order_and_records_each_failure(
    converter: PdfConverter, tmp_path: Path
) -> None:
    good = make_docx(tmp_path / "tot.docx", body_paragraphs=2)
    corrupt = tmp_path / "hong.docx"
    corrupt.write_bytes(b"PK\x03\x04 not really a zip archive" * 50)
    missing = tmp_path / "khong-co.docx"
    also_good = make_docx(tmp_path / "tot-nua.docx", body_paragraphs=2)

    results = converter.convert([good, corrupt, missing, also_good])

    assert [r.source for r in results] == [good, corrupt, missing, also_good]
    assert [r.ok for r in results] == [True, False, False, True]
    assert all(r.error for r in results[1:3])
    assert not corrupt.with_suffix(".pdf").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == [
        "tot-nua.pdf",
        "tot.pdf",
    ]
    assert [p.name for p in tmp_path.iterdir() if p.is_dir()] == []  # no staging folder left


def test_existing_pdf_is_replaced_whole(converter: PdfConverter, tmp_path: Path) -> None:
    source = make_docx(tmp_path / "thay-the.docx", body_paragraphs=2)
    source.with_suffix(".pdf").write_bytes(b"old content")
    [result] = converter.convert([source])
    assert result.ok
    assert source.with_suffix(".pdf").read_bytes().startswith(b"%PDF-")


def test_cold_mode_gives_the_same_text(tmp_path: Path) -> None:
    require_tools("pdftotext")
    source = make_docx(tmp_path / "mot-tien-trinh.docx", body_paragraphs=2)
    with PdfConverter(mode="cold", timeout=120) as cold:
        assert cold.mode == "cold"
        [result] = cold.convert([source])
    assert result.ok, result.error
    text = pdf_text(source.with_suffix(".pdf"))
    assert all(line in text for line in (*HEADER_LINES, *TITLE_LINES))


def test_two_workers_each_run_their_own_libreoffice(tmp_path: Path) -> None:
    require_tools()
    sources = [make_docx(tmp_path / f"van-ban-{n}.docx", body_paragraphs=2) for n in range(4)]
    with PdfConverter(workers=2, timeout=60) as pair:
        if pair.mode == "warm":
            assert len(set(pair.office_pids)) == 2
        results = pair.convert(sources)
    assert [r.error for r in results] == [None] * 4
    assert all(s.with_suffix(".pdf").is_file() for s in sources)


def test_convert_to_pdf_starts_and_stops_a_converter(tmp_path: Path) -> None:
    require_tools()
    source = make_docx(tmp_path / "tien-loi.docx", body_paragraphs=2)
    [result] = convert_to_pdf([source], timeout=60)
    assert result.ok and result.pdf is not None and result.pdf.is_file()
    assert result.seconds > 0


def test_missing_libreoffice_is_a_conversion_error_saying_how_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("congress_docs.pdf.converter.find_soffice", lambda: None)
    with pytest.raises(ConversionError, match="apt-get install libreoffice-writer-nogui"):
        PdfConverter()
