"""`congress-docs schema` describes the congress files: the bundled samples validate against it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from congress_docs.cli import cli
from congress_docs.loading import find_congress_files
from congress_docs.paths import bundled


def cli_schema() -> dict[str, object]:
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    schema: dict[str, object] = json.loads(result.output)
    return schema


def as_editor_sees(path: Path) -> object:
    # An editor validates the YAML text: dates are strings there, as they are in JSON.
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return json.loads(json.dumps(data, default=str))


def sample_files() -> list[Path]:
    data = bundled("data")
    return [*find_congress_files([data]), *sorted(data.rglob("district.yaml"))]


def test_schema_is_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(cli_schema())


def test_samples_exist() -> None:
    assert len(sample_files()) >= 14


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.parent.name + "/" + p.name)
def test_bundled_sample_validates_against_schema(path: Path) -> None:
    validator = jsonschema.Draft202012Validator(cli_schema())
    errors = [
        f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(as_editor_sees(path))
    ]
    assert errors == []


def test_schema_rejects_unknown_fields() -> None:
    validator = jsonschema.Draft202012Validator(cli_schema())
    assert not validator.is_valid({"unit": {"kind": "xã", "name": "A", "nmae": "B"}})


def test_committed_schema_file_is_current() -> None:
    committed = json.loads((bundled("data") / "commune.schema.json").read_text(encoding="utf-8"))
    assert committed == cli_schema(), "run: congress-docs schema > data/commune.schema.json"


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.parent.name + "/" + p.name)
def test_sample_files_reference_the_schema(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")
    target = (path.parent / first.split("$schema=", 1)[1].strip()).resolve()
    assert target == (bundled("data") / "commune.schema.json").resolve()
