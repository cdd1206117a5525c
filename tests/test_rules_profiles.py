"""Rule profiles are data: bundled ones load, broken ones name their line, search order holds."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml

from congress_docs.errors import DataError
from congress_docs.loading import load_congress
from congress_docs.paths import bundled
from congress_docs.rules import (
    KINDS,
    bundled_rules_dir,
    evaluate,
    load_profile,
    profile_for,
    read_profile,
)
from tests.test_rules_support import LAI_CHAU, base_congress, changed, write

BUNDLED = sorted(bundled_rules_dir().glob("*.yaml"))
POST_2025 = bundled("data") / "post-2025"

GOOD = textwrap.dedent(
    """\
    schema_version: 1
    revision: 1
    title: Thử
    term: {start: 2024, end: 2029}
    young_age_max: 35
    sources:
      - {id: kh, citation: Kế hoạch 1-KH/HU ngày 1/1/2024}
    rules:
      - id: delegates
        kind: delegates_range
        severity: warning
        params: {min: 10, max: 20}
        source: kh
        section: mục 1
        message_vi: "{commune}: {fact} đại biểu, cần {limit}"
        message_en: "{commune}: {fact} delegates, needs {limit}"
    """
)


def write_profile(folder: Path, text: str, name: str = "thu") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def problem(tmp_path: Path, text: str) -> str:
    with pytest.raises(DataError) as caught:
        read_profile(write_profile(tmp_path, text))
    return str(caught.value)


def test_bundled_profiles_exist() -> None:
    assert {path.stem for path in BUNDLED} >= {LAI_CHAU, "commune-2025-2030"}


@pytest.mark.parametrize("path", BUNDLED, ids=lambda path: path.stem)
def test_bundled_profile_rules_are_complete(path: Path) -> None:
    profile = read_profile(path)
    assert profile.id == path.stem
    assert profile.rules
    for rule in profile.rules:
        assert rule.citation.strip() and rule.rule.message_vi and rule.rule.message_en
        assert rule.rule.severity in ("error", "warning")
    ids = [rule.id for rule in profile.rules]
    assert len(ids) == len(set(ids))


def test_every_kind_is_used_by_a_bundled_profile() -> None:
    used = {rule.kind.name for path in BUNDLED for rule in read_profile(path).rules}
    assert used == set(KINDS)


def test_unconfirmed_defaults_are_marked() -> None:
    profile = load_profile(LAI_CHAU)
    flags = {rule.id: rule.unconfirmed for rule in profile.rules}
    assert flags["commune-delegates"] is False  # Kế hoạch 211-KH/HU, mục II.5
    assert flags["commune-committee-size"] is True
    assert flags["non-party-share"] is True
    assert profile.young_age_max == 40


def test_a_profile_in_force(tmp_path: Path) -> None:
    profile = read_profile(write_profile(tmp_path, GOOD))
    assert (profile.id, profile.young_age_max) == ("thu", 35)
    assert profile.rules[0].citation == "Kế hoạch 1-KH/HU ngày 1/1/2024, mục 1"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("kind: delegates_range", "kind: delegate_range", ":10:5: rules.0.kind: "),
        ("params: {min: 10, max: 20}", "params: {min: 30, max: 20}", ":12:5: rules.0.params: "),
        ("params: {min: 10, max: 20}", "params: {min: 10, maxi: 20}",
         ":12:23: rules.0.params.maxi: "),
        ("params: {min: 10, max: 20}", "params: {min: ten}", ":12:14: rules.0.params.min: "),
        ("source: kh\n", "source: khac\n", ":13:5: rules.0.source: "),
        ("cần {limit}\"\n", "cần {gioi_han}\"\n", ":15:5: rules.0.message_vi: "),
        ("severity: warning", "severity: notice", ":11:5: rules.0.severity: "),
        ("young_age_max: 35", "young_age_max: 35\nextra: 1", ":6:1: extra: "),
    ],
)
def test_broken_profile_names_file_line_and_field(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    assert old in GOOD
    message = problem(tmp_path, GOOD.replace(old, new))
    assert str(tmp_path / "thu.yaml") in message
    assert expected in message


def test_unknown_kind_lists_the_known_kinds(tmp_path: Path) -> None:
    message = problem(tmp_path, GOOD.replace("kind: delegates_range", "kind: nope"))
    assert "committee_size" in message and "share_min" in message


def test_duplicate_rule_ids_are_reported(tmp_path: Path) -> None:
    rule = GOOD.split("rules:\n", 1)[1]
    assert ":17:5: rules.1.id: " in problem(tmp_path, GOOD + rule)


def test_missing_profile_is_reported_at_rules_profile(tmp_path: Path) -> None:
    loaded = load_congress(write(tmp_path, changed(base_congress(), rules_profile="khong-co")))
    with pytest.raises(DataError) as caught:
        profile_for(loaded)
    issue = caught.value.issues[0]
    assert issue.file == loaded.path and issue.line == 1 and issue.field == "rules_profile"
    assert "khong-co" in issue.message


def test_no_profile_named_means_no_rules(tmp_path: Path) -> None:
    data = base_congress()
    del data["rules_profile"]
    loaded = load_congress(write(tmp_path, changed(data, **{"congress.delegates.elected": 0})))
    assert profile_for(loaded) is None
    assert evaluate(loaded) == []


def test_rules_folder_beside_the_data_comes_before_the_bundled_one(tmp_path: Path) -> None:
    local = yaml.safe_load(GOOD)
    local["title"] = "bản địa phương"
    write_profile(tmp_path / "huyen" / "rules", yaml.safe_dump(local, allow_unicode=True),
                  name=LAI_CHAU)
    loaded = load_congress(write(tmp_path / "huyen", base_congress()))
    profile = profile_for(loaded)
    assert profile is not None and profile.title == "bản địa phương"
    assert [finding.rule_id for finding in evaluate(loaded)] == ["delegates"]


def test_rules_folder_one_level_up_is_searched(tmp_path: Path) -> None:
    write_profile(tmp_path / "rules", GOOD, name="rieng")
    loaded = load_congress(write(tmp_path / "huyen", changed(base_congress(),
                                                             rules_profile="rieng")))
    profile = profile_for(loaded)
    assert profile is not None and profile.path == tmp_path / "rules" / "rieng.yaml"


def test_search_argument_comes_first(tmp_path: Path) -> None:
    write_profile(tmp_path, GOOD, name=LAI_CHAU)
    assert load_profile(LAI_CHAU, search=[tmp_path]).title == "Thử"
    assert load_profile(LAI_CHAU).title != "Thử"


def test_an_edited_profile_is_read_again(tmp_path: Path) -> None:
    path = write_profile(tmp_path, GOOD)
    assert load_profile("thu", search=[tmp_path]).young_age_max == 35
    path.write_text(GOOD.replace("young_age_max: 35", "young_age_max: 45"), encoding="utf-8")
    assert load_profile("thu", search=[tmp_path]).young_age_max == 45


def test_young_age_limit_comes_from_the_profile(tmp_path: Path) -> None:
    text = GOOD.split("rules:\n")[0] + textwrap.dedent(
        """\
        rules:
          - id: young
            kind: share_min
            severity: warning
            params: {group: young, min_percent: 50}
            source: kh
            message_vi: "{fact}"
            message_en: "{fact}"
        """
    )
    profile = read_profile(write_profile(tmp_path / "p", text))
    # 15 of 30 members born in 1989 are 35 in 2024: exactly 50% young at the limit of 35.
    data = base_congress()
    for person in data["people"][:15]:
        person["birth_year"] = 1989
    assert evaluate(load_congress(write(tmp_path, data)), profile) == []
    for person in data["people"][:15]:
        person["birth_year"] = 1988
    [finding] = evaluate(load_congress(write(tmp_path, data)), profile)
    assert finding.fact == 0


def test_post_2025_sample_is_clean_under_the_second_profile() -> None:
    loaded = load_congress(POST_2025 / "lai-chau" / "muong-than.yaml")
    assert loaded.model.district is None and loaded.model.rules_profile == "commune-2025-2030"
    assert loaded.warnings == ()
    profile = profile_for(loaded)
    assert profile is not None and (profile.term.start, profile.term.end) == (2025, 2030)
    assert evaluate(loaded) == []


def test_the_second_profile_judges_the_post_2025_shape(tmp_path: Path) -> None:
    source = POST_2025 / "lai-chau"
    data = yaml.safe_load((source / "muong-than.yaml").read_text(encoding="utf-8"))
    (tmp_path / "district.yaml").write_bytes((source / "district.yaml").read_bytes())
    data["congress"]["start_date"] = data["congress"]["end_date"] = "2025-10-31"
    data["congress"]["delegates"]["elected"] = 200
    ids = [finding.rule_id for finding in evaluate(load_congress(write(tmp_path, data)))]
    assert ids == ["commune-delegates", "commune-deadline"]


def test_the_first_profile_refuses_the_post_2025_term() -> None:
    loaded = load_congress(POST_2025 / "lai-chau" / "muong-than.yaml")
    assert [f.rule_id for f in evaluate(loaded, load_profile(LAI_CHAU))] == ["profile-term"]


def test_profile_id_cannot_reach_outside_the_rules_folders(tmp_path: Path) -> None:
    write_profile(tmp_path, GOOD, name="secret")
    with pytest.raises(DataError):
        load_profile("../secret", search=[tmp_path / "rules"])
