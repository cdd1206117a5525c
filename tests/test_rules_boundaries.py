"""Every rule of the Lai Châu profile holds on one side of its limit and fails just past it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TypeVar

import pytest

from congress_docs.i18n import set_language
from tests.test_rules_support import base_congress, changed, committee, findings, people, rule_ids

D = dt.date
T = TypeVar("T")
COMMUNE = base_congress()
DISTRICT = base_congress("district")
# A pilot congress inside its January window, with its personnel scheme before 15/12/2023.
PILOT = changed(COMMUNE, **{
    "congress.pilot": True, "congress.start_date": D(2024, 1, 20),
    "congress.documents_approved_on": D(2023, 12, 15),
    "congress.personnel_scheme_approved_on": D(2023, 12, 10),
})


def around(before: T, first: T, last: T, after: T) -> list[tuple[T, bool]]:
    """The four boundary cases of a closed range: (value, broken)."""
    return [(before, True), (first, False), (last, False), (after, True)]


def delegates(total: int) -> dict[str, int]:
    return {"ex_officio": 30, "elected": total - 40, "appointed": 10}


@pytest.mark.parametrize(("total", "broken"), around(79, 80, 130, 131))
def test_commune_delegates_80_to_130(tmp_path: Path, total: int, broken: bool) -> None:
    ids = rule_ids(tmp_path, changed(COMMUNE, **{"congress.delegates": delegates(total)}))
    assert ids == (["commune-delegates"] if broken else [])


def test_delegate_finding_carries_fact_limit_and_citation(tmp_path: Path) -> None:
    set_language("vi")
    [finding] = findings(tmp_path, changed(COMMUNE, **{"congress.delegates": delegates(79)}))
    assert (finding.fact, finding.limit.low, finding.limit.high) == (79, 80, 130)
    assert finding.severity == "error"
    assert finding.commune == "xã Thử Nghiệm"
    assert "79" in finding.message and "80 - 130" in finding.message
    assert finding.citation == "Kế hoạch 211-KH/HU ngày 29/8/2023, mục II.5"


def test_no_delegates_declared_is_reported(tmp_path: Path) -> None:
    none = {"ex_officio": 0, "elected": 0, "appointed": 0}
    ids = rule_ids(tmp_path, changed(COMMUNE, **{"congress.delegates": none}))
    assert ids == ["commune-delegates-declared", "commune-delegates"]


@pytest.mark.parametrize(("total", "broken"), around(149, 150, 200, 201))
def test_district_delegates_150_to_200(tmp_path: Path, total: int, broken: bool) -> None:
    counts = {"ex_officio": 60, "elected": total - 80, "appointed": 20}
    ids = rule_ids(tmp_path, changed(DISTRICT, **{"congress.delegates": counts}))
    assert ids == (["district-delegates"] if broken else [])


@pytest.mark.parametrize(("end", "broken"), [(D(2024, 3, 20), False), (D(2024, 3, 21), True)])
def test_commune_congress_lasts_one_day(tmp_path: Path, end: dt.date, broken: bool) -> None:
    ids = rule_ids(tmp_path, changed(COMMUNE, **{"congress.end_date": end}))
    assert ids == (["commune-duration"] if broken else [])


@pytest.mark.parametrize(("end", "broken"), [(D(2024, 6, 21), False), (D(2024, 6, 22), True)])
def test_district_congress_lasts_two_days(tmp_path: Path, end: dt.date, broken: bool) -> None:
    ids = rule_ids(tmp_path, changed(DISTRICT, **{"congress.end_date": end}))
    assert ids == (["district-duration"] if broken else [])


@pytest.mark.parametrize(("day", "broken"), [(D(2024, 4, 14), False), (D(2024, 4, 15), True)])
def test_commune_congress_before_15_april(tmp_path: Path, day: dt.date, broken: bool) -> None:
    ids = rule_ids(tmp_path, changed(COMMUNE, **{"congress.start_date": day,
                                                  "congress.documents_approved_on": D(2024, 3, 1)}))
    assert ids == (["commune-deadline"] if broken else [])


@pytest.mark.parametrize(
    ("start", "broken"), around(D(2023, 12, 31), D(2024, 1, 1), D(2024, 1, 31), D(2024, 2, 1))
)
def test_pilot_congress_in_january(tmp_path: Path, start: dt.date, broken: bool) -> None:
    data = changed(PILOT, **{"congress.start_date": start,
                             "congress.documents_approved_on": D(2023, 11, 20)})
    assert rule_ids(tmp_path, data) == (["commune-pilot-window"] if broken else [])


def test_pilot_window_does_not_apply_to_other_communes(tmp_path: Path) -> None:
    assert "commune-pilot-window" not in rule_ids(tmp_path, COMMUNE)
    assert COMMUNE["congress"]["start_date"].month != 1


@pytest.mark.parametrize(("day", "broken"), [(D(2024, 6, 1), False), (D(2024, 5, 31), True)])
def test_district_congress_not_before_june(tmp_path: Path, day: dt.date, broken: bool) -> None:
    data = changed(DISTRICT, **{"congress.start_date": day, "congress.end_date": day})
    assert rule_ids(tmp_path, data) == (["district-congress-month"] if broken else [])


@pytest.mark.parametrize(("day", "broken"), [(D(2024, 6, 30), False), (D(2024, 7, 1), True)])
def test_district_congress_not_after_june(tmp_path: Path, day: dt.date, broken: bool) -> None:
    data = changed(DISTRICT, **{"congress.start_date": D(2024, 6, 30), "congress.end_date": day})
    assert rule_ids(tmp_path, data) == (["district-congress-month"] if broken else [])


@pytest.mark.parametrize(
    ("approved", "broken"),
    [(D(2024, 2, 18), False), (D(2024, 2, 19), False), (D(2024, 2, 20), True)],
)
def test_commune_documents_30_days_before(tmp_path: Path, approved: dt.date, broken: bool) -> None:
    # The congress opens on 20/3/2024: 30 days before is 19/2/2024 (2024 is a leap year).
    ids = rule_ids(tmp_path, changed(COMMUNE, **{"congress.documents_approved_on": approved}))
    assert ids == (["commune-documents"] if broken else [])


def test_documents_finding_counts_days(tmp_path: Path) -> None:
    data = changed(COMMUNE, **{"congress.documents_approved_on": D(2024, 2, 20)})
    [finding] = findings(tmp_path, data)
    assert (finding.fact, finding.limit.low, finding.unit) == (29, 30, "days")


@pytest.mark.parametrize(
    ("approved", "broken"), around(D(2024, 4, 30), D(2024, 5, 1), D(2024, 5, 31), D(2024, 6, 1))
)
def test_district_documents_in_may(tmp_path: Path, approved: dt.date, broken: bool) -> None:
    ids = rule_ids(tmp_path, changed(DISTRICT, **{"congress.documents_approved_on": approved}))
    assert ids == (["district-documents"] if broken else [])


@pytest.mark.parametrize(
    ("approved", "broken"), around(D(2024, 1, 31), D(2024, 2, 1), D(2024, 2, 29), D(2024, 3, 1))
)
def test_commune_personnel_scheme_in_february(
    tmp_path: Path, approved: dt.date, broken: bool
) -> None:
    data = changed(COMMUNE, **{"congress.personnel_scheme_approved_on": approved,
                               "congress.start_date": D(2024, 4, 10),
                               "congress.documents_approved_on": D(2024, 3, 1)})
    assert rule_ids(tmp_path, data) == (["commune-personnel-scheme"] if broken else [])


@pytest.mark.parametrize(
    ("approved", "broken"), [(D(2023, 12, 14), False), (D(2023, 12, 15), True)]
)
def test_pilot_personnel_scheme_before_15_december(
    tmp_path: Path, approved: dt.date, broken: bool
) -> None:
    data = changed(PILOT, **{"congress.personnel_scheme_approved_on": approved})
    assert rule_ids(tmp_path, data) == (["commune-personnel-scheme-pilot"] if broken else [])


@pytest.mark.parametrize(
    ("approved", "broken"), around(D(2024, 3, 31), D(2024, 4, 1), D(2024, 4, 30), D(2024, 5, 1))
)
def test_district_personnel_scheme_in_april(
    tmp_path: Path, approved: dt.date, broken: bool
) -> None:
    data = changed(DISTRICT, **{"congress.personnel_scheme_approved_on": approved})
    assert rule_ids(tmp_path, data) == (["district-personnel-scheme"] if broken else [])


def test_dates_not_yet_given_are_not_judged(tmp_path: Path) -> None:
    data = changed(COMMUNE, **{"congress.documents_approved_on": None,
                               "congress.personnel_scheme_approved_on": None})
    assert rule_ids(tmp_path, data) == []


@pytest.mark.parametrize(("size", "broken"), [(29, True), (30, False), (55, False), (56, True)])
def test_commune_committee_30_to_55(tmp_path: Path, size: int, broken: bool) -> None:
    data = changed(COMMUNE, people=people(size, non_party=size // 2), committee=committee(size))
    assert rule_ids(tmp_path, data) == (["commune-committee-size"] if broken else [])


@pytest.mark.parametrize(
    ("roles", "broken"),
    [
        (("chair", "vice_chair"), ["commune-standing-size"]),
        (("chair", "vice_chair", "standing_member"), []),
        (("chair", "vice_chair", "vice_chair", "standing_member", "standing_member"), []),
        (("chair", "vice_chair", "vice_chair", *["standing_member"] * 3),
         ["commune-standing-size"]),
    ],
)
def test_standing_committee_3_to_5(
    tmp_path: Path, roles: tuple[str, ...], broken: list[str]
) -> None:
    assert rule_ids(tmp_path, changed(COMMUNE, committee=committee(30, roles))) == broken


@pytest.mark.parametrize(
    ("roles", "broken"),
    [
        (("vice_chair", "standing_member", "standing_member"), ["one-chair"]),
        (("chair", "vice_chair", "standing_member"), []),
        (("chair", "chair", "vice_chair"), ["one-chair"]),
    ],
)
def test_exactly_one_chair(tmp_path: Path, roles: tuple[str, ...], broken: list[str]) -> None:
    assert rule_ids(tmp_path, changed(COMMUNE, committee=committee(30, roles))) == broken


@pytest.mark.parametrize(
    ("roles", "broken"),
    [
        (("chair", "standing_member", "standing_member"), ["vice-chairs"]),
        (("chair", "vice_chair", "standing_member"), []),
        (("chair", "vice_chair", "vice_chair"), []),
        (("chair", "vice_chair", "vice_chair", "vice_chair"), ["vice-chairs"]),
    ],
)
def test_one_or_two_vice_chairs(tmp_path: Path, roles: tuple[str, ...], broken: list[str]) -> None:
    assert rule_ids(tmp_path, changed(COMMUNE, committee=committee(30, roles))) == broken


def test_empty_standing_committee_is_reported_once(tmp_path: Path) -> None:
    assert rule_ids(tmp_path, changed(COMMUNE, committee=committee(30, ()))) == [
        "commune-standing-size"]


def test_standing_member_off_the_committee(tmp_path: Path) -> None:
    data = changed(COMMUNE, people=people(31))
    data["committee"]["standing"].append({"person": "p31", "role": "standing_member"})
    [finding] = findings(tmp_path, data)
    assert finding.rule_id == "standing-on-committee"
    assert finding.fact == 1 and "Người Thứ 31" in finding.message


@pytest.mark.parametrize(("non_party", "warned"), [(9, True), (10, False), (11, False)])
def test_non_party_share_at_least_25_percent(tmp_path: Path, non_party: int, warned: bool) -> None:
    # 10 of 40 is exactly 25%.
    data = changed(COMMUNE, people=people(40, non_party=non_party), committee=committee(40))
    found = findings(tmp_path, data)
    assert [(f.rule_id, f.severity) for f in found] == (
        [("non-party-share", "warning")] if warned else [])
    if warned:
        assert found[0].fact == 22.5 and found[0].unconfirmed


def test_share_shown_with_vietnamese_decimal_comma(tmp_path: Path) -> None:
    set_language("vi")
    data = changed(COMMUNE, people=people(30, non_party=7))
    [finding] = findings(tmp_path, data)
    assert finding.fact_text == "23,33%" and "(7/30)" in finding.message


def test_messages_follow_the_language(tmp_path: Path) -> None:
    data = changed(COMMUNE, **{"congress.delegates": delegates(131)})
    try:
        set_language("en")
        [english] = findings(tmp_path, data)
    finally:
        set_language("vi")
    [vietnamese] = findings(tmp_path, data)
    assert english.message.startswith("The congress has 131 official delegates")
    assert vietnamese.message.startswith("Đại hội có 131 đại biểu chính thức")


def test_profile_of_another_term_gives_one_error(tmp_path: Path) -> None:
    data = changed(COMMUNE, **{"congress.term": {"start": 2025, "end": 2030},
                               "congress.delegates": delegates(50)})
    found = findings(tmp_path, data)
    assert [(f.rule_id, f.severity) for f in found] == [("profile-term", "error")]
