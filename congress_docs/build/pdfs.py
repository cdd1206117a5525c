"""PDF beside each document of the build, one warm LibreOffice per job; unchanged ones kept."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from congress_docs.build.commune import kept_message
from congress_docs.build_report import CommuneOutcome, DocumentOutcome
from congress_docs.errors import ConversionError
from congress_docs.manifest import (
    Manifest,
    Ownership,
    back_up,
    file_sha256,
    load_manifest,
    ownership,
    save_manifest,
)
from congress_docs.pdf import PdfConverter, PdfResult

__all__ = ["convert_pdfs"]

_USERS = (Ownership.EDITED, Ownership.FOREIGN)
_ACTIVE = ("written", "replaced", "unchanged")


def convert_pdfs(
    communes: Sequence[CommuneOutcome], *, force: bool, stamp: dt.datetime, workers: int
) -> list[CommuneOutcome]:
    """Convert each document of the build to PDF beside it, unless its PDF is up to date."""
    documents = [list(commune.documents) for commune in communes]
    manifests: dict[Path, Manifest] = {}
    wanted: list[tuple[int, int]] = []
    for c, row in enumerate(documents):
        for d, document in enumerate(row):
            if document.status not in _ACTIVE:
                continue
            manifest = manifests.setdefault(document.path.parent,
                                            load_manifest(document.path.parent))
            decided = _decide(document, manifest, force, stamp)
            if decided is None:
                wanted.append((c, d))
            else:
                row[d] = decided
    results = _run_converter([documents[c][d].path for c, d in wanted], workers)
    for (c, d), result in zip(wanted, results, strict=True):
        document = documents[c][d]
        if result.pdf is not None and result.error is None:
            manifest = manifests[document.path.parent]
            entry = manifest.entries[document.path.name]
            manifest.record(result.pdf, source=Path(entry.source), template=Path(entry.template),
                            kind=document.kind, made_from=(entry.sha256, ""))
        documents[c][d] = dataclasses.replace(document, pdf=result.pdf, pdf_error=result.error)
    for manifest in manifests.values():
        save_manifest(manifest)
    return [dataclasses.replace(commune, documents=tuple(row))
            for commune, row in zip(communes, documents, strict=True)]


def _decide(document: DocumentOutcome, manifest: Manifest, force: bool,
            stamp: dt.datetime) -> DocumentOutcome | None:
    """The document with its PDF up to date or kept; None when the PDF is to be made."""
    target = document.path.with_suffix(".pdf")
    owner = ownership(target, manifest)
    made = manifest.entries.get(target.name)
    source = manifest.entries.get(document.path.name)
    if (owner is Ownership.OURS and made is not None and source is not None
            and made.data_sha256 == source.sha256 and file_sha256(target) == made.sha256):
        return dataclasses.replace(document, pdf=target)
    if owner in _USERS and not force:
        return dataclasses.replace(document, message=kept_message(owner) + " (PDF)")
    if owner in _USERS:
        back_up(target, stamp)
    return None


def _run_converter(paths: Sequence[Path], workers: int) -> list[PdfResult]:
    if not paths:
        return []
    try:
        with PdfConverter(workers=max(1, min(workers, len(paths))), timeout=60) as converter:
            return converter.convert(paths)
    except ConversionError as err:
        # LibreOffice missing or not starting: every PDF fails, the .docx files stay written.
        return [PdfResult(path, None, str(err), 0.0) for path in paths]
