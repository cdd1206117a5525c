"""Notices for what the rules cannot judge: tracked changes, comments, imports, objects, locks."""

from __future__ import annotations

from congress_docs.checker.docx_legacy import save_as_docx_hint
from congress_docs.checker.docx_model import DocModel
from congress_docs.checker.emit import Emitter
from congress_docs.checker.model import Location
from congress_docs.i18n import _

__all__ = ["check_package", "legacy_font_hint"]


def legacy_font_hint() -> str:
    """Tell the user how to get Unicode text out of a .VnTime or VNI document."""
    return _(
        "convert the text to Unicode first (Unikey: Công cụ chuyển mã, TCVN3/VNI -> Unicode; "
        "or congress_docs.vietnamese.legacy_to_unicode), then set Times New Roman"
    )


def check_package(model: DocModel, out: Emitter) -> None:
    """One info finding for each kind of content the checker reads only in part, or not at all."""
    facts = model.facts
    notices = [
        (
            "DOC-TRACKED-CHANGES",
            facts.tracked_changes,
            _("accept or reject every change (Review > Accept), then check again"),
            _("{count} tracked changes; checked as if all were accepted"),
        ),
        (
            "DOC-COMMENTS",
            facts.comments,
            _("comments resolved and deleted before the document is issued"),
            _("{count} comments (not checked)"),
        ),
        (
            "DOC-ALTCHUNK",
            facts.alt_chunks,
            _("open and save the file in Word so the imported content becomes normal text"),
            _("{count} imported parts (altChunk) not read"),
        ),
        (
            "DOC-EMBEDDED",
            facts.embedded_objects,
            _("tables typed in the document rather than embedded objects"),
            _("{count} embedded objects (not read)"),
        ),
        (
            "DOC-PROTECTED",
            facts.protection,
            _("an unprotected document (Review > Restrict Editing > Stop Protection)"),
            _("protected: {kind}"),
        ),
        ("DOC-MACROS", facts.macros, save_as_docx_hint(), _("macros (VBA) in the file")),
        (
            "DOC-SIGNED",
            facts.signed,
            _("any change, even of layout, voids the signature: sign again after editing"),
            _("digitally signed"),
        ),
        ("DOC-LEGACY-FONT", ", ".join(facts.legacy_fonts), legacy_font_hint(), "{kind}"),
    ]
    for rule_id, value, expected, found in notices:
        if value:
            shown = found.format(count=value, kind=value)
            out.add(rule_id, Location("document"), "", expected, shown)
