"""Biên bản hội nghị lần thứ nhất (10): attendance and the hiệp thương of the standing committee."""

from __future__ import annotations

import datetime as dt
from typing import Any

from congress_docs.context.figures import percent_of
from congress_docs.context.kit_common import (
    KitOptions,
    Missing,
    ended,
    resolve_settings,
    time_text,
    upper_front,
)
from congress_docs.context.people import ROLE_LABELS, ROLE_ORDER, honorific, people_index
from congress_docs.context.wording import count_text, percent_text
from congress_docs.models import CongressFile, FirstMeeting, KitDocumentSettings, Signer
from congress_docs.vietnamese import format_date_short

__all__ = ["body", "missing", "settings", "summary_lines"]


def settings(model: CongressFile) -> Any:
    """Signed by whoever chaired the meeting (the secretary signs beside)."""
    meeting = model.committee.first_meeting
    signer = (Signer(authority="CHỦ TRÌ HỘI NGHỊ", title="", person=meeting.chair)
              if meeting is not None else None)
    return resolve_settings(model, "first_meeting_minutes", KitDocumentSettings(
        symbol="BB-MTTQ", issued_by="committee", signer=signer, date=meeting_day(model),
        recipients=["Lưu: VT"]))


def meeting_day(model: CongressFile) -> dt.date:
    """The first meeting's day: as given, else the congress's last day."""
    meeting = model.committee.first_meeting
    given = meeting.date if meeting is not None else None
    return given or model.congress.end_date or model.congress.start_date


def summary_lines(_model: CongressFile, names: dict[str, Any]) -> list[str]:
    """"Hội nghị lần thứ nhất Ủy ban MTTQ Việt Nam xã X khóa …, nhiệm kỳ …"."""
    return ["Hội nghị lần thứ nhất", names["new_committee"]]


def missing(model: CongressFile) -> list[Missing]:
    """The minutes need the meeting, and a count of agreement for each standing member."""
    meeting = model.committee.first_meeting
    if meeting is None:
        return [Missing("committee.first_meeting",
                        "giờ họp (time), người chủ trì (chair), thư ký (secretary), số ủy viên "
                        "có mặt (present) và số ủy viên tán thành từng người (agreement)")]
    found = []
    if not model.committee.standing:
        found.append(Missing("committee.standing", "Ban Thường trực được hiệp thương cử"))
    size = len(model.committee.members)
    if meeting.present > size:
        found.append(Missing("committee.first_meeting.present",
                             f"{meeting.present} ủy viên có mặt, nhiều hơn {size} ủy viên"))
    counted = {entry.person for entry in meeting.agreement}
    people = people_index(model)
    standing = {member.person for member in model.committee.standing}
    for member in model.committee.standing:
        if member.person not in counted:
            found.append(Missing("committee.first_meeting.agreement",
                                 f"chưa có số ủy viên tán thành {people[member.person].full_name}"))
    for index, entry in enumerate(meeting.agreement):
        if entry.person not in standing:
            found.append(Missing(f"committee.first_meeting.agreement.{index}.person",
                                 f"'{entry.person}' không có trong committee.standing"))
        if entry.agreed > meeting.present:
            found.append(Missing(f"committee.first_meeting.agreement.{index}.agreed",
                                 f"{entry.agreed} tán thành, nhiều hơn {meeting.present} "
                                 "ủy viên có mặt"))
    agreed = meeting.standing_size_agreed
    if agreed is not None and agreed > meeting.present:
        found.append(Missing("committee.first_meeting.standing_size_agreed",
                             f"{agreed} tán thành, nhiều hơn {meeting.present} ủy viên có mặt"))
    return found


def body(model: CongressFile, names: dict[str, Any], _options: KitOptions) -> dict[str, Any]:
    """When and where, who attended, and each post with its count of agreement."""
    meeting = model.committee.first_meeting
    assert meeting is not None  # missing() is checked first
    people = people_index(model)
    size = len(model.committee.members)
    day = meeting_day(model)
    venue = meeting.venue or model.congress.venue
    where = f", tại {venue}" if venue else ""
    roman = names["congress"]["roman"]
    chair, secretary = people[meeting.chair], people[meeting.secretary]
    return {
        "minutes": {
            "opening": (f"Vào hồi {time_text(meeting.time)} ngày {format_date_short(day)}{where}, "
                        f"{names['new_committee']} họp Hội nghị lần thứ nhất."),
            "attendance": (f"Tổng số ủy viên Ủy ban khóa {roman}: {count_text(size)} vị; có "
                           f"mặt: {count_text(meeting.present)} vị; "
                           + (f"vắng: {count_text(size - meeting.present)} vị."
                              if meeting.present < size else "không có ủy viên vắng mặt.")),
            "chair_line": (f"Chủ trì Hội nghị: {honorific(chair)} {chair.full_name}, "
                           f"{chair.position}."),
            "secretary_line": (f"Thư ký Hội nghị: {honorific(secretary)} {secretary.full_name}, "
                               f"{secretary.position}."),
            "standing_size": _standing_size(model, meeting, roman),
            "results": _results(model, meeting, names),
            "report_up": (f"Hội nghị giao Ban Thường trực Ủy ban khóa {roman} hoàn chỉnh hồ sơ, "
                          f"báo cáo Ban Thường trực {upper_front(model)} theo quy định."),
            "closing": ended("Biên bản được đọc lại và thông qua trước Hội nghị."),
            "secretary_name": secretary.full_name,
        }
    }


def _standing_size(model: CongressFile, meeting: FirstMeeting, roman: str) -> str:
    roles: list[str] = [member.role for member in model.committee.standing]
    parts = [f"{count_text(roles.count(role))} {ROLE_LABELS[role]}"
             for role in ROLE_ORDER if roles.count(role)]
    sentence = (f"Hội nghị thống nhất Ban Thường trực Ủy ban khóa {roman} gồm "
                f"{count_text(len(roles))} vị ({', '.join(parts)})")
    agreed = meeting.standing_size_agreed
    if agreed is None:
        return sentence + "."
    return sentence + f": {_agreement(agreed, meeting.present)}."


def _results(model: CongressFile, meeting: FirstMeeting,
             names: dict[str, Any]) -> list[dict[str, Any]]:
    people = people_index(model)
    counts = {entry.person: entry.agreed for entry in meeting.agreement}
    ordered = sorted(model.committee.standing, key=lambda member: ROLE_ORDER.index(member.role))
    rows: list[dict[str, Any]] = []
    for number, member in enumerate(ordered, start=1):
        person = people[member.person]
        post = ROLE_LABELS[member.role]
        agreement = _agreement(counts[member.person], meeting.present)
        rows.append({
            "number": number,
            "name": person.full_name,
            "role": post,
            "agreed": count_text(counts[member.person]),
            "present": count_text(meeting.present),
            "percent": percent_text(percent_of(counts[member.person], meeting.present)),
            "line": (f"{honorific(person)} {person.full_name} giữ chức {post} "
                     f"{names['new_committee']}: {agreement}"),
        })
    for index, row in enumerate(rows):
        row["line"] += "." if index == len(rows) - 1 else ";"
    return rows


def _agreement(agreed: int, present: int) -> str:
    return (f"{count_text(agreed)}/{count_text(present)} ủy viên có mặt tán thành, đạt "
            f"{percent_text(percent_of(agreed, present))}")
