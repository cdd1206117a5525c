"""The administrative frame of a document: names, header, title, signature block and recipients."""

from __future__ import annotations

import datetime as dt
from typing import Any

from congress_docs.context.memo import per_commune
from congress_docs.context.outgoing import outgoing
from congress_docs.context.people import people_index
from congress_docs.kinds import DOCUMENT_KINDS
from congress_docs.models import CongressFile, DocumentSettings
from congress_docs.vietnamese import format_date_admin, to_roman, upper_vi

__all__ = [
    "FRONT_PARENT",
    "authority",
    "issuer",
    "number_text",
    "symbol",
    "document_date",
    "draft_marking",
    "header",
    "names",
    "recipients",
    "signature",
    "title",
]

FRONT_PARENT = "ỦY BAN MTTQ VIỆT NAM"
FRONT_FULL = "Ủy ban Mặt trận Tổ quốc Việt Nam"
FRONT_SHORT = "Ủy ban MTTQ Việt Nam"
CONGRESS_SHORT = "Đại hội đại biểu MTTQ Việt Nam"
CONGRESS_FULL = "Đại hội đại biểu Mặt trận Tổ quốc Việt Nam"
ARCHIVE_LINE = "Lưu: VT"
# Blank left for the number until the document is registered ("Số:      /BC-MTTQ").
NUMBER_BLANK = "      "
# The kind of document each kind is, as its title prints it.
DOCUMENT_TYPES = {kind.key: kind.type_title for kind in DOCUMENT_KINDS}


def term_text(start: int, end: int) -> str:
    """"2024 - 2029": one form everywhere (format-spec D)."""
    return f"{start} - {end}"


@per_commune
def names(model: CongressFile) -> dict[str, Any]:
    """Every name the documents repeat, written once: unit, front, congress, terms, committees."""
    unit = model.unit
    congress = model.congress
    unit_full = f"{unit.kind} {unit.name}"
    roman = to_roman(congress.ordinal)
    term = term_text(congress.term.start, congress.term.end)
    old = outgoing(model)
    return {
        "unit": {
            "kind": unit.kind,
            "name": unit.name,
            "full": unit_full,
            "full_cap": unit_full[0].upper() + unit_full[1:],
            "upper": upper_vi(unit_full),
            "place": unit.place_name or unit.name,
        },
        "province": {
            "name": model.province.name,
            "full": f"{model.province.kind} {model.province.name}",
        },
        "district": (
            {"name": model.district.name, "full": f"{model.district.kind} {model.district.name}"}
            if model.district is not None
            else None
        ),
        "front": {
            "full": f"{FRONT_FULL} {unit_full}",
            "short": f"{FRONT_SHORT} {unit_full}",
            "standing": f"Ban Thường trực {FRONT_SHORT} {unit_full}",
        },
        "congress": {
            "ordinal": congress.ordinal,
            "roman": roman,
            "term": term,
            "term_start": congress.term.start,
            "term_end": congress.term.end,
            "name": f"{CONGRESS_FULL} {unit_full} lần thứ {roman}, nhiệm kỳ {term}",
            "name_upper": upper_vi(f"{CONGRESS_FULL} {unit_full} lần thứ {roman}, nhiệm kỳ {term}"),
            "short_name": f"{CONGRESS_SHORT} {unit_full} lần thứ {roman}",
        },
        # Kept for templates written before `outgoing`: empty where the data gives no fact.
        "previous": {"term": old["term"], "roman": old["roman"], "committee": old["name_term"]},
        "outgoing": old,
        "new_committee": f"{FRONT_SHORT} {unit_full} khóa {roman}, nhiệm kỳ {term}",
    }


def document_date(model: CongressFile, settings: DocumentSettings) -> dt.date:
    """The date a document carries: its own, or the congress day."""
    return settings.date or model.congress.start_date


def issuer(kind: str, settings: DocumentSettings) -> str:
    """Who issues the document: its issued_by, else what its signature line says, else a default."""
    if settings.issued_by is not None:
        return settings.issued_by
    authority = upper_vi(settings.signer.authority or "")
    for words, body in (("ĐOÀN CHỦ TỊCH", "congress"), ("BAN THƯỜNG TRỰC", "standing_committee"),
                        ("ỦY BAN", "committee")):
        if words in authority:
            return body
    return "congress" if kind == "resolution" else "standing_committee"


def symbol(kind: str, settings: DocumentSettings) -> str:
    """The document's symbol; one issued by the Ban Thường trực ends in "-MTTQ-BTT"."""
    text = settings.symbol.strip()
    if issuer(kind, settings) == "standing_committee" and text.endswith("-MTTQ"):
        return f"{text}-BTT"
    return text


def number_text(settings: DocumentSettings) -> str:
    """The registered number, two digits below 10 ("05"), or the blank left for it."""
    number = settings.number.strip()
    if number.isdigit() and len(number) < 2:
        number = number.zfill(2)
    return number or NUMBER_BLANK


def header(model: CongressFile, kind: str, settings: DocumentSettings) -> dict[str, Any]:
    """Left issuer block, number line and the place-and-date line of the header table."""
    unit_upper = upper_vi(f"{model.unit.kind} {model.unit.name}")
    body = issuer(kind, settings)
    if body == "congress":
        congress = model.congress
        parent_lines: list[str] = []
        issuer_lines = [
            "ĐẠI HỘI ĐẠI BIỂU",
            "MẶT TRẬN TỔ QUỐC VIỆT NAM",
            unit_upper,
            f"LẦN THỨ {to_roman(congress.ordinal)}",
            f"NHIỆM KỲ {term_text(congress.term.start, congress.term.end)}",
        ]
    elif body == "standing_committee":
        parent_lines = [FRONT_PARENT, unit_upper]
        issuer_lines = ["BAN THƯỜNG TRỰC"]
    else:
        parent_lines = [FRONT_PARENT]
        issuer_lines = [unit_upper]
    place = model.unit.place_name or model.unit.name
    return {
        "parent_lines": parent_lines,
        "issuer_lines": issuer_lines,
        "number_line": f"Số: {number_text(settings)}/{symbol(kind, settings)}",
        "date_line": format_date_admin(document_date(model, settings), place),
    }


def title(kind: str, summary_lines: list[str]) -> dict[str, Any]:
    """The document type in capitals and its summary, one line per paragraph."""
    return {"type": DOCUMENT_TYPES[kind], "summary_lines": summary_lines}


def draft_marking(settings: DocumentSettings) -> dict[str, Any]:
    """Whether to print the draft label, and its text."""
    return {"show": settings.draft, "label": upper_vi(settings.draft_label)}


def authority(model: CongressFile, kind: str, settings: DocumentSettings) -> str:
    """The signature's "TM. ..." line: as written, else the one of the issuing body."""
    if settings.signer.authority:
        return upper_vi(settings.signer.authority)
    body = issuer(kind, settings)
    if body == "congress":
        return "TM. ĐOÀN CHỦ TỊCH"
    if body == "committee":
        return f"TM. {FRONT_PARENT} {upper_vi(f'{model.unit.kind} {model.unit.name}')}"
    return "TM. BAN THƯỜNG TRỰC"


def signature(model: CongressFile, kind: str, settings: DocumentSettings) -> dict[str, Any]:
    """Authority line, position line (may be empty) and the signer's name."""
    people = people_index(model)
    signer = settings.signer
    return {
        "authority": authority(model, kind, settings),
        "title": upper_vi(signer.title) if signer.title else "",
        "name": people[signer.person].full_name,
    }


def recipients(settings: DocumentSettings) -> list[str]:
    """"- ...;" lines, the archive line last and ending in a full stop (ND30 box 9b)."""
    entries = [entry.strip().lstrip("-–").strip().rstrip(";.,").strip()
               for entry in settings.recipients]
    entries = [entry for entry in entries if entry]
    if not any(entry.startswith("Lưu") for entry in entries):
        entries.append(ARCHIVE_LINE)
    archive = [entry for entry in entries if entry.startswith("Lưu")]
    others = [entry for entry in entries if not entry.startswith("Lưu")]
    ordered = others + archive
    return [f"- {entry}{'.' if index == len(ordered) - 1 else ';'}"
            for index, entry in enumerate(ordered)]
