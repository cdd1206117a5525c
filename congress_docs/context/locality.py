"""The "đặc điểm tình hình" facts of a commune, written as sentences from the locality data."""

from __future__ import annotations

import re

from congress_docs.context.wording import count_text
from congress_docs.models import CongressFile
from congress_docs.vietnamese import format_number

__all__ = ["locality_sentences", "member_organisation_sentence"]


def locality_sentences(model: CongressFile, unit_full: str) -> list[str]:
    """Area, population, residential areas, ethnic groups, religions and the Party organisation."""
    return [
        sentence
        for sentence in (
            _land_and_people(model, unit_full),
            _ethnic_groups(model),
            _religions(model),
            _party(model, unit_full),
        )
        if sentence
    ]


def _land_and_people(model: CongressFile, unit_full: str) -> str:
    locality = model.locality
    facts: list[str] = []
    if locality.area_ha is not None:
        facts.append(f"có diện tích tự nhiên {format_number(locality.area_ha)} ha")
    areas = locality.residential_areas
    if areas:
        facts.append(_areas_phrase([area.name for area in areas]))
    people: list[str] = []
    if locality.households is not None:
        people.append(f"{format_number(locality.households)} hộ")
    if locality.population is not None:
        people.append(f"{format_number(locality.population)} nhân khẩu")
    if people:
        facts.append("với " + " và ".join(people))
    if not facts:
        return ""
    subject = unit_full[0].upper() + unit_full[1:]
    return f"{subject} {', '.join(facts)}."


# Kinds of residential area, longest first so "Tổ dân phố" wins over "Tổ".
AREA_KINDS = ("Tổ dân phố", "Khu phố", "Khối phố", "Thôn", "Bản", "Ấp", "Làng", "Buôn", "Xóm",
              "Khóm", "Sóc", "Khu", "Tổ")


def _areas_phrase(names: list[str]) -> str:
    """"gồm 14 tổ dân phố" or "gồm 12 bản: Mường Than, Nà Phát, ..."; mixed kinds list them all.

    Names that are only numbers ("Tổ dân phố số 3") are not listed: the count says it all.
    """
    count = count_text(len(names))
    kinds = {next((kind for kind in AREA_KINDS if name.startswith(kind + " ")), "")
             for name in names}
    if len(kinds) == 1 and "" not in kinds:
        kind = kinds.pop()
        rests = [name[len(kind):].strip() for name in names]
        if all(re.fullmatch(r"(số\s*)?[0-9]+[A-Za-z]?", rest) for rest in rests):
            return f"gồm {count} {kind.lower()}"
        return f"gồm {count} {kind.lower()} ({', '.join(rests)})"
    return f"gồm {count} khu dân cư ({', '.join(names)})"


def _ethnic_groups(model: CongressFile) -> str:
    groups = model.locality.ethnic_groups
    if not groups:
        return ""
    listed = ", ".join(
        f"{group.name} ({format_number(group.households)} hộ)" if group.households is not None
        else group.name
        for group in groups
    )
    if len(groups) == 1:
        return f"Nhân dân trên địa bàn là người dân tộc {listed}."
    return f"Trên địa bàn có {count_text(len(groups))} dân tộc cùng sinh sống: {listed}."


def _religions(model: CongressFile) -> str:
    religions = model.locality.religions
    if not religions:
        return "Trên địa bàn không có tổ chức, cơ sở tôn giáo hoạt động."
    total = sum(religion.followers for religion in religions)
    listed = ", ".join(f"{religion.name} ({format_number(religion.followers)} tín đồ)"
                       for religion in religions)
    if len(religions) == 1:
        return f"Trên địa bàn có {format_number(total)} tín đồ {religions[0].name}."
    return (f"Trên địa bàn có {count_text(len(religions))} tôn giáo với "
            f"{format_number(total)} tín đồ: {listed}.")


def _party(model: CongressFile, unit_full: str) -> str:
    locality = model.locality
    if locality.party_cells is None and locality.party_members is None:
        return ""
    parts: list[str] = []
    if locality.party_cells is not None:
        parts.append(f"{count_text(locality.party_cells)} chi bộ trực thuộc")
    if locality.party_members is not None:
        parts.append(f"{format_number(locality.party_members)} đảng viên")
    return f"Đảng bộ {unit_full} có {' với '.join(parts)}."


def member_organisation_sentence(model: CongressFile, front_short: str) -> str:
    """How many member organisations the front has, and how many members they gather."""
    organisations = model.member_organisations
    if not organisations:
        return ""
    members = sum(org.members or 0 for org in organisations)
    names = ", ".join(org.name for org in organisations)
    text = (f"{front_short} có {count_text(len(organisations))} tổ chức thành viên "
            f"({names})")
    if members:
        text += f", tập hợp {format_number(members)} đoàn viên, hội viên"
    return text + "."
