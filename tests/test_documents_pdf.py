"""Every generated sample document converts with LibreOffice, and its PDF shows header and title."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from sample_documents import built_samples

from congress_docs.kinds import TEMPLATE_FILES, document_kind
from congress_docs.pdf.converter import PdfConverter, PdfResult

CONGRESS_ISSUED = {"resolution", "agenda", "rules_of_procedure", "credentials_report"}
KIND_OF_FILE = {name: kind for kind, name in TEMPLATE_FILES.items()}

# In CI a missing poppler is a failure, not a skip.
pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None and not os.environ.get("CI"), reason="needs pdftotext"
)


@pytest.fixture(scope="session")
def converted(tmp_path_factory: pytest.TempPathFactory) -> list[PdfResult]:
    documents = built_samples(tmp_path_factory.getbasetemp() / "sample-build")
    with PdfConverter(workers=2, timeout=120) as converter:
        return converter.convert(list(documents))


def pdf_text(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          check=True)
    return " ".join(done.stdout.decode("utf-8").split())


def test_every_document_converts_without_error(converted: list[PdfResult]) -> None:
    assert converted
    failed = {str(result.source): result.error for result in converted if not result.ok}
    assert failed == {}


def test_pdf_shows_the_header_and_the_title(converted: list[PdfResult]) -> None:
    for result in converted:
        assert result.pdf is not None
        text = pdf_text(result.pdf)
        kind = KIND_OF_FILE[result.source.name]
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text, result.source
        assert "Độc lập - Tự do - Hạnh phúc" in text, result.source
        assert "Số:" in text and ", ngày" in text, result.source
        assert document_kind(kind).type_title in text, result.source
        if kind in CONGRESS_ISSUED:
            assert "ĐẠI HỘI ĐẠI BIỂU" in text and "MẶT TRẬN TỔ QUỐC VIỆT NAM" in text
        else:
            assert "ỦY BAN MTTQ VIỆT NAM" in text, result.source


def test_last_page_is_not_blank(converted: list[PdfResult]) -> None:
    for result in converted:
        assert result.pdf is not None
        info = subprocess.run(["pdfinfo", str(result.pdf)], capture_output=True, check=True)
        pages = int(next(line.split()[-1] for line in info.stdout.decode().splitlines()
                         if line.startswith("Pages:")))
        last = subprocess.run(["pdftotext", "-f", str(pages), "-l", str(pages), str(result.pdf),
                               "-"], capture_output=True, check=True)
        assert last.stdout.decode("utf-8").strip(), f"{result.source}: blank last page"


def test_fonts_are_embedded(converted: list[PdfResult]) -> None:
    pdf = next(result.pdf for result in converted if result.pdf is not None)
    done = subprocess.run(["pdffonts", str(pdf)], capture_output=True, check=True, text=True)
    rows = [line.split() for line in done.stdout.splitlines()[2:] if line.strip()]
    assert rows, done.stdout
    # Columns from the right: object id, generation, uni, sub, emb.
    assert all(row[-5] == "yes" for row in rows), done.stdout
    assert any("Serif" in row[0] or "Times" in row[0] for row in rows), done.stdout
