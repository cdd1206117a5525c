"""Validation and the summary read one file at a time: flat memory, duplicates still named."""

from __future__ import annotations

import gc
import json
import shutil
import weakref
from pathlib import Path

import pytest
from click.testing import CliRunner

from congress_docs import validate
from congress_docs.cli import cli
from congress_docs.validate import iter_validated, validate_paths

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "post-2025" / "lai-chau"


def province_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "lai-chau"
    shutil.copytree(SAMPLE, folder)
    return folder


def test_a_result_is_let_go_once_the_next_one_is_taken(tmp_path: Path) -> None:
    results = iter_validated([province_copy(tmp_path)])
    first = next(results)
    assert first.loaded is not None
    gone = weakref.ref(first.loaded)
    del first
    second = next(results)
    gc.collect()
    assert gone() is None, "the validation still holds the first file's data"
    assert second.loaded is not None


def test_streamed_results_are_those_of_validate_paths(tmp_path: Path) -> None:
    folder = province_copy(tmp_path)
    streamed = [(r.path, r.ok, r.issues, r.findings) for r in iter_validated([folder])]
    whole = [(r.path, r.ok, r.issues, r.findings) for r in validate_paths([folder]).files]
    assert streamed == whole
    assert len(streamed) == 2


def numbered_wards(tmp_path: Path) -> Path:
    folder = province_copy(tmp_path)
    text = (folder / "muong-than.yaml").read_text(encoding="utf-8")
    ward = text.replace("unit: {kind: xã, name: Mường Than}", "unit: {kind: phường, name: 12}")
    assert ward != text
    for name in ("phuong-12.yaml", "phuong-12-ban-sao.yaml"):
        (folder / name).write_text(ward, encoding="utf-8")
    return folder


def test_two_files_of_one_numbered_ward_both_carry_the_duplicate(tmp_path: Path) -> None:
    results = {r.path.name: r for r in iter_validated([numbered_wards(tmp_path)])}
    for name, other in (("phuong-12.yaml", "phuong-12-ban-sao.yaml"),
                        ("phuong-12-ban-sao.yaml", "phuong-12.yaml")):
        assert not results[name].ok
        assert any(other in issue.message for issue in results[name].issues)
    assert results["muong-than.yaml"].ok


def test_a_duplicate_the_first_reading_misses_is_caught_from_the_loaded_data(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Names the first reading cannot tell (an alias, say) leave it to the loaded data: the
    # later file of the two carries the issue, naming the earlier one.
    folder = numbered_wards(tmp_path)
    monkeypatch.setattr(validate, "scan_key", lambda _path: None)
    results = {r.path.name: r for r in iter_validated([folder])}
    assert results["phuong-12-ban-sao.yaml"].ok
    later = results["phuong-12.yaml"]
    assert not later.ok
    assert any("phuong-12-ban-sao.yaml" in issue.message for issue in later.issues)


def test_validate_json_counts_every_file(tmp_path: Path) -> None:
    folder = province_copy(tmp_path)
    shutil.copy(folder / "muong-than.yaml", folder / "muong-than - Copy.yaml")
    result = CliRunner().invoke(cli, ["--lang", "en", "validate", "--format", "json", str(folder)])
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert [Path(entry["file"]).name for entry in report["files"]] == [
        "muong-than - Copy.yaml", "muong-than.yaml", "tan-phong.yaml"]
    assert [entry["ok"] for entry in report["files"]] == [False, False, True]
    assert report["ok"] is False
    assert result.output.count("describes the same commune") == 2
