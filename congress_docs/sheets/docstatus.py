"""What `build` left in a commune's output folder: documents written, unchanged, edited, PDFs.

Everything the summary knows about documents comes through `document_status`, so a change of
the manifest format is adapted here only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from congress_docs.manifest import Ownership, load_manifest, ownership

__all__ = ["DocumentStatus", "document_status"]


@dataclass(frozen=True)
class DocumentStatus:
    """Counts of the .docx documents a build recorded in one folder, and of their PDFs."""

    FIELDS: ClassVar[tuple[str, ...]] = ("built", "unchanged", "edited", "pdf")

    built: int = 0
    unchanged: int = 0
    edited: int = 0
    pdf: int = 0

    @property
    def missing(self) -> int:
        """Documents recorded by a build but no longer in the folder."""
        return self.built - self.unchanged - self.edited


def document_status(folder: Path) -> DocumentStatus:
    """Read the manifest of `folder`; a folder never built gives all zeros."""
    manifest = load_manifest(folder)
    built = unchanged = edited = pdf = 0
    for name in manifest.entries:
        path = folder / name
        state = ownership(path, manifest)
        if path.suffix.lower() == ".pdf":
            pdf += state in (Ownership.OURS, Ownership.EDITED)
            continue
        if path.suffix.lower() != ".docx":
            continue
        built += 1
        unchanged += state is Ownership.OURS
        edited += state is Ownership.EDITED
    return DocumentStatus(built, unchanged, edited, pdf)
