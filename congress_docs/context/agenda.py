"""Chương trình Đại hội (06): the two sittings, their items in order, times and presenters."""

from __future__ import annotations

from typing import Any

from congress_docs.context.documents import upper_congress
from congress_docs.context.kit_common import (
    KitOptions,
    Missing,
    clock_minutes,
    ended,
    resolve_settings,
    signer_of,
    sitting_date,
    time_text,
    upper_front,
)
from congress_docs.context.people import ROLE_ORDER, honorific, people_index
from congress_docs.models import AgendaItem, CongressFile, KitDocumentSettings, Sitting
from congress_docs.vietnamese import format_date_short

__all__ = ["DEFAULT_ORDER", "body", "missing", "settings", "summary_lines"]

# The order most commune congresses follow (domain.md §1.6 and §5): the preparatory sitting
# sets up the congress, the official one hears the reports and forms the new committee.
DEFAULT_ORDER: dict[str, tuple[str, ...]] = {
    "preparatory": ("opening_formalities", "presidium", "agenda_and_rules", "comments"),
    "official": (
        "opening_formalities", "opening_speech", "credentials", "political_report",
        "review_report", "speeches", "guidance", "committee_proposal", "committee_election",
        "first_meeting", "delegation", "debut", "resolution", "closing",
    ),
}
SITTING_TITLES = {"preparatory": "I. PHIÊN TRÙ BỊ", "official": "II. PHIÊN CHÍNH THỨC"}
_OPENING = {
    "preparatory": "Chào cờ; tuyên bố lý do, giới thiệu đại biểu dự phiên trù bị",
    "official": "Chào cờ; tuyên bố lý do, giới thiệu đại biểu, khách mời",
}


def settings(model: CongressFile) -> Any:
    """Signed as the resolution is, for the Đoàn Chủ tịch (the congress adopts its agenda)."""
    return resolve_settings(model, "agenda", KitDocumentSettings(
        symbol="CTr-ĐH", issued_by="congress", signer=signer_of(model, "resolution"),
        date=sitting_date(model, "preparatory"),
        recipients=["Đại biểu dự Đại hội", "Lưu: VT"]))


def summary_lines(_model: CongressFile, names: dict[str, Any]) -> list[str]:
    """"Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã X" / "lần thứ …, nhiệm kỳ …"."""
    return [f"Đại hội đại biểu Mặt trận Tổ quốc Việt Nam {names['unit']['full']}",
            f"lần thứ {names['congress']['roman']}, nhiệm kỳ {names['congress']['term']}"]


def missing(model: CongressFile) -> list[Missing]:
    """The agenda needs the start time of both sittings; a delegation item needs its congress."""
    schedule = model.congress.schedule
    if schedule is None:
        return [Missing("congress.schedule",
                        "giờ bắt đầu phiên trù bị và phiên chính thức "
                        "(preparatory.start, official.start)")]
    found: list[Missing] = []
    for key in ("preparatory", "official"):
        sitting: Sitting = getattr(schedule, key)
        for index, item in enumerate(sitting.items):
            if item.item == "delegation" and model.upper_congress is None:
                found.append(Missing(f"congress.schedule.{key}.items.{index}",
                                     "mục delegation cần khai upper_congress (đại hội cấp trên)"))
    return found


def body(model: CongressFile, names: dict[str, Any], _options: KitOptions) -> dict[str, Any]:
    """Both sittings with their numbered rows (time, content, presenter), and where and when."""
    schedule = model.congress.schedule
    assert schedule is not None  # missing() is checked first
    presenters = _presenters(model, names)
    contents = _contents(model, names)
    sittings = []
    number = 0
    for key in ("preparatory", "official"):
        sitting: Sitting = getattr(schedule, key)
        items = sitting.items or [AgendaItem(item=name) for name in _default_items(model, key)]
        rows = []
        for index, item in enumerate(items):
            number += 1
            clock = item.time or (sitting.start if index == 0 else None)
            rows.append({
                "number": number,
                "time": time_text(clock) if clock else "",
                "content": item.content or (_OPENING[key] if item.item == "opening_formalities"
                                            else contents[item.item or ""]),
                "presenter": _presenter(item, presenters, model),
            })
        day = sitting.date or model.congress.start_date
        sittings.append({
            "key": key,
            "title": SITTING_TITLES[key],
            "when": f"Từ {time_text(sitting.start)}, ngày {format_date_short(day)}",
            "start_minutes": clock_minutes(sitting.start),
            "rows": rows,
        })
    venue = model.congress.venue
    return {
        "agenda": {
            "sittings": sittings,
            "venue_line": f"Địa điểm: {venue}." if venue else "",
            "number_of_sittings": len(sittings),
            "closing": ended("Trong quá trình Đại hội, Đoàn Chủ tịch có thể điều chỉnh thời gian "
                             "các mục cho phù hợp với thực tế."),
        }
    }


def _default_items(model: CongressFile, key: str) -> tuple[str, ...]:
    order = DEFAULT_ORDER[key]
    return tuple(item for item in order
                 if item != "delegation" or model.upper_congress is not None)


def _contents(model: CongressFile, names: dict[str, Any]) -> dict[str, str]:
    unit = names["unit"]["full"]
    new = names["new_committee"]
    standing_roles = {member.role for member in model.committee.standing}
    posts = ["Chủ tịch"]
    if "vice_chair" in standing_roles:
        posts.append("các Phó Chủ tịch")
    if "standing_member" in standing_roles:
        posts.append("Ủy viên Thường trực")
    upper = upper_congress(model)
    return {
        "presidium": "Hiệp thương cử Đoàn Chủ tịch, Đoàn Thư ký và Ban Thẩm tra tư cách "
                     "đại biểu Đại hội",
        "agenda_and_rules": "Thông qua Chương trình và Quy chế làm việc của Đại hội",
        "comments": "Báo cáo tổng hợp ý kiến góp ý vào dự thảo văn kiện Đại hội",
        "credentials": "Báo cáo thẩm tra tư cách đại biểu; Đại hội biểu quyết thông qua",
        "opening_speech": "Diễn văn khai mạc Đại hội",
        "political_report": (f"Báo cáo chính trị trình Đại hội đại biểu MTTQ Việt Nam {unit} "
                             f"lần thứ {names['congress']['roman']}"),
        "review_report": f"Báo cáo kiểm điểm hoạt động của {names['outgoing']['name_period']}",
        "speeches": "Tham luận của đại biểu",
        "guidance": "Phát biểu chỉ đạo của lãnh đạo cấp ủy và Ủy ban MTTQ Việt Nam cấp trên",
        "committee_proposal": f"Tờ trình về số lượng, cơ cấu, danh sách hiệp thương cử {new}; "
                              "Đại hội thảo luận",
        "committee_election": f"Đại hội hiệp thương cử {new}",
        "first_meeting": (f"Hội nghị lần thứ nhất Ủy ban khóa {names['congress']['roman']} "
                          f"hiệp thương cử {', '.join(posts)}"),
        "delegation": f"Hiệp thương cử Đoàn đại biểu dự {upper['full']}" if upper else "",
        "debut": f"Ủy ban khóa {names['congress']['roman']} ra mắt Đại hội; Chủ tịch Ủy ban "
                 "khóa mới phát biểu nhận nhiệm vụ",
        "resolution": "Thông qua Nghị quyết Đại hội",
        "closing": "Bế mạc Đại hội; chào cờ",
    }


def _presenters(model: CongressFile, names: dict[str, Any]) -> dict[str, str]:
    people = people_index(model)

    def named(ident: str | None, role: str | None = None) -> str:
        """"Ông X, <role>" (the person's own position without a role); the role alone if no one."""
        if ident is None:
            return role or ""
        person = people[ident]
        return f"{honorific(person)} {person.full_name}, {role or person.position}"

    congress = model.congress
    presidium = congress.presidium[0] if congress.presidium else None
    secretary = congress.secretariat[0] if congress.secretariat else None
    credentials = congress.credentials
    checker = credentials.committee[0] if credentials and credentials.committee else None
    chairs = sorted(model.committee.standing, key=lambda member: ROLE_ORDER.index(member.role))
    new_chair = chairs[0].person if chairs and chairs[0].role == "chair" else None
    meeting = model.committee.first_meeting
    standing = names["front"]["standing"]
    return {
        "opening_formalities": "Ban Tổ chức Đại hội",
        "presidium": standing,
        "agenda_and_rules": "Đoàn Chủ tịch",
        "comments": named(signer_of(model, "political_report").person),
        "credentials": named(checker, "Trưởng ban Thẩm tra tư cách đại biểu"),
        "opening_speech": named(presidium, "thay mặt Đoàn Chủ tịch"),
        "political_report": named(signer_of(model, "political_report").person),
        "review_report": named(signer_of(model, "review_report").person),
        "speeches": "Đại biểu dự Đại hội",
        "guidance": f"Lãnh đạo Đảng ủy {names['unit']['full']}, {upper_front(model)}",
        "committee_proposal": named(signer_of(model, "personnel_scheme").person),
        "committee_election": "Đoàn Chủ tịch",
        "first_meeting": named(meeting.chair if meeting else None, "chủ trì Hội nghị"),
        "delegation": "Đoàn Chủ tịch",
        "debut": named(new_chair, f"Chủ tịch Ủy ban khóa {names['congress']['roman']}"),
        "resolution": named(secretary, "thay mặt Đoàn Thư ký"),
        "closing": named(presidium, "thay mặt Đoàn Chủ tịch"),
    }


def _presenter(item: AgendaItem, presenters: dict[str, str], model: CongressFile) -> str:
    if item.presenter is not None:
        person = people_index(model)[item.presenter]
        return f"{honorific(person)} {person.full_name}, {person.position}"
    if item.presenter_text:
        return item.presenter_text
    return presenters.get(item.item or "", "")
