"""The congress kit 06-11: golden texts of the post-2025 sample, one source for every figure,
missing optional data reported by field instead of written with holes, the kind registry."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from docx_text import docx_text

from congress_docs.build import build
from congress_docs.cli import cli
from congress_docs.context import build_context, kit_gaps
from congress_docs.errors import MissingDataError
from congress_docs.kinds import CORE_KINDS, DOCUMENT_KINDS, KINDS, KIT_KINDS, TEMPLATE_FILES
from congress_docs.loading import load_congress
from congress_docs.paths import bundled, sample_district_dir
from congress_docs.rendering import render_docx
from congress_docs.template_inspect import template_files

GOLDEN = Path(__file__).parent / "golden" / "documents" / "post-2025"
BAN_HON = sample_district_dir() / "ban-hon.yaml"
MUONG_THAN = bundled("data") / "post-2025" / "lai-chau" / "muong-than.yaml"
SAMPLES = {"ban-hon": BAN_HON, "muong-than": MUONG_THAN}


def render_all(data_file: Path) -> dict[str, str]:
    """The text of all eleven documents of one congress file."""
    loaded = load_congress(data_file)
    templates = template_files()
    return {kind: docx_text(render_docx(templates[kind], build_context(loaded, kind), label=kind))
            for kind in KINDS}


@pytest.fixture(scope="module")
def texts() -> dict[str, dict[str, str]]:
    return {name: render_all(path) for name, path in SAMPLES.items()}


@pytest.mark.parametrize("kind", KIT_KINDS)
def test_post_2025_text_equals_reviewed_golden(
    kind: str, texts: dict[str, dict[str, str]], request: pytest.FixtureRequest
) -> None:
    text = texts["muong-than"][kind]
    golden = GOLDEN / f"{kind}.txt"
    if request.config.getoption("--update-golden"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.is_file(), f"no golden file {golden}; run pytest --update-golden and review it"
    assert text == golden.read_text(encoding="utf-8")


def _numbers(pattern: str, text: str) -> set[int]:
    found = {int(value) for value in re.findall(pattern, text)}
    assert found, pattern
    return found


@pytest.mark.parametrize("sample", SAMPLES)
def test_figures_equal_those_of_the_five_documents(
    sample: str, texts: dict[str, dict[str, str]]
) -> None:
    model = load_congress(SAMPLES[sample]).model
    text = texts[sample]
    delegates = model.congress.delegates
    total = delegates.ex_officio + delegates.elected + delegates.appointed
    # Delegates: the resolution's bases, the rules' first article, the credentials report.
    assert _numbers(r"với (\d+) đại biểu chính thức", text["resolution"]) == {total}
    assert _numbers(r"Đại hội có (\d+) đại biểu chính thức", text["rules_of_procedure"]) == {total}
    assert _numbers(r"được triệu tập: (\d+) đại biểu", text["credentials_report"]) == {total}
    assert f"Tổng số | {total} |" in text["credentials_report"]
    # Committee size: resolution, personnel scheme, Tờ trình, minutes.
    size = len(model.committee.members)
    assert _numbers(r"gồm (\d+) vị\. Hội nghị", text["resolution"]) == {size}
    assert _numbers(r"dự kiến gồm (\d+) vị \(", text["personnel_scheme"]) >= {size}
    assert _numbers(r"nhiệm kỳ \d+ - \d+ gồm (\d+) vị", text["committee_proposal"]) == {size}
    assert _numbers(r"Tổng số ủy viên Ủy ban khóa \w+: (\d+) vị", text["first_meeting_minutes"]) \
        == {size}
    # Standing committee: resolution, Tờ trình, minutes; each member named in all of them.
    standing = len(model.committee.standing)
    assert _numbers(r"Ban Thường trực gồm (\d+) vị", text["resolution"]) == {standing}
    assert _numbers(r"Ban Thường trực .* dự kiến gồm (\d+) vị", text["committee_proposal"]) \
        == {standing}
    assert _numbers(r"Ban Thường trực Ủy ban khóa \w+ gồm (\d+) vị",
                    text["first_meeting_minutes"]) == {standing}
    names = {person.id: person.full_name for person in model.people}
    for member in model.committee.standing:
        for kind in ("resolution", "personnel_scheme", "committee_proposal",
                     "first_meeting_minutes"):
            assert names[member.person] in text[kind], kind
    # Delegation upward: resolution, personnel scheme, Tờ trình.
    official = len(model.delegation.official)
    for kind in ("resolution", "personnel_scheme", "committee_proposal"):
        assert _numbers(r"gồm (\d+) đại biểu chính thức", text[kind]) == {official}, kind


def test_agenda_default_order_and_presenters_come_from_the_data(
    texts: dict[str, dict[str, str]]
) -> None:
    lines = texts["ban-hon"]["agenda"].splitlines()
    rows = [line for line in lines if re.match(r"\d+ \| ", line)]
    assert [row.split(" | ")[0] for row in rows] == [str(n) for n in range(1, len(rows) + 1)]
    assert rows[0].startswith("1 | 7 giờ 30 | Chào cờ")
    assert "Phạm Thị Hồng Nhung, Trưởng ban Thẩm tra tư cách đại biểu" in texts["ban-hon"]["agenda"]
    # The post-2025 file lists its own items with times, a free item among them.
    custom = texts["muong-than"]["agenda"]
    assert "| 8 giờ 15 | Báo cáo chính trị" in custom
    assert "cá nhân có thành tích trong công tác Mặt trận | Ủy ban nhân dân xã" in custom
    # A first congress reviews the appointed committee since its set-up, not an earlier term.
    assert "Báo cáo kiểm điểm hoạt động của Ủy ban MTTQ Việt Nam xã Mường Than từ ngày " \
        "01/7/2025 đến nay" in custom


def test_credentials_shares_are_computed_from_the_counts(texts: dict[str, dict[str, str]]) -> None:
    text = texts["ban-hon"]["credentials_report"]
    assert "1 | Nữ | 41 | 35,34%" in text
    assert "5 | Người ngoài Đảng | 44 | 37,93%" in text  # 116 - 72 Party members
    assert "có mặt: 114 đại biểu, chiếm 98,28%; vắng mặt: 02 đại biểu" in text


def test_quorum_follows_the_rule_profile(texts: dict[str, dict[str, str]]) -> None:
    assert "từ 59/116 đại biểu trở lên" in texts["ban-hon"]["rules_of_procedure"]
    assert "từ 66/130 đại biểu trở lên" in texts["muong-than"]["rules_of_procedure"]


def test_minutes_count_agreement_per_post(texts: dict[str, dict[str, str]]) -> None:
    text = texts["ban-hon"]["first_meeting_minutes"]
    assert "Ông Tẩn Láo Lở giữ chức Phó Chủ tịch" in text
    assert "40/41 ủy viên có mặt tán thành, đạt 97,56%" in text


# -- missing optional data: reported, never written with holes ------------------------------


def _copy(tmp_path: Path, edit: Any = None) -> Path:
    shutil.copy(sample_district_dir() / "district.yaml", tmp_path / "district.yaml")
    data = yaml.safe_load(BAN_HON.read_text(encoding="utf-8"))
    if edit is not None:
        edit(data)
    target = tmp_path / "ban-hon.yaml"
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


def _strip_kit(data: dict[str, Any]) -> None:
    for key in ("schedule", "credentials"):
        data["congress"].pop(key)
    data["committee"].pop("first_meeting")
    data.pop("comments")


def test_a_file_without_kit_data_builds_the_five_unchanged(tmp_path: Path) -> None:
    source = _copy(tmp_path, _strip_kit)
    report = build([source], output=tmp_path / "out")
    assert report.ok
    statuses = {document.kind: document.status for document in report.communes[0].documents}
    assert {statuses[kind] for kind in CORE_KINDS} == {"written"}
    # Rules of procedure and Tờ trình need only what the five already use.
    assert statuses["rules_of_procedure"] == statuses["committee_proposal"] == "written"
    skipped = {kind for kind, status in statuses.items() if status == "skipped"}
    assert skipped == {"agenda", "credentials_report", "first_meeting_minutes", "comments_report"}
    folder = tmp_path / "out" / "tam-duong" / "ban-hon"
    assert not (folder / TEMPLATE_FILES["agenda"]).exists()
    golden = Path(__file__).parent / "golden" / "documents"
    for kind in CORE_KINDS:
        text = docx_text((folder / TEMPLATE_FILES[kind]).read_bytes())
        assert text == (golden / f"{kind}.txt").read_text(encoding="utf-8"), kind


def test_validate_names_each_field_to_fill(tmp_path: Path) -> None:
    source = _copy(tmp_path, _strip_kit)
    result = CliRunner().invoke(cli, ["--lang", "en", "validate", str(source)])
    assert result.exit_code == 0, result.output
    for field, number in (("congress.schedule", "06"), ("congress.credentials", "08"),
                          ("committee.first_meeting", "10"), ("comments.items", "11")):
        line = next(line for line in result.output.splitlines() if f": {field}: " in line)
        assert line.startswith(f"{source}:") and f"{number} " in line
        assert line.endswith("(optional document)")


def test_asking_for_a_document_without_its_data_fails_naming_the_field(tmp_path: Path) -> None:
    source = _copy(tmp_path, _strip_kit)
    result = CliRunner().invoke(cli, ["--lang", "en", "build", str(source), "--output",
                                      str(tmp_path / "out"), "--kind", "comments_report"])
    assert result.exit_code == 1
    assert "comments.items" in result.output and "11 Báo cáo tổng hợp ý kiến góp ý" in result.output
    assert not list((tmp_path / "out").rglob("*.docx"))


@pytest.mark.parametrize(
    ("edit", "field"),
    [
        (lambda d: d["congress"]["credentials"]["present"].update(elected=71),
         "congress.credentials.present.elected"),
        (lambda d: d["congress"]["credentials"]["composition"]["age_groups"].pop(),
         "congress.credentials.composition.age_groups"),
        (lambda d: d["congress"]["credentials"]["composition"].update(women=117),
         "congress.credentials.composition.women"),
        (lambda d: d["committee"]["first_meeting"]["agreement"].pop(),
         "committee.first_meeting.agreement"),
        (lambda d: d["committee"]["first_meeting"]["agreement"][0].update(agreed=42),
         "committee.first_meeting.agreement.0.agreed"),
        (lambda d: d["committee"]["first_meeting"].update(present=42),
         "committee.first_meeting.present"),
    ],
)
def test_figures_that_do_not_add_up_are_reported(tmp_path: Path, edit: Any, field: str) -> None:
    source = _copy(tmp_path, edit)
    gaps = kit_gaps(load_congress(source))
    assert field in [gap.field for gap in gaps]
    kind = next(kind for kind in KIT_KINDS
                if any(issue.field == field for issue in _gaps_of(source, kind)))
    with pytest.raises(MissingDataError) as caught:
        build_context(load_congress(source), kind)
    assert caught.value.issues[0].line is not None


def _gaps_of(source: Path, kind: str) -> list[Any]:
    try:
        build_context(load_congress(source), kind)
    except MissingDataError as err:
        return list(err.issues)
    return []


def test_comments_on_the_upper_level_need_an_upper_congress(tmp_path: Path) -> None:
    source = _copy(tmp_path)
    district = yaml.safe_load((tmp_path / "district.yaml").read_text(encoding="utf-8"))
    district.pop("upper_congress")
    (tmp_path / "district.yaml").write_text(yaml.safe_dump(district, allow_unicode=True),
                                            encoding="utf-8")
    fields = [gap.field for gap in kit_gaps(load_congress(source))]
    assert "comments.items.3.document" in fields
    # Without an upper congress the agenda and the rules leave the delegation out.
    loaded = load_congress(source)
    agenda = render_docx(template_files()["agenda"], build_context(loaded, "agenda"), label="a")
    assert "Đoàn đại biểu" not in docx_text(agenda)


def test_an_agenda_item_must_be_a_standard_one_or_own_text(tmp_path: Path) -> None:
    def both(data: dict[str, Any]) -> None:
        data["congress"]["schedule"]["official"]["items"] = [{"item": "closing", "content": "x"}]

    with pytest.raises(Exception, match="either item"):
        load_congress(_copy(tmp_path, both))


# -- the kind registry ---------------------------------------------------------------------


def test_one_registry_numbers_every_kind_and_has_a_template_for_each() -> None:
    assert [kind.number for kind in DOCUMENT_KINDS] == list(range(1, 12))
    assert KINDS == CORE_KINDS + KIT_KINDS
    for kind in DOCUMENT_KINDS:
        assert (bundled("templates") / kind.file_name).is_file()


def test_kind_option_offers_all_eleven() -> None:
    result = CliRunner().invoke(cli, ["--lang", "en", "build", "--help"])
    for kind in KINDS:
        assert kind in result.output


def test_the_cli_starts_without_the_rendering_stack() -> None:
    code = ("import sys, congress_docs.cli; "
            "print(any(m.startswith(('docxtpl', 'docx')) for m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize("kind", KIT_KINDS)
@pytest.mark.parametrize("sample", SAMPLES)
def test_no_kit_document_has_a_hole(
    sample: str, kind: str, texts: dict[str, dict[str, str]]
) -> None:
    lines = texts[sample][kind].splitlines()
    assert lines[0] == "DỰ THẢO"
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines[1]
    assert ", ngày" in lines[2]
    # Outside tables (empty cells are data): no doubled space, nothing before a comma.
    prose = [line for line in lines if " | " not in line]
    assert [line for line in prose if re.search(r"  | [,.;:)]|\( |khóa [,:(]", line)] == []

