"""People as the documents list them: standing committee, delegation, the members' summary list."""

from __future__ import annotations

from typing import Any

from congress_docs.context.memo import per_commune
from congress_docs.context.wording import count_text
from congress_docs.models import CommitteeMember, CongressFile, Person

__all__ = [
    "CATEGORY_LABELS",
    "ROLE_LABELS",
    "delegation",
    "honorific",
    "member_rows",
    "people_index",
    "standing_committee",
    "standing_counts",
]

ROLE_ORDER = ("chair", "vice_chair", "standing_member")
ROLE_LABELS = {
    "chair": "Chủ tịch",
    "vice_chair": "Phó Chủ tịch",
    "standing_member": "Ủy viên Thường trực",
}
# Long labels for running text, short ones for the narrow column of the summary list.
CATEGORY_LABELS = {
    "member_organisation": "Đại diện tổ chức thành viên",
    "front_committee_head": "Trưởng ban Công tác Mặt trận khu dân cư",
    "notable_individual": "Cá nhân tiêu biểu",
    "full_time": "Cán bộ chuyên trách",
    "official": "Đại diện cơ quan, đơn vị",
}
CATEGORY_SHORT = {
    "member_organisation": "Tổ chức thành viên",
    "front_committee_head": "Trưởng ban CTMT",
    "notable_individual": "Cá nhân tiêu biểu",
    "full_time": "Chuyên trách",
    "official": "Đại diện cơ quan",
}
NO_RELIGION = "Không"
PARTY_MARK = "x"


@per_commune
def people_index(model: CongressFile) -> dict[str, Person]:
    """People by id."""
    return {person.id: person for person in model.people}


def honorific(person: Person) -> str:
    """"Ông" or "Bà", as MTTQ documents address people who are not all Party members."""
    return "Bà" if person.gender == "nữ" else "Ông"


@per_commune
def standing_committee(model: CongressFile) -> list[dict[str, Any]]:
    """The new standing committee, chair first, then vice chairs, then standing members."""
    people = people_index(model)
    ordered = sorted(model.committee.standing, key=lambda member: ROLE_ORDER.index(member.role))
    rows: list[dict[str, Any]] = []
    for index, member in enumerate(ordered, start=1):
        person = people[member.person]
        role = ROLE_LABELS[member.role]
        rows.append(
            {
                "number": index,
                "name": person.full_name,
                "honorific": honorific(person),
                "role": member.role,
                "role_label": role,
                "position": person.position,
                "line": f"{honorific(person)} {person.full_name}, {role}",
                "proposal": (f"{honorific(person)} {person.full_name}, {person.position}: "
                             f"dự kiến hiệp thương cử giữ chức {role}"),
            }
        )
    rows = _punctuate(rows)
    for index, row in enumerate(rows):
        row["proposal"] += "." if index == len(rows) - 1 else ";"
    return rows


@per_commune
def standing_counts(model: CongressFile) -> dict[str, Any]:
    """How many of each position the new standing committee has, and a phrase saying it."""
    roles: list[str] = [member.role for member in model.committee.standing]
    chairs, vices, members = (roles.count(role) for role in ROLE_ORDER)
    parts = [f"{count_text(chairs)} Chủ tịch"]
    if vices:
        parts.append(f"{count_text(vices)} Phó Chủ tịch")
    if members:
        parts.append(f"{count_text(members)} Ủy viên Thường trực")
    return {
        "total": len(roles),
        "total_text": count_text(len(roles)),
        "chairs": chairs,
        "vice_chairs": vices,
        "standing_members": members,
        "breakdown": ", ".join(parts),
    }


@per_commune
def delegation(model: CongressFile) -> dict[str, Any]:
    """Official and alternate delegates to the upper congress, in the data's order (by role)."""
    people = people_index(model)

    def listed(ids: list[str]) -> list[dict[str, Any]]:
        persons = [people[pid] for pid in ids]
        return [
            {
                "number": index,
                "name": person.full_name,
                "honorific": honorific(person),
                "position": person.position,
                "line": f"{honorific(person)} {person.full_name}, {person.position}",
            }
            for index, person in enumerate(persons, start=1)
        ]

    official = _punctuate(listed(model.delegation.official))
    alternates = _punctuate(listed(model.delegation.alternates))
    return {
        "official": official,
        "alternates": alternates,
        "official_count": len(official),
        "official_count_text": count_text(len(official)),
        "alternate_count": len(alternates),
        "alternate_count_text": count_text(len(alternates)),
        "has_alternates": bool(alternates),
    }


@per_commune
def member_rows(model: CongressFile) -> list[dict[str, Any]]:
    """The annexed summary list (danh sách trích ngang): the standing committee first, in role
    order, then the other members in the data's order."""
    people = people_index(model)
    rank = {member.person: ROLE_ORDER.index(member.role) for member in model.committee.standing}
    members = sorted(model.committee.members,
                     key=lambda member: rank.get(member.person, len(ROLE_ORDER)))
    return [_member_row(index, member, people[member.person])
            for index, member in enumerate(members, start=1)]


def _member_row(index: int, member: CommitteeMember, person: Person) -> dict[str, Any]:
    education = person.education
    return {
        "number": index,
        "name": person.full_name,
        "born_male": str(person.birth_year) if person.gender == "nam" else "",
        "born_female": str(person.birth_year) if person.gender == "nữ" else "",
        "ethnicity": person.ethnicity,
        "religion": person.religion or NO_RELIGION,
        "general_education": education.general or "",
        "professional": education.professional or "",
        "political": education.political or "",
        "party": PARTY_MARK if person.party_member else "",
        "position": person.position,
        "category": CATEGORY_SHORT[member.category],
        "category_long": CATEGORY_LABELS[member.category],
        "status": "Tái cử" if member.re_elected else "Mới",
    }


def _punctuate(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add "item": the line ending in ";" and the last one in "." (a list inside a sentence)."""
    return [
        {**row, "item": f"{row['line']}{'.' if index == len(rows) - 1 else ';'}"}
        for index, row in enumerate(rows)
    ]
