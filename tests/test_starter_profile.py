"""`new` takes its district's rule profile, carries the schema line, writes no district block the
district file has none of, and says at its top what the profile requires."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from congress_docs.cli import cli
from congress_docs.loading import load_congress
from congress_docs.paths import bundled

DATA = bundled("data")


def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def new(target: Path, district: Path) -> str:
    result = CliRunner().invoke(
        cli, ["new", str(target), "--commune", "Mới", "--district", str(district)])
    assert result.exit_code == 0, result.output
    return target.read_text(encoding="utf-8")


def test_a_2025_starter_takes_the_profile_and_writes_no_district(tmp_path: Path) -> None:
    data = data_copy(tmp_path)
    folder = data / "post-2025" / "lai-chau"
    text = new(folder / "xa-moi.yaml", folder / "district.yaml")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../../commune.schema.json"
    assert "\ndistrict:" not in text  # the commune is directly under the province
    assert "commune-2025-2030" in text
    assert "Ủy ban khóa mới 30 - 70 ủy viên" in text
    assert "80 - 180 đại biểu chính thức" in text
    loaded = load_congress(folder / "xa-moi.yaml")
    assert (loaded.model.congress.term.start, loaded.model.congress.term.end) == (2025, 2030)
    assert loaded.model.district is None
    # The example congress day lies inside the profile's window (1/7 - 30/10/2025).
    assert loaded.model.congress.start_date.year == 2025
    assert loaded.model.previous_committee is not None
    assert loaded.model.previous_committee.origin == "appointed"


def test_a_2024_starter_takes_its_profile_and_inherits_the_district(tmp_path: Path) -> None:
    data = data_copy(tmp_path)
    folder = data / "tam-duong"
    text = new(folder / "ban-moi.yaml", folder / "district.yaml")
    assert text.startswith("# yaml-language-server: $schema=../commune.schema.json\n")
    assert "lai-chau-2024-2029" in text
    assert "Ủy ban khóa mới 30 - 55 ủy viên" in text
    assert "\ndistrict:" not in text  # shared by the district file
    assert load_congress(folder / "ban-moi.yaml").model.district is not None


def test_a_starter_outside_a_data_folder_points_at_the_bundled_schema(tmp_path: Path) -> None:
    target = tmp_path / "xa.yaml"
    result = CliRunner().invoke(cli, ["new", str(target), "--commune", "Lẻ"])
    assert result.exit_code == 0, result.output
    first = target.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=file://")
    assert first.endswith("commune.schema.json")
