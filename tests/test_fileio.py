"""Atomic writes leave the old file or the new one, and never a temporary file behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from congress_docs.fileio import write_bytes_atomic, write_text_atomic


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
