"""Test helper: add to a built .docx what the checker cannot judge (changes, comments, macros…)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

__all__ = ["FAULTS", "OLE_MAGIC", "add_fault"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BODY_TEXT = "Ban Thường trực"


def _body_run(document: object) -> object:
    paragraph = next(p for p in document.paragraphs if _BODY_TEXT in p.text)  # type: ignore[attr-defined]
    return paragraph.runs[0]


def _tracked(document: object) -> None:
    run = _body_run(document)._r  # type: ignore[attr-defined]
    insertion = OxmlElement("w:ins")
    insertion.set(qn("w:id"), "1")
    insertion.set(qn("w:author"), "Văn thư")
    run.addprevious(insertion)
    insertion.append(run)


def _comment(document: object) -> None:
    document.add_comment(  # type: ignore[attr-defined]
        _body_run(document), text="Xem lại số liệu", author="Văn thư"
    )


def _alt_chunk(document: object) -> None:
    part = document.part  # type: ignore[attr-defined]
    html = Part(PackURI("/word/afchunk1.htm"), "text/html", b"<html><body>x</body></html>", None)
    rid = part.relate_to(
        html, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"
    )
    chunk = parse_xml(f'<w:altChunk {nsdecls("w", "r")} r:id="{rid}"/>')
    body = document.element.body  # type: ignore[attr-defined]
    body.insert(len(body) - 1, chunk)


def _embedded(document: object) -> None:
    run = _body_run(document)._r  # type: ignore[attr-defined]
    run.append(parse_xml(f'<w:object {nsdecls("w")}/>'))


def _protected(document: object) -> None:
    settings = document.settings.element  # type: ignore[attr-defined]
    settings.append(
        parse_xml(f'<w:documentProtection {nsdecls("w")} w:edit="readOnly" w:enforcement="1"/>')
    )


def _legacy_font(document: object) -> None:
    paragraph = document.add_paragraph()  # type: ignore[attr-defined]
    run = paragraph.add_run("Céng hoµ x· héi chñ nghÜa ViÖt Nam")
    run.font.name = ".VnTime"


_EDITS: dict[str, Callable[[object], None]] = {
    "tracked": _tracked,
    "comment": _comment,
    "altchunk": _alt_chunk,
    "embedded": _embedded,
    "protected": _protected,
    "legacy-font": _legacy_font,
}


def _rewrite(path: Path, edit: Callable[[dict[str, bytes]], None]) -> None:
    with zipfile.ZipFile(path) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    edit(entries)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)


def _append(entries: dict[str, bytes], name: str, xml: str) -> None:
    """Add `xml` before the closing tag of the package file `name`."""
    text = entries[name].decode("utf-8")
    closing = text.rstrip()[text.rstrip().rindex("</") :]
    entries[name] = text.replace(closing, xml + closing).encode("utf-8")


def _macros(entries: dict[str, bytes]) -> None:
    types = entries["[Content_Types].xml"].decode("utf-8").replace(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    entries["[Content_Types].xml"] = types.encode("utf-8")
    _append(
        entries,
        "[Content_Types].xml",
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>',
    )
    _append(
        entries,
        "word/_rels/document.xml.rels",
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/'
        'vbaProject" Target="vbaProject.bin"/>',
    )
    entries["word/vbaProject.bin"] = b"\x00VBA"


def _signed(entries: dict[str, bytes]) -> None:
    _append(
        entries,
        "[Content_Types].xml",
        '<Default Extension="sigs" ContentType="application/'
        'vnd.openxmlformats-package.digital-signature-origin"/>',
    )
    _append(
        entries,
        "_rels/.rels",
        '<Relationship Id="rIdSig" Type="http://schemas.openxmlformats.org/package/2006/'
        'relationships/digital-signature/origin" Target="_xmlsignatures/origin.sigs"/>',
    )
    entries["_xmlsignatures/origin.sigs"] = b""


FAULTS = (*_EDITS, "macros", "signed")


def add_fault(path: Path, fault: str) -> Path:
    """Add `fault` (one of FAULTS) to the document at `path`, in place; return the path."""
    if fault in _EDITS:
        document = docx.Document(str(path))
        _EDITS[fault](document)
        document.save(str(path))
    else:
        _rewrite(path, _macros if fault == "macros" else _signed)
    return path
