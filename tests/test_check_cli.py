"""`congress-docs check`: text and JSON reports, exit codes, unreadable files without tracebacks."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from click.testing import CliRunner
from test_check_builders import PARTY, DocSpec, Style, build

from congress_docs.cli import cli


def run(*args: str) -> object:
    return CliRunner().invoke(cli, ["--lang", "en", "check", *args])


def test_a_compliant_document_passes_with_exit_code_0(tmp_path: Path) -> None:
    document = build(tmp_path / "ok.docx")

    result = run(str(document))

    assert result.exit_code == 0, result.output
    assert "ok.docx" in result.output
    assert "0 errors" in result.output


def test_an_error_gives_exit_code_1_and_names_the_rule(tmp_path: Path) -> None:
    document = build(tmp_path / "bad.docx", replace(DocSpec(), quoc_hieu=Style(16, bold=True)))

    result = run(str(document))

    assert result.exit_code == 1
    assert "LAY-QUOCHIEU-SIZE" in result.output
    assert "NĐ 30/2020 Phụ lục I" in result.output


def test_warnings_alone_give_exit_code_0(tmp_path: Path) -> None:
    document = build(tmp_path / "warn.docx", replace(DocSpec(), title=Style(15, bold=True)))

    result = run(str(document))

    assert result.exit_code == 0
    assert "LAY-TITLE-SIZE" in result.output


def test_the_regime_option_chooses_the_rule_set(tmp_path: Path) -> None:
    document = build(tmp_path / "party.docx", PARTY)

    assert run("--regime", "party", str(document)).exit_code == 0
    mttq = run("--regime", "mttq", str(document))
    assert mttq.exit_code == 1
    assert "LAY-HEADER" in mttq.output


def test_json_output_carries_every_field_of_a_finding(tmp_path: Path) -> None:
    document = build(tmp_path / "j.docx", replace(DocSpec(), number_text="Số 05-KH/MTTQ"))

    result = run("--format", "json", str(document))

    payload = json.loads(result.output)
    assert payload["has_errors"] is True
    finding = next(
        f for f in payload["reports"][0]["findings"] if f["rule_id"] == "TXT-NUMBER-FORM"
    )
    assert set(finding) >= {
        "rule_id",
        "severity",
        "location",
        "excerpt",
        "expected",
        "found",
        "source",
    }
    assert finding["found"] == "Số 05-KH/MTTQ"
    assert finding["where"]["kind"] == "table"
    assert result.exit_code == 1


def test_a_file_that_is_not_a_docx_is_named_without_a_traceback(tmp_path: Path) -> None:
    fake = tmp_path / "ghi-chu.docx"
    fake.write_text("không phải Word", encoding="utf-8")

    result = run(str(fake))

    assert result.exit_code == 1
    assert "ghi-chu.docx" in result.stderr
    assert "Error:" in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_several_files_are_all_checked_before_the_exit_code(tmp_path: Path) -> None:
    good = build(tmp_path / "a-good.docx")
    bad = build(tmp_path / "b-bad.docx", replace(DocSpec(), body=Style(12)))
    missing = tmp_path / "c-missing.docx"

    result = run(str(good), str(missing), str(bad))

    assert result.exit_code == 1
    assert "a-good.docx" in result.output
    assert "b-bad.docx" in result.output
    assert "LAY-BODY-SIZE" in result.output
    assert "c-missing.docx" in result.stderr


def test_an_unknown_regime_is_refused(tmp_path: Path) -> None:
    result = run("--regime", "hd05", str(build(tmp_path / "x.docx")))

    assert result.exit_code == 2


def test_messages_are_vietnamese_by_default(tmp_path: Path) -> None:
    document = build(tmp_path / "vi.docx", replace(DocSpec(), title=Style(15, bold=True)))

    result = CliRunner().invoke(cli, ["--lang", "vi", "check", str(document)])

    assert "cỡ chữ" in result.output.lower()
