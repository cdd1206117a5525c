"""Content the rules cannot judge is never passed over in silence: one info notice each."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx_faults import OLE_MAGIC, add_fault
from test_check_builders import build

from congress_docs.checker import Severity, check_document
from congress_docs.errors import DocumentReadError

NOTICES = {
    "tracked": "DOC-TRACKED-CHANGES",
    "comment": "DOC-COMMENTS",
    "altchunk": "DOC-ALTCHUNK",
    "embedded": "DOC-EMBEDDED",
    "protected": "DOC-PROTECTED",
    "macros": "DOC-MACROS",
    "signed": "DOC-SIGNED",
    "legacy-font": "DOC-LEGACY-FONT",
}


@pytest.mark.parametrize(("fault", "rule_id"), sorted(NOTICES.items()))
def test_each_kind_of_unjudged_content_gets_an_info_notice(
    tmp_path: Path, fault: str, rule_id: str
) -> None:
    plain = check_document(build(tmp_path / "plain.docx"))
    suffix = ".docm" if fault == "macros" else ".docx"
    faulty = check_document(add_fault(build(tmp_path / f"faulty{suffix}"), fault))

    assert rule_id not in plain.rule_ids()
    notices = [f for f in faulty.findings if f.rule_id == rule_id]
    assert [f.severity for f in notices] == [Severity.INFO]
    assert notices[0].expected and notices[0].found and notices[0].source


def test_a_docm_is_checked_and_told_to_be_saved_as_docx(tmp_path: Path) -> None:
    report = check_document(add_fault(build(tmp_path / "macro.docm"), "macros"))

    notice = next(f for f in report.findings if f.rule_id == "DOC-MACROS")
    assert ".docx" in notice.expected
    assert not report.has_errors  # the document itself is compliant


def test_tracked_changes_say_the_text_was_read_as_accepted(tmp_path: Path) -> None:
    report = check_document(add_fault(build(tmp_path / "t.docx"), "tracked"), regime="mttq")

    notice = next(f for f in report.findings if f.rule_id == "DOC-TRACKED-CHANGES")
    assert notice.found.startswith("1 ")


def test_a_legacy_font_notice_points_to_the_encoding_converter(tmp_path: Path) -> None:
    report = check_document(add_fault(build(tmp_path / "vn.docx"), "legacy-font"))

    notice = next(f for f in report.findings if f.rule_id == "DOC-LEGACY-FONT")
    assert ".VnTime" in notice.found
    assert "Unicode" in notice.expected


def test_an_old_binary_doc_is_refused_with_a_hint_to_save_as_docx(tmp_path: Path) -> None:
    old = tmp_path / "bao-cao.doc"
    old.write_bytes(OLE_MAGIC + b"\x00" * 512)

    with pytest.raises(DocumentReadError, match=r"bao-cao\.doc.*\.docx"):
        check_document(old)
