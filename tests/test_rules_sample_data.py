"""The bundled sample district: only xã Khun Há breaks a rule, a warning, on purpose."""

from __future__ import annotations

from click.testing import CliRunner

from congress_docs.cli import cli
from congress_docs.paths import sample_district_dir
from congress_docs.validate import validate_paths

KHUN_HA = "xã Khun Há"


def test_every_sample_commune_is_clean_but_khun_ha() -> None:
    report = validate_paths([sample_district_dir()])
    assert report.ok, [str(issue) for result in report.files for issue in result.issues]
    assert len(report.files) >= 13
    assert [(f.commune, f.rule_id, f.severity) for f in report.findings] == [
        (KHUN_HA, "non-party-share", "warning")]
    [finding] = report.findings
    assert isinstance(finding.fact, float) and finding.fact < 25
    assert finding.path is not None and finding.path.name != "district.yaml"
    comments = [line.split("#", 1)[1].lower() for line in
                finding.path.read_text(encoding="utf-8").splitlines() if "#" in line]
    assert any("ngoài đảng" in comment for comment in comments)  # the breach is marked


def test_validate_shows_the_warning_with_its_citation_and_exits_0() -> None:
    result = CliRunner().invoke(cli, ["--lang", "vi", "validate"])
    assert result.exit_code == 0, result.output
    [line] = [line for line in result.output.splitlines() if "non-party-share" in line]
    assert KHUN_HA in line and "Kế hoạch 211-KH/HU ngày 29/8/2023, mục II.4" in line
    assert "quy định ≥ 25%" in line


def test_validate_strict_exits_1() -> None:
    result = CliRunner().invoke(cli, ["--lang", "vi", "validate", "--strict"])
    assert result.exit_code == 1
    assert "quy định: 0 lỗi, 1 cảnh báo" in result.output
