"""Each layout rule fires on a document that breaks it and stays silent on one that keeps it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.shared import Mm, Pt
from test_check_builders import ND30, PARTY, DocSpec, Style, assert_fires_only_on_bad, build

from congress_docs.checker import Severity, check_document

MTTQ = DocSpec()

# (rule id, regime, compliant spec, spec that breaks the rule)
CASES = [
    ("LAY-PAPER", "mttq", MTTQ, replace(MTTQ, paper_mm=(216, 279))),
    ("LAY-MARGIN", "mttq", MTTQ, replace(MTTQ, margins_mm=(20, 20, 25, 15))),
    ("LAY-MARGIN", "nd30", ND30, replace(ND30, margins_mm=(15, 20, 30, 15))),
    ("LAY-FONT", "mttq", MTTQ, replace(MTTQ, font="Arial")),
    ("LAY-BODY-SIZE", "mttq", MTTQ, replace(MTTQ, body=Style(12))),
    ("LAY-BODY-SIZE", "party", PARTY, replace(PARTY, body=Style(13))),
    ("LAY-BODY-ALIGN", "mttq", MTTQ, replace(MTTQ, body_align="left")),
    ("LAY-BODY-INDENT", "mttq", MTTQ, replace(MTTQ, indent_mm=0)),
    ("LAY-BODY-INDENT", "nd30", ND30, replace(ND30, indent_mm=20)),
    ("LAY-BODY-SPACING", "mttq", MTTQ, replace(MTTQ, before_pt=3)),
    ("LAY-BODY-LINE", "mttq", MTTQ, replace(MTTQ, line=2.0)),
    ("LAY-HEADER", "mttq", MTTQ, replace(MTTQ, header="party")),
    ("LAY-HEADER", "party", PARTY, replace(PARTY, header="national")),
    ("LAY-HEADER", "nd30", ND30, replace(ND30, header="none")),
    ("LAY-QUOCHIEU-SIZE", "mttq", MTTQ, replace(MTTQ, quoc_hieu=Style(14, bold=True))),
    ("LAY-QUOCHIEU-STYLE", "mttq", MTTQ, replace(MTTQ, quoc_hieu=Style(13))),
    ("LAY-TIEUNGU-SIZE", "mttq", MTTQ, replace(MTTQ, tieu_ngu=Style(12, bold=True))),
    ("LAY-TIEUNGU-STYLE", "nd30", ND30, replace(ND30, tieu_ngu=Style(14))),
    ("LAY-PARTYTITLE-SIZE", "party", PARTY, replace(PARTY, party_title=Style(12, bold=True))),
    ("LAY-PARTYTITLE-STYLE", "party", PARTY, replace(PARTY, party_title=Style(15))),
    ("LAY-ISSUER-SIZE", "mttq", MTTQ, replace(MTTQ, issuer=Style(11, bold=True))),
    ("LAY-ISSUER-STYLE", "nd30", ND30, replace(ND30, issuer=Style(13))),
    (
        "LAY-ISSUER-SIZE",
        "mttq",
        replace(MTTQ, split_header=True),
        replace(MTTQ, split_header=True, issuer=Style(11, bold=True)),
    ),
    ("LAY-NUMBER-SIZE", "mttq", MTTQ, replace(MTTQ, number=Style(12))),
    ("LAY-NUMBER-STYLE", "mttq", MTTQ, replace(MTTQ, number=Style(13, bold=True))),
    ("LAY-DATE-SIZE", "mttq", MTTQ, replace(MTTQ, date=Style(12, italic=True))),
    ("LAY-DATE-STYLE", "mttq", MTTQ, replace(MTTQ, date=Style(14))),
    ("LAY-TITLE-SIZE", "mttq", MTTQ, replace(MTTQ, title=Style(12, bold=True))),
    ("LAY-TITLE-SIZE", "party", PARTY, replace(PARTY, title=Style(14, bold=True))),
    ("LAY-TITLE-STYLE", "mttq", MTTQ, replace(MTTQ, title=Style(14))),
    ("LAY-SUMMARY-SIZE", "mttq", MTTQ, replace(MTTQ, summary=Style(12, bold=True))),
    ("LAY-SUMMARY-STYLE", "mttq", MTTQ, replace(MTTQ, summary=Style(14))),
    ("LAY-SIGN-SIZE", "mttq", MTTQ, replace(MTTQ, name=Style(12, bold=True))),
    ("LAY-SIGN-STYLE", "nd30", ND30, replace(ND30, authority=Style(14))),
    ("LAY-SIGN-STYLE", "party", PARTY, replace(PARTY, position=Style(14, bold=True))),
    ("LAY-SIGN-EXTRA", "nd30", ND30, replace(ND30, after_name=("TRƯỞNG BAN XÂY DỰNG ĐẢNG",))),
    ("LAY-NOINHAN-SIZE", "mttq", MTTQ, replace(MTTQ, recipients_label=Style(14, True, True))),
    ("LAY-NOINHAN-STYLE", "mttq", MTTQ, replace(MTTQ, recipients_label=Style(12))),
    ("LAY-NOINHAN-STYLE", "party", PARTY, replace(PARTY, recipients_label=Style(14))),
    ("LAY-NOINHAN-ENTRY-SIZE", "mttq", MTTQ, replace(MTTQ, recipient=Style(13))),
    ("LAY-PAGENUM-MISSING", "mttq", MTTQ, replace(MTTQ, page_numbers=None)),
    ("LAY-PAGENUM-FOOTER", "mttq", MTTQ, replace(MTTQ, page_numbers="footer")),
    ("LAY-PAGENUM-FIRST", "mttq", MTTQ, replace(MTTQ, title_page=False)),
    ("LAY-PAGENUM-ALIGN", "mttq", MTTQ, replace(MTTQ, page_align="right")),
    ("LAY-SEPARATOR-TYPED", "mttq", MTTQ, replace(MTTQ, separator="typed")),
    ("LAY-SEPARATOR-TYPED", "party", PARTY, replace(PARTY, separator="typed")),
    (
        "LAY-SEPARATOR-UNDERLINE",
        "mttq",
        MTTQ,
        replace(MTTQ, issuer=Style(13, bold=True, underline=True)),
    ),
]


@pytest.mark.parametrize(
    ("rule_id", "regime", "good", "bad"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES]
)
def test_layout_rule_fires_only_on_the_broken_document(
    tmp_path: Path, rule_id: str, regime: str, good: DocSpec, bad: DocSpec
) -> None:
    assert_fires_only_on_bad(tmp_path, rule_id, regime, good, bad)


@pytest.mark.parametrize(
    ("spec", "rule_id"),
    [
        (replace(MTTQ, issuer=Style(14, bold=True)), "LAY-ISSUER-SIZE"),
        (replace(MTTQ, title=Style(15, bold=True)), "LAY-TITLE-SIZE"),
        (replace(MTTQ, number=Style(14)), "LAY-NUMBER-SIZE"),
        (replace(MTTQ, authority=Style(14)), "LAY-SIGN-STYLE"),
        (replace(MTTQ, separator="typed"), "LAY-SEPARATOR-TYPED"),
        (replace(MTTQ, page_numbers="footer"), "LAY-PAGENUM-FOOTER"),
    ],
)
def test_mttq_practice_is_a_warning_not_an_error(
    tmp_path: Path, spec: DocSpec, rule_id: str
) -> None:
    report = check_document(build(tmp_path / "practice.docx", spec), regime="mttq")

    assert {f.severity for f in report.findings if f.rule_id == rule_id} == {Severity.WARNING}
    assert not report.has_errors


@pytest.mark.parametrize(
    ("spec", "rule_id"),
    [
        (replace(MTTQ, issuer=Style(11, bold=True)), "LAY-ISSUER-SIZE"),
        (replace(MTTQ, title=Style(16, bold=True)), "LAY-TITLE-SIZE"),
    ],
)
def test_sizes_beyond_practice_are_errors(tmp_path: Path, spec: DocSpec, rule_id: str) -> None:
    report = check_document(build(tmp_path / "wrong.docx", spec), regime="mttq")

    assert Severity.ERROR in {f.severity for f in report.findings if f.rule_id == rule_id}
    assert report.has_errors


def test_footer_page_numbers_are_an_error_under_nd30(tmp_path: Path) -> None:
    report = check_document(
        build(tmp_path / "f.docx", replace(ND30, page_numbers="footer")), regime="nd30"
    )

    assert [f.severity for f in report.findings if f.rule_id == "LAY-PAGENUM-FOOTER"] == [
        Severity.ERROR
    ]


def test_typed_separators_are_only_noted_under_nd30(tmp_path: Path) -> None:
    report = check_document(
        build(tmp_path / "s.docx", replace(ND30, separator="typed")), regime="nd30"
    )

    severities = {f.severity for f in report.findings if f.rule_id == "LAY-SEPARATOR-TYPED"}
    assert severities == {Severity.INFO}


def test_a_short_document_needs_no_page_number(tmp_path: Path) -> None:
    spec = replace(MTTQ, page_numbers=None, body_texts=MTTQ.body_texts[:2])

    report = check_document(build(tmp_path / "short.docx", spec), regime="mttq")

    assert "LAY-PAGENUM-MISSING" not in report.rule_ids()


def _forms_collection(path: Path) -> Path:
    doc = docx.Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    doc.add_paragraph("Phụ lục III")
    for caption in ("Mẫu 1.1 – Nghị quyết", "Mẫu 1.2 – Quyết định"):
        doc.add_paragraph(caption)
        cells = doc.add_table(rows=1, cols=2).rows[0].cells
        cells[0].paragraphs[0].add_run("TÊN CƠ QUAN, TỔ CHỨC")
        run = cells[1].paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        run.font.size = Pt(10)
    doc.save(str(path))
    return path


def test_a_collection_of_sample_forms_is_reported_as_such(tmp_path: Path) -> None:
    report = check_document(_forms_collection(tmp_path / "forms.docx"), regime="nd30")

    assert "DOC-MULTI-TEMPLATE" in report.rule_ids()
    assert "LAY-QUOCHIEU-SIZE" not in report.rule_ids()
    assert not report.has_errors


def test_one_document_is_not_a_forms_collection(tmp_path: Path) -> None:
    report = check_document(build(tmp_path / "one.docx", MTTQ), regime="mttq")

    assert "DOC-MULTI-TEMPLATE" not in report.rule_ids()
