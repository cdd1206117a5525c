"""`validate` reports rule findings after the data checks; warnings fail only with --strict."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from congress_docs.cli import cli
from congress_docs.validate import validate_paths
from tests.test_rules_support import base_congress, changed, people, write

CITATION = "Kế hoạch 211-KH/HU ngày 29/8/2023, mục II.4"


def district(tmp_path: Path, *, warn: bool = False, error: bool = False) -> Path:
    """A folder of two communes; the second breaks the non-Party share or the delegate range."""
    folder = tmp_path / "huyen"
    write(folder, changed(base_congress(), **{"unit.name": "Sạch"}), "sach.yaml")
    second = changed(base_congress(), **{"unit.name": "Khác"})
    if warn:
        second["people"] = people(30, non_party=6)
    if error:
        second["congress"]["delegates"]["elected"] = 100
    write(folder, second, "khac.yaml")
    return folder


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--lang", "vi", "validate", *args])
    return result.exit_code, result.output


def test_clean_communes_exit_0(tmp_path: Path) -> None:
    code, output = run(str(district(tmp_path)))
    assert code == 0
    assert "quy định: 0 lỗi, 0 cảnh báo" in output


def test_warning_is_shown_with_fact_limit_citation_and_exits_0(tmp_path: Path) -> None:
    code, output = run(str(district(tmp_path, warn=True)))
    assert code == 0
    [line] = [line for line in output.splitlines() if "non-party-share" in line]
    assert "khac.yaml:" in line and "xã Khác" in line and "CẢNH BÁO" in line
    assert "thực tế 20%" in line and "quy định ≥ 25%" in line and CITATION in line
    assert "xã Sạch: " not in output


def test_strict_turns_the_warning_into_failure(tmp_path: Path) -> None:
    code, output = run("--strict", str(district(tmp_path, warn=True)))
    assert code == 1
    assert "non-party-share" in output


def test_rule_error_exits_1(tmp_path: Path) -> None:
    code, output = run(str(district(tmp_path, error=True)))
    assert code == 1
    assert "commune-delegates" in output and "quy định 80–130" in output
    assert "quy định: 1 lỗi, 0 cảnh báo" in output


def test_json_findings(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--lang", "en", "validate", "--format", "json",
                                      str(district(tmp_path, warn=True))])
    assert result.exit_code == 0
    report = json.loads(result.output)
    assert (report["ok"], report["rule_errors"], report["rule_warnings"]) == (True, 0, 1)
    finding = next(f for entry in report["files"] for f in entry["findings"])
    assert finding["rule_id"] == "non-party-share" and finding["severity"] == "warning"
    assert finding["fact"] == 20.0 and finding["limit"] == {"min": 25, "max": None}
    assert finding["citation"].startswith(CITATION) and finding["commune"] == "xã Khác"
    assert finding["message"].startswith("Non-Party members make up 20%")
    assert finding["field"] == "committee.members" and finding["line"] > 1


def test_json_strict_exit_code(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["validate", "--format", "json", "--strict",
                                      str(district(tmp_path, warn=True))])
    assert result.exit_code == 1
    assert json.loads(result.output)["ok"] is False


def test_missing_profile_makes_the_file_invalid(tmp_path: Path) -> None:
    folder = tmp_path / "x"
    write(folder, changed(base_congress(), rules_profile="khong-co"))
    code, output = run(str(folder))
    assert code == 1
    assert "khong-co" in output and "rules_profile" in output


def test_report_keeps_data_checks_and_findings_apart(tmp_path: Path) -> None:
    report = validate_paths([district(tmp_path, warn=True)])
    assert report.ok and report.passes() and not report.passes(strict=True)
    assert [finding.rule_id for finding in report.findings] == ["non-party-share"]
