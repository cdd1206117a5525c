"""The data part of the hostile corpus: every bad YAML file or folder gets its exact outcome."""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from runner import case_text, check_outcome, load_cases, run_cli

DATA_CASES = load_cases("data")
FILE_CASES = load_cases("files")


def _generated(name: str) -> str:
    if name == "deep-flow":
        return "unit: " + "[" * 50_000 + "]" * 50_000 + "\n"
    if name == "deep-block":
        return "".join(" " * (2 * depth) + f"k{depth}:\n" for depth in range(200)) + (
            " " * 400 + "x: 1\n")
    if name == "many-digits":
        return "locality:\n  population: " + "9" * 6000 + "\n"
    raise AssertionError(name)


def _write_case(case: dict[str, Any], folder: Path) -> Path:
    path = folder / "xa.yaml"
    folder.mkdir(parents=True, exist_ok=True)
    if "raw_hex" in case:
        path.write_bytes(bytes.fromhex(case["raw_hex"]))
        return path
    text = _generated(case["generate"]) if "generate" in case else case_text(case)
    data = text.encode(case.get("encode", "utf-8"))
    if case.get("bom"):
        data = codecs.BOM_UTF8 + data
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("case", DATA_CASES, ids=[case["id"] for case in DATA_CASES])
def test_data_case(case: dict[str, Any], tmp_path: Path) -> None:
    path = _write_case(case, tmp_path / "data")
    outcome = run_cli(["--lang", case.get("lang", "vi"), "validate", str(path)])
    check_outcome(case, outcome, {"file": str(path)})


def _minimal(folder: Path) -> Path:
    return _write_case({"bases": DATA_CASES[0]["bases"], "id": "minimal"}, folder)


def _fifo(folder: Path) -> Path:
    folder.mkdir(parents=True)
    os.mkfifo(folder / "xa.yaml")
    return folder / "xa.yaml"


def _fifo_beside_a_commune(folder: Path) -> Path:
    # Two files: what is read of every file before validating (which commune it is) meets
    # the FIFO too, and must not wait on it.
    _minimal(folder)
    os.mkfifo(folder / "xb.yaml")
    return folder / "xb.yaml"


def _device(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "xa.yaml").symlink_to("/dev/zero")
    return folder / "xa.yaml"


def _link_loop(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "xa.yaml").symlink_to(folder / "xb.yaml")
    (folder / "xb.yaml").symlink_to(folder / "xa.yaml")
    return folder / "xa.yaml"


def _folder_loop(folder: Path) -> Path:
    path = _minimal(folder)
    (folder / "again").symlink_to(folder, target_is_directory=True)
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder, target_is_directory=True)
    return path


def _unreadable(folder: Path) -> Path:
    folder.mkdir(parents=True)
    # As root chmod cannot stop reading, so point at a file the kernel refuses to read.
    (folder / "xa.yaml").symlink_to("/proc/self/mem")
    return folder / "xa.yaml"


def _too_large(folder: Path) -> Path:
    path = _minimal(folder)
    with path.open("a", encoding="utf-8") as stream:
        stream.write(("# " + "x" * 1000 + "\n") * 3000)
    return path


def _district_fifo(folder: Path) -> Path:
    path = _minimal(folder)
    os.mkfifo(folder / "district.yaml")
    return path


SETUPS: dict[str, Callable[[Path], Path]] = {
    "fifo": _fifo, "fifo-beside": _fifo_beside_a_commune, "device": _device,
    "link-loop": _link_loop, "folder-loop": _folder_loop,
    "unreadable": _unreadable, "too-large": _too_large, "district-fifo": _district_fifo,
}


@pytest.mark.skipif(sys.platform != "linux", reason="FIFOs, /dev and /proc are Linux features")
@pytest.mark.parametrize("case", FILE_CASES, ids=[case["id"] for case in FILE_CASES])
def test_file_case(case: dict[str, Any], tmp_path: Path) -> None:
    folder = tmp_path / "data"
    path = SETUPS[case["setup"]](folder)
    # The folder is given, as a district secretary would: odd entries are met while scanning.
    outcome = run_cli(["--lang", "vi", "validate", str(folder)])
    check_outcome(case, outcome, {"file": str(path), "folder": str(folder)})


@pytest.mark.skipif(sys.platform != "linux", reason="FIFOs are a Linux feature here")
def test_build_does_not_wait_on_a_fifo_beside_a_commune(tmp_path: Path) -> None:
    # A build of several files reads which commune each is before building: that reading
    # waited on the FIFO for ever.
    folder = tmp_path / "data"
    fifo = _fifo_beside_a_commune(folder)
    outcome = run_cli(["--lang", "vi", "build", str(folder), "--output", str(tmp_path / "out")])
    assert outcome.exception is None
    assert outcome.exit_code == 1
    assert f"{fifo}: đây là một đường ống (FIFO)" in outcome.output
    assert outcome.seconds < 10
