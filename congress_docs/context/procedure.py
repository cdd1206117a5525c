"""Quy chế làm việc của Đại hội (07): who attends and speaks, presiding bodies, quorum, votes."""

from __future__ import annotations

from typing import Any

from congress_docs.context.documents import congress_details, upper_congress
from congress_docs.context.kit_common import (
    KitOptions,
    Missing,
    ended,
    person_lines,
    procedure_context,
    resolve_settings,
    signer_of,
    sitting_date,
)
from congress_docs.context.wording import count_text
from congress_docs.models import CongressFile, KitDocumentSettings
from congress_docs.vietnamese import to_roman

__all__ = ["body", "missing", "settings", "summary_lines"]


def settings(model: CongressFile) -> Any:
    """Signed as the resolution is, for the Đoàn Chủ tịch."""
    return resolve_settings(model, "rules_of_procedure", KitDocumentSettings(
        symbol="QC-ĐH", issued_by="congress", signer=signer_of(model, "resolution"),
        date=sitting_date(model, "preparatory"),
        recipients=["Đại biểu dự Đại hội", "Lưu: VT"]))


def summary_lines(_model: CongressFile, names: dict[str, Any]) -> list[str]:
    """"Làm việc của Đại hội đại biểu MTTQ Việt Nam xã X" / "lần thứ …, nhiệm kỳ …"."""
    return [f"Làm việc của Đại hội đại biểu Mặt trận Tổ quốc Việt Nam {names['unit']['full']}",
            f"lần thứ {names['congress']['roman']}, nhiệm kỳ {names['congress']['term']}"]


def missing(model: CongressFile) -> list[Missing]:
    """The rules name the Đoàn Chủ tịch and the Đoàn Thư ký, and count the delegates."""
    congress = model.congress
    found = []
    if not congress.presidium:
        found.append(Missing("congress.presidium", "Đoàn Chủ tịch Đại hội (mã người)"))
    if not congress.secretariat:
        found.append(Missing("congress.secretariat", "Đoàn Thư ký Đại hội (mã người)"))
    delegates = congress.delegates
    if delegates.ex_officio + delegates.elected + delegates.appointed == 0:
        found.append(Missing("congress.delegates", "số đại biểu chính thức theo thành phần"))
    return found


def body(model: CongressFile, _names: dict[str, Any], options: KitOptions) -> dict[str, Any]:
    """The articles, numbered in order, with the figures each one states."""
    details = congress_details(model)
    delegates = details["delegates"]
    congress = model.congress
    credentials = congress.credentials
    checkers = credentials.committee if credentials is not None else []
    upper = upper_congress(model)
    election = "Hiệp thương cử Ủy ban khóa mới" + (
        " và Đoàn đại biểu dự Đại hội cấp trên" if upper else "")
    pairs = [("delegates", "Đại biểu dự Đại hội"), ("rights", "Quyền và trách nhiệm của đại biểu"),
             ("presidium", "Đoàn Chủ tịch"), ("secretariat", "Đoàn Thư ký")]
    if checkers:
        pairs.append(("checkers", "Ban Thẩm tra tư cách đại biểu"))
    pairs += [("quorum", "Điều kiện tiến hành Đại hội"), ("voting", "Biểu quyết"),
              ("election", election), ("effect", "Hiệu lực thi hành")]
    chapters = ["NHỮNG QUY ĐỊNH CHUNG", "CÁC CƠ QUAN ĐIỀU HÀNH, GIÚP VIỆC ĐẠI HỘI",
                "NGUYÊN TẮC LÀM VIỆC VÀ BIỂU QUYẾT", "ĐIỀU KHOẢN THI HÀNH"]
    return {
        "procedure": {
            **procedure_context(options.procedure, delegates["total"]),
            "delegate_sentence": _delegate_sentence(delegates),
            "guests_sentence": (
                f"Khách mời dự Đại hội: {count_text(delegates['guests'])} vị, gồm đại diện lãnh "
                "đạo cấp ủy, chính quyền, Ủy ban MTTQ Việt Nam cấp trên và các vị khách quý."
                if delegates["guests"] else ""),
            "presidium": person_lines(model, congress.presidium),
            "presidium_count_text": count_text(len(congress.presidium)),
            "secretariat": person_lines(model, congress.secretariat),
            "secretariat_count_text": count_text(len(congress.secretariat)),
            "checkers": person_lines(model, checkers),
            "checkers_count_text": count_text(len(checkers)),
            "has_checkers": bool(checkers),
            "has_upper": upper is not None,
            "upper_full": upper["full"] if upper else "",
            "article": {key: {"number": number, "title": title}
                        for number, (key, title) in enumerate(pairs, start=1)},
            "chapters": [{"roman": to_roman(number), "title": title}
                         for number, title in enumerate(chapters, start=1)],
            "closing": ended(f"Quy chế này gồm {count_text(len(chapters))} chương, "
                        f"{count_text(len(pairs))} điều, được Đại hội biểu quyết thông qua tại "
                        "phiên trù bị và có hiệu lực trong thời gian Đại hội làm việc. Đại biểu, "
                        "khách mời dự Đại hội có trách nhiệm thực hiện nghiêm Quy chế này."),
        }
    }


def _delegate_sentence(delegates: dict[str, Any]) -> str:
    parts = []
    if delegates["ex_officio"]:
        parts.append(f"{count_text(delegates['ex_officio'])} đại biểu đương nhiên là ủy viên "
                     "Ủy ban đương nhiệm")
    if delegates["elected"]:
        parts.append(f"{count_text(delegates['elected'])} đại biểu được hiệp thương cử từ các "
                     "khu dân cư và tổ chức thành viên")
    if delegates["appointed"]:
        parts.append(f"{count_text(delegates['appointed'])} đại biểu chỉ định")
    return (f"Đại hội có {delegates['total_text']} đại biểu chính thức được triệu tập, gồm: "
            f"{'; '.join(parts)}.")
