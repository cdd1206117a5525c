"""Each class of bad input gets one exact, located message, exit code 1 and no traceback."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from congress_docs.cli import cli

MINIMAL = textwrap.dedent(
    """\
    province: {name: Lai Châu}
    unit: {kind: xã, name: Bản Hon}
    congress:
      ordinal: 14
      term: {start: 2024, end: 2029}
      start_date: 2024-01-19
    people:
      - id: p001
        full_name: Lò Văn Hặc
        gender: nam
        birth_year: 1975
        party_member: true
        position: Chủ tịch Ủy ban MTTQ Việt Nam xã
    documents:
      political_report: {symbol: BC-MTTQ, signer: {authority: TM. BAN THƯỜNG TRỰC, person: p001}}
      review_report: {symbol: BC-MTTQ, signer: {authority: TM. ỦY BAN, person: p001}}
      action_programme: {symbol: CTr-MTTQ, signer: {authority: TM. BAN THƯỜNG TRỰC, person: p001}}
      resolution: {symbol: NQ-ĐH, signer: {authority: TM. ĐOÀN CHỦ TỊCH, person: p001}}
      personnel_scheme: {symbol: ĐA-MTTQ, signer: {authority: TM. BAN THƯỜNG TRỰC, person: p001}}
    """
)


def run_validate(path: Path, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--lang", "vi", *extra, "validate", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "xa.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_minimal_file_is_valid(tmp_path: Path) -> None:
    code, output = run_validate(write(tmp_path, MINIMAL))
    assert code == 0, output
    assert "HỢP LỆ" in output


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            MINIMAL.replace("  ordinal: 14", "  ordinal: 14\n    bad: [1, 2"),
            ":5:8: congress.ordinal.bad: lỗi cú pháp YAML: dòng này thụt vào sâu hơn dòng trên",
            id="yaml-syntax",
        ),
        pytest.param(
            MINIMAL.replace("ordinal: 14", "ordinal: mười bốn"),
            ":4:3: congress.ordinal: phải là số nguyên, không phải 'mười bốn'",
            id="wrong-type",
        ),
        pytest.param(
            MINIMAL.replace("  start_date: 2024-01-19\n", ""),
            ":3:1: congress.start_date: thiếu mục bắt buộc; hãy bổ sung",
            id="missing-required",
        ),
        pytest.param(
            MINIMAL.replace("  ordinal: 14", "  ordinals: 14"),
            ":4:3: congress.ordinals: mục 'ordinals' không có trong mẫu dữ liệu; "
            "có phải ý là 'ordinal'?",
            id="unknown-field",
        ),
        pytest.param(
            MINIMAL.replace("  ordinal: 14", "  ordinal: 14\n  ordinal: 15"),
            ":5:3: congress.ordinal: mục 'ordinal' bị khai hai lần (lần đầu ở dòng 4); "
            "chỉ giữ lại một",
            id="duplicate-key",
        ),
        pytest.param(
            MINIMAL.replace("person: p001}}\n  review", "person: p404}}\n  review"),
            ":15:80: documents.political_report.signer.person: mã 'p404' chưa được khai báo "
            "trong mục 'people'; hãy khai báo ở đó hoặc sửa lại mã",
            id="unknown-reference",
        ),
        pytest.param(
            MINIMAL.replace("unit: {kind: xã, name: Bản Hon}", "unit:\n  - xã\n  - Bản Hon"),
            ":2:1: unit: phải là một nhóm các dòng 'tên: giá trị', không phải ['xã', 'Bản Hon']",
            id="list-for-mapping",
        ),
        pytest.param("", ":1: tệp trống, không có dữ liệu", id="empty-file"),
        pytest.param(
            "# chỉ có chú thích\n\n", ":1: tệp trống, không có dữ liệu", id="comments-only"
        ),
        pytest.param(
            b"# D\xf2ng ch\xfa th\xedch\n" + MINIMAL.encode("utf-8"),
            ":1: tệp không ở dạng mã UTF-8 (có thể là Windows-1258 hoặc TCVN3)",
            id="windows-1258",
        ),
        pytest.param(
            MINIMAL.encode("utf-16"),
            ":1: tệp được lưu ở dạng UTF-16; hãy lưu lại với bảng mã UTF-8",
            id="utf-16",
        ),
        pytest.param(
            "- một\n- hai\n",
            ":1: tệp phải bắt đầu bằng các dòng dạng 'tên: giá trị'",
            id="list-at-top",
        ),
    ],
)
def test_bad_input_is_reported_with_file_and_line(
    tmp_path: Path, text: str | bytes, expected: str
) -> None:
    path = write(tmp_path, text)
    code, output = run_validate(path)
    assert code == 1
    assert f"{path}{expected}" in output, output
    assert "CÓ LỖI" in output


def test_every_problem_is_reported_together(tmp_path: Path) -> None:
    text = MINIMAL.replace("ordinal: 14", "ordinal: -3").replace(
        "birth_year: 1975", "birth_year: x"
    )
    code, output = run_validate(write(tmp_path, text))
    assert code == 1
    assert "congress.ordinal: phải từ 1 trở lên, không phải -3" in output
    assert "people.0.birth_year: phải là số nguyên, không phải 'x'" in output


def test_messages_in_english_on_request(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL.replace("  ordinal: 14", "  ordinals: 14"))
    result = CliRunner().invoke(cli, ["--lang", "en", "validate", str(path)])
    assert result.exit_code == 1
    assert f"{path}:4:3: congress.ordinals: unknown field 'ordinals'; did you mean 'ordinal'?" in (
        result.output
    )


def test_english_locale_selects_english(tmp_path: Path) -> None:
    path = write(tmp_path, "")
    result = CliRunner().invoke(cli, ["validate", str(path)], env={"LANG": "en_GB.UTF-8"})
    assert "the file is empty" in result.output


def test_text_is_normalised_to_nfc(tmp_path: Path) -> None:
    import unicodedata

    from congress_docs.loading import load_congress

    decomposed = unicodedata.normalize("NFD", "Lò Văn Hặc")
    path = write(tmp_path, MINIMAL.replace("Lò Văn Hặc", decomposed))
    person = load_congress(path).model.people[0]
    assert person.full_name == "Lò Văn Hặc"
    assert unicodedata.is_normalized("NFC", person.full_name)


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["validate", str(tmp_path / "nowhere.yaml")])
    assert result.exit_code == 2


@pytest.mark.parametrize(
    ("legacy", "encoding"),
    [("Lß V¨n HÆc", "TCVN3"), ("Loø Vaên Haëc", "VNI")],
)
def test_legacy_encoded_text_is_flagged_with_its_conversion(
    tmp_path: Path, legacy: str, encoding: str
) -> None:
    path = write(tmp_path, MINIMAL.replace("Lò Văn Hặc", legacy))
    code, output = run_validate(path)
    assert code == 1
    assert f"{path}:9:16: people.0.full_name: đoạn chữ này ở bảng mã cũ {encoding}" in output
    assert "'Lò Văn Hặc'" in output


def test_reference_errors_come_with_type_errors(tmp_path: Path) -> None:
    text = MINIMAL.replace("ordinal: 14", "ordinal: x").replace(
        "person: p001}}\n  review", "person: p404}}\n  review"
    )
    code, output = run_validate(write(tmp_path, text))
    assert code == 1
    lines = [line for line in output.splitlines() if line.startswith(str(tmp_path))]
    assert "congress.ordinal: phải là số nguyên" in lines[0]
    assert "documents.political_report.signer.person: mã 'p404'" in lines[1]
