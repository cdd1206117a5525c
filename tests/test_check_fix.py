"""`check --fix`: a new file with the layout mended, the text and the input untouched."""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx_faults import add_fault
from docx_text import docx_lines
from sample_documents import built_samples
from shared_files import REALDOCS, realdocs_names, require
from test_check_builders import DocSpec, Style, build

from congress_docs.checker import check_document
from congress_docs.checker.fix import fix_document, paragraph_texts
from congress_docs.cli import cli
from congress_docs.errors import FixRefusedError, OutputConflictError
from congress_docs.i18n import set_language

# Word's defaults in the United States: Letter paper, 1-inch margins, Arial (Calibri's stand-in)
# 11 pt, left-aligned, no indent, no spacing; header elements all 11 pt, title 16 pt.
LETTER = replace(
    DocSpec(),
    paper_mm=(215.9, 279.4),
    margins_mm=(25.4, 25.4, 25.4, 25.4),
    font="Arial",
    body=Style(11),
    body_align="left",
    indent_mm=0,
    before_pt=0,
    after_pt=0,
    line=1.08,
    quoc_hieu=Style(11, bold=True),
    tieu_ngu=Style(11),
    issuer=Style(11),
    issuer_parent=Style(11),
    number=Style(11),
    date=Style(11),
    title=Style(16, bold=True),
    summary=Style(11),
    authority=Style(11),
    position=Style(11),
    name=Style(11),
    recipients_label=Style(11),
    recipient=Style(11),
    landscape_margins_mm=(25.4, 25.4, 25.4, 25.4),
    header_widths_mm=(82.55, 82.55),
)


@pytest.fixture(autouse=True)
def english() -> None:
    """Messages in English, so the tests can read them (conftest puts Vietnamese back after)."""
    set_language("en")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def texts(path: Path) -> dict[str, list[str]]:
    return paragraph_texts(docx.Document(str(path)))


def layout_findings(path: Path, regime: str = "mttq") -> list[str]:
    report = check_document(path, regime=regime)
    return [f"{f.rule_id}: {f.found}" for f in report.findings if f.rule_id.startswith("LAY-")]


def test_a_letter_arial_one_inch_document_comes_out_passing_every_layout_rule(
    tmp_path: Path,
) -> None:
    source = build(tmp_path / "letter.docx", LETTER)
    before_hash, before_stat = sha256(source), source.stat()
    assert len(layout_findings(source)) > 20

    result = fix_document(source, tmp_path / "fixed.docx")

    assert result.written
    assert layout_findings(tmp_path / "fixed.docx") == []
    assert check_document(tmp_path / "fixed.docx").findings == []
    assert texts(tmp_path / "fixed.docx") == texts(source)
    assert docx_lines(tmp_path / "fixed.docx") == docx_lines(source)
    assert sha256(source) == before_hash
    assert source.stat().st_mtime_ns == before_stat.st_mtime_ns


def test_the_quoc_hieu_column_is_widened_to_hold_its_line(tmp_path: Path) -> None:
    source = build(tmp_path / "letter.docx", LETTER)  # Word's even split: 82.5 + 82.5 mm

    result = fix_document(source, tmp_path / "fixed.docx")

    table = docx.Document(str(tmp_path / "fixed.docx")).tables[0]
    left, right = (cell.width.mm for cell in table.rows[0].cells)
    assert right >= 90 and left >= 50
    assert left + right <= 165.5  # A4 text width 160 mm, 5 mm to spare at most
    assert any(change.what == "column widths" for change in result.changes)


def test_the_input_is_only_ever_read(tmp_path: Path) -> None:
    source = build(tmp_path / "letter.docx", LETTER)
    source.chmod(stat.S_IRUSR)  # read-only: opening it for writing would fail
    try:
        fix_document(source, tmp_path / "fixed.docx")
    finally:
        source.chmod(stat.S_IRUSR | stat.S_IWUSR)

    assert (tmp_path / "fixed.docx").is_file()


def test_every_layout_change_is_listed(tmp_path: Path) -> None:
    source = build(tmp_path / "letter.docx", LETTER)

    result = fix_document(source, tmp_path / "fixed.docx")

    what = {change.what for change in result.changes}
    assert {"paper", "left margin", "right margin", "size", "alignment"} <= what
    assert any(c.before == "Arial" and c.after == "Times New Roman" for c in result.changes)


@pytest.mark.parametrize("fault", ["tracked", "protected", "macros", "signed", "legacy-font"])
def test_documents_that_must_not_be_touched_are_refused_with_the_reason(
    tmp_path: Path, fault: str
) -> None:
    suffix = ".docm" if fault == "macros" else ".docx"
    source = add_fault(build(tmp_path / f"in{suffix}", LETTER), fault)
    before = sha256(source)

    with pytest.raises(FixRefusedError) as refused:
        fix_document(source, tmp_path / "out.docx")

    assert "in" + suffix in str(refused.value)
    assert not (tmp_path / "out.docx").exists()
    assert sha256(source) == before


def test_tracked_changes_are_named_in_the_refusal(tmp_path: Path) -> None:
    source = add_fault(build(tmp_path / "in.docx", LETTER), "tracked")

    result = CliRunner().invoke(
        cli, ["--lang", "en", "check", "--fix", str(source), "-o", str(tmp_path / "out.docx")]
    )

    assert result.exit_code == 1
    assert "tracked changes" in result.output
    assert not (tmp_path / "out.docx").exists()


def test_legacy_fonts_get_the_hint_to_the_encoding_converter(tmp_path: Path) -> None:
    source = add_fault(build(tmp_path / "vn.docx"), "legacy-font")

    with pytest.raises(FixRefusedError, match="Unicode"):
        fix_document(source, tmp_path / "out.docx")


def test_a_dry_run_lists_the_changes_and_writes_nothing(tmp_path: Path) -> None:
    source = build(tmp_path / "letter.docx", LETTER)

    result = CliRunner().invoke(cli, ["--lang", "en", "check", "--fix", "--dry-run", str(source)])

    assert result.exit_code == 0, result.output
    assert "dry run" in result.output
    assert "Arial -> Times New Roman" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.docx"]


def test_an_existing_output_is_kept_without_force(tmp_path: Path) -> None:
    source = build(tmp_path / "letter.docx", LETTER)
    target = tmp_path / "out.docx"
    target.write_bytes(b"the user's own file")

    with pytest.raises(OutputConflictError, match="--force"):
        fix_document(source, target)
    assert target.read_bytes() == b"the user's own file"

    fix_document(source, target, force=True)
    assert layout_findings(target) == []


def test_the_input_is_never_the_output_even_with_force(tmp_path: Path) -> None:
    source = build(tmp_path / "letter.docx", LETTER)
    before = sha256(source)

    with pytest.raises(OutputConflictError, match="never overwrites"):
        fix_document(source, source, force=True)
    assert sha256(source) == before


def test_a_compliant_document_needs_no_change_and_no_file(tmp_path: Path) -> None:
    source = build(tmp_path / "ok.docx")

    result = fix_document(source, tmp_path / "out.docx")

    assert result.changes == []
    assert not (tmp_path / "out.docx").exists()


def test_a_folder_is_fixed_file_by_file_and_a_refusal_stops_only_its_file(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    (folder / "xa").mkdir(parents=True)
    build(folder / "xa" / "letter.docx", LETTER)
    add_fault(build(folder / "tracked.docx", LETTER), "tracked")

    result = CliRunner().invoke(
        cli, ["--lang", "en", "check", "--fix", str(folder), "-o", str(tmp_path / "out")]
    )

    assert result.exit_code == 1
    assert "REFUSED" in result.output and "tracked.docx" in result.output
    assert layout_findings(tmp_path / "out" / "xa" / "letter.docx") == []
    assert not (tmp_path / "out" / "tracked.docx").exists()


def test_fix_needs_an_output(tmp_path: Path) -> None:
    source = build(tmp_path / "letter.docx", LETTER)

    result = CliRunner().invoke(cli, ["--lang", "en", "check", "--fix", str(source)])

    assert result.exit_code == 2
    assert "-o" in result.output


def test_a_landscape_section_gets_turned_margins(tmp_path: Path) -> None:
    spec = replace(DocSpec(), landscape_margins_mm=(20, 20, 30, 15))
    source = build(tmp_path / "wide.docx", spec)
    assert "LAY-MARGIN" in check_document(source).rule_ids()

    fix_document(source, tmp_path / "out.docx")

    section = docx.Document(str(tmp_path / "out.docx")).sections[1]
    assert section.page_width > section.page_height
    assert round(section.top_margin.mm) == 30
    assert "LAY-MARGIN" not in check_document(tmp_path / "out.docx").rule_ids()


@pytest.mark.parametrize("name", realdocs_names())
def test_real_documents_keep_every_character(tmp_path: Path, name: str) -> None:
    source = require(REALDOCS / name)
    before = sha256(source)
    regime = "nd30" if name.startswith("state") else "mttq"

    result = fix_document(source, tmp_path / "out.docx", regime=regime)

    if result.written:
        assert texts(tmp_path / "out.docx") == texts(source)
        fixed = {f.rule_id for f in check_document(tmp_path / "out.docx", regime=regime).findings}
        assert fixed <= {f.rule_id for f in result.before.findings}
    assert sha256(source) == before
    assert not os.access(tmp_path / "out.docx", os.F_OK) or result.written


def test_generated_documents_need_no_layout_fix(tmp_path_factory: pytest.TempPathFactory) -> None:
    documents = built_samples(tmp_path_factory.getbasetemp() / "sample-build")
    out = tmp_path_factory.mktemp("fixed")

    changed = {
        f"{path.parent.name}/{path.name}": fix_document(path, out / path.name, dry_run=True).changes
        for path in documents
        if path.parent.name in ("ban-hon", "khun-ha")
    }

    assert len(changed) >= 10
    assert {name: changes for name, changes in changed.items() if changes} == {}
