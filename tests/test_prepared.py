"""Prepared templates fill every part exactly as plain docxtpl does, for every document kind."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docxtpl import DocxTemplate
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from congress_docs.context import build_context, missing_data
from congress_docs.environment import make_jinja_env
from congress_docs.errors import MissingDataError
from congress_docs.layout import apply_layout
from congress_docs.loading import load_congress
from congress_docs.models import Layout
from congress_docs.paths import bundled
from congress_docs.rendering import render_docx
from congress_docs.template_inspect import TEMPLATE_FILES, template_files

SAMPLES = [bundled("data") / "tam-duong" / "ban-hon.yaml",
           bundled("data") / "tam-duong" / "thi-tran-tam-duong.yaml",
           bundled("data") / "post-2025" / "lai-chau" / "muong-than.yaml"]


def plain_docxtpl(template: Path, context: dict[str, Any], layout: Layout) -> bytes:
    """What a user's own loop gives: a fresh DocxTemplate, render with autoescape, save."""
    document = DocxTemplate(str(template))
    document.render(context, jinja_env=make_jinja_env(), autoescape=True)
    buffer = io.BytesIO()
    document.save(buffer)
    return apply_layout(buffer.getvalue(), layout)


def canonical_parts(package: bytes) -> dict[str, bytes]:
    """Every member of a package, XML members in canonical form (C14N), in zip order."""
    parts: dict[str, bytes] = {}
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            if name.endswith((".xml", ".rels")):
                data = etree.tostring(etree.fromstring(data), method="c14n")
            parts[name] = data
    return parts


def assert_same_document(ours: bytes, theirs: bytes) -> None:
    mine, reference = canonical_parts(ours), canonical_parts(theirs)
    assert list(mine) == list(reference)
    differing = [name for name in mine if mine[name] != reference[name]]
    assert differing == []


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda path: path.stem)
@pytest.mark.parametrize("kind", list(TEMPLATE_FILES))
def test_every_kind_comes_out_as_plain_docxtpl_makes_it(kind: str, sample: Path) -> None:
    loaded = load_congress(sample)
    template = template_files()[kind]
    if missing_data(loaded.model, kind):  # a kit document this sample has no data for
        with pytest.raises(MissingDataError):
            build_context(loaded, kind)
        return
    context = build_context(loaded, kind)
    layout = loaded.model.layout
    ours = render_docx(template, context, label="t", layout=layout)
    assert_same_document(ours, plain_docxtpl(template, context, layout))
    # The second document from the same prepared template is as good as the first.
    again = render_docx(template, context, label="t", layout=layout)
    assert_same_document(again, ours)


def test_a_changed_layout_is_applied_as_on_the_finished_document() -> None:
    loaded = load_congress(SAMPLES[0])
    layout = Layout(margin_left_mm=35, margin_top_mm=25, body_size_pt=13, line_spacing=1.3,
                    paragraph_spacing_pt=8, first_line_indent_cm=1.0)
    template = template_files()["resolution"]
    context = build_context(loaded, "resolution")
    ours = render_docx(template, context, label="t", layout=layout)
    assert_same_document(ours, plain_docxtpl(template, context, layout))
    section = docx.Document(io.BytesIO(ours)).sections[0]
    assert round(section.left_margin.mm) == 35


def test_headers_footers_core_properties_tables_and_listings_match(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("{{ a }} và {{ b }}")
    document.add_paragraph("{%p for x in items %}")
    document.add_paragraph("- {{ x }}")
    document.add_paragraph("{%p endfor %}")
    table = document.add_table(rows=3, cols=3)
    for cell, text in zip(table.rows[0].cells, ["{%tr for r in rows %}", "", ""], strict=True):
        cell.text = text
    table.rows[1].cells[0].text = "{{ r }}"
    table.rows[2].cells[0].text = "{%tr endfor %}"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Đầu trang {{ a }}"
    section.footer.paragraphs[0].text = "Chân trang {{ b }}"
    document.core_properties.title = "Văn kiện {{ a }}"
    document.core_properties.author = "MTTQ"
    template = tmp_path / "t.docx"
    document.save(str(template))
    context = {"a": "Bản Hon & <xã>", "b": "dòng 1\ndòng 2\tcột", "items": ["1", "2"],
               "rows": ["x", "y", "z"]}
    ours = canonical_parts(render_docx(template, context, label="t"))
    theirs = canonical_parts(plain_docxtpl(template, context, Layout()))
    assert [name for name in ours if ours[name] != theirs[name]] == ["docProps/core.xml"]
    # docxtpl autoescapes the properties, which are text: its title reads "Bản Hon &amp; ...".
    properties = docx.Document(io.BytesIO(render_docx(template, context, label="t")))
    assert properties.core_properties.title == "Văn kiện Bản Hon & <xã>"
    assert properties.core_properties.author == "MTTQ"


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_SPANS = st.lists(st.lists(st.integers(1, 3), min_size=1, max_size=6), min_size=1, max_size=4)


def _table_xml(widths: list[int], rows: list[list[int]]) -> bytes:
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    body = "".join(
        "<w:tr>" + "".join(
            "<w:tc>" + (f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span > 1 else "")
            + "<w:p/></w:tc>" for span in row) + "</w:tr>"
        for row in rows)
    return (f'<w:body xmlns:w="{_W_NS}"><w:tbl><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>'
            "</w:body>").encode()


@settings(max_examples=200, deadline=None)
@given(widths=st.lists(st.integers(0, 3000), min_size=1, max_size=5), rows=_SPANS)
def test_table_grids_are_fitted_as_docxtpl_fits_them(widths: list[int],
                                                       rows: list[list[int]]) -> None:
    # Rows whose cells a {%tc for %} loop added or removed: the grid is widened or narrowed
    # exactly as docxtpl's fix_tables does it.
    from congress_docs.prepared import _fix_tables

    xml = _table_xml(widths, rows)
    expected = etree.tostring(DocxTemplate.fix_tables(None, xml))
    tree = etree.fromstring(xml)
    _fix_tables(tree)
    assert etree.tostring(tree) == expected
