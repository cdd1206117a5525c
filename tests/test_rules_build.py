"""Rule findings never stop `build`: the documents are written and the findings listed."""

from __future__ import annotations

import shutil
from pathlib import Path

from congress_docs.build import build
from congress_docs.paths import bundled

SAMPLE = bundled("data") / "post-2025" / "lai-chau"


def copy_sample(tmp_path: Path, old: str, new: str) -> Path:
    folder = tmp_path / "lai-chau"
    folder.mkdir()
    for name in ("district.yaml", "muong-than.yaml"):
        shutil.copy(SAMPLE / name, folder / name)
    commune = folder / "muong-than.yaml"
    text = commune.read_text(encoding="utf-8")
    assert old in text
    commune.write_text(text.replace(old, new), encoding="utf-8")
    return folder


def test_rule_error_is_listed_and_documents_are_still_written(tmp_path: Path) -> None:
    folder = copy_sample(tmp_path, "elected: 112", "elected: 200")
    report = build([folder], kinds=["resolution"], output=tmp_path / "out")
    assert report.ok
    assert [getattr(finding, "rule_id", None) for finding in report.findings] == [
        "commune-delegates"]
    [commune] = report.communes
    assert [document.status for document in commune.documents] == ["written"]


def test_unreadable_profile_is_listed_not_fatal(tmp_path: Path) -> None:
    folder = copy_sample(tmp_path, "unit: {kind: xã", "rules_profile: khong-co\nunit: {kind: xã")
    report = build([folder], kinds=["resolution"], output=tmp_path / "out")
    assert report.ok
    assert any("khong-co" in str(finding) for finding in report.findings)
