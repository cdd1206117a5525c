"""The page's documents: build a commune, convert with one warm LibreOffice, text, zip."""

from __future__ import annotations

import io
import threading
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import docx

from congress_docs.build import build
from congress_docs.build_report import CommuneOutcome
from congress_docs.errors import CongressDocsError, ConversionError
from congress_docs.i18n import _
from congress_docs.manifest import Ownership, load_manifest, ownership, save_manifest
from congress_docs.models import Documents
from congress_docs.pdf import PdfConverter, find_soffice
from congress_docs.template_inspect import TEMPLATE_FILES

__all__ = ["BuiltDocument", "DocumentDesk", "document_text", "document_title", "zip_documents"]

MAX_TEXT_CHARS = 400_000


@dataclass(frozen=True)
class BuiltDocument:
    """One document of a commune after a build: its file, its PDF, and what happened."""

    kind: str
    docx: Path
    pdf: Path | None
    message: str


class DocumentDesk:
    """Builds documents and keeps one LibreOffice warm for the previews, started on first use."""

    def __init__(self, *, pdf: bool = True) -> None:
        self._want_pdf = pdf
        self._converter: PdfConverter | None = None
        self._pdf_problem: str | None = None
        self._lock = threading.Lock()

    def __enter__(self) -> DocumentDesk:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop the LibreOffice this desk started."""
        with self._lock:
            if self._converter is not None:
                self._converter.close()
                self._converter = None

    @property
    def pdf_available(self) -> bool:
        """Whether previews are PDFs (LibreOffice found and not failed), else document text."""
        return self._want_pdf and self._pdf_problem is None and find_soffice() is not None

    def build(self, source: Path, output: Path) -> tuple[CommuneOutcome, list[BuiltDocument]]:
        """Write the commune's documents (as `build` does), then their PDFs when possible."""
        with self._lock:
            report = build([source], output=output)
            commune = report.communes[0]
            # An unchanged document needs a PDF only if it has none (or an older one).
            stale = [doc.path for doc in commune.documents if doc.status in ("written", "replaced")
                     or (doc.status == "unchanged" and not _pdf_current(doc.path))]
            pdfs = self._convert(stale, source)
            documents = []
            for doc in commune.documents:
                pdf = doc.path.with_suffix(".pdf")
                message = doc.message or pdfs.get(doc.path, "")
                documents.append(BuiltDocument(doc.kind, doc.path,
                                               pdf if pdf.is_file() else None, message))
            return commune, documents

    def _convert(self, paths: Sequence[Path], source: Path) -> dict[Path, str]:
        """Convert the freshly written documents; return the problem of each one that failed."""
        problems: dict[Path, str] = {}
        if not paths or not self.pdf_available:
            return problems
        wanted = []
        for path in paths:
            manifest = load_manifest(path.parent)
            if ownership(path.with_suffix(".pdf"), manifest) in (Ownership.EDITED,
                                                                  Ownership.FOREIGN):
                problems[path] = _("the PDF beside it is not ours; it was kept")
            else:
                wanted.append(path)
        try:
            if self._converter is None:
                self._converter = PdfConverter(workers=1, timeout=90)
                self._converter.start()
            results = self._converter.convert(wanted)
        except ConversionError as err:
            self._pdf_problem = str(err)
            return {path: str(err) for path in wanted}
        by_folder: dict[Path, list[tuple[Path, Path]]] = {}
        for result in results:
            if result.pdf is None or result.error is not None:
                problems[result.source] = result.error or ""
                continue
            by_folder.setdefault(result.source.parent, []).append((result.source, result.pdf))
        for folder, pairs in by_folder.items():
            manifest = load_manifest(folder)
            for docx_path, pdf_path in pairs:
                entry = manifest.entries.get(docx_path.name)
                template = Path(entry.template) if entry is not None else docx_path
                manifest.record(pdf_path, source=source, template=template,
                                kind=entry.kind if entry is not None else "")
            save_manifest(manifest)
        return problems


def _pdf_current(docx_path: Path) -> bool:
    pdf = docx_path.with_suffix(".pdf")
    return pdf.is_file() and pdf.stat().st_mtime_ns >= docx_path.stat().st_mtime_ns


def document_title(name: str) -> str:
    """The title of a document file for people ('Báo cáo chính trị'), from the data model."""
    kind = next((kind for kind, file in TEMPLATE_FILES.items() if file == name), None)
    field = Documents.model_fields.get(kind or "")
    return field.description if field is not None and field.description else name


def document_text(path: Path) -> str:
    """The text of a .docx (paragraphs and table rows), for a preview without LibreOffice."""
    try:
        document = docx.Document(str(path))
    except Exception as err:  # python-docx raises many kinds for a damaged file
        raise CongressDocsError(_("cannot read {path}: {detail}").format(path=path.name,
                                                                          detail=err)) from err
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(node.text or "" for node in child.iter() if
                                 node.tag.endswith("}t")))
        elif tag == "tbl":
            for row in child.iter():
                if row.tag.endswith("}tr"):
                    cells = [
                        "".join(t.text or "" for t in cell.iter() if t.tag.endswith("}t"))
                        for cell in row if cell.tag.endswith("}tc")
                    ]
                    lines.append(" | ".join(cells))
    return "\n".join(lines)[:MAX_TEXT_CHARS]


def zip_documents(folder: Path) -> bytes:
    """A .zip of the commune's documents (.docx, and .pdf where converted)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in TEMPLATE_FILES.values():
            for candidate in (folder / name, (folder / name).with_suffix(".pdf")):
                if candidate.is_file():
                    archive.write(candidate, candidate.name)
    return buffer.getvalue()
