"""Citations of legal bases, one form everywhere: "Chỉ thị số 22-CT/TW, ngày 25/5/2023 của ..."."""

from __future__ import annotations

from typing import Any

from congress_docs.context.memo import remembered
from congress_docs.models import CongressFile, LegalBasis
from congress_docs.vietnamese import format_date_short

__all__ = ["citation", "citation_list", "legal_bases", "short_citation"]


def citation(basis: LegalBasis) -> str:
    """Full first citation: type, number, date, issuer and summary (ND30 II.6.b)."""
    text = f"{basis.kind} số {basis.number}"
    if basis.date is not None:
        text += f", ngày {format_date_short(basis.date)}"
    text += f" của {basis.issuer}"
    if basis.title:
        text += f" {basis.title.strip()}"
    return text


def short_citation(basis: LegalBasis) -> str:
    """Later citations: type and number only ("Hướng dẫn số 104/HD-MTTW-BTT")."""
    return f"{basis.kind} số {basis.number}"


def citation_list(bases: list[LegalBasis], last_end: str = ";") -> list[dict[str, Any]]:
    """Each basis as the templates read it, its "Căn cứ ...;" line punctuated as one of a list."""
    items: list[dict[str, Any]] = []
    for index, basis in enumerate(bases):
        end = last_end if index == len(bases) - 1 else ";"
        items.append(
            {
                "id": basis.id,
                "citation": citation(basis),
                "short": short_citation(basis),
                "line": f"Căn cứ {citation(basis)}{end}",
                "item": f"{citation(basis)}{end}",
            }
        )
    return items


def legal_bases(model: CongressFile, last_end: str = ";") -> list[dict[str, Any]]:
    """citation_list of the file's legal bases, once per commune (the value is shared)."""
    return remembered(model, ("legal_bases", last_end),
                      lambda: citation_list(model.legal_basis, last_end))
