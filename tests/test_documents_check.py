"""Every template and every document built from the bundled data passes the format checker."""

from __future__ import annotations

from pathlib import Path

import pytest
from sample_documents import built_samples

from congress_docs.checker import check_document
from congress_docs.checker.model import Severity
from congress_docs.kinds import CORE_KINDS, TEMPLATE_FILES
from congress_docs.paths import bundled


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ...]:
    return built_samples(tmp_path_factory.getbasetemp() / "sample-build")


CORE_FILES = [TEMPLATE_FILES[kind] for kind in CORE_KINDS]


def errors_of(path: Path) -> list[str]:
    report = check_document(path, regime="mttq")
    return [
        f"{finding.rule_id}: {finding.found} ({finding.excerpt})"
        for finding in report.findings
        if finding.severity is Severity.ERROR
    ]


def test_all_sample_documents_were_built(documents: tuple[Path, ...]) -> None:
    by_commune: dict[str, set[str]] = {}
    for path in documents:
        by_commune.setdefault(path.parent.name, set()).add(path.name)
    assert len(by_commune) == 13
    assert all(set(CORE_FILES) <= names for names in by_commune.values())
    assert by_commune["ban-hon"] == set(TEMPLATE_FILES.values())


def test_generated_documents_have_no_format_error(documents: tuple[Path, ...]) -> None:
    failures = {str(path): errors_of(path) for path in documents}
    assert {path: found for path, found in failures.items() if found} == {}


@pytest.mark.parametrize("template", sorted(bundled("templates").glob("*.docx")), ids=str)
def test_templates_have_no_format_error(template: Path) -> None:
    assert errors_of(template) == []
