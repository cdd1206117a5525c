"""Where the bundled templates and sample data are, in a checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

__all__ = ["bundled", "sample_district_dir"]

_PACKAGE = Path(__file__).resolve().parent


def bundled(name: str) -> Path:
    """Return the bundled folder `name` ("templates" or "data"), wherever the package runs from."""
    installed = _PACKAGE / "_bundled" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def sample_district_dir() -> Path:
    """Return the folder of the bundled sample district (huyện Tam Đường, tỉnh Lai Châu)."""
    return bundled("data") / "tam-duong"
