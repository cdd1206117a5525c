"""The wheel carries templates and sample data: installed elsewhere, the tool still runs."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("congress_docs-*.whl")
    return built


def test_wheel_contains_templates_and_data(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "congress_docs/_bundled/data/tam-duong/ban-hon.yaml" in names
    assert "congress_docs/_bundled/data/commune.schema.json" in names
    assert any(name.startswith("congress_docs/_bundled/templates/") for name in names)
    assert any(name.startswith("congress_docs/locale/vi/") for name in names)


def test_installed_wheel_validates_its_bundled_data(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, capture_output=True
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    # The new environment must see only the installed wheel, never this checkout.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    completed = subprocess.run(
        [str(bindir / "congress-docs"), "validate"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env=env,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "ban-hon.yaml" in completed.stdout
    assert "_bundled" in completed.stdout


def test_wheel_carries_every_asset_of_the_web_page(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for asset in ("static/app.js", "static/app.css", "static/favicon.svg",
                  "templates/base.html", "templates/commune.html", "templates/_form.html"):
        assert f"congress_docs/web/{asset}" in names
