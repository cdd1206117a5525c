"""Find the parts of a document: header, number, date, title, summary, body, signature, Nơi nhận."""

from __future__ import annotations

import re
from collections.abc import Iterable

from congress_docs.checker import roles_forms as forms
from congress_docs.checker.docx_model import DocModel, Line, Paragraph
from congress_docs.checker.roles_model import Roles
from congress_docs.checker.textnorm import fold, is_caps, is_separator, norm

__all__ = ["Roles", "authority_match", "find_roles"]

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM"
TIEU_NGU_KEY = "độclậptựdohạnhphúc"
# A signing prefix as written, well or badly: "TM.", "KT.HIỆU TRƯỞNG", "T/M", "T.M", "TM " (no dot).
_AUTHORITY = re.compile(
    r"^(?P<prefix>TUQ\.?|T\s*[/.]\s*M\.?|K\s*[/.]\s*T\.?|T\s*[/.]\s*L\.?|TM\.?|KT\.?|TL\.?|Q\.)"
    r"(?P<space>\s*)(?P<rest>\S.*)$"
)
# A person's position, not a body's name: "CHỦ TỊCH", "PHÓ TRƯỞNG BAN", "BỘ TRƯỞNG".
_POSITION = re.compile(
    r"^(PHÓ\s+)?(CHỦ\s+TỊCH|BÍ\s+THƯ|GIÁM\s+ĐỐC|CHÁNH|TỔNG|THƯ\s+KÝ|ỦY\s+VIÊN|(\S+\s+)?TRƯỞNG)\b"
)
NUMBER_LINE = re.compile(r"^Số\b\s*:?\s*[\d\s.…_]*[/-]")
DATE_LINE = re.compile(r"ngày\b.*\btháng\b.*\bnăm\b", re.IGNORECASE)
TEMPLATE_CAPTION = re.compile(r"^Mẫu\s+(số\s+)?\d+(\.\d+)?\b")
_TITLE_EXTRA = ("CHƯƠNG TRÌNH", "NGHỊ QUYẾT", "ĐỀ ÁN", "DỰ THẢO", "TỜ TRÌNH", "CÔNG ĐIỆN")


def authority_match(text: str) -> re.Match[str] | None:
    """Match a signing-authority line ("TM. BAN THƯỜNG TRỰC"), whatever its prefix's spacing."""
    match = _AUTHORITY.match(norm(text))
    if match is None or not is_caps(match.group("rest")):
        return None
    if "." not in match.group("prefix") and "/" not in match.group("prefix"):
        return match if match.group("space") else None
    return match


def find_roles(model: DocModel, type_words: Iterable[str]) -> Roles:
    """Identify every part of the document that the layout and text rules need."""
    roles = Roles()
    lines = [line for line in model.lines() if line.text.strip()]
    anchors = _anchors(lines, roles)
    roles.multi_template = _is_multi_template(model.paragraphs, anchors)
    if roles.multi_template:
        return roles
    titles = tuple(word.upper() for word in type_words) + _TITLE_EXTRA
    start = anchors[0].paragraph.index if anchors else 0
    roles.title = next(
        (ln for ln in lines if ln.paragraph.index >= start and _is_title(ln, titles)), None
    )
    header = _header_lines(lines, roles.title, anchors)
    _number_date_issuer(header, roles)
    end = _signature_and_recipients(lines, roles)
    summary_end = _summary(model.paragraphs, roles)
    forms.find_vv(header, roles)
    forms.find_kinh_gui(lines, max(summary_end, start), end, roles)
    forms.find_basis(model.paragraphs, summary_end, roles)
    forms.find_appendices(lines, end, roles)
    forms.find_marks(lines, roles)
    own_rules = {ln.paragraph.index for ln in roles.kinh_gui + roles.vv + roles.marks}
    roles.body = [
        p
        for p in model.paragraphs
        if not p.in_table
        and summary_end < p.index < end
        and p.text.strip()
        and not is_separator(p.text)
        and p.index not in own_rules
    ]
    return roles


def _anchors(lines: list[Line], roles: Roles) -> list[Line]:
    anchors: list[Line] = []
    for line in lines:
        text = fold(line.text).upper()
        if text in (QUOC_HIEU, PARTY_TITLE):
            anchors.append(line)
            kind = "quoc_hieu" if text == QUOC_HIEU else "party_title"
            roles.elements.append((kind, line))
            roles.header_kind = roles.header_kind or (
                "national" if kind == "quoc_hieu" else "party"
            )
        elif re.sub(r"[\s\-]", "", fold(line.text)).lower() == TIEU_NGU_KEY:
            roles.elements.append(("tieu_ngu", line))
    return anchors


def _is_multi_template(paragraphs: list[Paragraph], anchors: list[Line]) -> bool:
    captions = [p.index for p in paragraphs if TEMPLATE_CAPTION.match(norm(p.text))]
    return len(anchors) >= 2 and bool(captions) and captions[0] < anchors[0].paragraph.index


def _is_title(line: Line, titles: tuple[str, ...]) -> bool:
    text = fold(line.text)
    return (
        is_caps(text)
        and len(text) <= 80
        and any(text == word or text.startswith(word + " ") for word in titles)
    )


def _header_lines(lines: list[Line], title: Line | None, anchors: list[Line]) -> list[Line]:
    if title is not None:
        return [ln for ln in lines if ln.paragraph.index < title.paragraph.index]
    if anchors:
        return [ln for ln in lines if ln.paragraph.index <= anchors[0].paragraph.index + 8]
    return []


def _number_date_issuer(header: list[Line], roles: Roles) -> None:
    roles.number_line = next((ln for ln in header if NUMBER_LINE.match(norm(ln.text))), None)
    roles.date_lines = [
        ln
        for ln in header
        if DATE_LINE.search(ln.text) and ln is not roles.number_line and len(norm(ln.text)) < 80
    ]
    roles.elements += [("number", roles.number_line)] if roles.number_line else []
    roles.elements += [("date", line) for line in roles.date_lines]
    issuer = _issuer_lines(header, roles)
    roles.issuer_lines = issuer
    roles.elements += [("issuer_parent", line) for line in issuer[:-1]]
    roles.elements += [("issuer", line) for line in issuer[-1:]]


def _issuer_lines(header: list[Line], roles: Roles) -> list[Line]:
    """Lines of the header table's issuer column above the number (rows may split the block)."""
    column = _issuer_column(roles)
    if column is None:
        return []
    found: list[Line] = []
    for line in header:
        if line is roles.number_line:
            break
        text = norm(line.text)
        table, _row, cell = line.paragraph.cell_key
        if (table, cell) != column or not text or text == "*" or is_separator(text):
            continue
        if line in roles.date_lines or any(line is other for _, other in roles.elements):
            continue
        found.append(line)
    return found


def _issuer_column(roles: Roles) -> tuple[int | None, int | None] | None:
    if roles.number_line is not None and roles.number_line.paragraph.in_table:
        table, _row, cell = roles.number_line.paragraph.cell_key
        return (table, cell)
    anchor = next((ln for role, ln in roles.elements if role in ("quoc_hieu", "party_title")), None)
    if anchor is None or not anchor.paragraph.in_table:
        return None
    table, _row, cell = anchor.paragraph.cell_key
    return (table, 1) if cell != 1 else None


def _summary(paragraphs: list[Paragraph], roles: Roles) -> int:
    """Mark the summary lines under the title; return the index of the last paragraph used."""
    if roles.title is None:
        return -1
    title_par = roles.title.paragraph
    roles.elements.append(("title", roles.title))
    for line in title_par.lines()[roles.title.number :]:
        if line.text.strip() and not norm(line.text).startswith("("):
            roles.elements.append(("summary", line))
    last = title_par.index
    ruled = title_par.fmt.bottom_border
    for paragraph in paragraphs[title_par.index + 1 : title_par.index + 6]:
        text = norm(paragraph.text)
        if ruled or not text or is_separator(text) or paragraph.in_table != title_par.in_table:
            break  # a rule drawn under the previous line also ends the summary
        if paragraph.fmt.align != "center" or text.startswith("(") or forms.KINH_GUI.match(text):
            break
        roles.elements += [("summary", ln) for ln in paragraph.lines() if ln.text.strip()]
        last = paragraph.index
        ruled = paragraph.fmt.bottom_border
    return last


def _signature_and_recipients(lines: list[Line], roles: Roles) -> int:
    """Find Nơi nhận and the signature block; return the paragraph index where the body ends."""
    after = roles.title.paragraph.index if roles.title else 0
    later = [ln for ln in lines if ln.paragraph.index > after]
    label = next((ln for ln in later if fold(ln.text).lower().startswith("nơi nhận")), None)
    authority = next((ln for ln in later if authority_match(ln.text)), None)
    if label is not None:
        roles.elements.append(("recipients_label", label))
        _recipient_entries(later, label, roles)
    if authority is not None:
        _signature_block(later, authority, roles)
    elif label is not None and label.paragraph.in_table:
        authority = _unprefixed_block(later, label, roles)
    ends = [ln.paragraph.index for ln in (label, authority) if ln is not None]
    return min(ends) if ends else max((ln.paragraph.index for ln in lines), default=0) + 1


def _same_block(line: Line, anchor: Line) -> bool:
    if anchor.paragraph.in_table:
        return line.paragraph.cell_key == anchor.paragraph.cell_key
    return not line.paragraph.in_table and line.paragraph.index - anchor.paragraph.index < 12


def _recipient_entries(later: list[Line], label: Line, roles: Roles) -> None:
    started = False
    for line in later[later.index(label) + 1 :]:
        text = norm(line.text)
        if not _same_block(line, label) or authority_match(text):
            break
        if text.startswith(("-", "+", "•")):
            roles.recipients.append([line])
            started = True
        elif started and not is_caps(text):
            roles.recipients[-1].append(line)
        elif started:
            break
    roles.elements += [("recipients", line) for entry in roles.recipients for line in entry]


def _signature_block(later: list[Line], authority: Line, roles: Roles) -> None:
    block = [ln for ln in later[later.index(authority) :] if _same_block(ln, authority)]
    block = [ln for ln in block if not any(ln is entry for e in roles.recipients for entry in e)]
    roles.elements.append(("sign_authority", authority))
    roles.signature = [authority]
    name_seen = False
    for line in block[1:]:
        text = norm(line.text)
        if not text or text.startswith(("(", "[")) or is_separator(text):
            continue
        if name_seen and not authority.paragraph.in_table:
            break  # outside a table the block has no clear end: stop at the name
        if name_seen:
            roles.extra_signature.append(line)
        elif is_caps(text):
            roles.elements.append(("sign_position", line))
        else:
            roles.elements.append(("sign_name", line))
            name_seen = True
        roles.signature.append(line)


def _unprefixed_block(later: list[Line], label: Line, roles: Roles) -> Line | None:
    """A signer block beside Nơi nhận with no prefix: "BAN THƯỜNG TRỰC / CHỦ TỊCH / name"."""
    table, row, cell = label.paragraph.cell_key
    beside = [
        ln
        for ln in later
        if ln.paragraph.in_table
        and ln.paragraph.cell_key[:2] == (table, row)
        and ln.paragraph.cell_key[2] != cell
        and norm(ln.text)
    ]
    caps: list[Line] = []
    for line in beside:
        if not is_caps(norm(line.text)) or norm(line.text).startswith(("(", "[")):
            break
        caps.append(line)
    if not caps:
        return None
    _signature_block(beside, caps[0], roles)
    first = fold(caps[0].text)
    if not _POSITION.match(first):
        roles.unprefixed_signature = (caps[0], "TM.")  # a collective body signs through "TM."
    elif len(caps) > 1 and fold(caps[1].text).startswith("PHÓ") and not first.startswith("PHÓ"):
        roles.unprefixed_signature = (caps[0], "KT.")  # a deputy signs for the head
    return caps[0]  # otherwise a head signs in their own name, with no prefix
