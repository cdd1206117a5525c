"""The round-trip editor: comments and order kept, stale files refused, bad values never saved."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from congress_docs.errors import DataError, FileChangedError
from congress_docs.loading import load_congress
from congress_docs.paths import sample_district_dir
from congress_docs.roundtrip import content_hash, open_commune, save_commune

SAMPLE = sample_district_dir()
COMMUNES = sorted(path.name for path in SAMPLE.glob("*.yaml") if path.name != "district.yaml")


@pytest.fixture
def district(tmp_path: Path) -> Path:
    """A copy of the bundled district folder."""
    folder = tmp_path / "tam-duong"
    shutil.copytree(SAMPLE, folder)
    return folder


def comment_lines(text: str) -> list[str]:
    """Whole-line comments and comments after a value ("  # ...")."""
    found: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            found.append(stripped)
        elif "  #" in line:
            found.append(line[line.index("  #"):].strip())
    return found


@pytest.mark.parametrize("name", COMMUNES)
def test_unchanged_file_is_written_back_byte_for_byte(district: Path, name: str) -> None:
    path = district / name
    before = path.read_bytes()
    edit = open_commune(path)
    assert edit.text().encode("utf-8") == before
    saved = save_commune(edit)
    assert not saved.changed
    assert path.read_bytes() == before
    assert saved.sha256 == content_hash(before)


def test_set_value_keeps_every_comment_and_changes_only_that_line(district: Path) -> None:
    path = district / "ban-hon.yaml"
    before = path.read_text(encoding="utf-8")
    edit = open_commune(path)
    edit.set("congress.venue", "Nhà văn hóa bản Nà Khum")
    edit.set("people.3.full_name", "Giàng A Pháo")
    saved = save_commune(edit)
    after = path.read_text(encoding="utf-8")
    assert saved.changed
    assert comment_lines(after) == comment_lines(before)
    changed = [(old, new) for old, new in zip(before.splitlines(), after.splitlines(), strict=True)
               if old != new]
    assert len(changed) == 2
    model = load_congress(path).model
    assert model.congress.venue == "Nhà văn hóa bản Nà Khum"
    assert model.people[3].full_name == "Giàng A Pháo"
    assert saved.sha256 == content_hash(path.read_bytes())


def test_invalid_value_is_never_saved_and_error_points_at_the_line(district: Path) -> None:
    path = district / "ban-hon.yaml"
    before = path.read_bytes()
    edit = open_commune(path)
    edit.set("people.0.gender", "khác")
    with pytest.raises(DataError) as caught:
        save_commune(edit)
    assert path.read_bytes() == before
    message = str(caught.value)
    assert f"{path}:" in message
    assert "people.0.gender" in message
    line = int(message.split(f"{path}:")[1].split(":")[0])
    assert "gender" in edit.text().splitlines()[line - 1]
    assert not [p for p in district.iterdir() if p.name.startswith(".")]


def test_file_changed_since_read_is_refused(district: Path) -> None:
    path = district / "ban-hon.yaml"
    edit = open_commune(path)
    edit.set("congress.venue", "Hội trường mới")
    path.write_text(path.read_text(encoding="utf-8") + "# sửa bởi người khác\n", encoding="utf-8")
    changed = path.read_bytes()
    with pytest.raises(FileChangedError):
        save_commune(edit)
    assert path.read_bytes() == changed


def test_expected_hash_from_the_caller_is_checked(district: Path) -> None:
    path = district / "ban-hon.yaml"
    seen = content_hash(path.read_bytes())
    path.write_text(path.read_text(encoding="utf-8") + "# sửa\n", encoding="utf-8")
    edit = open_commune(path)
    edit.set("congress.venue", "Hội trường")
    with pytest.raises(FileChangedError):
        save_commune(edit, expected_sha256=seen)
    save_commune(edit, expected_sha256=content_hash(path.read_bytes()))
    assert load_congress(path).model.congress.venue == "Hội trường"


def test_replace_records_updates_in_place_adds_and_removes(district: Path) -> None:
    path = district / "ban-hon.yaml"
    before = path.read_text(encoding="utf-8")
    edit = open_commune(path)
    people = edit.get("people")
    removed = people.pop()
    people[0]["position"] = "Chủ tịch Ủy ban MTTQ Việt Nam xã"
    people.append({"id": "p-new", "full_name": "Lò Thị Yes", "gender": "nữ", "birth_year": 1999,
                   "party_member": False, "position": "yes"})
    edit.replace_records("people", people)
    for key in ("committee.members", "delegation.official", "delegation.alternates",
                "committee.standing", "congress.presidium", "congress.secretariat"):
        value = edit.get(key) if edit.has(key) else []
        if value and isinstance(value[0], dict):
            edit.replace_records(key, [item for item in value if item["person"] != removed["id"]],
                                 key="person")
        elif value:
            edit.set(key, [item for item in value if item != removed["id"]])
    member_orgs = [org for org in edit.get("member_organisations")]
    for org in member_orgs:
        if org.get("head") == removed["id"]:
            org.pop("head")
    edit.replace_records("member_organisations", member_orgs)
    save_commune(edit)
    model = load_congress(path).model
    assert [person.id for person in model.people][-1] == "p-new"
    assert model.people[-1].position == "yes"
    assert removed["id"] not in [person.id for person in model.people]
    after = path.read_text(encoding="utf-8")
    assert set(comment_lines(before)) <= set(comment_lines(after))


def test_merge_records_keeps_others(district: Path) -> None:
    path = district / "ban-hon.yaml"
    edit = open_commune(path)
    count = len(edit.get("people"))
    edit.merge_records("people", [{"id": "chu_tich", "birth_year": 1976}])
    save_commune(edit)
    model = load_congress(path).model
    assert len(model.people) == count
    assert model.people[0].birth_year == 1976
    assert model.people[0].education.general == "12/12"


def test_deleting_an_item_keeps_the_comments_around_it(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(
        "people:\n  # nhóm A\n  - id: a\n    name: A\n  # nhóm B\n  - id: b\n    name: B\n"
        "  # nhóm C\n  - id: c\n    name: C  # ghi chú C\n  # nhóm D\n  - id: d\n    name: D\n",
        encoding="utf-8",
    )
    for dropped in "abcd":
        edit = open_commune(path)
        edit.replace_records("people", [{"id": key, "name": key.upper()} for key in "abcd"
                                        if key != dropped])
        kept = comment_lines(edit.text())
        expected = ["# nhóm A", "# nhóm B", "# nhóm C", "# ghi chú C", "# nhóm D"]
        if dropped == "c":
            expected.remove("# ghi chú C")
        assert kept == expected, dropped


def test_bad_paths_and_duplicate_keys_are_data_errors(district: Path) -> None:
    edit = open_commune(district / "ban-hon.yaml")
    with pytest.raises(DataError, match="people.999"):
        edit.set("people.999.full_name", "X")
    with pytest.raises(DataError):
        edit.get("congress.nothing")
    with pytest.raises(DataError, match="people.1.id"):
        edit.replace_records("people", [{"id": "a"}, {"id": "a"}])


def test_strings_yaml_1_1_would_misread_are_quoted(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("a: 1\n", encoding="utf-8")
    edit = open_commune(path)
    for key, value in {"b": "yes", "c": "1:30", "d": "0123", "e": "", "f": "Bản Hon"}.items():
        edit.set(key, value)
    data = yaml.safe_load(edit.text())
    assert data == {"a": 1, "b": "yes", "c": "1:30", "d": "0123", "e": "", "f": "Bản Hon"}


def test_deleting_a_key_keeps_the_comment_of_the_next_one(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("a:\n  x: 1\n  y: 2  # y\n  # về z\n  z: 3\n  # về w\n  w: null\n",
                    encoding="utf-8")
    edit = open_commune(path)
    edit.set("a", {"x": 1, "y": 2, "w": None})
    assert edit.text() == "a:\n  x: 1\n  y: 2  # y\n  # về z\n  # về w\n  w: null\n"


def test_empty_values_are_written_as_the_file_writes_them(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("a: null\nb: 1\n", encoding="utf-8")
    edit = open_commune(path)
    edit.set("c", None)
    assert edit.text() == "a: null\nb: 1\nc: null\n"
    path.write_text("a:\nb: 1\n", encoding="utf-8")
    edit = open_commune(path)
    edit.set("c", None)
    assert edit.text() == "a:\nb: 1\nc:\n"
