"""The seed plan 211-KH/HU as a Party document gives exactly the slips of format-spec E."""

from __future__ import annotations

from pathlib import Path

from test_check_builders import build, seed_spec

from congress_docs.checker import check_document

# format-spec.md section E, rows 1-8: (rule id, written, expected)
SLIPS = {
    ("TXT-CITE-FORM", "64-HD-MTTQ-BTT", "64/HD-MTTQ-BTT"),
    ("TXT-CITE-TYPE", "104/TT-MTTW-BTT", "104/HD-MTTW-BTT"),
    ("TXT-CITE-SPACE", "01 - KL/TW", "01-KL/TW"),
    ("TXT-TERM-WORD", "nhiệm 2024", "nhiệm kỳ 2024"),
    ("TXT-TERM-RANGE", "2019-2024", "2019 - 2024"),
    ("TXT-CAPS-NAME", "Mặt Trận tổ quốc", "Mặt trận Tổ quốc"),
    ("TXT-D-STROKE", "BCD", "BCĐ"),
    ("TXT-SPACE-PUNCT", "2029 .", "2029."),
}


def test_the_seed_plan_gives_exactly_its_known_slips(tmp_path: Path) -> None:
    report = check_document(build(tmp_path / "211-KH-HU.docx", seed_spec()), regime="party")

    found = {(f.rule_id, f.found, f.expected) for f in report.findings}
    assert found == SLIPS
    assert len(report.findings) == len(SLIPS)


def test_each_slip_points_at_its_paragraph(tmp_path: Path) -> None:
    report = check_document(build(tmp_path / "211-KH-HU.docx", seed_spec()), regime="party")

    for finding in report.findings:
        assert finding.found in finding.excerpt
        assert finding.location.paragraph is not None


def test_the_seed_in_the_party_regime_has_no_layout_finding(tmp_path: Path) -> None:
    report = check_document(build(tmp_path / "211-KH-HU.docx", seed_spec()), regime="party")

    assert [f.rule_id for f in report.findings if not f.rule_id.startswith("TXT-")] == []
