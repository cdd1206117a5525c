"""The `layout` settings of the data (margins, body size, spacing) reach the written documents."""

from __future__ import annotations

import shutil
from pathlib import Path

from docx import Document
from docx.shared import Mm, Pt

from congress_docs.build import build
from congress_docs.paths import sample_district_dir


def copy_sample(tmp_path: Path, layout: str) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(sample_district_dir() / "district.yaml", data / "district.yaml")
    source = (sample_district_dir() / "ban-hon.yaml").read_text(encoding="utf-8")
    target = data / "ban-hon.yaml"
    target.write_text(source + "\n" + layout, encoding="utf-8")
    return target


def test_layout_overrides_reach_the_document(tmp_path: Path) -> None:
    layout = (
        "layout:\n  margin_left_mm: 35\n  margin_top_mm: 25\n  body_size_pt: 13\n"
        "  line_spacing: 1.5\n  paragraph_spacing_pt: 8\n  first_line_indent_cm: 1.0\n"
    )
    source = copy_sample(tmp_path, layout)
    report = build([source], kinds=["review_report"], output=tmp_path / "out")
    assert report.ok
    (path,) = (tmp_path / "out").rglob("02-*.docx")
    document = Document(str(path))
    section = document.sections[0]
    assert abs(section.left_margin - Mm(35)) < Mm(0.1)
    assert abs(section.top_margin - Mm(25)) < Mm(0.1)
    normal = document.styles["Normal"]
    assert normal.font.size == Pt(13)
    assert normal.paragraph_format.line_spacing == 1.5
    assert normal.paragraph_format.space_after == Pt(8)
    assert abs(normal.paragraph_format.first_line_indent - Mm(10)) < Mm(0.1)
    assert document.styles["Header"].font.size == Pt(13)


def test_default_layout_keeps_the_template_settings(tmp_path: Path) -> None:
    source = copy_sample(tmp_path, "")
    build([source], kinds=["review_report"], output=tmp_path / "out")
    (path,) = (tmp_path / "out").rglob("02-*.docx")
    document = Document(str(path))
    assert abs(document.sections[0].left_margin - Mm(30)) < Mm(0.1)
    assert document.styles["Normal"].font.size == Pt(14)
