"""Real documents (../shared/realdocs): checked without a crash, their measured deviations found."""

from __future__ import annotations

import pytest
from shared_files import REALDOCS, realdocs_names, require

from congress_docs.checker import REGIMES, Severity, check_document


@pytest.fixture(autouse=True)
def _realdocs_present() -> None:
    require(REALDOCS)


# The deviations each file's README entry lists, as (rule id, words the finding's excerpt holds).
# An empty excerpt means the finding is about the whole section (page setup, page numbers).
DEVIATIONS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "mttq02_luongminh_kh16_baucu.docx": (
        "mttq",
        [
            ("LAY-NUMBER-SIZE", "Số: 16/KH-MTTQ-BTT"),
            ("LAY-SIGN-STYLE", "TM. BAN THƯỜNG TRỰC"),
            ("LAY-PAGENUM-FOOTER", ""),
            ("LAY-PAGENUM-FIRST", ""),
        ],
    ),
    "mttq03_luongminh_kh_hiepthuong.docx": (
        "mttq",
        [
            ("LAY-NUMBER-SIZE", "/KH-MTTQ-BTT"),
            ("LAY-SIGN-STYLE", "TM. BAN THƯỜNG TRỰC"),
            ("LAY-PAGENUM-FOOTER", ""),
            # the annex header (Quốc hiệu + Tiêu ngữ in one 12 pt paragraph): Tiêu ngữ below 13 pt
            ("LAY-TIEUNGU-SIZE", "Độc lập - Tự do - Hạnh phúc"),
            ("LAY-SEPARATOR-TYPED", "-------"),
            # NĐ 30 III.1.b writes "Phụ lục" in lower case; the annex heading is in capitals
            ("LAY-APPENDIX-STYLE", "PHỤ LỤC"),
        ],
    ),
    "mttq05_luongminh_hd_mttq_baucu.docx": (
        "mttq",
        [
            ("LAY-QUOCHIEU-SIZE", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("LAY-ISSUER-SIZE", "BAN THƯỜNG TRỰC"),
            ("LAY-NUMBER-SIZE", "/HD-MTTQ-BTT"),
            ("LAY-BODY-SPACING", ""),
            ("LAY-SIGN-STYLE", "TM. BAN THƯỜNG TRỰC"),
            ("LAY-PAGENUM-FOOTER", ""),
            ("LAY-PAGENUM-FIRST", ""),
        ],
    ),
    "mttq06_baccamranh_kh_giamsat.docx": (
        "mttq",
        [
            ("LAY-QUOCHIEU-SIZE", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("LAY-ISSUER-SIZE", "PHƯỜNG BẮC CAM RANH"),
            ("LAY-NUMBER-SIZE", "/KH-MTTQ-BTT"),
            ("LAY-TITLE-SIZE", "KẾ HOẠCH"),
            ("LAY-SEPARATOR-UNDERLINE", "BAN THƯỜNG TRỰC"),
            ("LAY-SIGN-STYLE", "TM. BAN THƯỜNG TRỰC"),
            ("TXT-NOINHAN-PUNCT", "- BTT UBMTTQVN"),
            ("TXT-SPACE-PUNCT", "( B/c)"),
        ],
    ),
    "mttq07_luongminh_kh_hiepthuong2.docx": (
        "mttq",
        [
            ("LAY-ISSUER-SIZE", "ỦY BAN MTTQ VIỆT NAM"),
            ("TXT-HEADER-STRAY", "/ỦY BAN MTTQ VIỆT NAM"),
            ("LAY-NUMBER-SIZE", "/KH-MTTQ-BTT"),
            ("LAY-TITLE-SIZE", "KẾ HOẠCH"),
            ("LAY-SIGN-STYLE", "TM. BAN THƯỜNG TRỰC"),
            ("LAY-PAGENUM-FOOTER", ""),
            ("TXT-SPACE-RUN", "Hội đồng nhân dân"),
        ],
    ),
    "mttq08_luongminh_qd_totiepcongdan.docx": (
        "mttq",
        [
            ("LAY-NUMBER-SIZE", "/QĐ-MTTQ-BTT"),
            ("LAY-TITLE-SIZE", "QUYẾT ĐỊNH"),
            ("LAY-SIGN-STYLE", "TM. BAN THƯỜNG TRỰC"),
            ("LAY-PAGENUM-MISSING", ""),
            ("TXT-CAPS-ARTICLE", "Như điều 3"),
            # a decision: NĐ 30 II.6.a puts its Căn cứ lines in italics; these are upright
            ("LAY-BASIS-STYLE", "Căn cứ Luật Bầu cử"),
        ],
    ),
    "state01_phobang_ubbc_kh01_tuyentruyen.docx": (
        "nd30",
        [
            ("LAY-ISSUER-SIZE", "TIỂU BAN THÔNG TIN"),
            ("LAY-NUMBER-SIZE", "Số: 01/KH-TBTTKT"),
            ("LAY-SIGN-EXTRA", "TRƯỞNG BAN XÂY DỰNG ĐẢNG"),
            ("TXT-NOINHAN-LUU", "Lưu Ban xây dựng Đảng"),
        ],
    ),
}


def test_the_real_documents_are_where_the_readme_says() -> None:
    names = {path.name for path in REALDOCS.glob("*.docx")}

    assert (
        set(DEVIATIONS) | {"state05_nd30_2020_nghidinh.docx", "state06_nd30_phuluc3_mau.docx"}
        <= names
    )


@pytest.mark.parametrize("regime", REGIMES)
@pytest.mark.parametrize("name", realdocs_names())
def test_every_real_document_is_checked_without_a_crash(name: str, regime: str) -> None:
    report = check_document(REALDOCS / name, regime=regime)

    assert report.ruleset
    assert all(finding.source for finding in report.findings)


@pytest.mark.parametrize("name", sorted(DEVIATIONS))
def test_the_readme_deviations_are_reported(name: str) -> None:
    regime, expected = DEVIATIONS[name]

    report = check_document(REALDOCS / name, regime=regime)

    for rule_id, words in expected:
        matching = [f for f in report.findings if f.rule_id == rule_id and words in f.excerpt]
        assert matching, f"{name}: no {rule_id} finding about {words!r}"


def test_the_decree_itself_has_no_layout_error() -> None:
    report = check_document(REALDOCS / "state05_nd30_2020_nghidinh.docx", regime="nd30")

    layout_errors = [
        f for f in report.findings if f.rule_id.startswith("LAY-") and f.severity is Severity.ERROR
    ]
    assert layout_errors == []
    # the title is bold through the "Strong" character style, the fonts are plain Times New Roman
    assert not {"LAY-TITLE-STYLE", "LAY-FONT", "LAY-MARGIN"} & report.rule_ids()
    # its underscores are typed separators, recognised as such but only noted
    typed = [f for f in report.findings if f.rule_id == "LAY-SEPARATOR-TYPED"]
    assert typed and {f.severity for f in typed} == {Severity.INFO}


def test_the_sample_forms_are_reported_as_a_collection() -> None:
    report = check_document(REALDOCS / "state06_nd30_phuluc3_mau.docx", regime="nd30")

    assert [f.rule_id for f in report.findings] == ["DOC-MULTI-TEMPLATE"]
    assert report.findings[0].severity is Severity.INFO


def test_a_blank_day_in_a_real_unregistered_copy_is_only_info() -> None:
    report = check_document(REALDOCS / "mttq05_luongminh_hd_mttq_baucu.docx", regime="mttq")

    dates = [f for f in report.findings if f.rule_id.startswith("TXT-DATE")]
    assert [(f.rule_id, f.severity) for f in dates] == [("TXT-DATE-BLANK", Severity.INFO)]


def test_times_new_roman_bold_face_counts_as_times_new_roman() -> None:
    report = check_document(REALDOCS / "mttq02_luongminh_kh16_baucu.docx", regime="mttq")

    assert "LAY-FONT" not in report.rule_ids()
    assert "LAY-QUOCHIEU-STYLE" not in report.rule_ids()


# What the rules added for the peers' known deviations find in the real documents: nothing but
# the two true deviations above (as warnings), and no notice (none holds tracked changes etc.).
NEW_RULES = {
    "TXT-QUOCHIEU-FORM", "TXT-TIEUNGU-FORM", "TXT-SIGN-SPACE", "TXT-SIGN-MISSING",
    "TXT-NUMBER-TYPE", "TXT-VV-FORM", "TXT-KINHGUI-FORM", "TXT-APPENDIX-NUMBER",
    "LAY-KINHGUI-SIZE", "LAY-KINHGUI-STYLE", "LAY-VV-SIZE", "LAY-VV-STYLE", "LAY-BASIS-STYLE",
    "LAY-APPENDIX-SIZE", "LAY-APPENDIX-STYLE", "LAY-MARK-SIZE", "LAY-MARK-STYLE",
}
NEW_FINDINGS = {
    "mttq03_luongminh_kh_hiepthuong.docx": {("LAY-APPENDIX-STYLE", Severity.WARNING)},
    "mttq08_luongminh_qd_totiepcongdan.docx": {("LAY-BASIS-STYLE", Severity.WARNING)},
}


@pytest.mark.parametrize("name", sorted(p.name for p in REALDOCS.glob("*.docx")))
def test_the_new_rules_find_only_the_true_deviations(name: str) -> None:
    regime = "nd30" if name.startswith("state") else "mttq"

    report = check_document(REALDOCS / name, regime=regime)

    found = {
        (f.rule_id, f.severity)
        for f in report.findings
        if f.rule_id in NEW_RULES or (f.rule_id.startswith("DOC-") and "MULTI" not in f.rule_id)
    }
    assert found == NEW_FINDINGS.get(name, set())
