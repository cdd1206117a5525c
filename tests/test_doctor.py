"""`congress-docs doctor`: LibreOffice, UNO and the Times New Roman stand-in on this machine."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from congress_docs.cli import cli
from congress_docs.doctor import diagnose, render_report
from congress_docs.i18n import current_language, set_language
from congress_docs.pdf import find_soffice
from congress_docs.pdf.fonts import VIETNAMESE_LETTERS, FontMatch


@pytest.fixture(autouse=True)
def keep_language() -> Iterator[None]:
    """The CLI sets the message language for the whole process; put it back afterwards."""
    before = current_language()
    yield
    set_language(before)


def require_libreoffice() -> None:
    """Skip without LibreOffice locally; in CI its absence is a failure."""
    if find_soffice() is not None:
        return
    if os.environ.get("CI"):
        pytest.fail("LibreOffice is required in CI but not installed")
    pytest.skip("LibreOffice not installed")


def ascii_only_font(path: Path) -> Path:
    """A font file whose cmap (format 12) covers printable ASCII only."""
    subtable = struct.pack(">HHIII", 12, 0, 28, 0, 1) + struct.pack(">III", 0x20, 0x7E, 3)
    cmap = struct.pack(">HH", 0, 1) + struct.pack(">HHI", 3, 10, 12) + subtable
    header = struct.pack(">IHHHH", 0x00010000, 1, 16, 0, 0)
    path.write_bytes(header + struct.pack(">4sIII", b"cmap", 0, 28, len(cmap)) + cmap)
    return path


def fontconfig_charset(font: Path) -> set[int]:
    out = subprocess.run(["fc-query", "-f", "%{charset}\n", str(font)], capture_output=True)
    codes: set[int] = set()
    for part in out.stdout.decode("utf-8").splitlines()[0].split():
        low, _, high = part.partition("-")
        codes.update(range(int(low, 16), int(high or low, 16) + 1))
    return codes


def test_report_on_this_machine() -> None:
    require_libreoffice()
    report = diagnose()
    assert report.soffice == find_soffice()
    assert report.soffice_version is not None and "LibreOffice" in report.soffice_version
    assert report.font is not None and report.font.file.is_file()
    if shutil.which("fc-query"):
        charset = fontconfig_charset(report.font.file)
        expected = tuple(c for c in VIETNAMESE_LETTERS if ord(c) not in charset)
        assert report.missing_letters == expected
    assert report.ok == all(finding.ok for finding in report.findings)
    if os.environ.get("CI"):  # CI installs LibreOffice, python3-uno and fonts-liberation2
        assert report.ok, render_report(report)
        assert report.uno_python is not None


def test_cli_exit_code_follows_the_report() -> None:
    require_libreoffice()
    expected = 0 if diagnose().ok else 1
    result = CliRunner().invoke(cli, ["--lang", "en", "doctor"])
    assert result.exit_code == expected, result.output
    assert "LibreOffice:" in result.output
    assert "Times New Roman is rendered with" in result.output


def test_cli_speaks_vietnamese() -> None:
    require_libreoffice()
    result = CliRunner().invoke(cli, ["--lang", "vi", "doctor"])
    assert "Chữ Times New Roman được hiển thị bằng phông" in result.output


def test_missing_libreoffice_fails_with_install_hints(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("congress_docs.doctor.find_soffice", lambda: None)
    result = CliRunner().invoke(cli, ["--lang", "en", "doctor"])
    assert result.exit_code == 1
    assert "LibreOffice was not found." in result.output
    assert "sudo apt-get install libreoffice-writer-nogui" in result.output
    assert "https://www.libreoffice.org/download/" in result.output


def test_font_without_vietnamese_letters_is_reported(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake = FontMatch("Fake Serif", ascii_only_font(tmp_path / "fake.ttf"))
    monkeypatch.setattr("congress_docs.doctor.times_substitute", lambda _soffice=None: fake)
    report = diagnose()
    assert not report.ok
    assert report.missing_letters is not None
    assert "ả" in report.missing_letters and "Đ" in report.missing_letters
    assert "a" not in report.missing_letters and "Z" not in report.missing_letters
    text = render_report(report)
    assert "fonts-liberation2" in text
    result = CliRunner().invoke(cli, ["--lang", "en", "doctor"])
    assert result.exit_code == 1
    lacking = sum(1 for letter in VIETNAMESE_LETTERS if not letter.isascii())
    assert f"Fake Serif lacks {lacking} Vietnamese letters" in result.output


def test_unreadable_font_file_is_reported_not_raised(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font at all")
    monkeypatch.setattr(
        "congress_docs.doctor.times_substitute",
        lambda _soffice=None: FontMatch("Liberation Serif", broken),
    )
    report = diagnose()
    assert report.missing_letters is None
    assert not report.ok
