"""The computations behind the documents' numbers: statuses, ratios, shares, young members."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from congress_docs.context.figures import (
    Share,
    achievement_ratio,
    achievement_status,
    committee_shares,
    percent_of,
)
from congress_docs.context.wording import quantity_text, share_comparison, target_text
from congress_docs.models import CommitteeMember, Indicator, Person


def indicator(**values: object) -> Indicator:
    base: dict[str, object] = {"id": "x", "name": "Chỉ tiêu", "program": "ct1", "unit": "%"}
    return Indicator.model_validate({**base, **values})


@pytest.mark.parametrize(
    ("direction", "target", "result", "status"),
    [
        ("increase", 80, 82.5, "vượt"),
        ("increase", 80, 80, "đạt"),
        ("increase", 80, 79.9, "không đạt"),
        ("decrease", 18, 21.4, "không đạt"),
        ("decrease", 18, 18, "đạt"),
        ("decrease", 18, 12, "vượt"),
    ],
)
def test_status_honours_the_direction(direction: str, target: float, result: float,
                                      status: str) -> None:
    assert achievement_status(indicator(direction=direction, previous_target=target,
                                        result=result)) == status


def test_ratio_is_rounded_half_up_and_undefined_where_meaningless() -> None:
    assert achievement_ratio(indicator(previous_target=75, result=83.3)) == Decimal("111.07")
    assert achievement_ratio(indicator(previous_target=0, result=3)) is None
    assert achievement_ratio(indicator(direction="decrease", previous_target=18, result=12)) is None
    assert achievement_ratio(indicator(result=3)) is None
    assert percent_of(1, 8) == Decimal("12.50")


def test_young_means_at_most_the_cut_off_age_in_the_congress_year() -> None:
    def person(pid: str, year: int) -> Person:
        return Person(id=pid, full_name=f"Lò Văn {pid}", gender="nam", birth_year=year,
                      party_member=True, position="Ủy viên")

    people = {p.id: p for p in (person("a", 1984), person("b", 1983))}
    members = [CommitteeMember(person=pid, category="notable_individual", re_elected=False)
               for pid in people]
    shares = committee_shares(members, people, dt.date(2024, 1, 19), young_age_max=40)
    assert shares["young"].count == 1
    assert shares["new"].count == 2 and shares["ethnic_minority"].count == 0


def test_phrases_for_quantities_targets_and_comparisons() -> None:
    assert quantity_text(250_000_000, "đồng") == "250.000.000 đồng"
    assert quantity_text(2, "cuộc", "year") == "2 cuộc/năm"
    assert quantity_text(82.5, "%", "year") == "82,5%"
    assert target_text(indicator(direction="decrease", new_target=12), 2029) == (
        "Chỉ tiêu: đến năm 2029 phấn đấu giảm xuống còn không quá 12%.")
    # A change of a share is in percentage points, not in percent.
    assert share_comparison(Share(14, 41), Share(10, 37)) == (
        "tăng 7,12 điểm phần trăm so với khóa trước")
    assert share_comparison(Share(1, 2), Share(2, 4)) == "bằng khóa trước"
