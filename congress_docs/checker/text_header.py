"""Text rules on the fixed wordings: Quốc hiệu, Tiêu ngữ, type code, V/v, Kính gửi, appendices."""

from __future__ import annotations

import re
import unicodedata

from congress_docs.checker.emit import Emitter
from congress_docs.checker.roles_forms import APPENDIX
from congress_docs.checker.roles_model import Roles
from congress_docs.checker.rulesets import DocTypes
from congress_docs.checker.textnorm import fold, is_caps, norm
from congress_docs.i18n import _
from congress_docs.vietnamese.roman import to_roman

__all__ = [
    "check_appendix_numbers",
    "check_kinh_gui",
    "check_national_texts",
    "check_number_type",
    "check_vv",
]

QUOC_HIEU_TEXT = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
QUOC_HIEU_OLD = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"  # old-style tone placement, also correct
TIEU_NGU_TEXT = "Độc lập - Tự do - Hạnh phúc"
_STATE_CODE = re.compile(r"^Số\s*:?\s*[\d\s.…_]*(?:/\d{4})?/([^\s/-]+)")
_PARTY_CODE = re.compile(r"^Số\s*[\d\s.…_]*-([^\s/-]+)/")
_VV_FORM = re.compile(r"^V/v \S")
_ROMAN = re.compile(r"^[IVXLCDM]+$")


def _written(text: str) -> str:
    """The text as typed, composed, without the spaces around it (used to centre lines)."""
    return unicodedata.normalize("NFC", text).strip()


def check_national_texts(roles: Roles, out: Emitter) -> None:
    """The Quốc hiệu and Tiêu ngữ word for word: hyphens with one space, not en dashes."""
    for line in roles.of("quoc_hieu"):
        written = _written(line.text)
        if written not in (QUOC_HIEU_TEXT, QUOC_HIEU_OLD) and is_caps(written):
            out.at_line("TXT-QUOCHIEU-FORM", line, QUOC_HIEU_TEXT, _show(written))
    for line in roles.of("tieu_ngu"):
        written = _written(line.text)
        # capitals are LAY-TIEUNGU-STYLE's business; here only the words, hyphens and spaces
        wanted = TIEU_NGU_TEXT.upper() if is_caps(written) else TIEU_NGU_TEXT
        if written != wanted:
            out.at_line("TXT-TIEUNGU-FORM", line, TIEU_NGU_TEXT, _show(written))


def _show(text: str) -> str:
    """Make the characters a reader cannot see visible: en dashes, tabs, double spaces."""
    shown = text.replace("–", "–(en dash)").replace("—", "—(em dash)").replace("\t", "⇥")
    return shown.replace("\xa0", "⍽").replace("  ", "␣␣")


def check_number_type(roles: Roles, types: DocTypes, out: Emitter) -> None:
    """The type code of the number matches the title: a "BÁO CÁO" is numbered "…/BC-…"."""
    if roles.title is None or roles.number_line is None:
        return
    allowed = _title_codes(fold(roles.title.text), types)
    text = norm(roles.number_line.text)
    match = _STATE_CODE.match(text) or _PARTY_CODE.match(text)
    if not allowed or match is None or match.group(1) in allowed:
        return
    expected = text[: match.start(1)] + allowed[0] + text[match.end(1) :]
    out.at_line("TXT-NUMBER-TYPE", roles.number_line, expected, text)


def _title_codes(title: str, types: DocTypes) -> list[str]:
    title = re.sub(r"^DỰ THẢO\s+", "", title.upper())
    for word in sorted(types.types, key=len, reverse=True):
        upper = word.upper()
        if title == upper or title.startswith(upper + " "):
            return types.types[word]
    return []


def check_vv(roles: Roles, out: Emitter) -> None:
    """The công văn summary starts with "V/v " (capital V, slash, small v, one space)."""
    if roles.vv and not _VV_FORM.match(norm(roles.vv[0].text)):
        text = norm(roles.vv[0].text)
        rest = re.sub(r"^v\s*/\s*v\s*:?\s*", "", text, flags=re.IGNORECASE)
        out.at_line("TXT-VV-FORM", roles.vv[0], f"V/v {rest}", text)


def check_kinh_gui(roles: Roles, out: Emitter) -> None:
    """ "Kính gửi:" with its colon; several recipients one a line, "-" … ";", the last "."."""
    if not roles.kinh_gui:
        return
    label, entries = roles.kinh_gui[0], roles.kinh_gui[1:]
    text = norm(label.text)
    if not re.match(r"^Kính gửi:", text):
        rest = re.sub(r"^kính\s*gửi\s*:?\s*", "", text, flags=re.IGNORECASE)
        out.at_line("TXT-KINHGUI-FORM", label, f"Kính gửi: {rest}".strip(), text)
    for position, entry in enumerate(entries):
        written = norm(entry.text)
        end = "." if position == len(entries) - 1 else ";"
        if not written.endswith(end):
            out.at_line(
                "TXT-KINHGUI-FORM",
                entry,
                _("each line ends with '{mark}'").format(mark=end),
                written[-12:],
            )


def check_appendix_numbers(roles: Roles, out: Emitter) -> None:
    """Two or more appendices are numbered with Roman numerals: "Phụ lục I", "Phụ lục II"."""
    if len(roles.appendices) < 2:
        return
    for number, line in enumerate(roles.appendices, start=1):
        match = APPENDIX.match(norm(line.text))
        written = match.group(1) if match else None
        if written is None or not _ROMAN.match(written):
            out.at_line(
                "TXT-APPENDIX-NUMBER",
                line,
                _("a Roman numeral: Phụ lục {example}").format(example=to_roman(number)),
                norm(line.text),
            )
