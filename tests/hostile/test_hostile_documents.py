"""The document part of the hostile corpus: hostile templates given to `build`, files to `check`."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from runner import case_text, check_outcome, load_cases, run_cli

TEMPLATE_CASES = [dict(case, match="anywhere") for case in load_cases("templates")]
CHECK_CASES = [dict(case, match="anywhere") for case in load_cases("check")]
_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE w:document [\n<!ENTITY a "lollollollollollollollollol">\n'
    + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">\n' for i in range(9))
    + ']>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>"
)


def _word_document(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _replace_member(package: bytes, name: str, data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(package))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, data if info.filename == name else source.read(info))
    return buffer.getvalue()


def _bomb(megabytes: int) -> bytes:
    """A .docx whose body inflates to `megabytes` MB of zeros from a few dozen kilobytes."""
    package = _word_document(["x"])
    source = zipfile.ZipFile(io.BytesIO(package))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                target.writestr(info.filename, source.read(info))
                continue
            with target.open("word/document.xml", "w", force_zip64=True) as stream:
                block = b"\0" * (1 << 20)
                for _index in range(megabytes):
                    stream.write(block)
    return buffer.getvalue()


def _many_parts(count: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for index in range(count):
            target.writestr(f"part{index}.xml", "<a/>")
    return buffer.getvalue()


def _deep_xml(depth: int) -> bytes:
    body = "<w:sdt>" * depth + "</w:sdt>" * depth
    xml = ('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
           f'wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>')
    return _replace_member(_word_document(["x"]), "word/document.xml", xml.encode())


def _document_bytes(case: dict[str, Any]) -> bytes:
    if "raw" in case:
        return str(case["raw"]).encode("utf-8")
    if "raw_hex" in case:
        return bytes.fromhex(case["raw_hex"])
    if "bomb" in case:
        return _bomb(int(case["bomb"]))
    if "parts" in case:
        return _many_parts(int(case["parts"]))
    if "xml_bomb" in case:
        return _replace_member(_word_document(["x"]), "word/document.xml", _LAUGHS.encode())
    if "deep_xml" in case:
        return _deep_xml(int(case["deep_xml"]))
    return _word_document(list(case["paragraphs"]))


@pytest.mark.parametrize("case", TEMPLATE_CASES, ids=[case["id"] for case in TEMPLATE_CASES])
def test_template_case(case: dict[str, Any], tmp_path: Path) -> None:
    data = tmp_path / "data" / "xa.yaml"
    data.parent.mkdir()
    data.write_text(case_text({"bases": case["bases"], "id": case["id"]}), encoding="utf-8")
    template = tmp_path / "tpl" / "01-bao-cao-chinh-tri.docx"
    template.parent.mkdir()
    template.write_bytes(_document_bytes(case))
    outcome = run_cli(["--lang", "vi", "build", str(data), "--templates", str(template.parent),
                       "--kind", "political_report", "--output", str(tmp_path / "out")])
    check_outcome(case, outcome, {"file": str(template), "data": str(data)})
    assert not list((tmp_path / "out").rglob("*.docx")), "a document was written"


@pytest.mark.parametrize("case", CHECK_CASES, ids=[case["id"] for case in CHECK_CASES])
def test_check_case(case: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "van-ban.docx"
    path.write_bytes(_document_bytes(case))
    outcome = run_cli(["--lang", "vi", "check", str(path)])
    check_outcome(case, outcome, {"file": str(path)})
