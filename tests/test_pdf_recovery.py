"""A hung, killed or too slow LibreOffice costs one document, never the batch."""

from __future__ import annotations

import os
import signal
import sys
import threading
from pathlib import Path

import pytest
from docx import Document

from congress_docs.pdf import PdfConverter, find_soffice

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals")


def require_libreoffice() -> None:
    """Skip without LibreOffice locally; in CI its absence is a failure."""
    if find_soffice() is not None:
        return
    if os.environ.get("CI"):
        pytest.fail("LibreOffice is required in CI but not installed")
    pytest.skip("LibreOffice not installed")


def make_docx(path: Path) -> Path:
    doc = Document()
    doc.add_paragraph("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ BẢN HON")
    doc.add_paragraph("KẾ HOẠCH tổ chức Đại hội")
    doc.save(str(path))
    return path


def is_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def warm_converter(**options: float) -> PdfConverter:
    require_libreoffice()
    converter = PdfConverter(**options)  # type: ignore[arg-type]
    if converter.mode != "warm":
        if os.environ.get("CI"):
            pytest.fail("CI must install python3-uno for the warm worker")
        pytest.skip("no Python with uno: warm worker unavailable")
    return converter


def test_hung_libreoffice_is_killed_and_the_batch_goes_on(tmp_path: Path) -> None:
    first, second = make_docx(tmp_path / "treo.docx"), make_docx(tmp_path / "sau.docx")
    with warm_converter(timeout=3, retries=0) as converter:
        [hung_pid] = converter.office_pids
        os.killpg(hung_pid, signal.SIGSTOP)  # LibreOffice stops answering, like a real hang

        results = converter.convert([first, second])

        assert results[0].error is not None and "3" in results[0].error
        assert results[0].pdf is None and not first.with_suffix(".pdf").exists()
        assert results[1].error is None and second.with_suffix(".pdf").is_file()
        assert not is_alive(hung_pid)
        assert converter.office_pids and hung_pid not in converter.office_pids
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sau.docx", "sau.pdf", "treo.docx"]


def test_libreoffice_killed_mid_conversion_is_restarted_and_the_document_retried(
    tmp_path: Path,
) -> None:
    sources = [make_docx(tmp_path / f"van-ban-{n}.docx") for n in range(3)]
    with warm_converter(timeout=30, retries=1) as converter:
        [old_pid] = converter.office_pids
        os.killpg(old_pid, signal.SIGSTOP)  # hold the first request in flight...
        killer = threading.Timer(1.0, os.killpg, (old_pid, signal.SIGKILL))  # ...then crash
        killer.start()
        try:
            results = converter.convert(sources)
        finally:
            killer.cancel()
        assert [r.error for r in results] == [None, None, None]
        assert old_pid not in converter.office_pids
    assert all(s.with_suffix(".pdf").is_file() for s in sources)


@pytest.mark.parametrize("mode", ["warm", "cold"])
def test_too_short_timeout_fails_every_document_and_leaves_nothing(
    mode: str, tmp_path: Path
) -> None:
    require_libreoffice()
    sources = [make_docx(tmp_path / "mot.docx"), make_docx(tmp_path / "hai.docx")]
    with PdfConverter(mode=mode, timeout=0.001, retries=0) as converter:  # type: ignore[arg-type]
        results = converter.convert(sources)
    assert [r.source for r in results] == sources
    assert all(r.error and r.pdf is None for r in results)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hai.docx", "mot.docx"]


def test_libreoffice_is_recycled_after_restart_every_documents(tmp_path: Path) -> None:
    sources = [make_docx(tmp_path / f"luot-{n}.docx") for n in range(3)]
    with warm_converter(timeout=30, restart_every=2) as converter:
        [first_pid] = converter.office_pids
        results = converter.convert(sources[:2])
        assert converter.office_pids == (first_pid,)  # two documents on the first instance
        results += converter.convert(sources[2:])
        assert [r.error for r in results] == [None, None, None]
        assert first_pid not in converter.office_pids
        assert not is_alive(first_pid)
