"""Properties: any Unicode text reaches the document exactly, and any commune name round-trips."""

from __future__ import annotations

import io
import re
import tempfile
import unicodedata
from pathlib import Path

import docx
import yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from runner import load_cases

from congress_docs.build import build
from congress_docs.errors import DataError
from congress_docs.loading import load_congress
from congress_docs.normalise import clean_name
from congress_docs.starter import write_starter
from congress_docs.vietnamese import detect_legacy_encoding

BASE = yaml.safe_load(load_cases("data")[0]["bases"]["minimal"])
BASE.update({"report": {"opening": ["Mở đầu"], "conclusion": ["Kết luận"]},
             "locality": {"advantages": ["Thuận lợi"]},
             "new_term": {"general_objective": ["Mục tiêu"]}})
BASE["documents"]["political_report"]["recipients"] = ["Lưu: VT"]
# Everything but what loading refuses on purpose (control characters, surrogates, the Unicode
# line separators and non-characters: each is an error with its own corpus case).
_CHARACTERS = st.characters(
    blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\ufffe\uffff"
)
_TRICKY = ["{_{", "}_}", "{{ unit.name }}", "{%", "%}", "{#", "<w:t>", "&amp;", "]]>", "'", '"',
           "\\", " #", ": ", "  ", "\u00a0", "\u200b", "…", "Ð", "đ", "\u0301", "😀", "\U0010fffd"]
TEXT = st.lists(st.one_of(st.sampled_from(_TRICKY), st.text(_CHARACTERS, max_size=8)),
                min_size=1, max_size=6).map("".join)
# Text fields of the political report's data, by path: each shows its value in the document.
# (congress.theme is not one: it is printed between “ ” with the quotes the data has dropped.)
CLOSING = ("report", "conclusion", 0)
RECIPIENT = ("documents", "political_report", "recipients", 0)
FIELDS = [("report", "opening", 0), CLOSING, ("locality", "advantages", 0),
          ("new_term", "general_objective", 0), RECIPIENT]
# Where the document's punctuation takes the place of the text's own: the body's last paragraph
# ends in "./." instead of its stop or a list item's ";" "," ":" (format-spec: the model templates
# end the body with "./."), and a recipient line has its own "- " and ";" or "." (ND30 box 9b).
_BODY_STOP = re.compile(r"[\s.;:,]+$")
_LINE_MARKS = re.compile(r"^[\s\-–]+|[\s.;,]+$")
_SETTINGS = settings(max_examples=25, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])


def _document_text(path: Path) -> str:
    document = docx.Document(io.BytesIO(path.read_bytes()))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)


def _reaches(expected: str, field: tuple[str | int, ...], paragraphs: list[str]) -> bool:
    """Whether the text is in a paragraph, exactly but for the punctuation the document sets."""
    if field == CLOSING:
        body = expected[:-3] if expected.endswith("./.") else _BODY_STOP.sub("", expected)
        return any(paragraph.endswith(body + "./.") for paragraph in paragraphs)
    if field == RECIPIENT:
        line = _LINE_MARKS.sub("", expected)
        return any(paragraph.startswith("- ") and line in paragraph
                   and paragraph.endswith((";", ".")) for paragraph in paragraphs)
    return any(expected in paragraph for paragraph in paragraphs)


def _set(data: dict, path: tuple[str | int, ...], value: str) -> None:  # type: ignore[type-arg]
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


@_SETTINGS
@given(text=TEXT, field=st.sampled_from(FIELDS))
@example(text="Giữ {_{ nguyên }_} {{ unit.name }} {% if %} & <b>", field=("report", "opening", 0))
@example(text="Hai  dấu cách\u00a0và\u200bký tự ẩn", field=("report", "opening", 0))
@example(text="&amp;", field=CLOSING)
@example(text="Kết luận ;", field=CLOSING)
@example(text="- Như trên.", field=RECIPIENT)
def test_any_text_in_a_text_field_reaches_the_document_exactly(
    text: str, field: tuple[str | int, ...]
) -> None:
    expected = unicodedata.normalize("NFC", text).strip()
    assume(expected and detect_legacy_encoding(expected) is None)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        data = yaml.safe_load(yaml.safe_dump(BASE))
        _set(data, field, text)
        source = root / "xa.yaml"
        source.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        report = build([source], kinds=["political_report"], output=root / "out", rules=None)
        assert report.ok, report.failures()
        written = report.communes[0].documents[0].path
        paragraphs = unicodedata.normalize("NFC", _document_text(written)).split("\n")
        assert _reaches(expected, field, paragraphs), paragraphs


@_SETTINGS
@given(name=TEXT)
@example(name='Bản "Mới": A\\B #1 yes')
@example(name="- [Bản] {Mới} *x &y !z |w >v %u @t `s")
@example(name="\xadI")  # a soft hyphen, which names lose, once taken for TCVN3 "ư"
@example(name="AÀ\u200bO")  # once read as the two words "AÀ" (VNI "Ầ") and "O"
def test_any_commune_name_round_trips_through_new(name: str) -> None:
    cleaned, _removed = clean_name(name)
    assume(cleaned and detect_legacy_encoding(cleaned) is None)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "moi.yaml"
        write_starter(path, commune=name)
        try:
            loaded = load_congress(path)
        except DataError as err:  # pragma: no cover - the assertion shows the messages
            raise AssertionError("\n".join(map(str, err.issues))) from err
        assert loaded.model.unit.name == cleaned
        if cleaned == name:
            assert not loaded.normalised
