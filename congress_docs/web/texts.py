"""Every word the page shows, translated once per request (Vietnamese unless --lang en)."""

from __future__ import annotations

from congress_docs.i18n import _

__all__ = ["page_texts"]


def page_texts() -> dict[str, str]:
    """The page's texts by key, for the HTML templates and the script."""
    return {
        "app_title": _("Congress documents"),
        "app_subtitle": _("MTTQ congress drafts, from the data files on this computer"),
        "data_folder": _("Data folder"),
        "output_folder": _("Documents are written to"),
        "communes": _("Communes"),
        "no_communes": _("No commune file in this folder yet; create one below."),
        "col_commune": _("Commune"),
        "col_folder": _("Folder"),
        "col_status": _("Data"),
        "col_rules": _("Guideline rules"),
        "col_to_fill": _("Still to fill"),
        "col_built": _("Documents built"),
        "valid": _("valid"),
        "invalid": _("{count} error(s)"),
        "rules_ok": _("no finding"),
        "rule_errors": _("{count} rule error(s)"),
        "rule_warnings": _("{count} warning(s)"),
        "new_commune": _("New commune"),
        "new_name": _("Name (without 'xã')"),
        "new_kind": _("Kind"),
        "new_folder": _("Folder"),
        "root_folder": _("(the data folder itself)"),
        "create": _("Create"),
        "back": _("All communes"),
        "general": _("General"),
        "save": _("Save"),
        "saved": _("Saved."),
        "saving": _("Saving…"),
        "not_saved": _("Not saved: fix the fields marked in red first."),
        "nothing_to_save": _("Nothing changed."),
        "changed_on_disk": _(
            "The file was changed on disk since this page was opened; nothing was written. "
            "Reload the page to see the new file (your changes here will be lost)."
        ),
        "reload": _("Reload"),
        "unsaved": _("Changes not saved yet"),
        "checking": _("Checking…"),
        "all_good": _("No error in the data."),
        "errors_count": _("{count} error(s) in the data"),
        "to_fill_count": _("{count} place(s) still to fill"),
        "problems": _("Problems"),
        "findings": _("Guideline rules"),
        "no_findings": _("The data breaks no guideline rule of its profile."),
        "fact": _("fact"),
        "limit": _("limit"),
        "source": _("source"),
        "unconfirmed": _("adjustable default, unconfirmed"),
        "error": _("error"),
        "warning": _("warning"),
        "documents": _("Documents"),
        "build": _("Write the documents"),
        "building": _("Writing the documents…"),
        "build_first": _("Save valid data, then write the documents to preview and download them."),
        "preview": _("Preview"),
        "download_docx": _("Download .docx"),
        "download_pdf": _("Download .pdf"),
        "download_zip": _("Download all (.zip)"),
        "preview_text_note": _("LibreOffice was not found: the preview shows the document's text."),
        "add_row": _("Add a row"),
        "delete_row": _("Delete this row"),
        "paste_hint": _("Rows copied from Excel can be pasted into any cell (Ctrl+V)."),
        "from_district": _("from the district file"),
        "district_rows": _("{count} more row(s) come from the district file {file}."),
        "required": _("required"),
        "unreadable": _("This file cannot be read; fix it in a text editor, then reload:"),
        "failed": _("Something went wrong: {detail}"),
        "yes": _("yes"),
        "no": _("no"),
        "unset": _("(not set)"),
        "default": _("default"),
        "rules_after_errors": _("The guideline rules are checked once the data has no error."),
    }
