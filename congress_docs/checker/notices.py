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
    where = Location("document")
    if facts.tracked_changes:
        out.add(
            "DOC-TRACKED-CHANGES",
            where,
            "",
            _("accept or reject every change (Review > Accept), then check again"),
            _("{count} tracked changes; checked as if all were accepted").format(
                count=facts.tracked_changes
            ),
        )
    if facts.comments:
        out.add(
            "DOC-COMMENTS",
            where,
            "",
            _("comments resolved and deleted before the document is issued"),
            _("{count} comments (not checked)").format(count=facts.comments),
        )
    if facts.alt_chunks:
        out.add(
            "DOC-ALTCHUNK",
            where,
            "",
            _("open and save the file in Word so the imported content becomes normal text"),
            _("{count} imported parts (altChunk) not read").format(count=facts.alt_chunks),
        )
    if facts.embedded_objects:
        out.add(
            "DOC-EMBEDDED",
            where,
            "",
            _("tables typed in the document rather than embedded objects"),
            _("{count} embedded objects (not read)").format(count=facts.embedded_objects),
        )
    if facts.protection:
        out.add(
            "DOC-PROTECTED",
            where,
            "",
            _("an unprotected document (Review > Restrict Editing > Stop Protection)"),
            _("protected: {kind}").format(kind=facts.protection),
        )
    if facts.macros:
        out.add("DOC-MACROS", where, "", save_as_docx_hint(), _("macros (VBA) in the file"))
    if facts.signed:
        out.add(
            "DOC-SIGNED",
            where,
            "",
            _("any change, even of layout, voids the signature: sign again after editing"),
            _("digitally signed"),
        )
    if facts.legacy_fonts:
        out.add(
            "DOC-LEGACY-FONT",
            where,
            "",
            legacy_font_hint(),
            ", ".join(facts.legacy_fonts),
        )
