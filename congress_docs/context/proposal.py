"""Tờ trình (09): number, structure and list of the new committee and of the delegation upward.

Its figures are the personnel scheme's own (the same context pieces), so both always agree.
"""

from __future__ import annotations

from typing import Any

from congress_docs.context.documents import personnel_scheme
from congress_docs.context.kit_common import KitOptions, Missing, ended, resolve_settings, signer_of
from congress_docs.models import CongressFile, KitDocumentSettings

__all__ = ["body", "missing", "settings", "summary_lines"]


def settings(model: CongressFile) -> Any:
    """Signed as the personnel scheme is: the outgoing Ban Thường trực presents both."""
    return resolve_settings(model, "committee_proposal", KitDocumentSettings(
        symbol="TTr-MTTQ", issued_by="standing_committee",
        signer=signer_of(model, "personnel_scheme"),
        recipients=["Như trên", "Lưu: VT"]))


def summary_lines(model: CongressFile, names: dict[str, Any]) -> list[str]:
    """"Về số lượng, cơ cấu, danh sách hiệp thương cử Ủy ban …" (and the delegation)."""
    lines = ["Về số lượng, cơ cấu, danh sách hiệp thương cử", f"{names['new_committee']}"]
    if model.upper_congress is not None:
        lines.append("và Đoàn đại biểu dự Đại hội cấp trên")
    return lines


def missing(model: CongressFile) -> list[Missing]:
    """The Tờ trình lists the new committee and its proposed standing committee."""
    found = []
    if not model.committee.members:
        found.append(Missing("committee.members", "danh sách dự kiến Ủy ban khóa mới"))
    if not model.committee.standing:
        found.append(Missing("committee.standing", "Ban Thường trực dự kiến"))
    return found


def body(model: CongressFile, names: dict[str, Any], options: KitOptions) -> dict[str, Any]:
    """The scheme's committee, standing committee and delegation, with the Tờ trình's lines."""
    scheme = personnel_scheme(model, names, options.young_age_max)
    has_upper = model.upper_congress is not None
    sections = ["Số lượng", "Cơ cấu, thành phần", "Danh sách hiệp thương cử",
                "Ban Thường trực dự kiến"]
    if has_upper:
        sections.append("Đoàn đại biểu dự Đại hội cấp trên")
    return {
        "committee": scheme["committee"],
        "delegation": scheme["delegation"],
        "proposal": {
            "addressee": f"Kính gửi: {names['congress']['short_name']}.",
            "bases": scheme["bases"],
            "approval": scheme["personnel"]["approval"],
            "lead_in": (f"{names['front']['standing']} kính trình Đại hội xem xét, hiệp thương "
                        f"dân chủ cử {names['new_committee']}"
                        + (" và Đoàn đại biểu dự Đại hội cấp trên" if has_upper else "")
                        + " như sau:"),
            "sections": {key: f"{number}. {title}" for number, (key, title) in enumerate(
                zip(("size", "structure", "list", "standing", "delegation"), sections,
                    strict=False), start=1)},
            "has_upper": has_upper,
            "share_lines": _sentence_list([row["line"] for row in scheme["committee"]["shares"]]),
            "closing": ended(f"{names['front']['standing']} kính trình Đại hội xem xét, "
                             "biểu quyết thông qua."),
        },
    }


def _sentence_list(lines: list[str]) -> list[str]:
    """Lines ending in ";" with the last one in ".", whatever they ended with before."""
    stripped = [line.rstrip(";.") for line in lines]
    return [f"{line}{'.' if index == len(stripped) - 1 else ';'}"
            for index, line in enumerate(stripped)]
