"""Every bundled sample, of every shape, builds documents an official could send as they are.

The text of every document is scanned for the marks of missing data (holes after "khóa" and
"lần thứ", "None", "…", template tags, padded or zero counts, doubled spaces, an invented
2020 - 2025 term), for empty headings, for the "./." that ends the body, and for an issuer block
that agrees with the number's symbol and the signature.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from congress_docs.build import build
from congress_docs.paths import bundled
from congress_docs.validate import validate_paths

DATA = bundled("data")
# Communes of other shapes written for this test (a ward, an unknown outgoing term, few parts).
SHAPES = Path(__file__).resolve().parent / "shapes"
# The pattern of ../shared/hooks/before-stop, kept word for word.
HOOK = re.compile(r"(?<!toàn )khóa\s*[,.;:)]|lần thứ\s*[,.;:)]|\bNone\b|\{\{|\}\}|\{%|…")
COUNTED = r" (vị|chỉ tiêu|đại biểu|hội nghị|cuộc|văn bản|tổ chức|chương trình|người|ủy viên)\b"
PADDED = re.compile(r"(?<![\d/.,:])0[1-9]" + COUNTED)
PLAIN = re.compile(r"(?<![\d/.,:])[1-9]" + COUNTED)
ZERO = re.compile(r"\b00\b")
NUMBER_BLANK = re.compile(r"[Ss]ố:?\s+/")


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    out = tmp_path_factory.mktemp("samples")
    report = build([DATA, SHAPES], output=out)
    assert report.ok, "\n".join(report.failures())
    by_commune: dict[str, list[Path]] = {}
    for commune in report.communes:
        # Kit documents (06-11) a sample has no data for are not written.
        by_commune[commune.title] = [document.path for document in commune.documents
                                     if document.status != "skipped"]
    return by_commune


def blocks(path: Path) -> list[Paragraph | Table]:
    document = Document(str(path))
    body = document.element.body
    found: list[Paragraph | Table] = []
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            found.append(Paragraph(child, document))
        elif child.tag == qn("w:tbl"):
            found.append(Table(child, document))
    return found


def texts(path: Path) -> list[str]:
    lines: list[str] = []
    for block in blocks(path):
        if isinstance(block, Paragraph):
            lines.append(block.text)
        else:
            cells = [cell for row in block.rows for cell in row.cells]
            lines.extend(p.text for cell in cells for p in cell.paragraphs)
    return [line.replace("\u00a0", " ") for line in lines]


def test_both_shapes_are_bundled(documents: dict[str, list[Path]]) -> None:
    assert "xã Bản Hon" in documents  # 2024-2029, under a district
    assert "xã Mường Than" in documents  # 2025-2030, first congress under the province
    assert "phường Tân Phong" in documents  # 2025-2030 ward, 1 Chủ tịch + 4 Phó Chủ tịch
    assert "phường Bắc Hồng" in documents  # 2024-2029, outgoing term unknown, parts missing


def test_no_document_has_a_hole(documents: dict[str, list[Path]]) -> None:
    problems: list[str] = []
    for title, paths in documents.items():
        for path in paths:
            lines = texts(path)
            padded = [m.group(0) for line in lines for m in PADDED.finditer(line)]
            plain = [m.group(0) for line in lines for m in PLAIN.finditer(line)]
            if padded and plain:  # one rule for small counts in a document
                problems.append(f"{title} {path.name}: both {padded[:3]} and {plain[:3]}")
            for line in lines:
                for pattern in (HOOK, ZERO):
                    match = pattern.search(line)
                    if match:
                        problems.append(f"{title} {path.name}: {match.group(0)!r} in {line!r}")
                if "  " in NUMBER_BLANK.sub("", line).strip():
                    problems.append(f"{title} {path.name}: doubled space in {line!r}")
                if "2020 - 2025" in line and "Đảng bộ" not in line:  # Party terms did run so
                    problems.append(f"{title} {path.name}: invented term in {line!r}")
    assert not problems, "\n".join(problems[:20])


def test_no_heading_stands_empty(documents: dict[str, list[Path]]) -> None:
    problems: list[str] = []
    for title, paths in documents.items():
        for path in paths:
            # A table is content too (the action table under "Phân công thực hiện").
            shown = [b for b in blocks(path) if isinstance(b, Table) or b.text.strip()]
            for here, after in zip(shown, shown[1:], strict=False):
                if isinstance(here, Table):
                    continue
                level, next_level = _level(here), _level(after)
                if level and next_level and next_level <= level:
                    problems.append(f"{title} {path.name}: nothing under {here.text!r}")
    assert not problems, "\n".join(problems[:20])


def _level(block: Paragraph | Table) -> int:
    if isinstance(block, Table):
        return 0
    name = block.style.name if block.style is not None else ""
    return int(name[-1]) if name.startswith("Heading ") and name[-1].isdigit() else 0


def test_every_body_ends_with_the_end_mark(documents: dict[str, list[Path]]) -> None:
    for title, paths in documents.items():
        for path in paths:
            found = blocks(path)
            signature = next(i for i, block in enumerate(found) if _is_signature(block))
            last = next(block.text for block in reversed(found[:signature])
                        if isinstance(block, Paragraph) and block.text.strip())
            assert last.endswith("./."), f"{title} {path.name}: body ends {last[-40:]!r}"


def _is_signature(block: Paragraph | Table) -> bool:
    """The signature table: Nơi nhận beside the signer, or (minutes) secretary beside chair."""
    if not isinstance(block, Table):
        return False
    first = block.rows[0].cells[0].text
    return "Nơi nhận" in first or first.startswith("THƯ KÝ")


def test_issuer_number_and_signature_agree(documents: dict[str, list[Path]]) -> None:
    for title, paths in documents.items():
        for path in paths:
            found = blocks(path)
            header = next(block for block in found if isinstance(block, Table))
            issuer = [p.text.replace("\u00a0", " ") for p in header.rows[0].cells[0].paragraphs]
            number = header.rows[1].cells[0].text
            signature = next(block for block in found if _is_signature(block))
            authority = signature.rows[0].cells[1].paragraphs[0].text
            by_standing = "BAN THƯỜNG TRỰC" in issuer
            assert by_standing == number.endswith("-MTTQ-BTT"), f"{title} {path.name}: {number}"
            assert by_standing == (authority == "TM. BAN THƯỜNG TRỰC"), f"{title} {path.name}"


def test_the_first_congress_reads_as_one(documents: dict[str, list[Path]]) -> None:
    for title in ("xã Mường Than", "phường Tân Phong"):
        text = "\n".join(line for path in documents[title] for line in texts(path))
        assert "lần thứ I," in text
        # The outgoing committee was appointed: it has no khóa; only the new one is "khóa I".
        assert set(re.findall(r"khóa ([IVXLC]+)\b", text)) == {"I"}
        assert "thành lập" in text
        assert "nhiệm kỳ 2024 - 2029" in text  # the merged communes' resolutions reviewed


def test_the_2025_ward_with_four_vice_chairs_validates_clean() -> None:
    report = validate_paths([DATA / "post-2025" / "lai-chau" / "tan-phong.yaml"])
    [result] = report.files
    assert result.ok, [str(issue) for issue in result.issues]
    assert result.findings == ()
    assert result.warnings == ()
    model = result.loaded.model if result.loaded else None
    assert model is not None
    roles = [member.role for member in model.committee.standing]
    assert roles.count("chair") == 1 and roles.count("vice_chair") == 4
    assert 47 <= len(model.committee.members) <= 70
