"""Put a commune's rendered documents in place, recorded in its manifest, safe at every instant.

All documents are first written to disk under temporary names and flushed together; the
manifest then records them (each with the hash of the file it replaces); then each is renamed
into place. A build killed at any moment leaves, for every document, either the old file or the
new one, both recognised as the tool's by the next build. Two waits for the disk per commune
(its documents, its manifest) instead of one per file: they are most of the writing's cost.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from congress_docs.build_report import DocumentOutcome
from congress_docs.fileio import discard, flush_staged, stage_bytes
from congress_docs.i18n import _
from congress_docs.manifest import Manifest, back_up, save_manifest

__all__ = ["Rendered", "put_in_place"]


@dataclass(frozen=True)
class Rendered:
    """One document ready to be written, and what it was made from."""

    kind: str
    target: Path
    template: Path
    data: bytes
    made_from: tuple[str, str]  # (data hash, template hash)
    replaces_users: bool  # forced over a file that is not ours: back it up first
    to_fill: int  # places still to fill ('…') in its body


def put_in_place(
    documents: list[Rendered], manifest: Manifest, source: Path, stamp: dt.datetime
) -> dict[str, DocumentOutcome]:
    """Write `documents`, record them in `manifest`; return each one's outcome, by kind."""
    outcomes: dict[str, DocumentOutcome] = {}
    staged: list[tuple[Rendered, Path, Path | None, int]] = []
    for document in documents:
        try:
            backup = back_up(document.target, stamp) if document.replaces_users else None
            temporary = stage_bytes(document.target, document.data, flush=False)
        except OSError as err:
            outcomes[document.kind] = _cannot_write(document, err)
            continue
        staged.append((document, temporary, backup, document.to_fill))
    if not staged:
        return outcomes
    try:
        flush_staged([temporary for _document, temporary, _backup, _to_fill in staged])
    except OSError as err:
        for document, temporary, _backup, _to_fill in staged:
            discard(temporary)
            outcomes[document.kind] = _cannot_write(document, err)
        return outcomes
    for document, _temporary, _backup, to_fill in staged:
        manifest.record(document.target, source=source, template=document.template,
                        kind=document.kind, data=document.data, made_from=document.made_from,
                        to_fill=to_fill)
    try:
        save_manifest(manifest)
    except OSError as err:
        for document, temporary, _backup, _to_fill in staged:
            discard(temporary)
            outcomes[document.kind] = _cannot_write(document, err)
        return outcomes
    for document, temporary, backup, to_fill in staged:
        try:
            temporary.replace(document.target)
        except OSError as err:
            discard(temporary)
            outcomes[document.kind] = _cannot_write(document, err)
            continue
        outcomes[document.kind] = DocumentOutcome(
            document.kind, document.target, "replaced" if backup is not None else "written",
            backup=backup, to_fill=to_fill)
    return outcomes


def _cannot_write(document: Rendered, err: OSError) -> DocumentOutcome:
    message = _("{path}: cannot write: {detail}").format(path=document.target, detail=err)
    return DocumentOutcome(document.kind, document.target, "failed", message)
