"""Every generated sample document is valid Office Open XML (schema and semantics), for Word."""

from __future__ import annotations

from pathlib import Path

import pytest
from openxml_audit import OpenXmlValidator, SourceClass, ValidationErrorType
from sample_documents import built_samples

from congress_docs.template_inspect import KINDS, template_files

# Notes about how particular applications behave are information here, not failures.
APP_COMPAT = frozenset(
    {SourceClass.WORD_APP_COMPAT, SourceClass.EXCEL_APP_COMPAT, SourceClass.POWERPOINT_APP_COMPAT}
)
COUNTED = frozenset(ValidationErrorType) - {ValidationErrorType.MARKUP_COMPATIBILITY}


@pytest.fixture(scope="session")
def sample_documents(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ...]:
    return built_samples(tmp_path_factory.getbasetemp() / "sample-build")


def violations(path: Path) -> list[str]:
    result = OpenXmlValidator().validate(str(path))
    return [
        str(error) for error in result.errors
        if error.source_class not in APP_COMPAT and error.error_type in COUNTED
    ]


def test_every_sample_commune_gets_the_five_and_ban_hon_all_eleven(
    sample_documents: tuple[Path, ...],
) -> None:
    assert sample_documents
    names = {path.name for path in sample_documents if path.parent.name == "ban-hon"}
    assert names == {template_files()[kind].name for kind in KINDS}
    assert all(path.is_file() and path.stat().st_size > 0 for path in sample_documents)


def test_generated_documents_have_no_schema_or_semantic_violation(
    sample_documents: tuple[Path, ...],
) -> None:
    found = {str(path): violations(path) for path in sample_documents}
    assert {path: errors for path, errors in found.items() if errors} == {}


@pytest.mark.parametrize("kind", KINDS)
def test_bundled_templates_are_valid_too(kind: str) -> None:
    assert violations(template_files()[kind]) == []
