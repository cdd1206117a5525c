"""`build`: every commune's documents written safely, hand edits protected, failures summarised."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import KIND_FILES

from congress_docs.build import build
from congress_docs.cli import cli
from congress_docs.errors import Issue, MissingDataError, TemplateProblemError
from congress_docs.i18n import set_language
from congress_docs.kinds import KIT_KINDS
from congress_docs.loading import LoadedCongress
from congress_docs.manifest import file_sha256
from congress_docs.pdf import PdfResult, find_soffice
from congress_docs.template_inspect import template_files


def simple_context(loaded: LoadedCongress, kind: str) -> dict[str, Any]:
    if kind in KIT_KINDS:  # a minimal commune gives none of the optional data of 06-11
        raise MissingDataError(kind, [Issue(None, "no data", field="congress.schedule")])
    unit = loaded.model.unit
    return {"unit": {"name": unit.name, "kind": unit.kind}, "kind": kind}


@pytest.fixture(autouse=True)
def english() -> Any:
    set_language("en")
    yield
    set_language("vi")


@pytest.fixture
def templates(make_template) -> Path:
    """A folder overriding all five kinds with small templates reading the simple context."""
    for kind, name in KIND_FILES.items():
        path = make_template(name, [f"{kind}", "{{ unit.kind }} {{ unit.name }}"])
    return path.parent


def run(paths: list[Path], output: Path, templates: Path, **options: Any) -> Any:
    return build(paths, output=output, templates=templates, context_builder=simple_context,
                 **options)


def test_writes_five_documents_per_commune_with_ascii_slugs(
    minimal_congress, templates, tmp_path, docx_text
) -> None:
    minimal_congress("Bản Hon")
    data = minimal_congress("Nà Tăm", stem="na-tam")
    report = run([data.parent], tmp_path / "out", templates)
    assert report.ok
    for commune in ("ban-hon", "na-tam"):
        folder = tmp_path / "out" / "tam-duong" / commune
        assert sorted(p.name for p in folder.glob("*.docx")) == sorted(KIND_FILES.values())
    text = docx_text(tmp_path / "out/tam-duong/na-tam/04-du-thao-nghi-quyet.docx")
    assert "resolution\nxã Nà Tăm" in text
    assert [c.count("written") for c in report.communes] == [5, 5]


def test_a_commune_without_district_goes_under_the_province(
    minimal_congress, templates, tmp_path
) -> None:
    data = minimal_congress("Bản Hon", with_district=False)
    run([data], tmp_path / "out", templates)
    assert (tmp_path / "out/lai-chau/ban-hon/01-bao-cao-chinh-tri.docx").is_file()


def test_the_manifest_records_hash_size_source_template_and_time(
    minimal_congress, templates, tmp_path
) -> None:
    data = minimal_congress("Bản Hon")
    run([data], tmp_path / "out", templates, kinds=["resolution"])
    folder = tmp_path / "out/tam-duong/ban-hon"
    entry = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["files"][
        "04-du-thao-nghi-quyet.docx"]
    written = folder / "04-du-thao-nghi-quyet.docx"
    assert entry["sha256"] == file_sha256(written)
    assert entry["size"] == written.stat().st_size
    assert entry["source"] == str(data.resolve())
    assert entry["template"] == str((templates / "04-du-thao-nghi-quyet.docx").resolve())
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", entry["built_at"])
    assert sorted(p.name for p in folder.iterdir()) == ["04-du-thao-nghi-quyet.docx",
                                                        "manifest.json"]


def test_an_unchanged_rebuild_writes_nothing_and_rebuild_rewrites(
    minimal_congress, templates, tmp_path
) -> None:
    data = minimal_congress("Bản Hon")
    run([data], tmp_path / "out", templates)
    report = run([data], tmp_path / "out", templates)
    assert report.communes[0].count("unchanged") == 5
    report = run([data], tmp_path / "out", templates, rebuild=True)
    assert report.communes[0].count("written") == 5
    assert not list((tmp_path / "out").rglob("*.bak-*"))


def test_a_document_edited_by_hand_is_kept_and_reported(
    minimal_congress, templates, tmp_path
) -> None:
    data = minimal_congress("Bản Hon")
    run([data], tmp_path / "out", templates)
    edited = tmp_path / "out/tam-duong/ban-hon/02-bao-cao-kiem-diem.docx"
    edited.write_bytes(edited.read_bytes() + b"edited")
    before = edited.read_bytes()
    report = run([data], tmp_path / "out", templates)
    assert edited.read_bytes() == before
    assert [d.path for d in report.kept()] == [edited]
    assert "edited by hand" in report.kept()[0].message
    assert report.ok
    assert report.communes[0].count("unchanged") == 4


def test_force_replaces_an_edited_document_and_keeps_a_backup(
    minimal_congress, templates, tmp_path
) -> None:
    data = minimal_congress("Bản Hon")
    run([data], tmp_path / "out", templates)
    edited = tmp_path / "out/tam-duong/ban-hon/02-bao-cao-kiem-diem.docx"
    edited.write_bytes(edited.read_bytes() + b"edited")
    hand_made = edited.read_bytes()
    report = run([data], tmp_path / "out", templates, force=True)
    backups = list(edited.parent.glob("02-bao-cao-kiem-diem.bak-*.docx"))
    assert len(backups) == 1
    assert re.fullmatch(r"02-bao-cao-kiem-diem\.bak-\d{8}-\d{6}\.docx", backups[0].name)
    assert backups[0].read_bytes() == hand_made
    assert edited.read_bytes() != hand_made
    replaced = [d for d in report.communes[0].documents if d.status == "replaced"]
    assert [d.backup for d in replaced] == backups
    # The replacement is ours again: the next build rewrites it without a new backup.
    run([data], tmp_path / "out", templates)
    assert len(list(edited.parent.glob("*.bak-*"))) == 1


def test_a_file_not_written_by_the_tool_is_not_overwritten(
    minimal_congress, templates, tmp_path
) -> None:
    data = minimal_congress("Bản Hon")
    foreign = tmp_path / "out/tam-duong/ban-hon/05-de-an-nhan-su.docx"
    foreign.parent.mkdir(parents=True)
    foreign.write_bytes(b"the secretary's own file")
    report = run([data], tmp_path / "out", templates)
    assert foreign.read_bytes() == b"the secretary's own file"
    assert "not written by congress-docs" in report.kept()[0].message


def test_invalid_data_writes_nothing_and_the_batch_goes_on(
    minimal_congress, templates, tmp_path
) -> None:
    good = minimal_congress("Bản Hon")
    bad = minimal_congress("Nà Tăm", stem="na-tam", unit={"kind": "làng"})
    report = run([good.parent], tmp_path / "out", templates)
    assert not report.ok
    assert not (tmp_path / "out/tam-duong/na-tam").exists()
    assert len(list((tmp_path / "out/tam-duong/ban-hon").glob("*.docx"))) == 5
    failures = report.failures()
    assert any(str(bad) in line and "unit.kind" in line for line in failures)
    failed = [c for c in report.communes if c.failed]
    assert [c.source for c in failed] == [bad]
    assert "nothing written" in failed[0].summary_line()


def test_a_render_error_fails_that_document_only(
    minimal_congress, make_template, templates, tmp_path
) -> None:
    # A computed key passes the template check but has no value for this commune.
    make_template("03-chuong-trinh-hanh-dong.docx", ["{{ unit[unit.kind] }}"])
    data = minimal_congress("Bản Hon")
    report = run([data], tmp_path / "out", templates)
    assert not report.ok
    documents = {d.kind: d.status for d in report.communes[0].documents}
    assert documents.pop("action_programme") == "failed"
    assert {documents[kind] for kind in KIND_FILES if kind in documents} == {"written"}
    assert {documents[kind] for kind in KIT_KINDS} == {"skipped"}
    assert any("'xã'" in line and "03-chuong-trinh" in line for line in report.failures())


def test_custom_templates_are_checked_before_anything_is_written(
    minimal_congress, make_template, templates, tmp_path
) -> None:
    make_template("01-bao-cao-chinh-tri.docx", ["{{ unit.nmae }}", "{% endfor %}"])
    make_template("05-de-an-nhan-su.docx", ["{{ chairman }}"])
    data = minimal_congress("Bản Hon")
    with pytest.raises(TemplateProblemError) as caught:
        run([data], tmp_path / "out", templates)
    message = str(caught.value)
    for expected in ("unit.nmae", "endfor", "chairman", "01-bao-cao", "05-de-an"):
        assert expected in message
    assert not (tmp_path / "out").exists()


def test_only_the_chosen_kinds_are_written(minimal_congress, templates, tmp_path) -> None:
    data = minimal_congress("Bản Hon")
    run([data], tmp_path / "out", templates, kinds=["resolution", "political_report"])
    names = sorted(p.name for p in (tmp_path / "out/tam-duong/ban-hon").glob("*.docx"))
    assert names == ["01-bao-cao-chinh-tri.docx", "04-du-thao-nghi-quyet.docx"]


def test_an_unknown_kind_is_refused(minimal_congress, templates, tmp_path) -> None:
    with pytest.raises(TemplateProblemError, match="minutes"):
        run([minimal_congress()], tmp_path / "out", templates, kinds=["minutes"])


def test_custom_templates_override_by_file_name_only(make_template) -> None:
    custom = make_template("04-du-thao-nghi-quyet.docx", ["x"])
    chosen = template_files(custom.parent)
    assert chosen["resolution"] == custom
    assert chosen["political_report"].parent != custom.parent
    assert chosen["political_report"].name == "01-bao-cao-chinh-tri.docx"


def test_rule_findings_are_carried_into_the_report(minimal_congress, templates, tmp_path) -> None:
    data = minimal_congress("Bản Hon")
    report = run([data], tmp_path / "out", templates,
                 rules=lambda loaded: [f"finding for {loaded.model.unit.name}"])
    assert report.findings == ("finding for Bản Hon",)


def test_cli_build_summarises_each_commune_and_exits_1_on_failure(
    minimal_congress, make_template, tmp_path
) -> None:
    for name in KIND_FILES.values():
        make_template(name, ["Văn kiện"], folder="static")
    minimal_congress("Bản Hon")
    minimal_congress("Nà Tăm", stem="na-tam", unit={"kind": "làng"})
    out = tmp_path / "out"
    args = ["--lang", "en", "build", str(tmp_path / "data"), "--output", str(out),
            "--templates", str(tmp_path / "static")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output
    assert "OK      xã Bản Hon: 5 written, 0 kept" in result.stdout
    assert "FAILED  na-tam.yaml: invalid data, 1 problem(s); nothing written" in result.stdout
    assert "Failures:" in result.stderr
    assert "unit.kind" in result.stderr
    assert "2 commune(s): 5 document(s) written, 0 kept, 1 commune(s) failed" in result.stdout


def test_cli_build_keeps_a_hand_edited_file_and_says_so_then_force_replaces_it(
    minimal_congress, make_template, tmp_path
) -> None:
    for name in KIND_FILES.values():
        make_template(name, ["Văn kiện"], folder="static")
    data = minimal_congress("Bản Hon")
    args = ["--lang", "en", "build", str(data), "--output", str(tmp_path / "out"),
            "--templates", str(tmp_path / "static")]
    assert CliRunner().invoke(cli, args).exit_code == 0
    edited = tmp_path / "out/tam-duong/ban-hon/01-bao-cao-chinh-tri.docx"
    edited.write_bytes(edited.read_bytes() + b"!")
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0
    assert f"{edited}: kept (edited by hand)" in result.stdout
    result = CliRunner().invoke(cli, [*args, "--force"])
    assert result.exit_code == 0
    assert f"{edited}: replaced; the old file is kept as 01-bao-cao-chinh-tri.bak-" in result.stdout


class FakeConverter:
    """Stands in for LibreOffice: writes a PDF for reports, fails for everything else."""

    def __init__(self, **_options: Any) -> None:
        self.seen: list[Path] = []

    def __enter__(self) -> FakeConverter:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None

    def convert(self, paths: list[Path]) -> list[PdfResult]:
        results = []
        for path in paths:
            if "bao-cao" in path.name:
                path.with_suffix(".pdf").write_bytes(b"%PDF-1.7 " + path.name.encode())
                results.append(PdfResult(path, path.with_suffix(".pdf"), None, 0.1))
            else:
                results.append(PdfResult(path, None, "LibreOffice crashed", 0.1))
        return results


def test_pdf_results_are_recorded_and_failures_reported(
    minimal_congress, templates, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr("congress_docs.build.pdfs.PdfConverter", FakeConverter)
    data = minimal_congress("Bản Hon")
    report = run([data], tmp_path / "out", templates, pdf=True,
                 kinds=["political_report", "resolution"])
    folder = tmp_path / "out/tam-duong/ban-hon"
    documents = {d.kind: d for d in report.communes[0].documents}
    assert documents["political_report"].pdf == folder / "01-bao-cao-chinh-tri.pdf"
    assert documents["resolution"].pdf_error == "LibreOffice crashed"
    assert not report.ok
    assert any("PDF: LibreOffice crashed" in line for line in report.failures())
    files = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["files"]
    assert files["01-bao-cao-chinh-tri.pdf"]["sha256"] == file_sha256(
        folder / "01-bao-cao-chinh-tri.pdf")
    assert "04-du-thao-nghi-quyet.pdf" not in files


def test_a_pdf_edited_by_hand_is_kept(minimal_congress, templates, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("congress_docs.build.pdfs.PdfConverter", FakeConverter)
    data = minimal_congress("Bản Hon")
    run([data], tmp_path / "out", templates, pdf=True, kinds=["political_report"])
    pdf = tmp_path / "out/tam-duong/ban-hon/01-bao-cao-chinh-tri.pdf"
    pdf.write_bytes(b"%PDF signed and scanned")
    report = run([data], tmp_path / "out", templates, pdf=True, kinds=["political_report"])
    assert pdf.read_bytes() == b"%PDF signed and scanned"
    assert "edited by hand" in report.communes[0].documents[0].message
    run([data], tmp_path / "out", templates, pdf=True, kinds=["political_report"], force=True)
    assert pdf.read_bytes() != b"%PDF signed and scanned"
    assert len(list(pdf.parent.glob("01-bao-cao-chinh-tri.bak-*.pdf"))) == 1


@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice is not installed")
def test_pdf_is_written_beside_the_document_with_libreoffice(
    minimal_congress, templates, tmp_path
) -> None:
    data = minimal_congress("Bản Hon")
    report = run([data], tmp_path / "out", templates, pdf=True, kinds=["resolution"])
    pdf = tmp_path / "out/tam-duong/ban-hon/04-du-thao-nghi-quyet.pdf"
    assert report.ok, report.failures()
    assert pdf.read_bytes().startswith(b"%PDF")
