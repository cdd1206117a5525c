"""Reading templates without rendering: nested variable paths, unknown names, all tag errors."""

from __future__ import annotations

from typing import Any

import pytest
from click.testing import CliRunner
from conftest import KIND_FILES

from congress_docs.cli import cli
from congress_docs.errors import TemplateProblemError
from congress_docs.i18n import set_language
from congress_docs.template_inspect import (
    KINDS,
    check_template,
    check_templates,
    context_paths,
    inspect_templates,
    sample_paths,
    template_variables,
)


@pytest.fixture(autouse=True)
def english() -> Any:
    set_language("en")
    yield
    set_language("vi")


def test_variables_are_nested_paths_with_loops_followed(make_template) -> None:
    template = make_template(
        "t.docx",
        [
            "Xã {{ unit.name|upper }}, {{ unit.kind.upper() }}",
            "{%p for x in indicators %}",
            "{{ loop.index }}. {{ x.name }}: {{ x.result }} {{ x['unit'] }}",
            "{%p endfor %}",
            "{% set c = committee %}{% for m in c.members %}{{ m.full_name }}{% endfor %}",
            "{{ rows[0].a }} {{ people_by_id[chair.person].name }}",
            "{% for k, v in extra.items() %}{{ k }}{{ v }}{% endfor %}",
        ],
        table=[["{%tr for m in committee.standing %}"], ["{{ m.role }}"], ["{%tr endfor %}"]],
        header="{{ header.issuer }}",
    )
    assert template_variables(template) == [
        "chair.person",
        "committee",
        "committee.members",
        "committee.members[].full_name",
        "committee.standing",
        "committee.standing[].role",
        "extra",
        "header.issuer",
        "indicators",
        "indicators[].name",
        "indicators[].result",
        "indicators[].unit",
        "people_by_id[].name",
        "rows[].a",
        "unit.kind",
        "unit.name",
    ]


def test_context_paths_flatten_mappings_lists_and_objects() -> None:
    paths = context_paths({"unit": {"name": "Bản Hon"},
                           "items": [{"a": 1, "sub": [{"b": 2}]}], "empty": []})
    assert paths == {"unit", "unit.name", "items", "items[]", "items[].a", "items[].sub",
                     "items[].sub[]", "items[].sub[].b", "empty", "empty[]"}


def test_unknown_variables_are_reported_with_part_and_paragraph(make_template) -> None:
    template = make_template(
        "t.docx",
        ["Xã {{ unit.nmae }} tổ chức", "{%p for x in items %}", "{{ x.reslt }}", "{%p endfor %}",
         "{{ people_by_id[unit.name].full_name }} {{ empty_list[0].anything }}"],
        header="Số: {{ number }}",
    )
    known = context_paths({"unit": {"name": "x"}, "items": [{"result": 1}],
                           "people_by_id": {"p1": {"full_name": "A"}}, "empty_list": []})
    messages = [str(issue) for issue in check_template(template, known)]
    assert messages == [
        f"{template}: body: unknown variable 'unit.nmae' — near: “Xã {{{{ unit.nmae }}}} tổ chức”",
        f"{template}: body: unknown variable 'items[].reslt' — near: “{{{{ x.reslt }}}}”",
        f"{template}: header 1: unknown variable 'number' — near: “Số: {{{{ number }}}}”",
    ]


def test_every_tag_error_of_a_template_is_reported_at_once(make_template) -> None:
    template = make_template(
        "t.docx",
        ["Đầu", "{{ a b }}", "giữa", "{% endfor %}", "{{ x “y” }}", "{% for q in z %}", "{{ b }}"],
    )
    issues = check_template(template, {"a", "b", "z"})
    texts = [issue.message for issue in issues]
    assert len(texts) == 4, texts
    assert all(text.startswith("tag error:") for text in texts)
    assert "{{ a b }}" in texts[0]
    assert "'endfor' is not a template tag" in texts[1] and "{% endfor %}" in texts[1]
    assert '{{ x "y" }}' in texts[2]
    assert "the 'for' block is not closed" in texts[3] and "{% for q in z %}" in texts[3]


def test_check_templates_reports_every_template_of_the_folder(make_template) -> None:
    first = make_template(KIND_FILES["political_report"], ["{{ unit.nmae }}"])
    second = make_template(KIND_FILES["resolution"], ["{% if %}"])
    known = {kind: {"unit", "unit.name"} for kind in KIND_FILES}
    issues = check_templates(first.parent, known=known)
    assert [issue.file for issue in issues] == [first, second]


def test_a_folder_with_no_known_template_name_is_a_problem(make_template) -> None:
    stray = make_template("bao-cao.docx", ["x"])
    issues = check_templates(stray.parent, known={})
    assert len(issues) == 1
    assert "01-bao-cao-chinh-tri.docx" in issues[0].message


def test_inspect_lists_each_kind_with_its_file_and_origin(make_template) -> None:
    custom = make_template(KIND_FILES["action_programme"], ["{{ action.items }}"])
    infos = {info.kind: info for info in inspect_templates(custom.parent)}
    assert list(infos) == list(KINDS)
    assert infos["action_programme"].file == custom
    assert infos["action_programme"].custom
    assert infos["action_programme"].variables == ("action.items",)
    assert not infos["resolution"].custom


def test_template_variables_raises_on_a_broken_template(make_template) -> None:
    template = make_template("t.docx", ["{% for %}"])
    with pytest.raises(TemplateProblemError, match="tag error"):
        template_variables(template)


def test_cli_templates_reports_problems_and_exits_1(make_template) -> None:
    template = make_template(KIND_FILES["resolution"], ["{{ no_such_variable_here }}", "{% if %}"])
    result = CliRunner().invoke(cli, ["--lang", "en", "templates", "--templates",
                                      str(template.parent)])
    assert result.exit_code == 1
    assert f"resolution: {template} (custom)" in result.stdout
    assert "    no_such_variable_here" in result.stdout
    assert "unknown variable 'no_such_variable_here'" in result.stderr
    assert "tag error" in result.stderr
    assert "2 problem(s) found in the templates" in result.stderr


def test_cli_templates_accepts_a_template_without_problems(make_template) -> None:
    template = make_template(KIND_FILES["resolution"], ["Nghị quyết", "{% for x in [1] %}{{ x }}"
                                                        "{% endfor %}"])
    result = CliRunner().invoke(cli, ["--lang", "en", "templates", "--templates",
                                      str(template.parent)])
    assert result.exit_code == 0, result.output
    assert f"resolution: {template} (custom)" in result.stdout


def test_bundled_templates_read_only_what_the_sample_context_offers() -> None:
    infos = inspect_templates(None)
    known = sample_paths(KINDS)
    assert all(info.variables for info in infos)
    problems = [issue for info in infos for issue in check_template(info.file, known[info.kind])]
    assert problems == []
