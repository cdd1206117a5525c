"""The timeline dates each preparation step from the profile and says what is late or at risk."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from congress_docs.cli import cli
from congress_docs.loading import load_congress
from congress_docs.rules import load_profile
from congress_docs.timeline import TimelineStep, render_table, steps_for, timeline_for_paths
from tests.test_rules_support import LAI_CHAU, base_congress, changed, write

D = dt.date
# base_congress: congress 20/3/2024; documents due 19/2 (30 days before), approved 15/2;
# personnel scheme due 29/2 (in February), approved 10/2; deadline 14/4/2024.


def steps(tmp_path: Path, data: dict[str, object], today: dt.date,
          risk_days: int = 14) -> dict[str, TimelineStep]:
    loaded = load_congress(write(tmp_path, data))
    found = steps_for(loaded, load_profile(LAI_CHAU), today=today, risk_days=risk_days)
    return {step.step: step for step in found}


def pending(**more: object) -> dict[str, object]:
    return changed(base_congress(), **{"congress.documents_approved_on": None,
                                       "congress.personnel_scheme_approved_on": None}, **more)


def test_due_dates_come_from_the_profile(tmp_path: Path) -> None:
    found = steps(tmp_path, base_congress(), D(2024, 1, 1))
    assert [(s.step, s.date) for s in sorted(found.values(), key=lambda s: s.date)] == [
        ("documents", D(2024, 2, 19)), ("personnel_scheme", D(2024, 2, 29)),
        ("congress", D(2024, 3, 20)), ("congress_deadline", D(2024, 4, 14))]
    assert found["documents"].citation.endswith("mục II.3")
    assert found["congress_deadline"].citation.endswith("mục II.2.2")


def test_pilot_takes_the_earliest_deadline(tmp_path: Path) -> None:
    data = changed(base_congress(), **{"congress.pilot": True,
                                       "congress.start_date": D(2024, 1, 20)})
    found = steps(tmp_path, data, D(2024, 1, 1))
    assert found["congress_deadline"].date == D(2024, 1, 31)
    assert found["personnel_scheme"].date == D(2023, 12, 14)


@pytest.mark.parametrize(
    ("approved", "status"), [(D(2024, 2, 19), "done"), (D(2024, 2, 20), "late")]
)
def test_approval_done_on_time_or_late(tmp_path: Path, approved: dt.date, status: str) -> None:
    data = changed(base_congress(), **{"congress.documents_approved_on": approved})
    step = steps(tmp_path, data, D(2024, 3, 1))["documents"]
    assert (step.status, step.done_on) == (status, approved)


@pytest.mark.parametrize(
    ("today", "status"),
    [(D(2024, 2, 4), "upcoming"), (D(2024, 2, 5), "at_risk"), (D(2024, 2, 19), "at_risk"),
     (D(2024, 2, 20), "late")],
)
def test_missing_approval_by_date(tmp_path: Path, today: dt.date, status: str) -> None:
    # Documents due 19/2: at risk from 14 days before (5/2), late from the day after.
    assert steps(tmp_path, pending(), today)["documents"].status == status


@pytest.mark.parametrize(
    ("today", "status"), [(D(2024, 2, 4), "upcoming"), (D(2024, 2, 10), "at_risk"),
                          (D(2024, 2, 15), "done")],
)
def test_approval_dated_after_today_is_only_planned(
    tmp_path: Path, today: dt.date, status: str
) -> None:
    # Approval planned for 15/2, due 19/2: not done before 15/2, at risk within 14 days of 19/2.
    assert steps(tmp_path, base_congress(), today)["documents"].status == status


def test_risk_window_is_configurable(tmp_path: Path) -> None:
    assert steps(tmp_path, pending(), D(2024, 2, 5), risk_days=13)["documents"].status == "upcoming"
    assert steps(tmp_path, pending(), D(2024, 1, 1), risk_days=60)["documents"].status == "at_risk"


def test_congress_status(tmp_path: Path) -> None:
    assert steps(tmp_path, base_congress(), D(2024, 3, 10))["congress"].status == "upcoming"
    assert steps(tmp_path, pending(), D(2024, 3, 10))["congress"].status == "at_risk"
    assert steps(tmp_path, base_congress(), D(2024, 3, 21))["congress"].status == "done"


@pytest.mark.parametrize(("start", "status"), [(D(2024, 4, 14), "upcoming"),
                                               (D(2024, 4, 15), "late")])
def test_congress_after_the_deadline_is_late(tmp_path: Path, start: dt.date, status: str) -> None:
    data = changed(base_congress(), **{"congress.start_date": start,
                                       "congress.documents_approved_on": D(2024, 3, 1)})
    found = steps(tmp_path, data, D(2024, 3, 1))
    assert found["congress"].status == status
    assert found["congress_deadline"].status == status


def test_without_a_profile_only_known_dates_show(tmp_path: Path) -> None:
    data = base_congress()
    del data["rules_profile"]
    data["congress"]["personnel_scheme_approved_on"] = None
    loaded = load_congress(write(tmp_path, data))
    found = steps_for(loaded, None, today=D(2024, 3, 1))
    assert [(s.step, s.date, s.status) for s in found] == [
        ("documents", D(2024, 2, 15), "done"), ("congress", D(2024, 3, 20), "upcoming")]


def test_paths_timeline_skips_invalid_files_and_reports_them(tmp_path: Path) -> None:
    write(tmp_path, base_congress(), "tot.yaml")
    (tmp_path / "hong.yaml").write_text("unit: [\n", encoding="utf-8")
    timeline = timeline_for_paths([tmp_path], today=D(2024, 2, 20))
    assert {step.path.name for step in timeline.steps} == {"tot.yaml"}
    assert [issue.file for issue in timeline.problems] == [tmp_path / "hong.yaml"]


def test_table_lists_every_step_and_counts(tmp_path: Path) -> None:
    write(tmp_path, pending(), "cho.yaml")
    timeline = timeline_for_paths([tmp_path], today=D(2024, 2, 20))
    table = render_table(timeline)
    assert timeline.count("late") == 1 and timeline.count("at_risk") == 1
    lines = table.splitlines()
    assert len(lines) == 2 + len(timeline.steps) + 1
    assert "19/02/2024" in table and "trễ hạn" in table and "20/02/2024" in lines[-1]


def test_cli_timeline(tmp_path: Path) -> None:
    write(tmp_path, pending(), "cho.yaml")
    result = CliRunner().invoke(cli, ["--lang", "en", "timeline", str(tmp_path),
                                      "--today", "20/02/2024"])
    assert result.exit_code == 0, result.output
    assert "Documents approved by" in result.output and "late" in result.output
    assert "1 late, 1 at risk, as of 20/02/2024" in result.output
