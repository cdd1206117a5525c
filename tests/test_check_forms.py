"""The fixed wordings and smaller forms: each rule fires on its fault, silent on a compliant one."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from test_check_builders import ND30, PARTY, DocSpec, Style, assert_fires_only_on_bad, build

from congress_docs.checker import Severity, check_document

MTTQ = DocSpec()
KINH_GUI = ("Kính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam huyện Tam Đường", Style(14), "center")
KINH_GUI_LIST = (
    ("Kính gửi:", Style(14), "center"),
    ("- Ban Thường trực Ủy ban MTTQ Việt Nam huyện;", Style(14), "left"),
    ("- Đảng ủy xã Bản Hon.", Style(14), "left"),
)
DECISION = replace(
    MTTQ,
    title_text="QUYẾT ĐỊNH",
    number_text="Số: 05/QĐ-MTTQ-BTT",
    summary_lines=("Về việc thành lập Tiểu ban Văn kiện Đại hội",),
)
BASIS = (
    ("Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;", Style(14, italic=True), "both"),
    ("Căn cứ Hướng dẫn số 64/HD-MTTQ-BTT của Ban Thường trực;", Style(14, italic=True), "both"),
)
UPRIGHT_BASIS = tuple((text, Style(14), align) for text, _style, align in BASIS)
APPENDIX = (
    ("Phụ lục", Style(14, bold=True), "center"),
    ("DANH SÁCH TRÍCH NGANG", Style(14, bold=True), "center"),
    ("(Kèm theo Kế hoạch số 05/KH-MTTQ-BTT ngày 05 tháng 01 năm 2025)", Style(14, italic=True),
     "center"),
)


def two_appendices(first: str, second: str) -> tuple[tuple[str, Style, str], ...]:
    """Two appendix headings, each with a title."""
    return (
        (first, Style(14, bold=True), "center"),
        ("DANH SÁCH ỦY VIÊN", Style(14, bold=True), "center"),
        (second, Style(14, bold=True), "center"),
        ("DANH SÁCH BAN THƯỜNG TRỰC", Style(14, bold=True), "center"),
    )


# (rule id, regime, spec that keeps the rule, spec that breaks it)
CASES = [
    (
        "TXT-TIEUNGU-FORM",
        "mttq",
        MTTQ,
        replace(MTTQ, tieu_ngu_text="Độc lập – Tự do – Hạnh phúc"),
    ),
    ("TXT-TIEUNGU-FORM", "nd30", ND30, replace(ND30, tieu_ngu_text="Độc lập-Tự do-Hạnh phúc")),
    (
        "TXT-TIEUNGU-FORM",
        "mttq",
        replace(MTTQ, tieu_ngu_text="  Độc lập - Tự do - Hạnh phúc "),
        replace(MTTQ, tieu_ngu_text="Độc lập -  Tự do - Hạnh phúc"),
    ),
    (
        "TXT-QUOCHIEU-FORM",
        "nd30",
        replace(ND30, quoc_hieu_text="CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        replace(ND30, quoc_hieu_text="CỘNG HÒA XÃ HỘI  CHỦ NGHĨA VIỆT NAM"),
    ),
    ("TXT-SIGN-SPACE", "nd30", ND30, replace(ND30, authority_text="KT.TRƯỞNG PHÒNG")),
    ("TXT-SIGN-SPACE", "mttq", MTTQ, replace(MTTQ, authority_text="TM.BAN THƯỜNG TRỰC")),
    ("TXT-SIGN-SPACE", "party", PARTY, replace(PARTY, authority_text="T/MBAN THƯỜNG VỤ")),
    ("TXT-SIGN-PREFIX", "mttq", MTTQ, replace(MTTQ, authority_text="TM BAN THƯỜNG TRỰC")),
    ("TXT-SIGN-MISSING", "mttq", MTTQ, replace(MTTQ, authority_text="BAN THƯỜNG TRỰC")),
    ("TXT-SIGN-MISSING", "nd30", ND30, replace(ND30, authority_text="TRƯỞNG PHÒNG")),
    ("TXT-SIGN-MISSING", "party", PARTY, replace(PARTY, authority_text="BAN THƯỜNG VỤ")),
    (
        "LAY-MARGIN",
        "mttq",
        replace(MTTQ, landscape_margins_mm=(30, 15, 20, 20)),
        replace(MTTQ, landscape_margins_mm=(20, 20, 30, 15)),
    ),
    (
        "LAY-MARGIN",
        "nd30",
        replace(ND30, landscape_margins_mm=(15, 30, 20, 20)),
        replace(ND30, landscape_margins_mm=(10, 10, 10, 10)),
    ),
    (
        "TXT-NUMBER-TYPE",
        "mttq",
        replace(MTTQ, title_text="BÁO CÁO", number_text="Số: 45/BC-MTTQ-BTT"),
        replace(MTTQ, title_text="BÁO CÁO", number_text="Số: 45/QĐ-MTTQ-BTT"),
    ),
    ("TXT-NUMBER-TYPE", "party", PARTY, replace(PARTY, number_text="Số 211-QĐ/HU")),
    ("TXT-NUMBER-TYPE", "nd30", ND30, replace(ND30, title_text="TỜ TRÌNH")),
    (
        "TXT-KINHGUI-FORM",
        "nd30",
        replace(ND30, before_body=(KINH_GUI,)),
        replace(ND30, before_body=(("Kính gửi Ban Thường trực", Style(14), "center"),)),
    ),
    (
        "TXT-KINHGUI-FORM",
        "mttq",
        replace(MTTQ, before_body=KINH_GUI_LIST),
        replace(
            MTTQ,
            before_body=(*KINH_GUI_LIST[:2], ("- Đảng ủy xã Bản Hon;", Style(14), "left")),
        ),
    ),
    (
        "LAY-KINHGUI-SIZE",
        "nd30",
        replace(ND30, before_body=(KINH_GUI,)),
        replace(ND30, before_body=((KINH_GUI[0], Style(12), "center"),)),
    ),
    (
        "LAY-KINHGUI-STYLE",
        "nd30",
        replace(ND30, before_body=(KINH_GUI,)),
        replace(ND30, before_body=((KINH_GUI[0], Style(14, italic=True), "center"),)),
    ),
    (
        "TXT-VV-FORM",
        "nd30",
        replace(ND30, under_number=(("V/v tổ chức Đại hội", Style(12)),)),
        replace(ND30, under_number=(("V/V tổ chức Đại hội", Style(12)),)),
    ),
    (
        "LAY-VV-SIZE",
        "mttq",
        replace(MTTQ, under_number=(("V/v tổ chức Đại hội", Style(13)),)),
        replace(MTTQ, under_number=(("V/v tổ chức Đại hội", Style(14)),)),
    ),
    (
        "LAY-VV-STYLE",
        "nd30",
        replace(ND30, under_number=(("V/v tổ chức Đại hội", Style(12)),)),
        replace(ND30, under_number=(("V/v tổ chức Đại hội", Style(12, bold=True)),)),
    ),
    (
        "LAY-BASIS-STYLE",
        "nd30",
        replace(DECISION, number_text="Số: 05/QĐ-PNV", before_body=BASIS),
        replace(DECISION, number_text="Số: 05/QĐ-PNV", before_body=UPRIGHT_BASIS),
    ),
    (
        "LAY-BASIS-STYLE",
        "mttq",
        replace(DECISION, before_body=BASIS),
        replace(DECISION, before_body=UPRIGHT_BASIS),
    ),
    (
        "LAY-APPENDIX-SIZE",
        "mttq",
        replace(MTTQ, after_signature=APPENDIX),
        replace(MTTQ, after_signature=(("Phụ lục", Style(12, bold=True), "center"),)),
    ),
    (
        "LAY-APPENDIX-STYLE",
        "nd30",
        replace(ND30, after_signature=APPENDIX),
        replace(ND30, after_signature=(("PHỤ LỤC", Style(14, bold=True), "center"),)),
    ),
    (
        "LAY-APPENDIX-STYLE",
        "nd30",
        replace(ND30, after_signature=APPENDIX),
        replace(ND30, after_signature=(APPENDIX[0], (APPENDIX[1][0], Style(14), "left"))),
    ),
    (
        "LAY-APPENDIX-STYLE",
        "mttq",
        replace(MTTQ, after_signature=APPENDIX),
        replace(MTTQ, after_signature=(*APPENDIX[:2], (APPENDIX[2][0], Style(14), "center"))),
    ),
    (
        "TXT-APPENDIX-NUMBER",
        "mttq",
        replace(MTTQ, after_signature=two_appendices("Phụ lục I", "Phụ lục II")),
        replace(MTTQ, after_signature=two_appendices("Phụ lục 1", "Phụ lục 2")),
    ),
    (
        "LAY-MARK-STYLE",
        "nd30",
        replace(ND30, under_number=(("KHẨN", Style(13, bold=True)),)),
        replace(ND30, under_number=(("Khẩn", Style(13, bold=True)),)),
    ),
    (
        "LAY-MARK-STYLE",
        "mttq",
        replace(MTTQ, under_number=(("LƯU HÀNH NỘI BỘ", Style(13, bold=True)),)),
        replace(MTTQ, under_number=(("LƯU HÀNH NỘI BỘ", Style(13)),)),
    ),
    (
        "LAY-MARK-SIZE",
        "mttq",
        replace(MTTQ, under_number=(("HỎA TỐC", Style(14, bold=True)),)),
        replace(MTTQ, under_number=(("HỎA TỐC", Style(11, bold=True)),)),
    ),
]


@pytest.mark.parametrize(
    ("rule_id", "regime", "good", "bad"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES]
)
def test_form_rule_fires_only_on_the_broken_document(
    tmp_path: Path, rule_id: str, regime: str, good: DocSpec, bad: DocSpec
) -> None:
    assert_fires_only_on_bad(tmp_path, rule_id, regime, good, bad)


@pytest.mark.parametrize(
    ("regime", "spec"),
    [
        ("nd30", replace(ND30, before_body=(KINH_GUI,))),
        ("mttq", replace(MTTQ, before_body=KINH_GUI_LIST)),
        ("mttq", replace(MTTQ, under_number=(("V/v tổ chức Đại hội", Style(13)),))),
        ("mttq", replace(DECISION, before_body=BASIS)),
        ("mttq", replace(MTTQ, after_signature=APPENDIX)),
        ("mttq", replace(MTTQ, landscape_margins_mm=(30, 15, 20, 20))),
        ("nd30", replace(ND30, under_number=(("KHẨN", Style(13, bold=True)),))),
        ("mttq", replace(MTTQ, authority_text="CHỦ TỊCH", position_text="")),
    ],
    ids=["kinh-gui", "kinh-gui-list", "vv", "can-cu", "appendix", "landscape", "mark", "head"],
)
def test_compliant_forms_give_no_finding(tmp_path: Path, regime: str, spec: DocSpec) -> None:
    """Kính gửi, V/v and the rest have their own rules: they are not judged as body text."""
    report = check_document(build(tmp_path / "ok.docx", spec), regime=regime)

    assert [f"{f.rule_id}: {f.found}" for f in report.findings] == []


def test_the_tieu_ngu_finding_shows_the_en_dash(tmp_path: Path) -> None:
    spec = replace(MTTQ, tieu_ngu_text="Độc lập – Tự do – Hạnh phúc")

    report = check_document(build(tmp_path / "dash.docx", spec), regime="mttq")

    finding = next(f for f in report.findings if f.rule_id == "TXT-TIEUNGU-FORM")
    assert finding.expected == "Độc lập - Tự do - Hạnh phúc"
    assert "en dash" in finding.found
    assert finding.severity is Severity.ERROR


def test_a_collective_body_without_tm_gets_the_prefix_it_needs(tmp_path: Path) -> None:
    report = check_document(
        build(tmp_path / "tm.docx", replace(MTTQ, authority_text="BAN THƯỜNG TRỰC")),
        regime="mttq",
    )

    finding = next(f for f in report.findings if f.rule_id == "TXT-SIGN-MISSING")
    assert finding.expected == "TM. BAN THƯỜNG TRỰC"


def test_a_deputy_without_kt_gets_kt(tmp_path: Path) -> None:
    report = check_document(
        build(tmp_path / "kt.docx", replace(ND30, authority_text="TRƯỞNG PHÒNG")), regime="nd30"
    )

    finding = next(f for f in report.findings if f.rule_id == "TXT-SIGN-MISSING")
    assert finding.expected == "KT. TRƯỞNG PHÒNG"


def test_the_number_type_finding_names_the_code_the_title_needs(tmp_path: Path) -> None:
    spec = replace(MTTQ, title_text="BÁO CÁO", number_text="Số: 45/QĐ-MTTQ-BTT")

    report = check_document(build(tmp_path / "bc.docx", spec), regime="mttq")

    finding = next(f for f in report.findings if f.rule_id == "TXT-NUMBER-TYPE")
    assert (finding.expected, finding.found) == ("Số: 45/BC-MTTQ-BTT", "Số: 45/QĐ-MTTQ-BTT")


def test_upright_basis_lines_are_fine_where_no_basis_of_issue_is_required(tmp_path: Path) -> None:
    report = check_document(
        build(tmp_path / "kh.docx", replace(MTTQ, before_body=UPRIGHT_BASIS)), regime="mttq"
    )

    assert "LAY-BASIS-STYLE" not in report.rule_ids()


def test_upright_basis_lines_are_a_warning_in_mttq_practice(tmp_path: Path) -> None:
    report = check_document(
        build(tmp_path / "qd.docx", replace(DECISION, before_body=UPRIGHT_BASIS)), regime="mttq"
    )

    assert {f.severity for f in report.findings if f.rule_id == "LAY-BASIS-STYLE"} == {
        Severity.WARNING
    }


def test_party_basis_lines_are_upright(tmp_path: Path) -> None:
    spec = replace(
        PARTY,
        title_text="NGHỊ QUYẾT",
        number_text="Số 05-NQ/HU",
        before_body=(("Căn cứ Điều lệ Đảng;", Style(14, italic=True), "both"),),
    )

    report = check_document(build(tmp_path / "nq.docx", spec), regime="party")

    assert "LAY-BASIS-STYLE" in report.rule_ids()
