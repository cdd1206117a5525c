"""Incremental, reproducible, parallel builds: only what changed is written, bytes are stable."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

import docx
import pytest
from click.testing import CliRunner

from congress_docs.build import build
from congress_docs.build import commune as commune_module
from congress_docs.build_report import CommuneOutcome
from congress_docs.cli import cli
from congress_docs.i18n import set_language
from congress_docs.kinds import CORE_KINDS
from congress_docs.manifest import load_manifest
from congress_docs.paths import sample_district_dir
from congress_docs.progress import BuildProgress
from congress_docs.template_inspect import template_files

COMMUNES = ("ban-bo.yaml", "ban-hon.yaml", "khun-ha.yaml")
# The five core documents: what every sample commune writes (06-11 depend on each file's data).
FIVE = {"kinds": CORE_KINDS}


@pytest.fixture
def district(tmp_path: Path) -> Path:
    """Three communes of the sample district, with its district file."""
    folder = tmp_path / "data" / "tam-duong"
    folder.mkdir(parents=True)
    for name in ("district.yaml", *COMMUNES):
        shutil.copy(sample_district_dir() / name, folder / name)
    return folder


def documents(output: Path) -> dict[str, bytes]:
    return {str(path.relative_to(output)): path.read_bytes()
            for path in sorted(output.rglob("*.docx"))}


def statuses(report: Any) -> dict[str, list[str]]:
    return {commune.source.name: [d.status for d in commune.documents]
            for commune in report.communes}


def test_two_builds_of_the_same_data_give_the_same_bytes(district: Path, tmp_path: Path) -> None:
    first = build([district], output=tmp_path / "one", **FIVE)
    second = build([district], output=tmp_path / "two", jobs=2, **FIVE)
    assert first.ok and second.ok
    one, two = documents(tmp_path / "one"), documents(tmp_path / "two")
    assert len(one) == 15
    assert one == two
    build([district], output=tmp_path / "one", rebuild=True, **FIVE)
    assert documents(tmp_path / "one") == one


def test_an_unchanged_rebuild_writes_nothing(district: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    build([district], output=output, **FIVE)
    times = {path: path.stat().st_mtime_ns for path in output.rglob("*.docx")}
    report = build([district], output=output, **FIVE)
    assert set(statuses(report)) == set(COMMUNES)
    assert all(status == ["unchanged"] * 5 for status in statuses(report).values())
    assert {path: path.stat().st_mtime_ns for path in output.rglob("*.docx")} == times
    # Rule findings and warnings are reported again as the first build found them.
    assert "non-party-share" in "\n".join(str(f) for f in report.findings)


def test_an_unchanged_file_is_not_even_read_again(district: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    output = tmp_path / "out"
    build([district], output=output, **FIVE)

    def refuse(path: Path) -> None:
        raise AssertionError(f"{path} was read again")

    monkeypatch.setattr(commune_module, "load_congress", refuse)
    report = build([district], output=output, **FIVE)
    assert report.ok
    assert sum(commune.count("unchanged") for commune in report.communes) == 15


def test_a_changed_commune_rewrites_exactly_its_documents(district: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    build([district], output=output, **FIVE)
    before = documents(output)
    changed = district / "ban-hon.yaml"
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("  venue: ", "  venue: Hội trường mới, ", 1), encoding="utf-8")
    report = build([district], output=output, **FIVE)
    assert statuses(report)["ban-hon.yaml"] == ["written"] * 5
    assert statuses(report)["ban-bo.yaml"] == ["unchanged"] * 5
    assert statuses(report)["khun-ha.yaml"] == ["unchanged"] * 5
    after = documents(output)
    rewritten = {name for name in after if after[name] != before[name]}
    assert rewritten and all(name.startswith("tam-duong/ban-hon/") for name in rewritten)


def test_a_comment_changed_in_a_file_rewrites_nothing(district: Path, tmp_path: Path) -> None:
    # The file is read again (its bytes changed) but its data after the merge did not.
    output = tmp_path / "out"
    build([district], output=output, **FIVE)
    changed = district / "ban-bo.yaml"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n# ghi chú\n", encoding="utf-8")
    report = build([district], output=output, **FIVE)
    assert statuses(report)["ban-bo.yaml"] == ["unchanged"] * 5


def test_a_changed_district_file_or_template_rewrites_what_depends_on_it(
    district: Path, tmp_path: Path
) -> None:
    output = tmp_path / "out"
    build([district], output=output, **FIVE)
    shared = district / "district.yaml"
    shared.write_text(shared.read_text(encoding="utf-8").replace("date: 2024-06-20",
                                                                 "date: 2024-06-27"),
                      encoding="utf-8")
    report = build([district], output=output, **FIVE)
    assert all("written" in s for s in statuses(report).values())
    # A custom template with other bytes (same text): only its documents are written again.
    templates = tmp_path / "templates"
    templates.mkdir()
    name = "04-du-thao-nghi-quyet.docx"
    document = docx.Document(str(template_files()["resolution"]))
    document.core_properties.subject = "Bản của huyện"
    document.save(str(templates / name))
    report = build([district], output=output, templates=templates, **FIVE)
    for status in statuses(report).values():
        assert status == ["unchanged"] * 3 + ["written", "unchanged"]


def test_only_failed_builds_again_just_the_failures(district: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    broken = district / "ban-bo.yaml"
    good = broken.read_text(encoding="utf-8")
    broken.write_text(good.replace("unit:", "unit: [", 1), encoding="utf-8")
    report = build([district], output=output, **FIVE)
    assert [c.source.name for c in report.communes if c.failed] == ["ban-bo.yaml"]
    broken.write_text(good, encoding="utf-8")
    report = build([district], output=output, only_failed=True, **FIVE)
    assert [c.source.name for c in report.communes] == ["ban-bo.yaml"]
    assert report.ok and report.communes[0].count("written") == 5
    assert build([district], output=output, only_failed=True, **FIVE).communes == ()


def test_the_manifest_records_what_each_document_was_made_from(district: Path,
                                                                tmp_path: Path) -> None:
    output = tmp_path / "out"
    build([district], output=output, **FIVE)
    entries = load_manifest(output / "tam-duong" / "ban-hon").entries
    entry = entries["01-bao-cao-chinh-tri.docx"]
    assert len(entry.data_sha256) == len(entry.template_sha256) == 64
    assert entry.tool_version


def test_cli_prints_progress_lines_and_a_timing_summary_when_not_a_terminal(
    district: Path, tmp_path: Path
) -> None:
    args = ["--lang", "en", "build", str(district), "--output", str(tmp_path / "out"),
            "--jobs", "2", *(option for kind in CORE_KINDS for option in ("--kind", kind))]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("progress: ")]
    assert lines[-1].startswith("progress: 3/3 communes (100%), 15 documents, 0 failed")
    assert len(lines) == 3
    assert "\r" not in result.stderr
    assert "15 document(s) in " in result.stderr and "15 written, 0 unchanged" in result.stderr
    again = CliRunner().invoke(cli, args)
    assert "0 written, 15 unchanged, 0 failed" in again.stderr


def test_the_bar_redraws_one_line_on_a_terminal() -> None:
    set_language("en")
    stream = io.StringIO()
    ticks = iter(range(100))
    progress = BuildProgress(stream, tty=True, clock=lambda: float(next(ticks)))
    for done in range(1, 5):
        progress(CommuneOutcome(Path(f"{done}.yaml"), "x"), done, 4)
    text = stream.getvalue()
    assert text.count("\r") == 4 and text.endswith("\n")
    assert "[" + "#" * 24 + "] 4/4 communes" in text
