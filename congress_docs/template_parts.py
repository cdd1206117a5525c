"""Take a Word template apart as docxtpl fills it: patched, compiled parts and the rest, packed.

Only template preparation needs docxtpl and python-docx (both slow to import); a template
prepared before is read back from the disk cache (template_store.py) without them.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Template, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree

from congress_docs.docx_limits import package_problem
from congress_docs.docx_zip import Member, pack
from congress_docs.errors import Issue, TemplateProblemError
from congress_docs.i18n import _
from congress_docs.render_errors import PartFailure, failure_in

__all__ = [
    "CoreFill",
    "Part",
    "Pieces",
    "check_package",
    "compile_lined",
    "from_code",
    "lined",
    "resolve_listing",
    "take_apart",
]

_PARAGRAPH_START = re.compile(r"<w:p([ >])")
_BODY = re.compile(r"<w:body(?:\s[^>]*)?>.*</w:body>|<w:body(?:\s[^>]*)?/>", re.DOTALL)
# docxtpl's escaped delimiters become Jinja string literals before compiling, so that only the
# template's own text is unescaped: "{_{" typed in the data reaches the document as "{_{".
_ESCAPED_TAGS = (("{_{", "{{ '{{' }}"), ("}_}", "{{ '}}' }}"), ("{_%", "{{ '{%' }}"),
                 ("%_}", "{{ '%}' }}"))
_FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
# The string properties docxtpl fills (docxtpl.template.DocxTemplate.render_properties).
CORE_PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")


@dataclass(frozen=True)
class Part:
    """One part that rendering fills."""

    member: str  # zip member name: word/document.xml
    name: str  # part name as docxtpl and messages give it: /word/document.xml
    role: str  # "body", "story" (header, footer) or "raw" (footnotes, filled as text)
    source: str  # docxtpl's patched XML, one paragraph per line
    template: Template | None
    code: Any  # the compiled Jinja module code, kept for the disk cache
    failure: PartFailure | None  # the tag error found while compiling, raised on render


@dataclass
class CoreFill:
    """Document properties written with Jinja tags: filled per document with python-docx."""

    member: str
    properties: Any  # python-docx CoreProperties
    part: Any  # its package part, whose blob is the filled core.xml
    templates: dict[str, Template]


@dataclass(frozen=True)
class Pieces:
    """A template taken apart: what to fill, in which order to lay the members down."""

    parts: tuple[Part, ...]
    order: tuple[str, ...]
    frame: tuple[str, str]  # the document part around its body
    static: Mapping[str, Member]
    core: CoreFill | None


def _compiled(env: SandboxedEnvironment, member: str, name: str, role: str,
              patched: str) -> Part:
    """Compile docxtpl's patched XML as it is; keep it one paragraph per line for messages.

    Rendering the XML as docxtpl has it spares a pass over every filled part to take the line
    breaks out again; only a failing part is compiled and filled again from the lined source,
    to say in which paragraph it failed (prepared.py).
    """
    source = lined(patched)
    try:
        code = env.compile(_escaped_delimiters(patched))
    except TemplateSyntaxError:
        try:
            env.compile(_escaped_delimiters(source))
        except TemplateSyntaxError as located:
            return Part(member, name, role, source, None, None, failure_in(name, source, located))
        raise
    return Part(member, name, role, source, from_code(env, code), code, None)


def lined(patched: str) -> str:
    """The patched XML with each paragraph on a line of its own, so a Jinja line is a paragraph."""
    return _PARAGRAPH_START.sub(r"\n<w:p\1", patched)


def compile_lined(env: SandboxedEnvironment, part: Part) -> Template:
    """The part compiled from its lined source: it fails where the part fails, at a paragraph."""
    return env.from_string(_escaped_delimiters(part.source))


def _escaped_delimiters(source: str) -> str:
    for escaped, literal in _ESCAPED_TAGS:
        source = source.replace(escaped, literal)
    return source


def from_code(env: SandboxedEnvironment, code: Any) -> Template:
    """A template from compiled code, as Environment.from_string makes it from its source."""
    return env.template_class.from_code(env, code, env.make_globals(None), None)


def take_apart(path: Path, data: bytes, env: SandboxedEnvironment) -> Pieces:
    """Patch and compile every part docxtpl fills; pack every other member as docxtpl saves it."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docxtpl import DocxTemplate

    document = _open(data, path)
    found = [("body", document.docx.part, document.get_xml())]
    for uri in (DocxTemplate.HEADER_URI, DocxTemplate.FOOTER_URI):
        for _key, part in document.get_headers_footers(uri):
            found.append(("story", part, document.get_part_xml(part)))
    for part in document.docx.part.package.parts:
        if part.content_type == _FOOTNOTES_TYPE:
            blob = part.blob
            found.append(("raw", part, blob.decode("utf-8") if isinstance(blob, bytes) else blob))
    parts = tuple(
        _compiled(env, str(part.partname.membername), str(part.partname), role,
                  str(document.patch_xml(xml)))
        for role, part, xml in found
    )
    core = _core(document, env, RELATIONSHIP_TYPE.CORE_PROPERTIES)
    saved = io.BytesIO()
    document.docx.save(saved)
    with zipfile.ZipFile(saved) as package:
        order = tuple(info.filename for info in package.infolist())
        contents = {name: package.read(name) for name in order}
    filled = {part.member for part in parts} | ({core.member} if core is not None else set())
    static = {name: pack(name, contents[name]) for name in order if name not in filled}
    return Pieces(parts, order, _frame(contents, path), static, core)


def _open(data: bytes, path: Path) -> Any:
    from docx.opc.exceptions import PackageNotFoundError
    from docxtpl import DocxTemplate

    problem = package_problem(data)
    if problem is not None:  # not a zip, or a zip bomb: refused before python-docx inflates it
        raise TemplateProblemError([Issue(path, problem)])
    document = DocxTemplate(io.BytesIO(data))
    try:
        document.init_docx()
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError,
            etree.XMLSyntaxError) as err:
        raise TemplateProblemError(
            [Issue(path, _("not a readable Word (.docx) file: {detail}").format(detail=err))]
        ) from err
    return document


def check_package(data: bytes, path: Path) -> bytes:
    """Return `data` if it opens as a Word document; raise TemplateProblemError if not."""
    _open(data, path)
    return data


def _core(document: Any, env: SandboxedEnvironment, relationship: str) -> CoreFill | None:
    """The document properties: set as docxtpl sets them; kept to fill only if they hold tags."""
    package = document.docx.part.package
    try:
        part = package.part_related_by(relationship)
    except KeyError:
        # python-docx makes one stamped with the current time; the bytes must not depend on it.
        properties = document.docx.core_properties
        properties.created = properties.modified = dt.datetime(1980, 1, 1)
        part = package.part_related_by(relationship)
    properties = document.docx.core_properties
    values = {name: getattr(properties, name) or "" for name in CORE_PROPERTIES}
    for name, value in values.items():
        # docxtpl sets every property, which adds the missing ones as empty elements.
        setattr(properties, name, value)
    if not any(_is_dynamic(value) for value in values.values()):
        return None
    # Properties are plain text that lxml escapes: autoescaping them too would show "&amp;"
    # in Word's File > Properties (docxtpl does that); everything else is as docxtpl has it.
    text_env = env.overlay(autoescape=False)
    templates = {name: text_env.from_string(value) for name, value in values.items()}
    return CoreFill(str(part.partname.membername), properties, part, templates)


def _is_dynamic(value: str) -> bool:
    # Jinja returns text without tags unchanged, except that it drops one trailing newline.
    return "{" in value or value.endswith("\n")


def _frame(contents: Mapping[str, bytes], path: Path) -> tuple[str, str]:
    """The document part around its body: what docxtpl's filled body is put back into."""
    pieces = _BODY.split(contents.get("word/document.xml", b"").decode("utf-8"), maxsplit=1)
    if len(pieces) != 2:
        message = _("not a readable Word (.docx) file: {detail}").format(detail="w:body")
        raise TemplateProblemError([Issue(path, message)])
    return pieces[0], pieces[1]


def resolve_listing(xml: str) -> str:
    """docxtpl's pass turning tabs, line and paragraph breaks in values into Word's markup."""
    from docxtpl import DocxTemplate

    return str(DocxTemplate.resolve_listing(None, xml))
