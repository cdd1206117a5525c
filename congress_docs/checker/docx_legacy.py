"""Word files that are not plain .docx: binary .doc (refused with a hint), macro-enabled .docm."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import docx

from congress_docs.errors import DocumentReadError
from congress_docs.i18n import _

__all__ = [
    "is_macro_content_type",
    "legacy_word_file",
    "open_macro_enabled",
    "save_as_docx_hint",
]

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: Word 97-2003 .doc, .dot
_DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
# Main-part types of Word files python-docx refuses although their XML is the same as a .docx's.
_OTHER_MAINS = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
)
_CONTENT_TYPES = "[Content_Types].xml"


def save_as_docx_hint() -> str:
    """Tell the user how to turn a .doc or .docm into a .docx."""
    return _(
        "open it in Word or LibreOffice and save it as a Word document (.docx): "
        "File > Save As > Word Document (*.docx)"
    )


def legacy_word_file(path: Path) -> None:
    """Raise DocumentReadError with a hint when `path` is an old binary Word file (.doc)."""
    try:
        with path.open("rb") as stream:
            head = stream.read(len(_OLE_MAGIC))
    except OSError:
        return
    if head == _OLE_MAGIC:
        raise DocumentReadError(
            _("{file}: an old Word 97-2003 file (.doc) cannot be checked; {hint}").format(
                file=path, hint=save_as_docx_hint()
            )
        )


def is_macro_content_type(message: str) -> bool:
    """True when python-docx refused a file only because of its main part's content type."""
    return any(kind in message for kind in _OTHER_MAINS)


def open_macro_enabled(path: Path) -> Any:
    """Open a .docm (or .dotx/.dotm) as a .docx, in memory; the file itself is only read."""
    with zipfile.ZipFile(path) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as copy:
        for info, data in entries:
            if info.filename == _CONTENT_TYPES:
                text = data.decode("utf-8")
                for kind in _OTHER_MAINS:
                    text = text.replace(kind, _DOCX_MAIN)
                data = text.encode("utf-8")
            copy.writestr(info, data)
    return docx.Document(io.BytesIO(buffer.getvalue()))
