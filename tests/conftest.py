"""Shared fixtures: small valid congress files and small Word templates, built in tmp_path."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import docx
import pytest
import yaml

from congress_docs.i18n import set_language

KIND_FILES = {
    "political_report": "01-bao-cao-chinh-tri.docx",
    "review_report": "02-bao-cao-kiem-diem.docx",
    "action_programme": "03-chuong-trinh-hanh-dong.docx",
    "resolution": "04-du-thao-nghi-quyet.docx",
    "personnel_scheme": "05-de-an-nhan-su.docx",
}

_SIGNER = {"authority": "TM. BAN THƯỜNG TRỰC", "title": "CHỦ TỊCH", "person": "chu_tich"}
DISTRICT: dict[str, Any] = {
    "province": {"name": "Lai Châu"},
    "district": {"name": "Tam Đường"},
    "documents": {kind: {"symbol": "BC-MTTQ", "signer": _SIGNER} for kind in KIND_FILES},
}


def pytest_addoption(parser: pytest.Parser) -> None:
    """--update-golden: rewrite golden files from the current output instead of comparing."""
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/documents/*.txt from the current output",
    )


def commune_data(name: str) -> dict[str, Any]:
    """The smallest valid commune file body (merged over DISTRICT)."""
    return {
        "unit": {"kind": "xã", "name": name},
        "congress": {
            "ordinal": 14,
            "term": {"start": 2024, "end": 2029},
            "start_date": "2024-01-19",
        },
        "people": [
            {
                "id": "chu_tich",
                "full_name": "Lò Văn Minh",
                "gender": "nam",
                "birth_year": 1975,
                "party_member": True,
                "position": "Chủ tịch",
            }
        ],
    }


def deep_merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Return `base` with `extra` merged in, mapping by mapping."""
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def write_yaml(path: Path, data: Any) -> Path:
    """Write `data` as UTF-8 YAML and return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


MinimalCongress = Callable[..., Path]


@pytest.fixture
def minimal_congress(tmp_path: Path) -> MinimalCongress:
    """Factory: `minimal_congress("Bản A", **overrides)` writes data/<slug>.yaml (+ district.yaml).

    Overrides are merged into the commune file; `with_district=False` writes no district file
    (province and documents then sit in the commune file, and there is no district).
    """

    def make(
        name: str = "Bản A",
        *,
        folder: str = "data",
        stem: str | None = None,
        with_district: bool = True,
        **overrides: Any,
    ) -> Path:
        root = tmp_path / folder
        data = commune_data(name)
        if with_district:
            write_yaml(root / "district.yaml", DISTRICT)
        else:
            data = deep_merge({k: v for k, v in DISTRICT.items() if k != "district"}, data)
        file_stem = stem or name.lower().replace(" ", "-")
        return write_yaml(root / f"{file_stem}.yaml", deep_merge(data, overrides))

    return make


MakeTemplate = Callable[..., Path]


@pytest.fixture
def make_template(tmp_path: Path) -> MakeTemplate:
    """Factory: a .docx whose body paragraphs (and optional table rows, header) hold given text."""

    def make(
        name: str,
        paragraphs: Sequence[str],
        *,
        table: Sequence[Sequence[str]] = (),
        header: str | None = None,
        folder: str = "tpl",
    ) -> Path:
        document = docx.Document()
        for text in paragraphs:
            document.add_paragraph(text)
        if table:
            grid = document.add_table(rows=0, cols=len(table[0]))
            for row in table:
                for cell, text in zip(grid.add_row().cells, row, strict=True):
                    cell.text = text
        if header is not None:
            document.sections[0].header.paragraphs[0].text = header
        path = tmp_path / folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        document.save(str(path))
        return path

    return make


def read_docx_text(source: Path | bytes) -> str:
    """All text of a .docx: body paragraphs, then table cells, then headers, one per line."""
    document = docx.Document(io.BytesIO(source) if isinstance(source, bytes) else str(source))
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.extend(cell.text for cell in row.cells)
    for section in document.sections:
        lines.extend(paragraph.text for paragraph in section.header.paragraphs)
    return "\n".join(lines)


@pytest.fixture
def docx_text() -> Callable[[Path | bytes], str]:
    """The text reader above, as a fixture."""
    return read_docx_text


@pytest.fixture(autouse=True)
def _vietnamese() -> Iterator[None]:
    # Messages are built in the language in force, and a CLI run with --lang en changes it:
    # every test starts, and leaves, in Vietnamese, the default.
    set_language("vi")
    yield
    set_language("vi")
