"""Rendering one template: text survives intact, bad input is cleaned, bad templates fail loudly."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from openxml_audit import OpenXmlValidator

from congress_docs.errors import RenderError, TemplateProblemError
from congress_docs.rendering import jinja_sources, render_docx

HARD_TEXT = 'Hội "Cựu chiến binh" & <Đoàn> Thanh niên \'xã\' 🇻🇳🎉 Bản Hon'


def test_special_characters_and_emoji_survive_in_body_table_and_header(
    make_template, docx_text
) -> None:
    template = make_template(
        "t.docx",
        ["Tên: {{ unit.name }}", "{%p for x in items %}", "- {{ x }}", "{%p endfor %}"],
        table=[["{%tr for row in rows %}", ""], ["{{ row.name }}", "{{ row.value }}"],
               ["{%tr endfor %}", ""]],
        header="Đầu trang {{ unit.name }}",
    )
    context = {
        "unit": {"name": HARD_TEXT},
        "items": ["a < b", "c & d"],
        "rows": [{"name": "<w:t>", "value": "&amp;"}, {"name": "x > y", "value": "'\""}],
    }
    text = docx_text(render_docx(template, context, label="test"))
    assert f"Tên: {HARD_TEXT}" in text
    assert "- a < b\n- c & d" in text
    assert "<w:t>\n&amp;\nx > y\n'\"" in text
    assert f"Đầu trang {HARD_TEXT}" in text


def test_loops_repeat_paragraphs_and_table_rows(make_template) -> None:
    template = make_template(
        "t.docx", ["{%p for x in items %}", "{{ x }}", "{%p endfor %}", "end"],
        table=[["{%tr for row in rows %}"], ["{{ row }}"], ["{%tr endfor %}"]],
    )
    data = render_docx(template, {"items": ["1", "2", "3"], "rows": list("abcd")}, label="t")
    document = docx.Document(io.BytesIO(data))
    assert [p.text for p in document.paragraphs] == ["1", "2", "3", "end"]
    assert [row.cells[0].text for row in document.tables[0].rows] == list("abcd")


def test_output_adds_no_ooxml_violation_to_the_template(make_template, tmp_path) -> None:
    template = make_template("t.docx", ["{{ a }}", "{%p for x in b %}", "{{ x }}", "{%p endfor %}"],
                             table=[["{%tr for r in b %}"], ["{{ r }}"], ["{%tr endfor %}"]])
    out = tmp_path / "out.docx"
    out.write_bytes(render_docx(template, {"a": HARD_TEXT, "b": ["<", "&"]}, label="t"))
    validator = OpenXmlValidator()
    before = {error.description for error in validator.validate(str(template)).errors}
    after = {error.description for error in validator.validate(str(out)).errors}
    assert after <= before


def test_control_characters_are_stripped_before_rendering(make_template, docx_text) -> None:
    template = make_template("t.docx", ["[{{ name }}]", "{% for x in list %}{{ x }}{% endfor %}"])
    name = "Bản\x0bHon\x00 xã\x1f\x08 \ud800ok"
    text = docx_text(render_docx(template, {"name": name, "list": ["a\x0c", "b\x07"]}, label="t"))
    assert "[BảnHon xã ok]" in text
    assert "ab" in text


def test_a_missing_variable_names_template_variable_and_paragraph(make_template) -> None:
    template = make_template("01-bao-cao.docx", ["Mở đầu", "Xã {{ unit.nam }} tổ chức đại hội"])
    with pytest.raises(RenderError) as caught:
        render_docx(template, {"unit": {"name": "Bản Hon"}}, label="xã Bản Hon: political_report")
    message = str(caught.value)
    assert "01-bao-cao.docx" in message
    assert "'unit.nam'" in message
    assert "Xã {{ unit.nam }} tổ chức đại hội" in message
    assert "xã Bản Hon: political_report" in message


def test_a_missing_variable_in_the_header_names_the_header(make_template) -> None:
    template = make_template("t.docx", ["body"], header="{{ signer }}")
    with pytest.raises(RenderError, match="'signer'") as caught:
        render_docx(template, {}, label="t")
    assert "header" in str(caught.value) or "đầu trang" in str(caught.value)


def test_the_sandbox_blocks_attribute_access(make_template) -> None:
    template = make_template("t.docx", ["{{ ''.__class__.__mro__ }}"])
    with pytest.raises(RenderError, match="__class__"):
        render_docx(template, {}, label="t")


def test_a_tag_error_names_the_paragraph(make_template) -> None:
    template = make_template("t.docx", ["ok", "{% for x in %}", "{% endfor %}"])
    with pytest.raises(RenderError, match=r"\{% for x in %\}"):
        render_docx(template, {}, label="t")


def test_broken_xml_from_a_block_across_a_table_is_rejected(make_template) -> None:
    # docxtpl alone repairs this with recover=True, silently dropping the table (issue #634).
    template = make_template("t.docx", ["start {% if flag %}", "inside"],
                            table=[["cell {% endif %} end"]])
    with pytest.raises(RenderError, match="XML"):
        render_docx(template, {"flag": False}, label="t")


def test_markup_marked_safe_cannot_inject_broken_xml(make_template) -> None:
    template = make_template("t.docx", ["{{ x|safe }}"])
    with pytest.raises(RenderError, match="XML"):
        render_docx(template, {"x": "<w:bogus"}, label="t")


def test_a_file_that_is_not_a_word_document_is_a_template_problem(tmp_path) -> None:
    fake = tmp_path / "t.docx"
    fake.write_text("not a zip", encoding="utf-8")
    with pytest.raises(TemplateProblemError, match="t.docx"):
        render_docx(fake, {}, label="t")
    with pytest.raises(TemplateProblemError, match="missing.docx"):
        render_docx(tmp_path / "missing.docx", {}, label="t")


def test_rendering_twice_gives_the_same_text_not_accumulated_content(make_template, docx_text
                                                                      ) -> None:
    template = make_template("t.docx", ["{%p for x in items %}", "{{ x }}", "{%p endfor %}"])
    first = docx_text(render_docx(template, {"items": ["a"]}, label="t"))
    second = docx_text(render_docx(template, {"items": ["b", "c"]}, label="t"))
    assert first.split() == ["a"]
    assert second.split() == ["b", "c"]


def test_a_valid_package_comes_out(make_template) -> None:
    template = make_template("t.docx", ["{{ a }}"], header="{{ a }}")
    data = render_docx(template, {"a": HARD_TEXT}, label="t")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert package.testzip() is None
        assert "word/document.xml" in package.namelist()


def test_jinja_sources_cover_body_and_header(make_template) -> None:
    template = make_template("t.docx", ["{{ a }}"], header="{{ b }}")
    parts = dict(jinja_sources(template))
    assert "{{ a }}" in parts["/word/document.xml"]
    assert any("{{ b }}" in source for name, source in parts.items() if "header" in name)
