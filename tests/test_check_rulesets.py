"""Format rule sets are versioned YAML data, validated on load, with file:line in every error."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from test_check_builders import DocSpec, build

from congress_docs.checker import RULE_IDS, check_document, load_ruleset, ruleset_for
from congress_docs.checker.rulesets import format_rules_dir
from congress_docs.errors import DataError
from congress_docs.i18n import current_language, set_language

BUNDLED = format_rules_dir()


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Messages in English for the duration of each test, whatever ran before."""
    before = current_language()
    set_language("en")
    yield
    set_language(before)


@pytest.mark.parametrize(
    ("regime", "ruleset_id"),
    [("mttq", "mttq-hd91-2013"), ("nd30", "nd30-2020"), ("party", "party-hd36-2018")],
)
def test_each_regime_has_a_bundled_rule_set_covering_every_rule(
    regime: str, ruleset_id: str
) -> None:
    ruleset = ruleset_for(regime)

    assert ruleset.id == ruleset_id
    assert ruleset.rule_ids() == set(RULE_IDS)
    assert all(rule.source for rule in ruleset.rules)


def _copy_rules(tmp_path: Path) -> Path:
    folder = tmp_path / "format-rules"
    shutil.copytree(BUNDLED, folder)
    return folder


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line_of(path: Path, words: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if words in line)


def test_an_unknown_severity_is_reported_with_file_and_line(tmp_path: Path) -> None:
    path = _copy_rules(tmp_path) / "mttq-hd91-2013.yaml"
    _edit(path, "{id: LAY-FONT, severity: error", "{id: LAY-FONT, severity: fatal")

    with pytest.raises(DataError) as caught:
        load_ruleset(path)

    issue = caught.value.issues[0]
    assert issue.file == path
    assert issue.line == _line_of(path, "id: LAY-FONT,")
    assert issue.field.startswith("rules.") and issue.field.endswith(".severity")


def test_a_missing_rule_is_reported(tmp_path: Path) -> None:
    path = _copy_rules(tmp_path) / "nd30-2020.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        "\n".join(line for line in text.splitlines() if "id: TXT-D-STROKE," not in line) + "\n",
        encoding="utf-8",
    )

    with pytest.raises(DataError, match="TXT-D-STROKE"):
        load_ruleset(path)


def test_a_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = _copy_rules(tmp_path) / "party-hd36-2018.yaml"
    _edit(path, "  place: header\n", "  place: [header\n")

    with pytest.raises(DataError) as caught:
        load_ruleset(path)

    assert caught.value.issues[0].file == path
    assert caught.value.issues[0].line is not None


def test_a_bad_regular_expression_is_reported(tmp_path: Path) -> None:
    path = _copy_rules(tmp_path) / "mttq-hd91-2013.yaml"
    _edit(path, "number_line: '^Số:", "number_line: '(^Số:")

    with pytest.raises(DataError) as caught:
        load_ruleset(path)

    assert caught.value.issues[0].line == _line_of(path, "number_line:")


def test_a_range_written_backwards_is_reported(tmp_path: Path) -> None:
    path = _copy_rules(tmp_path) / "mttq-hd91-2013.yaml"
    _edit(path, "  size: [13, 14]\n  align: both", "  size: [14, 13]\n  align: both")

    with pytest.raises(DataError, match="range"):
        load_ruleset(path)


def test_a_broken_rule_file_stops_the_check(tmp_path: Path) -> None:
    folder = _copy_rules(tmp_path)
    _edit(folder / "mttq-hd91-2013.yaml", "font: Times New Roman", "font: [Times]")
    document = build(tmp_path / "ok.docx")

    with pytest.raises(DataError, match="mttq-hd91-2013.yaml"):
        check_document(document, regime="mttq", rules_dir=folder)


def test_tolerances_come_from_the_rule_set(tmp_path: Path) -> None:
    folder = _copy_rules(tmp_path)
    document = build(tmp_path / "m.docx", replace(DocSpec(), margins_mm=(20, 20, 29.7, 15)))
    assert "LAY-MARGIN" not in check_document(document, rules_dir=folder).rule_ids()

    _edit(folder / "mttq-hd91-2013.yaml", "margin_tolerance_mm: 0.5", "margin_tolerance_mm: 0.1")

    assert "LAY-MARGIN" in check_document(document, rules_dir=folder).rule_ids()


def test_the_newest_version_of_a_regime_wins(tmp_path: Path) -> None:
    folder = _copy_rules(tmp_path)
    newer = folder / "mttq-2025.yaml"
    shutil.copy(folder / "mttq-hd91-2013.yaml", newer)
    _edit(newer, "id: mttq-hd91-2013", "id: mttq-2025")
    _edit(newer, 'version: "2013.1"', 'version: "2025.1"')

    assert ruleset_for("mttq", folder).id == "mttq-2025"


def test_an_unknown_regime_is_a_data_error() -> None:
    with pytest.raises(DataError, match="no format rule set"):
        ruleset_for("hd05")
