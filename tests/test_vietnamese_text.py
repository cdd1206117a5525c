"""Text hygiene: NFC, upper case with diacritics, tone-mark placement, Windows-safe slugs."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from congress_docs.vietnamese import (
    capitalize_first,
    is_decomposed,
    nfc,
    normalise_tone_marks,
    slugify,
    strip_diacritics,
    title_vi,
    upper_vi,
)

GOLDEN = Path(__file__).parent / "golden"
SLUG_ROWS = [
    line.split("\t")
    for line in (GOLDEN / "slugs.tsv").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]
WINDOWS_DEVICE_NAMES = {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)}
WINDOWS_DEVICE_NAMES |= {f"lpt{i}" for i in range(10)}


def test_nfc_and_decomposition_detection() -> None:
    decomposed = unicodedata.normalize("NFD", "Bản Hon, Tam Đường")
    assert is_decomposed(decomposed)
    assert not is_decomposed(nfc(decomposed))
    assert nfc(decomposed) == "Bản Hon, Tam Đường"
    assert not is_decomposed("plain ASCII")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ủy ban nhân dân xã Bản Hon", "ỦY BAN NHÂN DÂN XÃ BẢN HON"),
        ("cộng hòa xã hội chủ nghĩa Việt Nam", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("phần thứ nhất", "PHẦN THỨ NHẤT"),
        ("đảng ủy, ưu tiên, ơn, ỵ", "ĐẢNG ỦY, ƯU TIÊN, ƠN, Ỵ"),
        (unicodedata.normalize("NFD", "huyện Tam Đường"), "HUYỆN TAM ĐƯỜNG"),
    ],
)
def test_upper_vi_keeps_every_diacritic(text: str, expected: str) -> None:
    assert upper_vi(text) == expected


def test_capitalize_first_and_title_vi() -> None:
    assert capitalize_first("sáu mươi lăm triệu đồng") == "Sáu mươi lăm triệu đồng"
    assert capitalize_first("(đã ký)") == "(Đã ký)"
    assert capitalize_first("") == ""
    assert title_vi("NGUYỄN VĂN AN") == "Nguyễn Văn An"
    assert title_vi(unicodedata.normalize("NFD", "lò văn hặc")) == "Lò Văn Hặc"


def test_strip_diacritics_handles_d_with_stroke() -> None:
    assert strip_diacritics("Đảng bộ xã Bản Hon, đồng chí") == "Dang bo xa Ban Hon, dong chi"


@pytest.mark.parametrize(
    ("modern", "classic"),
    [
        ("Uỷ ban", "Ủy ban"),
        ("UỶ BAN", "ỦY BAN"),
        ("HUYỆN UỶ", "HUYỆN ỦY"),
        ("hoà", "hòa"),
        ("CỘNG HOÀ", "CỘNG HÒA"),
        ("khoá X", "khóa X"),
        ("khoẻ", "khỏe"),
        ("thuỷ lợi", "thủy lợi"),
        ("thoả thuận", "thỏa thuận"),
        ("giấy uỷ quyền", "giấy ủy quyền"),
        ("tuỳ", "tùy"),
        ("hoạ sĩ", "họa sĩ"),
    ],
)
def test_tone_marks_move_in_open_syllables(modern: str, classic: str) -> None:
    assert normalise_tone_marks(modern) == classic
    assert normalise_tone_marks(classic) == classic
    assert normalise_tone_marks(classic, style="modern") == modern
    assert normalise_tone_marks(modern, style="modern") == modern


@pytest.mark.parametrize(
    "word",
    [
        "hoàng",
        "huỳnh",
        "quý",
        "quỳnh",
        "thuở",
        "khuỷu",
        "ngoài",
        "xoáy",
        "toán",
        "khuyết",
        "hoặc",
        "quả",
    ],
)
def test_tone_marks_stay_where_both_styles_agree(word: str) -> None:
    assert normalise_tone_marks(word) == word
    assert normalise_tone_marks(word, style="modern") == word
    assert normalise_tone_marks(word.upper()) == word.upper()


@pytest.mark.parametrize(
    ("typo", "fixed"), [("qúa", "quá"), ("qủy", "quỷ"), ("Qúy", "Quý"), ("qụôc", "quộc")]
)
def test_a_tone_typed_on_the_u_of_qu_moves_forward(typo: str, fixed: str) -> None:
    assert normalise_tone_marks(typo) == fixed
    assert normalise_tone_marks(typo, style="modern") == fixed


def test_unknown_tone_style_is_refused() -> None:
    with pytest.raises(ValueError, match="style"):
        normalise_tone_marks("hoà", style="new")


@pytest.mark.parametrize(("text", "max_length", "slug"), SLUG_ROWS)
def test_slugs_match_golden_table(text: str, max_length: str, slug: str) -> None:
    assert slugify(text, int(max_length)) == slug


def test_slugify_of_decomposed_text_and_underscore_separator() -> None:
    assert slugify(unicodedata.normalize("NFD", "Bản Hon")) == "ban-hon"
    assert slugify("Tả Lèng", separator="_") == "ta_leng"
    assert slugify("", fallback="Không tên") == "khong-ten"


@pytest.mark.parametrize(
    "kwargs", [{"max_length": 7}, {"separator": "."}, {"fallback": "!!!"}, {"max_length": "60"}]
)
def test_slugify_refuses_bad_options(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        slugify("", **kwargs)  # type: ignore[arg-type]


@given(st.text(), st.integers(min_value=8, max_value=80), st.sampled_from(["-", "_"]))
def test_slugs_are_ascii_non_empty_and_windows_safe(
    text: str, max_length: int, separator: str
) -> None:
    slug = slugify(text, max_length, separator=separator)
    assert slug
    assert slug.isascii()
    assert len(slug) <= max_length
    assert re.fullmatch(r"[a-z0-9_-]+", slug)
    assert not slug.startswith(("-", "_")) and not slug.endswith("-")
    assert ".." not in slug and "/" not in slug and "\\" not in slug
    assert slug not in WINDOWS_DEVICE_NAMES
    assert slug.split(".")[0] not in WINDOWS_DEVICE_NAMES


@given(st.sampled_from(sorted(WINDOWS_DEVICE_NAMES)), st.sampled_from(["", " ", ".", "..."]))
def test_windows_device_names_are_escaped(name: str, suffix: str) -> None:
    assert slugify(name.upper() + suffix) == name + "_"


@given(st.text())
def test_tone_normalisation_is_idempotent_and_keeps_letters(text: str) -> None:
    once = normalise_tone_marks(text)
    assert normalise_tone_marks(once) == once
    assert strip_diacritics(once) == strip_diacritics(nfc(text))
    modern = normalise_tone_marks(text, style="modern")
    assert normalise_tone_marks(modern, style="modern") == modern
