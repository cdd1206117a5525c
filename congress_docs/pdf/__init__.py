"""PDF export of .docx through LibreOffice headless: warm UNO workers, or one soffice per file."""

from __future__ import annotations

from congress_docs.pdf.converter import PdfConverter, PdfResult, convert_to_pdf
from congress_docs.pdf.locate import find_soffice, find_uno_python, soffice_version

__all__ = [
    "PdfConverter",
    "PdfResult",
    "convert_to_pdf",
    "find_soffice",
    "find_uno_python",
    "soffice_version",
]
