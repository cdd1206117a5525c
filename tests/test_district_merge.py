"""The district file shares facts with every commune file; the commune adds or overrides."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from congress_docs.errors import DataError
from congress_docs.loading import load_congress
from tests.test_bad_input import MINIMAL

DISTRICT = textwrap.dedent(
    """\
    province: {name: Lai Châu, code: "12"}
    district: {name: Tam Đường, code: "106"}
    legal_basis:
      - {id: ct22, kind: Chỉ thị, number: 22-CT/TW, issuer: Ban Bí thư}
      - {id: hd64, kind: Hướng dẫn, number: 64/HD-MTTQ-BTT, issuer: BTT UB MTTQ tỉnh}
    layout: {body_size_pt: 14, margin_left_mm: 30}
    """
)


def make(tmp_path: Path, commune: str, district: str = DISTRICT) -> Path:
    (tmp_path / "district.yaml").write_text(district, encoding="utf-8")
    path = tmp_path / "ban-hon.yaml"
    path.write_text(commune, encoding="utf-8")
    return path


def commune_text(extra: str = "") -> str:
    return MINIMAL.replace("province: {name: Lai Châu}\n", "") + extra


def test_commune_inherits_district_facts(tmp_path: Path) -> None:
    loaded = load_congress(make(tmp_path, commune_text()))
    assert loaded.model.province.name == "Lai Châu"
    assert loaded.model.district is not None and loaded.model.district.code == "106"
    assert [basis.id for basis in loaded.model.legal_basis] == ["ct22", "hd64"]
    assert loaded.district_path == tmp_path / "district.yaml"


def test_mappings_merge_key_by_key(tmp_path: Path) -> None:
    loaded = load_congress(make(tmp_path, commune_text("layout: {body_size_pt: 13}\n")))
    assert loaded.model.layout.body_size_pt == 13
    assert loaded.model.layout.margin_left_mm == 30


def test_records_merge_by_id(tmp_path: Path) -> None:
    extra = textwrap.dedent(
        """\
        legal_basis:
          - {id: hd64, kind: Hướng dẫn, number: 64/HD-MTTQ-BTT, issuer: Ban Thường trực tỉnh}
          - {id: nq_xa, kind: Nghị quyết, number: 01-NQ/ĐU, issuer: Đảng bộ xã}
        """
    )
    loaded = load_congress(make(tmp_path, commune_text(extra)))
    bases = loaded.model.legal_basis
    assert [basis.id for basis in bases] == ["ct22", "hd64", "nq_xa"]
    assert bases[1].issuer == "Ban Thường trực tỉnh"


def test_scalars_in_commune_replace_district(tmp_path: Path) -> None:
    extra = 'province: {name: Điện Biên, code: "11"}\n'
    loaded = load_congress(make(tmp_path, commune_text(extra)))
    assert loaded.model.province.name == "Điện Biên"
    assert loaded.model.province.code == "11"


def test_errors_point_into_the_district_file(tmp_path: Path) -> None:
    path = make(tmp_path, commune_text(), DISTRICT.replace("body_size_pt: 14", "body_size_pt: 40"))
    with pytest.raises(DataError) as caught:
        load_congress(path)
    assert str(caught.value).startswith(f"{tmp_path / 'district.yaml'}:6:")
    assert "layout.body_size_pt" in str(caught.value)


def test_district_file_may_only_hold_shared_keys(tmp_path: Path) -> None:
    path = make(tmp_path, commune_text(), DISTRICT + "people: []\n")
    with pytest.raises(DataError) as caught:
        load_congress(path)
    assert "people" in str(caught.value)
    assert f"{tmp_path / 'district.yaml'}:7:" in str(caught.value)


def test_named_district_file(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "huyen.yaml").write_text(DISTRICT, encoding="utf-8")
    path = tmp_path / "xa.yaml"
    path.write_text("district_file: shared/huyen.yaml\n" + commune_text(), encoding="utf-8")
    assert load_congress(path).model.province.name == "Lai Châu"


def test_post_2025_commune_without_district(tmp_path: Path) -> None:
    path = make(
        tmp_path, commune_text(), DISTRICT.replace('district: {name: Tam Đường, code: "106"}\n', "")
    )
    loaded = load_congress(path)
    assert loaded.model.district is None
