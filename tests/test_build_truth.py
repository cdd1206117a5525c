"""`build` tells the truth: rule errors fail it, the default data is said, duplicates stop."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from congress_docs.cli import cli
from congress_docs.paths import bundled

SAMPLE = bundled("data") / "post-2025" / "lai-chau"


def sample_copy(tmp_path: Path, old: str = "", new: str = "") -> Path:
    folder = tmp_path / "data" / "lai-chau"
    folder.mkdir(parents=True)
    for name in ("district.yaml", "muong-than.yaml"):
        shutil.copy(SAMPLE / name, folder / name)
    if old:
        commune = folder / "muong-than.yaml"
        text = commune.read_text(encoding="utf-8")
        assert old in text
        commune.write_text(text.replace(old, new), encoding="utf-8")
    return folder


def run(*args: str) -> object:
    return CliRunner().invoke(cli, ["--lang", "en", *args])


def test_a_rule_error_exits_1_but_the_documents_are_written(tmp_path: Path) -> None:
    folder = sample_copy(tmp_path, "elected: 112", "elected: 200")
    out = tmp_path / "out"
    result = run("build", str(folder), "--output", str(out), "--kind", "resolution")
    assert result.exit_code == 1, result.output
    assert (out / "lai-chau/muong-than/04-du-thao-nghi-quyet.docx").is_file()
    assert "RULES   xã Mường Than: 1 written, 0 kept, 1 rule error(s)" in result.stdout
    assert "1 commune(s): 1 document(s) written, 0 kept, 0 commune(s) failed, 1 with rule " \
        "errors" in result.stdout


def test_the_clean_sample_exits_0_and_counts_places_to_fill(tmp_path: Path) -> None:
    folder = sample_copy(tmp_path)
    result = run("build", str(folder), "--output", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "OK      xã Mường Than: 11 written, 0 kept, 0 place(s) to fill (…)" in result.stdout
    assert "0 with rule errors, 0 place(s) to fill (…)" in result.stdout


def test_places_to_fill_are_counted_per_commune(tmp_path: Path) -> None:
    folder = sample_copy(tmp_path, "venue: Hội trường Trung tâm Chính trị xã Mường Than",
                         "venue: …")
    result = run("build", str(folder), "--output", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    line = next(line for line in result.stdout.splitlines() if "Mường Than" in line)
    count = int(line.split(" place(s) to fill")[0].rsplit(" ", 1)[1])
    assert count >= 1
    assert f", {count} place(s) to fill (…)" in result.stdout.splitlines()[-1]


def test_strict_counts_warnings_as_errors(tmp_path: Path) -> None:
    khun_ha = bundled("data") / "tam-duong"
    data = tmp_path / "data"
    data.mkdir()
    for name in ("district.yaml", "khun-ha.yaml"):
        shutil.copy(khun_ha / name, data / name)
    out = str(tmp_path / "out")
    plain = run("build", str(data), "--output", out, "--kind", "resolution")
    assert plain.exit_code == 0, plain.output
    strict = run("build", str(data), "--output", out, "--kind", "resolution", "--strict")
    assert strict.exit_code == 1, strict.output
    assert "(--strict: warnings count as errors)" in strict.stdout


@pytest.mark.parametrize("command", ["validate", "build", "timeline"])
def test_without_paths_the_local_data_folder_is_used_and_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    sample_copy(tmp_path)
    monkeypatch.chdir(tmp_path)
    extra = ["--output", str(tmp_path / "out")] if command == "build" else []
    extra += ["--today", "2025-08-01"] if command == "timeline" else []
    result = run(command, *extra)
    assert result.exit_code == 0, result.output
    assert "no path given: using the congress files in" in result.stderr
    assert str(tmp_path / "data") in result.stderr
    assert "Mường Than" in result.stdout
    assert "Bản Hon" not in result.stdout


def test_without_paths_or_local_data_the_sample_is_used_and_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "data").mkdir()  # a data folder with no congress file in it
    monkeypatch.chdir(tmp_path)
    result = run("validate")
    assert "using the bundled sample data" in result.stderr
    assert "Bản Hon" in result.stdout


def test_two_files_of_one_commune_stop_that_commune_and_name_both(tmp_path: Path) -> None:
    folder = sample_copy(tmp_path)
    copy = folder / "muong-than - Copy.yaml"
    shutil.copy(folder / "muong-than.yaml", copy)
    out = tmp_path / "out"
    result = run("build", str(folder), "--output", str(out))
    assert result.exit_code == 1
    assert not (out / "lai-chau" / "muong-than").exists()
    for path in (folder / "muong-than.yaml", copy):
        line = next(line for line in result.stderr.splitlines() if line.startswith(str(path)))
        assert "describes the same commune (xã Mường Than)" in line
        other = copy if path != copy else folder / "muong-than.yaml"
        assert str(other) in line
    checked = run("validate", str(folder))
    assert checked.exit_code == 1
    assert checked.stdout.count("describes the same commune") == 2
