"""Find LibreOffice's soffice, its version, and a Python that can drive it through UNO."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

__all__ = ["SOFFICE_ENV", "UNO_PYTHON_ENV", "find_soffice", "find_uno_python", "soffice_version"]

SOFFICE_ENV = "CONGRESS_DOCS_SOFFICE"
UNO_PYTHON_ENV = "CONGRESS_DOCS_UNO_PYTHON"
_PROBE_TIMEOUT = 30.0


def find_soffice() -> Path | None:
    """Return soffice: $CONGRESS_DOCS_SOFFICE, then PATH, then the usual install places."""
    configured = os.environ.get(SOFFICE_ENV, "")
    if configured and Path(configured).is_file():
        return Path(configured)
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    for candidate in typical_locations():
        if candidate.is_file():
            return candidate
    return None


def typical_locations() -> list[Path]:
    """List where installers put soffice on Windows, macOS and Linux."""
    if sys.platform == "win32":
        roots = [os.environ.get(name, "") for name in ("ProgramFiles", "ProgramFiles(x86)")]
        roots += ["C:/Program Files", "C:/Program Files (x86)"]
        return [Path(root) / "LibreOffice/program/soffice.exe" for root in roots if root]
    if sys.platform == "darwin":
        return [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")]
    places = [
        Path("/usr/lib/libreoffice/program/soffice"),
        Path("/usr/lib64/libreoffice/program/soffice"),
    ]
    # The Document Foundation's own packages install under /opt/libreofficeX.Y; prefer the newest.
    places += sorted(Path("/opt").glob("libreoffice*/program/soffice"), reverse=True)
    places.append(Path("/snap/bin/libreoffice"))
    return places


def program_dir(soffice: Path) -> Path:
    """Return LibreOffice's program folder, following the /usr/bin/soffice symlink on Linux."""
    return soffice.resolve().parent


def soffice_version(soffice: Path) -> str | None:
    """Return a version string such as "LibreOffice 7.4.7.2 40(Build:2)", or None if unknown."""
    if sys.platform == "win32":
        # soffice.exe is a GUI program and prints nothing for --version; version.ini says it.
        return _version_from_ini(program_dir(soffice) / "version.ini")
    try:
        done = subprocess.run(
            [str(soffice), "--version"], capture_output=True, timeout=_PROBE_TIMEOUT, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    lines = [line.strip() for line in done.stdout.decode("utf-8", "replace").splitlines()]
    return next((line for line in lines if line.startswith("LibreOffice")), None)


def _version_from_ini(path: Path) -> str | None:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(path.read_text(encoding="utf-8", errors="replace"))
    except (OSError, configparser.Error):
        return None
    for section in parser.sections():
        for key in ("MsiProductVersion", "ProductVersion"):
            if parser.has_option(section, key):
                return "LibreOffice " + parser.get(section, key)
    return None


def find_uno_python(soffice: Path) -> Path | None:
    """Return a Python interpreter that can `import uno`, or None (then only cold mode works)."""
    return _probe_uno_pythons(soffice.resolve())


@cache
def _probe_uno_pythons(soffice: Path) -> Path | None:
    for candidate in uno_python_candidates(soffice):
        if candidate.is_file() and imports_uno(candidate):
            return candidate
    return None


def uno_python_candidates(soffice: Path) -> list[Path]:
    """List interpreters worth probing, the configured and the bundled ones first."""
    program = soffice.parent
    candidates = []
    configured = os.environ.get(UNO_PYTHON_ENV, "")
    if configured:
        candidates.append(Path(configured))
    # Windows and The Document Foundation's builds bundle a Python next to soffice.
    candidates += [program / "python.exe", program / "python"]
    candidates.append(program.parent / "Resources" / "python")  # macOS app bundle
    # Debian/Ubuntu wire python3-uno into the system interpreter instead.
    candidates += [Path("/usr/bin/python3"), Path("/usr/local/bin/python3")]
    on_path = shutil.which("python3")
    if on_path:
        candidates.append(Path(on_path))
    return candidates


def imports_uno(python: Path) -> bool:
    """Tell whether `python -c "import uno"` works."""
    try:
        done = subprocess.run(
            [str(python), "-c", "import uno"],
            capture_output=True,
            timeout=_PROBE_TIMEOUT,
            check=False,
            env=clean_python_env(),
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def clean_python_env() -> dict[str, str]:
    """Copy the environment minus our venv's Python settings, which would confuse another Python."""
    env = dict(os.environ)
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP"):
        env.pop(name, None)
    env["PYTHONIOENCODING"] = "utf-8"
    return env
