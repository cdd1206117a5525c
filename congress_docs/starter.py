"""Write a commented starter congress file, generated from the data model so it never drifts."""

from __future__ import annotations

import datetime as dt
import os
import re
import typing
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from congress_docs.annotations import list_item_model, model_of, unwrap
from congress_docs.errors import DataError, Issue, OutputConflictError
from congress_docs.fileio import write_text_atomic
from congress_docs.i18n import _
from congress_docs.loading import PLACEHOLDER
from congress_docs.merging import DISTRICT_KEYS
from congress_docs.models import KIT, CongressFile
from congress_docs.paths import bundled
from congress_docs.rules.lookup import load_profile
from congress_docs.rules.profile import RuleProfile
from congress_docs.yamlsource import read_yaml

__all__ = ["starter_text", "write_starter"]

_INDENT = "  "
KIT_MARK = next(iter(KIT))
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
SCHEMA_FILE = "commune.schema.json"

# Example values that keep the starter loadable: references point at the one example of each list.
_EXAMPLES: dict[str, Any] = {
    "schema_version": 1,
    "congress.ordinal": 1,
    "congress.term.start": 2024,
    "congress.term.end": 2029,
    "congress.start_date": dt.date(2024, 3, 15),
    "congress.presidium": ["p001"],
    "congress.previous": None,
    "congress.secretariat": ["p001"],
    "upper_congress.ordinal": 1,
    "legal_basis.id": "cb1",
    "locality.residential_areas.id": "kdc1",
    "member_organisations.id": "tctv1",
    "member_organisations.head": "p001",
    "programs.id": "ct1",
    "indicators.id": "chi_tieu_1",
    "indicators.program": "ct1",
    "indicators.unit": "%",
    "new_term.targets": ["chi_tieu_1"],
    "action_programme.items.program": "ct1",
    "people.id": "p001",
    "people.birth_year": 1980,
    "people.gender": "nam",
    "people.party_member": True,
    "people.ethnicity": "Kinh",
    "committee.members.person": "p001",
    "committee.members.category": "full_time",
    "committee.members.re_elected": False,
    "committee.standing.person": "p001",
    "committee.standing.role": "chair",
    "delegation.official": ["p001"],
    "delegation.alternates": [],
    "previous_committee.origin": "appointed",
    "previous_committee.members_at_start": 0,
    "previous_committee.term": None,
    "previous_committee.set_up_on": dt.date(2024, 1, 1),
    "previous_committee.decision": None,
    "previous_committee.reviewed_resolutions": None,
    "previous_committee.changes.date": dt.date(2021, 6, 1),
    "previous_committee.changes.kind": "added",
    "signer.person": "p001",
}


def write_starter(
    path: Path,
    *,
    commune: str,
    kind: str = "xã",
    district_file: Path | None = None,
    force: bool = False,
) -> Path:
    """Write a starter file for one commune; refuse to replace an existing file without force."""
    if _CONTROL.search(commune) or not commune.strip():
        message = _("the commune name must be one line of text, without line breaks or "
                    "invisible control characters")
        raise DataError([Issue(path, message, field="unit.name")])
    if path.exists() and not force:
        raise OutputConflictError(
            _("{path} already exists; choose another name or use --force").format(path=path)
        )
    shared: set[str] = set()
    reference: str | None = None
    person = "p001"
    profile: RuleProfile | None = None
    if district_file is not None:
        data = read_yaml(district_file).data
        if isinstance(data, dict):
            shared = set(data) & set(DISTRICT_KEYS)
            # A district file without a district block: the commune is directly under the
            # province (from 01/7/2025), so the starter writes no district block either.
            if "district" not in data:
                shared.add("district")
            person = _district_signer(data) or person
            profile = _district_profile(district_file, data)
        reference = Path(os.path.relpath(district_file.resolve(), path.parent.resolve())).as_posix()
    text = starter_text(
        commune=commune, kind=kind, district_file=reference, skip=shared, person=person,
        profile=profile, schema=_schema_reference(path),
    )
    write_text_atomic(path, text)
    return path


def _district_profile(district_file: Path, data: dict[str, Any]) -> RuleProfile | None:
    """The rule profile the district file names, searched where validation searches it."""
    profile_id = data.get("rules_profile")
    if not isinstance(profile_id, str):
        return None
    folders = [district_file.parent / "rules", district_file.parent.parent / "rules"]
    try:
        return load_profile(profile_id, search=[folder.resolve() for folder in folders])
    except DataError:
        return None  # validate reports the unreadable profile with its reason


def _schema_reference(path: Path) -> str:
    """Where editors find the schema: data/commune.schema.json above the file, else the bundled."""
    folder = path.resolve().parent
    for candidate in (folder, *folder.parents):
        schema = candidate / SCHEMA_FILE
        if schema.is_file():
            return Path(os.path.relpath(schema, folder)).as_posix()
    return (bundled("data") / SCHEMA_FILE).resolve().as_uri()


def _profile_lines(profile: RuleProfile) -> list[str]:
    """What the profile asks of the file, in numbers, for the top of the starter."""
    limits: dict[str, tuple[Any, Any]] = {}
    for rule in profile.rules:
        params = rule.params
        low, high = getattr(params, "min", None), getattr(params, "max", None)
        if low is not None or high is not None:
            limits.setdefault(rule.kind.name, (low, high))
    wants = [
        (key, text) for key, text in (
            ("committee_size", "Ủy ban khóa mới {} ủy viên (committee.members)"),
            ("standing_size", "Ban Thường trực {} người (committee.standing)"),
            ("vice_chair_count", "trong đó {} Phó Chủ tịch"),
            ("delegates_range", "{} đại biểu chính thức (congress.delegates)"),
        ) if key in limits
    ]
    lines = [f"# Bộ quy định kiểm tra: {profile.id} ({profile.title}), nhiệm kỳ "
             f"{profile.term.start} - {profile.term.end}."]
    if wants:
        parts = [text.format(_range(*limits[key])) for key, text in wants]
        lines.append("# Bộ quy định yêu cầu: " + "; ".join(parts) + ".")
        lines.append("# Mỗi người khai một lần trong people; ủy viên, Ban Thường trực và đoàn đại "
                     "biểu ghi mã người.")
    return lines


def _range(low: Any, high: Any) -> str:
    if low is not None and high is not None:
        return f"{low} - {high}"
    return f"từ {low}" if low is not None else f"đến {high}"


def _profile_examples(profile: RuleProfile) -> dict[str, Any]:
    """Example values that satisfy the profile: its term, a congress day inside its window."""
    examples: dict[str, Any] = {
        "congress.term.start": profile.term.start,
        "congress.term.end": profile.term.end,
    }
    for rule in profile.rules:
        earliest = getattr(rule.params, "earliest", None)
        latest = getattr(rule.params, "latest", None)
        if rule.kind.name != "congress_deadline":
            continue
        if earliest is not None:
            day = earliest + dt.timedelta(days=30)
            examples["congress.start_date"] = min(day, latest) if latest is not None else day
        elif latest is not None:
            examples["congress.start_date"] = latest - dt.timedelta(days=30)
    return examples


def _district_signer(data: dict[str, Any]) -> str | None:
    """Return the person id the district's document settings expect every commune to declare."""
    documents = data.get("documents")
    if not isinstance(documents, dict):
        return None
    for settings in documents.values():
        signer = settings.get("signer") if isinstance(settings, dict) else None
        if isinstance(signer, dict) and isinstance(signer.get("person"), str):
            return str(signer["person"])
    return None


def starter_text(
    *,
    commune: str,
    kind: str = "xã",
    district_file: str | None = None,
    skip: set[str] | None = None,
    person: str = "p001",
    profile: RuleProfile | None = None,
    schema: str | None = None,
) -> str:
    """Return the text of a starter congress file: every field with a Vietnamese comment."""
    examples = {key: _with_person(value, person) for key, value in _EXAMPLES.items()}
    examples.update({"unit.name": commune, "unit.kind": kind})
    if profile is not None:
        examples.update(_profile_examples(profile))
    lines = [f"# yaml-language-server: $schema={schema}"] if schema else []
    lines += [
        f"# Dữ liệu đại hội MTTQ {kind} {_one_line(commune)}: "
        "tệp khởi tạo do congress-docs tạo ra.",
        "# Điền các chỗ có dấu '…'; lệnh 'congress-docs validate' liệt kê những chỗ còn thiếu.",
        "# Các giá trị số, ngày tháng dưới đây chỉ là ví dụ: sửa lại cho đúng.",
        "# Ngày tháng viết theo dạng YYYY-MM-DD, ví dụ 2024-03-15.",
        "# Ví dụ dưới đây là đại hội lần thứ I, Ủy ban đương nhiệm được thành lập theo quyết định",
        "# (origin: appointed); đơn vị đã có đại hội trước thì ghi ordinal, congress.previous.date",
        "# và origin: elected.",
        *(_profile_lines(profile) if profile is not None else []),
        "",
    ]
    writer = _Writer(lines, examples, skip or set())
    for name, field in CongressFile.model_fields.items():
        if name == "district_file":
            writer.comment(field, "")
            lines.append(f"district_file: {_scalar(district_file)}")
        elif name not in writer.skip:
            writer.field(name, field, "", name)
    return "\n".join(lines) + "\n"


def _one_line(text: str) -> str:
    # A comment ends at the line's end: a line break in the name must not start a YAML line.
    return " ".join(text.split())


def _with_person(value: Any, person: str) -> Any:
    if value == "p001":
        return person
    if value == ["p001"]:
        return [person]
    return value


class _Writer:
    """Emit YAML lines for model fields, each preceded by its description as a comment."""

    def __init__(self, lines: list[str], examples: dict[str, Any], skip: set[str]) -> None:
        self.lines = lines
        self.examples = examples
        self.skip = skip

    def comment(self, field: FieldInfo, indent: str) -> None:
        text = field.description or _doc(unwrap(field.annotation))
        choices = _choices(field.annotation)
        if choices and "(" not in text:
            text += " (" + ", ".join(choices) + ")"
        self.lines.append(f"{indent}# {text}")

    def field(self, name: str, field: FieldInfo, indent: str, path: str, first: str = "") -> None:
        self.comment(field, indent)
        if isinstance(field.json_schema_extra, dict) and field.json_schema_extra.get(KIT_MARK):
            # Optional documents 06-11: named here, filled only by those who want them.
            self.lines.append(f"{indent}# {name}: (tùy chọn; ví dụ đầy đủ trong dữ liệu mẫu "
                              "xã Bản Hon)")
            return
        lead = indent + first
        if path in self.examples and self.examples[path] is None:
            # An optional group left empty on purpose (it applies to some communes only).
            self.lines.append(f"{lead}{name}: null")
            return
        annotation = unwrap(field.annotation)
        model = model_of(annotation)
        if model is not None:
            self.lines.append(f"{lead}{name}:")
            self.model(model, indent + _INDENT, path)
            return
        item_model = list_item_model(annotation)
        if item_model is not None:
            self.lines.append(f"{lead}{name}:")
            self.model(item_model, indent + _INDENT + _INDENT, path, first="- ")
            return
        value = self.value(path, field, annotation)
        if isinstance(value, list) and value == [PLACEHOLDER]:
            self.lines.append(f"{lead}{name}:")
            self.lines.append(f"{indent}{_INDENT}- {PLACEHOLDER}")
            return
        self.lines.append(f"{lead}{name}: {_scalar(value)}")

    def model(self, model: type[BaseModel], indent: str, path: str, first: str = "") -> None:
        for index, (name, field) in enumerate(model.model_fields.items()):
            prefix = first if index == 0 else ""
            inner = indent[: len(indent) - len(first)] if prefix else indent
            self.field(name, field, inner if prefix else indent, f"{path}.{name}", first=prefix)

    def value(self, path: str, field: FieldInfo, annotation: Any) -> Any:
        for key in (path, ".".join(path.split(".")[-2:])):
            if key in self.examples:
                return self.examples[key]
        if typing.get_origin(annotation) is list:
            return [] if _is_id(typing.get_args(annotation)[0]) else [PLACEHOLDER]
        if not field.is_required():
            if field.default is not None:
                return field.default
            return PLACEHOLDER if annotation is str and not _is_id(field.annotation) else None
        return _required_example(annotation)


def _required_example(annotation: Any) -> Any:
    choices = _choices(annotation)
    if choices:
        return choices[0]
    if annotation in (int, float):
        return 0
    if annotation is dt.date:
        return dt.date(2024, 1, 1)
    return PLACEHOLDER


def _is_id(annotation: Any) -> bool:
    """True for the Id type: a constrained string whose values are references, not prose."""
    for arg in typing.get_args(annotation):
        if _is_id(arg):
            return True
    return any(getattr(meta, "pattern", None) for meta in getattr(annotation, "__metadata__", ()))


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, dt.date)):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(item) for item in value) + "]"
    return _yaml_text(str(value))


def _yaml_text(text: str) -> str:
    """Write `text` as YAML reads it back exactly: plain when safe, else quoted by the emitter."""
    dumped = yaml.safe_dump(text, allow_unicode=True, width=float("inf"))
    dumped = dumped.removesuffix("\n...\n").removesuffix("\n")
    if "\n" in dumped or yaml.safe_load(dumped) != text:
        dumped = yaml.safe_dump(text, allow_unicode=True, width=float("inf"), default_style='"')
        dumped = dumped.removesuffix("\n")
    return dumped


def _choices(annotation: Any) -> list[str]:
    annotation = unwrap(annotation)
    if typing.get_origin(annotation) is Literal:
        return [str(arg) for arg in typing.get_args(annotation)]
    return []


def _doc(annotation: Any) -> str:
    doc = getattr(annotation, "__doc__", None) or ""
    return doc.strip().splitlines()[0] if doc.strip() else ""
