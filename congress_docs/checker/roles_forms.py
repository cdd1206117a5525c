"""Find the smaller forms: Kính gửi, V/v, Căn cứ, appendix headings, urgency and secrecy marks."""

from __future__ import annotations

import re

from congress_docs.checker.docx_model import Line, Paragraph
from congress_docs.checker.roles_model import Roles
from congress_docs.checker.textnorm import fold, is_caps, is_separator, norm

__all__ = [
    "APPENDIX",
    "KINH_GUI",
    "MARKS",
    "VV",
    "find_appendices",
    "find_basis",
    "find_kinh_gui",
    "find_marks",
    "find_vv",
]

KINH_GUI = re.compile(r"^kính\s*gửi\b", re.IGNORECASE)
VV = re.compile(r"^v\s*/\s*v\b", re.IGNORECASE)
BASIS = re.compile(r"^(căn\s+cứ|theo\s+đề\s+nghị|xét\s+đề\s+nghị)\b", re.IGNORECASE)
APPENDIX = re.compile(r"^phụ\s+lục(?:\s+(?:số\s+)?([IVXLCDM]+|\d+))?\s*[.:]?$", re.IGNORECASE)
# NĐ 30 Phụ lục I, III.2: độ mật, mức độ khẩn, chỉ dẫn phạm vi lưu hành
MARKS = (
    "HỎA TỐC",
    "THƯỢNG KHẨN",
    "KHẨN",
    "MẬT",
    "TỐI MẬT",
    "TUYỆT MẬT",
    "LƯU HÀNH NỘI BỘ",
    "XEM XONG TRẢ LẠI",
    "TÀI LIỆU THU HỒI",
)


def find_kinh_gui(lines: list[Line], after: int, before: int, roles: Roles) -> None:
    """The "Kính gửi" line and the recipient lines under it, between the header and the body end."""
    start = next(
        (
            i
            for i, ln in enumerate(lines)
            if after < ln.paragraph.index < before and KINH_GUI.match(norm(ln.text))
        ),
        None,
    )
    if start is None:
        return
    label = lines[start]
    roles.kinh_gui = [label]
    for line in lines[start + 1 : start + 30]:
        text = norm(line.text)
        same_place = line.paragraph.in_table == label.paragraph.in_table
        if not text.startswith(("-", "+", "•")) or not same_place:
            break
        roles.kinh_gui.append(line)
    roles.elements += [("kinh_gui", line) for line in roles.kinh_gui]


def find_vv(header: list[Line], roles: Roles) -> None:
    """The công văn summary: "V/v …" under the number, with its continuation lines in that cell."""
    start = next((ln for ln in header if VV.match(norm(ln.text))), None)
    if start is None:
        return
    found = [start]
    for line in header[header.index(start) + 1 :]:
        text = norm(line.text)
        if line.paragraph.cell_key != start.paragraph.cell_key or not text:
            break
        if roles.date_lines and line in roles.date_lines:
            break
        found.append(line)
    roles.vv = found
    roles.elements += [("vv", line) for line in found]


def find_basis(paragraphs: list[Paragraph], start: int, roles: Roles) -> None:
    """The Căn cứ lines at the head of the body (after the title, summary and an authority line)."""
    found: list[Paragraph] = []
    for paragraph in paragraphs:
        if paragraph.index <= start or paragraph.in_table:
            continue
        text = norm(paragraph.text)
        if not text or is_separator(text):
            continue
        if BASIS.match(text):
            found.append(paragraph)
            continue
        if found or not is_caps(text):
            break  # a capitalised authority line ("BAN THƯỜNG TRỰC …") may come first
    roles.basis = found
    roles.elements += [("basis", line) for p in found for line in p.lines() if line.text.strip()]


def find_appendices(lines: list[Line], after: int, roles: Roles) -> None:
    """Each "Phụ lục I" heading line after the signature, with its title and "(Kèm theo …)" note."""
    for position, line in enumerate(lines):
        if line.paragraph.index <= after or line.paragraph.in_table:
            continue
        if not APPENDIX.match(norm(line.text)):
            continue
        roles.appendices.append(line)
        roles.elements.append(("appendix", line))
        for follower in lines[position + 1 : position + 5]:
            text = norm(follower.text)
            if follower.paragraph.in_table or APPENDIX.match(text):
                break
            if text.startswith("("):
                roles.elements.append(("appendix_note", follower))
                break
            if is_caps(text):
                roles.elements.append(("appendix_title", follower))
            else:
                break


def find_marks(lines: list[Line], roles: Roles) -> None:
    """Urgency, secrecy and circulation marks: a line holding only "KHẨN", "MẬT", "HỎA TỐC"…"""
    for line in lines:
        if fold(line.text).upper() in MARKS:
            roles.marks.append(line)
            roles.elements.append(("mark", line))
