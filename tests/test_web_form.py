"""The form is the data model: descriptions from the JSON Schema, names that are data paths."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from congress_docs.i18n import set_language
from congress_docs.schema import congress_schema
from congress_docs.template_inspect import TEMPLATE_FILES
from congress_docs.web import create_app
from congress_docs.web.editing import Changes, apply_changes, typed_value
from congress_docs.web.fields import FieldSpec, form_sections
from congress_docs.yamlsource import read_yaml
from tests.web_support import REPO, TOKEN, copy_sample

BAN_HON = "tam-duong/ban-hon.yaml"


def schema_node(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow $ref and the Optional anyOf to the definition of a field."""
    while True:
        if "$ref" in node:
            node = schema["$defs"][node["$ref"].rsplit("/", 1)[-1]]
        elif "anyOf" in node:
            node = next(part for part in node["anyOf"] if part.get("type") != "null")
        elif node.get("type") == "array" and "items" in node and (
            "$ref" in node["items"] or "anyOf" in node["items"]
        ):
            node = node["items"]
        else:
            return node


def walk(specs: tuple[FieldSpec, ...], schema: dict[str, Any], parent: dict[str, Any]):
    for spec in specs:
        entry = parent["properties"][spec.name]
        yield spec, entry
        if spec.children:
            yield from walk(spec.children, schema, schema_node(schema, entry))


def test_every_field_has_the_description_of_the_json_schema() -> None:
    schema = congress_schema()
    specs = tuple(spec for section in form_sections() for spec in section.fields)
    seen = 0
    for spec, entry in walk(specs, schema, schema):
        assert spec.description == entry.get("description", ""), spec.path
        seen += 1
    assert seen > 150


def test_sections_are_the_top_level_fields_of_the_model() -> None:
    keys = [section.key for section in form_sections()]
    assert keys[:5] == ["general", "province", "district", "unit", "congress"]
    assert {"people", "indicators", "documents", "layout"} <= set(keys)


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    app = create_app(copy_sample(tmp_path), output=tmp_path / "output", token=TOKEN, pdf=False)
    return TestClient(app, base_url="http://127.0.0.1:8765")


def test_every_field_name_is_its_dotted_data_path(client: TestClient) -> None:
    page = client.get("/c/" + BAN_HON).text
    names = set(re.findall(r'name="([^"]+)"', page))
    for expected in ("congress.venue", "congress.delegates.elected", "people.3.full_name",
                     "people.0.education.general", "indicators.2.new_target",
                     "locality.residential_areas.0.households", "report.assessment.lessons"):
        assert expected in names
    data = read_yaml(REPO / "data" / BAN_HON).data
    assert f'name="people.{len(data["people"]) - 1}.id" id="f-people.' in page
    assert "Địa điểm tổ chức đại hội" in page
    assert 'value="Hội trường Ủy ban nhân dân xã Bản Hon"' in page


def test_values_from_the_district_file_show_as_placeholders(client: TestClient) -> None:
    page = client.get("/c/" + BAN_HON).text
    assert 'name="province.name" id="f-province.name" value="" placeholder="theo tệp chung ' \
           'của huyện: Lai Châu"' in page


def test_the_page_in_english(client: TestClient) -> None:
    set_language("en")
    page = client.get("/").text
    assert '<html lang="en">' in page
    assert ">Create</button>" in page


def test_the_page_is_vietnamese_by_default(client: TestClient) -> None:
    page = client.get("/").text
    assert '<html lang="vi">' in page
    assert ">Tạo</button>" in page
    assert "hợp lệ" in page


@pytest.mark.parametrize(
    ("raw", "widget", "expected"),
    [
        ("14", "integer", 14),
        (" 14 ", "integer", 14),
        ("abc", "integer", "abc"),
        ("4862,5", "number", 4862.5),
        ("12", "number", 12),
        ("2024-01-19", "date", dt.date(2024, 1, 19)),
        ("19/01/2024", "date", dt.date(2024, 1, 19)),
        ("31/02/2024", "date", "31/02/2024"),
        ("có", "boolean", True),
        ("false", "boolean", False),
        ("", "text", None),
        ("a\n\n b \n", "lines", ["a", "b"]),
        ("\n", "lines", None),
    ],
)
def test_field_text_becomes_the_yaml_value(raw: str, widget: str, expected: object) -> None:
    assert typed_value(raw, widget) == expected


def test_clearing_the_only_field_of_a_group_removes_the_group() -> None:
    data: dict[str, Any] = {"congress": {"previous": {"date": dt.date(2019, 1, 1)}, "ordinal": 3}}
    apply_changes(data, Changes({"congress.previous.date": ""}))
    assert data == {"congress": {"ordinal": 3}}


def test_rows_are_added_and_cut_to_the_length_sent() -> None:
    data: dict[str, Any] = {"people": [{"id": "a"}, {"id": "b"}, {"id": "c"}]}
    apply_changes(data, Changes({"people.1.id": "x"}, {"people": 2}))
    assert data == {"people": [{"id": "a"}, {"id": "x"}]}
    apply_changes(data, Changes({"people.2.id": "d", "people.2.birth_year": "1990"},
                                {"people": 3}))
    assert data["people"][2] == {"id": "d", "birth_year": 1990}


@pytest.mark.parametrize("path", ["nothing.here", "people.x.id", "__class__", "congress"])
def test_unknown_paths_are_refused(path: str) -> None:
    with pytest.raises(ValueError):
        apply_changes({}, Changes({path: "1"}))


def test_a_commune_of_another_shape_renders(client: TestClient, tmp_path: Path) -> None:
    folder = tmp_path / "data" / "post-2025"
    import shutil

    shutil.copytree(REPO / "data" / "post-2025", folder)
    start = client.get("/").text
    assert "post-2025/lai-chau/" in start
    ident = re.findall(r'href="/c/(post-2025/[^"]+)"', start)[0]
    page = client.get("/c/" + ident)
    assert page.status_code == 200
    assert 'name="congress.venue"' in page.text


def test_the_page_says_what_validate_says(tmp_path: Path) -> None:
    from congress_docs.validate import validate_paths
    from congress_docs.web.checking import check_data

    data_folder = copy_sample(tmp_path)
    file = data_folder / BAN_HON
    text = file.read_text(encoding="utf-8")
    text = text.replace("elected: 70", "elected: abc").replace("birth_year: 1975", "birth_year: x")
    file.write_text(text, encoding="utf-8")
    report = validate_paths([file])
    expected = {(issue.field, issue.message) for issue in report.files[0].issues}
    assert len(expected) >= 2
    result = check_data(file, read_yaml(file).data)
    shown = {(name, message) for name, messages in result.errors.items() for message in messages}
    assert shown == expected


def test_rule_findings_carry_their_citation(client: TestClient) -> None:
    response = client.post("/api/check", json={"file": "tam-duong/khun-ha.yaml", "changes": {}},
                           headers={"x-csrf-token": TOKEN})
    findings = response.json()["findings"]
    assert findings, "Khun Há breaks a warning rule on purpose"
    assert all(finding["citation"] and finding["message"] for finding in findings)
    assert any("211-KH/HU" in finding["citation"] for finding in findings)


def test_the_start_page_scans_the_data_folder_a_fixed_number_of_times(
        client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    # A province's folder holds hundreds of files: one scan per file made the page quadratic.
    from congress_docs.web import workspace

    scans = []
    real = workspace.find_congress_files

    def counting(paths: Any) -> list[Path]:
        scans.append(1)
        return real(paths)

    monkeypatch.setattr(workspace, "find_congress_files", counting)
    page = client.get("/").text
    assert page.count("<tr data-file=") == 13
    assert len(scans) <= 2


def test_the_start_page_sees_a_file_added_since_it_was_shown(client: TestClient,
                                                              tmp_path: Path) -> None:
    assert 'data-file="tam-duong/ban-moi.yaml"' not in client.get("/").text
    source = tmp_path / "data" / "tam-duong"
    text = (source / "ban-hon.yaml").read_text(encoding="utf-8")
    (source / "ban-moi.yaml").write_text(text.replace("name: Bản Hon", "name: Bản Mới"),
                                         encoding="utf-8")
    row = client.get("/").text.split('tr data-file="tam-duong/ban-moi.yaml"', 1)[1]
    assert "Bản Mới" in row.split("</tr>", 1)[0]


def test_the_start_page_counts_the_documents_built(client: TestClient) -> None:
    row = 'tr data-file="tam-duong/ban-hon.yaml"'
    before = client.get("/").text.split(row, 1)[1].split("</tr>", 1)[0]
    total = len(TEMPLATE_FILES)
    assert f'<td class="num">0/{total}</td>' in before
    built = client.post("/api/build", json={"file": BAN_HON}, headers={"x-csrf-token": TOKEN})
    assert built.status_code == 200
    assert [doc["title"] for doc in built.json()["documents"]][:2] == [
        "Báo cáo chính trị", "Báo cáo kiểm điểm"]
    after = client.get("/").text.split(row, 1)[1].split("</tr>", 1)[0]
    assert f'<td class="num">{len(built.json()["documents"])}/{total}</td>' in after
    text = client.get("/text", params={"file": BAN_HON, "doc": "01-bao-cao-chinh-tri.docx"})
    assert "BÁO CÁO CHÍNH TRỊ" in text.json()["text"]
