"""Small congress files for the rule tests, written to tmp_path; a base file inside every limit."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from congress_docs.loading import LoadedCongress, load_congress
from congress_docs.rules import RuleFinding, evaluate, load_profile

LAI_CHAU = "lai-chau-2024-2029"
_SIGNER = {"authority": "TM. BAN THƯỜNG TRỰC", "title": "CHỦ TỊCH", "person": "p01"}


def people(count: int, non_party: int = 10, born: int = 1975) -> list[dict[str, Any]]:
    """`count` people p01.., the last `non_party` of them outside the Party."""
    return [
        {"id": f"p{i:02d}", "full_name": f"Người Thứ {i}", "gender": "nam" if i % 2 else "nữ",
         "birth_year": born, "party_member": i <= count - non_party, "position": "Ủy viên"}
        for i in range(1, count + 1)
    ]


def committee(count: int, roles: tuple[str, ...] = ("chair", "vice_chair", "standing_member")
              ) -> dict[str, Any]:
    """A committee of p01..p<count>, the first len(roles) of them on the standing committee."""
    members = [{"person": f"p{i:02d}", "category": "notable_individual", "re_elected": False}
               for i in range(1, count + 1)]
    standing = [{"person": f"p{i:02d}", "role": role} for i, role in enumerate(roles, 1)]
    return {"members": members, "standing": standing}


def base_congress(level: str = "commune") -> dict[str, Any]:
    """A commune (or district) congress that every rule of the Lai Châu profile accepts."""
    data: dict[str, Any] = {
        "rules_profile": LAI_CHAU,
        "province": {"name": "Lai Châu"},
        "district": {"name": "Tam Đường"},
        "unit": {"kind": "xã", "name": "Thử Nghiệm"},
        "congress": {
            "ordinal": 10, "term": {"start": 2024, "end": 2029}, "pilot": False,
            "start_date": dt.date(2024, 3, 20),
            "delegates": {"ex_officio": 30, "elected": 60, "appointed": 10},
            "documents_approved_on": dt.date(2024, 2, 15),
            "personnel_scheme_approved_on": dt.date(2024, 2, 10),
        },
        "people": people(30),
        "committee": committee(30),
        "documents": {kind: {"symbol": "BC-MTTQ", "signer": dict(_SIGNER)} for kind in (
            "political_report", "review_report", "action_programme", "resolution",
            "personnel_scheme")},
    }
    if level == "district":
        data["unit"] = {"kind": "huyện", "name": "Thử Nghiệm"}
        congress = data["congress"]
        congress.update(start_date=dt.date(2024, 6, 20), end_date=dt.date(2024, 6, 21),
                        documents_approved_on=dt.date(2024, 5, 10),
                        personnel_scheme_approved_on=dt.date(2024, 4, 10))
        congress["delegates"] = {"ex_officio": 60, "elected": 100, "appointed": 20}
    return data


def changed(data: dict[str, Any], **paths: Any) -> dict[str, Any]:
    """A copy of `data` with values set by dotted path: changed(d, **{"congress.pilot": True})."""
    result = copy.deepcopy(data)
    for dotted, value in paths.items():
        *parents, last = dotted.split(".")
        node = result
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = value
    return result


def write(folder: Path, data: dict[str, Any], name: str = "thu-nghiem.yaml") -> Path:
    """Write `data` as a congress file in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def load(folder: Path, data: dict[str, Any]) -> LoadedCongress:
    """Write and load `data`."""
    return load_congress(write(folder, data))


def findings(folder: Path, data: dict[str, Any]) -> list[RuleFinding]:
    """The findings of the bundled Lai Châu profile on `data`."""
    return evaluate(load(folder, data), load_profile(LAI_CHAU))


def rule_ids(folder: Path, data: dict[str, Any]) -> list[str]:
    """The ids of the rules `data` breaks."""
    return [finding.rule_id for finding in findings(folder, data)]


def test_base_commune_breaks_no_rule(tmp_path: Path) -> None:
    assert rule_ids(tmp_path, base_congress()) == []


def test_base_district_breaks_no_rule(tmp_path: Path) -> None:
    assert rule_ids(tmp_path, base_congress("district")) == []
