"""Atomic writes leave the old file or the new one, and never a temporary file behind."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from congress_docs.build.writing import Rendered, put_in_place
from congress_docs.fileio import (
    flush_staged,
    remove_stale_temporaries,
    stage_bytes,
    write_bytes_atomic,
    write_text_atomic,
)
from congress_docs.manifest import load_manifest


def test_write_replaces_the_file_and_leaves_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "doc.docx"
    target.write_bytes(b"old")
    write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.docx"]


def test_failure_keeps_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "doc.docx"
    target.write_bytes(b"old")

    def refuse(*_args: object) -> Path:
        raise OSError("disk full")

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        write_bytes_atomic(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.docx"]


def test_text_is_utf8_and_folders_are_made(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b.yaml"
    write_text_atomic(target, "xã Bản Hon\n")
    assert target.read_bytes() == "xã Bản Hon\n".encode()


def test_staged_files_flushed_together_then_renamed(tmp_path: Path) -> None:
    targets = [tmp_path / f"{number}.docx" for number in range(3)]
    staged = [stage_bytes(target, f"new {target.name}".encode(), flush=False)
              for target in targets]
    flush_staged(staged)
    for target, temporary in zip(targets, staged, strict=True):
        assert temporary.read_bytes() == f"new {target.name}".encode()
        temporary.replace(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["0.docx", "1.docx", "2.docx"]


def test_a_flush_that_fails_fails_the_commune_and_leaves_the_old_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_paths: object) -> None:
        raise OSError("I/O error")

    target = tmp_path / "01-bao-cao-chinh-tri.docx"
    target.write_bytes(b"old")
    monkeypatch.setattr("congress_docs.build.writing.flush_staged", refuse)
    document = Rendered("political_report", target, tmp_path / "t.docx", b"new", ("d", "t"),
                        False, 0)
    outcomes = put_in_place([document], load_manifest(tmp_path), tmp_path / "xa.yaml",
                            dt.datetime(2026, 12, 2))
    assert outcomes["political_report"].status == "failed"
    assert "I/O error" in outcomes["political_report"].message
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["01-bao-cao-chinh-tri.docx"]
    assert remove_stale_temporaries(tmp_path) == []

