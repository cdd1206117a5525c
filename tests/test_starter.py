"""`congress-docs new` writes a commented starter file that loads and lists what is left."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from congress_docs.cli import cli
from congress_docs.loading import load_congress
from tests.test_district_merge import DISTRICT


def test_starter_loads_and_lists_fields_to_fill(tmp_path: Path) -> None:
    target = tmp_path / "ban-moi.yaml"
    result = CliRunner().invoke(cli, ["--lang", "vi", "new", str(target), "--commune", "Bản Mới"])
    assert result.exit_code == 0, result.output
    loaded = load_congress(target)
    assert loaded.model.unit.name == "Bản Mới"
    assert loaded.warnings
    assert "chưa điền" in result.output
    assert f"Đã tạo {target}" in result.output


def test_every_field_has_a_vietnamese_comment(tmp_path: Path) -> None:
    target = tmp_path / "xa.yaml"
    CliRunner().invoke(cli, ["new", str(target), "--commune", "Nà Tăm"])
    lines = target.read_text(encoding="utf-8").splitlines()
    for index, line in enumerate(lines):
        if re.match(r"^\s*(- )?[a-z_]+:", line):
            previous = lines[index - 1].strip()
            assert previous.startswith("#"), f"line {index + 1} has no comment: {line}"


def test_starter_with_district_inherits_shared_facts(tmp_path: Path) -> None:
    district = tmp_path / "district.yaml"
    district.write_text(DISTRICT, encoding="utf-8")
    target = tmp_path / "xa" / "ban-moi.yaml"
    target.parent.mkdir()
    result = CliRunner().invoke(
        cli, ["new", str(target), "--commune", "Bản Mới", "--district", str(district)]
    )
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert "district_file: ../district.yaml" in text
    assert "\nprovince:" not in text
    assert load_congress(target).model.province.name == "Lai Châu"


def test_existing_file_is_kept_without_force(tmp_path: Path) -> None:
    target = tmp_path / "xa.yaml"
    target.write_text("# của tôi\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--lang", "vi", "new", str(target), "--commune", "A"])
    assert result.exit_code == 1
    assert "đã có" in result.stderr
    assert target.read_text(encoding="utf-8") == "# của tôi\n"
    forced = CliRunner().invoke(cli, ["new", str(target), "--commune", "A", "--force"])
    assert forced.exit_code == 0
