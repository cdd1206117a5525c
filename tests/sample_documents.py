"""Test helper: build every sample commune's five documents once per test session."""

from __future__ import annotations

import functools
from pathlib import Path

from congress_docs.build import build
from congress_docs.paths import sample_district_dir

__all__ = ["built_samples"]


@functools.cache
def built_samples(output: Path) -> tuple[Path, ...]:
    """Build the bundled sample district into `output` (once per path); return the .docx files.

    Kit documents (06-11) whose optional data a commune lacks are not written, so not returned.
    """
    report = build([sample_district_dir()], output=output)
    assert report.ok, "\n".join(report.failures())
    return tuple(document.path for commune in report.communes for document in commune.documents
                 if document.status != "skipped")
