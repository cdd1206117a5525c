"""Báo cáo thẩm tra tư cách đại biểu (08): delegates summoned and present, their composition."""

from __future__ import annotations

from typing import Any

from congress_docs.context.documents import congress_details
from congress_docs.context.figures import percent_of
from congress_docs.context.kit_common import (
    KitOptions,
    Missing,
    ended,
    person_lines,
    procedure_context,
    resolve_settings,
    sitting_date,
)
from congress_docs.context.wording import count_text, percent_text
from congress_docs.models import CongressFile, Credentials, KitDocumentSettings, Signer

__all__ = ["body", "missing", "settings", "summary_lines"]

CATEGORIES = (
    ("ex_officio", "Đại biểu đương nhiên (ủy viên Ủy ban đương nhiệm)"),
    ("elected", "Đại biểu được hiệp thương cử"),
    ("appointed", "Đại biểu chỉ định"),
)


def settings(model: CongressFile) -> Any:
    """Signed by the head of the credentials committee (the first person listed in it)."""
    credentials = model.congress.credentials
    head = credentials.committee[0] if credentials is not None and credentials.committee else None
    signer = (Signer(authority="TM. BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU", title="TRƯỞNG BAN",
                     person=head) if head else None)
    return resolve_settings(model, "credentials_report", KitDocumentSettings(
        symbol="BC-ĐH", issued_by="congress", signer=signer, date=sitting_date(model, "official"),
        recipients=["Đoàn Chủ tịch Đại hội", "Lưu: VT"]))


def summary_lines(_model: CongressFile, names: dict[str, Any]) -> list[str]:
    """"Thẩm tra tư cách đại biểu dự Đại hội đại biểu …" / "… xã X lần thứ …, nhiệm kỳ …"."""
    return ["Thẩm tra tư cách đại biểu dự Đại hội đại biểu Mặt trận Tổ quốc Việt Nam",
            f"{names['unit']['full']} lần thứ {names['congress']['roman']}, nhiệm kỳ "
            f"{names['congress']['term']}"]


def missing(model: CongressFile) -> list[Missing]:
    """The report needs the attendance and composition, which must fit the delegates summoned."""
    credentials = model.congress.credentials
    if credentials is None:
        return [Missing("congress.credentials",
                        "Ban Thẩm tra tư cách (committee), số đại biểu có mặt theo thành phần "
                        "(present) và cơ cấu đại biểu (composition)")]
    found = []
    given = model.documents.credentials_report
    if not credentials.committee and (given is None or given.signer is None):
        found.append(Missing("congress.credentials.committee",
                             "Ban Thẩm tra tư cách đại biểu (mã người; người đầu tiên ký báo cáo)"))
    delegates = model.congress.delegates
    for key, _label in CATEGORIES:
        present, summoned = getattr(credentials.present, key), getattr(delegates, key)
        if present > summoned:
            found.append(Missing(f"congress.credentials.present.{key}",
                                 f"có mặt {present} nhưng chỉ triệu tập {summoned} "
                                 f"(congress.delegates.{key})"))
    total = delegates.ex_officio + delegates.elected + delegates.appointed
    composition = credentials.composition
    for key in ("women", "ethnic_minority", "religious", "party_members", "young"):
        if getattr(composition, key) > total:
            found.append(Missing(f"congress.credentials.composition.{key}",
                                 f"lớn hơn tổng số {total} đại biểu chính thức"))
    for key in ("age_groups", "education_groups"):
        groups = getattr(composition, key)
        if groups and sum(group.count for group in groups) != total:
            found.append(Missing(f"congress.credentials.composition.{key}",
                                 f"tổng các nhóm là {sum(g.count for g in groups)}, phải bằng "
                                 f"{total} đại biểu chính thức"))
    if credentials.rejected > total:
        found.append(Missing("congress.credentials.rejected",
                             f"lớn hơn tổng số {total} đại biểu chính thức"))
    return found


def body(model: CongressFile, _names: dict[str, Any], options: KitOptions) -> dict[str, Any]:
    """Attendance by category, composition shares and the conclusion, all counted here."""
    credentials = model.congress.credentials
    assert credentials is not None  # missing() is checked first
    delegates = congress_details(model)["delegates"]
    total = delegates["total"]
    present_total = sum(getattr(credentials.present, key) for key, _label in CATEGORIES)
    rules = procedure_context(options.procedure, total)
    valid = total - credentials.rejected
    return {
        "credentials": {
            "checkers": person_lines(model, credentials.committee),
            "checkers_count_text": count_text(len(credentials.committee)),
            "attendance": _attendance(model, credentials),
            "total_text": delegates["total_text"],
            "present_text": count_text(present_total),
            "present_percent": percent_text(percent_of(present_total, total)),
            "absent_text": count_text(total - present_total),
            "absent_note": (credentials.absent_note or "").strip().rstrip("."),
            "has_absent": present_total < total,
            "quorum_sentence": _quorum_sentence(present_total, rules),
            "composition": _composition(credentials, total, options.young_age_max),
            "age_groups": _groups(credentials.composition.age_groups, total),
            "education_groups": _groups(credentials.composition.education_groups, total),
            "conclusion": _conclusion(total, valid, credentials.rejected),
            "valid_text": count_text(valid),
            "proposal": ended(f"Ban Thẩm tra tư cách đại biểu đề nghị Đại hội biểu quyết công "
                              f"nhận tư cách của {count_text(valid)} đại biểu chính thức dự "
                              "Đại hội."),
        }
    }


def _attendance(model: CongressFile, credentials: Credentials) -> list[dict[str, Any]]:
    delegates = model.congress.delegates
    rows: list[dict[str, str]] = []
    for key, label in CATEGORIES:
        summoned, present = getattr(delegates, key), getattr(credentials.present, key)
        if summoned == 0:
            continue
        rows.append({"number": str(len(rows) + 1), "label": label, "summoned": count_text(summoned),
                     "present": count_text(present), "absent": _cell(summoned - present)})
    summoned_total = sum(getattr(delegates, key) for key, _label in CATEGORIES)
    present_total = sum(getattr(credentials.present, key) for key, _label in CATEGORIES)
    rows.append({"number": "", "label": "Tổng số", "summoned": count_text(summoned_total),
                 "present": count_text(present_total),
                 "absent": _cell(summoned_total - present_total)})
    return rows


def _cell(count: int) -> str:
    """A count in a table cell; none is a dash, as forms print it."""
    return count_text(count) if count else "-"


def _quorum_sentence(present: int, rules: dict[str, Any]) -> str:
    if present >= rules["quorum_min"]:
        return (f"Số đại biểu có mặt vượt quá {rules['quorum']} tổng số đại biểu chính thức được "
                "triệu tập; Đại hội đủ điều kiện tiến hành theo Quy chế làm việc.")
    return (f"Số đại biểu có mặt chưa vượt quá {rules['quorum']} tổng số đại biểu chính thức "
            f"được triệu tập (cần từ {rules['quorum_min_text']} đại biểu trở lên); Đại hội chưa "
            "đủ điều kiện tiến hành theo Quy chế làm việc.")


def _composition(credentials: Credentials, total: int, young_age_max: int) -> list[dict[str, Any]]:
    composition = credentials.composition
    counts = [
        ("Nữ", composition.women),
        ("Người dân tộc thiểu số", composition.ethnic_minority),
        ("Người có đạo", composition.religious),
        ("Đảng viên", composition.party_members),
        ("Người ngoài Đảng", total - composition.party_members),
        (f"Người trẻ tuổi (từ {young_age_max} tuổi trở xuống)", composition.young),
    ]
    return [{"number": number, "label": label, "count": count_text(count),
             "percent": percent_text(percent_of(count, total))}
            for number, (label, count) in enumerate(counts, start=1)]


def _groups(groups: list[Any], total: int) -> list[dict[str, Any]]:
    return [{"number": number, "label": group.label, "count": count_text(group.count),
             "percent": percent_text(percent_of(group.count, total))}
            for number, group in enumerate(groups, start=1)]


def _conclusion(total: int, valid: int, rejected: int) -> str:
    if rejected == 0:
        return (f"Qua thẩm tra, cả {count_text(total)} đại biểu chính thức được triệu tập đều "
                "đủ tư cách đại biểu dự Đại hội; không có trường hợp nào vi phạm tư cách đại "
                "biểu.")
    return (f"Qua thẩm tra, {count_text(valid)}/{count_text(total)} đại biểu chính thức được "
            f"triệu tập đủ tư cách đại biểu dự Đại hội; {count_text(rejected)} đại biểu không đủ "
            "tư cách.")
