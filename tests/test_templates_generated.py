"""The committed templates are exactly what tools/templategen writes (every part's XML)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "templates"


def _parts(path: Path) -> dict[str, bytes]:
    """Part name -> canonical XML (C14N) or raw bytes for binary parts."""
    parts: dict[str, bytes] = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            if name.endswith((".xml", ".rels")):
                data = etree.tostring(etree.fromstring(data), method="c14n")
            parts[name] = data
    return parts


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("templates")
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_templates.py"), "--out", str(out)],
        check=True,
        cwd=ROOT,
    )
    return out


def _names(folder: Path) -> list[str]:
    """Template paths under `folder`, subfolders included (summary/bao-cao-tong-hop.docx)."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.docx"))


def test_generator_writes_every_committed_template(regenerated: Path) -> None:
    assert _names(regenerated) == _names(TEMPLATES)


@pytest.mark.parametrize("name", _names(TEMPLATES))
def test_committed_template_matches_generator(regenerated: Path, name: str) -> None:
    committed, fresh = _parts(TEMPLATES / name), _parts(regenerated / name)
    assert sorted(committed) == sorted(fresh), "part names differ"
    changed = [part for part in committed if committed[part] != fresh[part]]
    assert not changed, f"{name}: parts differ: {changed}; run python tools/make_templates.py"


def test_module_entry_point_writes_the_same(tmp_path: Path, regenerated: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "tools.templategen", "--out", str(tmp_path),
         "05-de-an-nhan-su.docx"],
        check=True,
        cwd=ROOT,
    )
    assert [p.name for p in tmp_path.iterdir()] == ["05-de-an-nhan-su.docx"]
    assert _parts(tmp_path / "05-de-an-nhan-su.docx") == _parts(
        regenerated / "05-de-an-nhan-su.docx"
    )
