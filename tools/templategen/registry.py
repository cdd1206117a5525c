"""The documents the generator writes, in order: one module per document.

A document module has FILENAME (the template's name in templates/) and build() -> Builder.
To add a document, write its module beside these and add it to DOCUMENTS.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from . import (
    action_programme,
    agenda,
    comments_report,
    committee_proposal,
    credentials_report,
    first_meeting_minutes,
    personnel_scheme,
    political_report,
    resolution,
    review_report,
    rules_of_procedure,
    summary_report,
)
from .builder import Builder

DOCUMENTS: tuple[ModuleType, ...] = (
    political_report,
    review_report,
    action_programme,
    resolution,
    personnel_scheme,
    agenda,
    rules_of_procedure,
    credentials_report,
    committee_proposal,
    first_meeting_minutes,
    comments_report,
    summary_report,
)


def builders() -> dict[str, Callable[[], Builder]]:
    """Template file name -> function building it."""
    return {module.FILENAME: module.build for module in DOCUMENTS}
