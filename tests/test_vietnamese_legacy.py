"""Legacy TCVN3 (.VnTime) and VNI-Times text: exact conversion of known samples, detection."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from congress_docs.vietnamese import (
    detect_legacy_encoding,
    legacy_to_unicode,
    unicode_to_legacy,
)

SENTENCE = (
    "Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã Bản Hon lần thứ XX, "
    "nhiệm kỳ 2024 - 2029 được tổ chức ngày 15 tháng 5 năm 2024."
)
# Written by hand from the code pages (\xad is the soft hyphen TCVN3 uses for "ư").
SENTENCE_TCVN3 = (
    "§¹i héi ®¹i biÓu MÆt trËn Tæ quèc ViÖt Nam x· B¶n Hon lÇn thø XX, "
    "nhiÖm kú 2024 - 2029 ®\xadîc tæ chøc ngµy 15 th¸ng 5 n¨m 2024."
)
SENTENCE_VNI = (
    "Ñaïi hoäi ñaïi bieåu Maët traän Toå quoác Vieät Nam xaõ Baûn Hon laàn thöù XX, "
    "nhieäm kyø 2024 - 2029 ñöôïc toå chöùc ngaøy 15 thaùng 5 naêm 2024."
)
# The classic garbles everyone who opened an old .VnTime / VNI-Times file has seen.
KNOWN_TCVN3 = [
    ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
    ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
    ("Ch\xad¬ng tr×nh c«ng t¸c n¨m häc míi", "Chương trình công tác năm học mới"),
    ("Trong ®ã cã nh÷ng ng\xadêi ë tØnh Lai Ch©u", "Trong đó có những người ở tỉnh Lai Châu"),
    (
        "kinh tÕ, v¨n ho¸, gi¸o dôc, y tÕ vµ kü thuËt",
        "kinh tế, văn hoá, giáo dục, y tế và kỹ thuật",
    ),
]
KNOWN_VNI = [
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
    ("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("Quyeát ñònh cuûa Ban Thöôøng tröïc tænh", "Quyết định của Ban Thường trực tỉnh"),
    ("Tröôøng hoïc ñöôïc xaây döïng ôû xaõ", "Trường học được xây dựng ở xã"),
]
UNICODE_SENTENCES = [
    SENTENCE,
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tam Đường, tỉnh Lai Châu",
    "hoà hợp, khoá học, toán học, thuỷ lợi, oà khóc",
    "Giá trị: 1.250.000 đồng (© 2024, ½ kg, ® nhãn hiệu)",
    "Café à la José in Zürich: naïve façade",
    "Ở đó, ông ấy ở ổn",
    "Plain ASCII text, numbers 12/2024 and symbols § ¶ ©",
]
LOWER_LETTERS = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ"


def test_tcvn3_sentence_converts_exactly_both_ways() -> None:
    assert legacy_to_unicode(SENTENCE_TCVN3, "tcvn3") == SENTENCE
    assert unicode_to_legacy(SENTENCE, "tcvn3") == SENTENCE_TCVN3


def test_vni_sentence_converts_exactly_both_ways() -> None:
    assert legacy_to_unicode(SENTENCE_VNI, "vni") == SENTENCE
    assert unicode_to_legacy(SENTENCE, "vni") == SENTENCE_VNI


@pytest.mark.parametrize(("legacy", "unicode"), KNOWN_TCVN3)
def test_known_tcvn3_samples(legacy: str, unicode: str) -> None:
    assert detect_legacy_encoding(legacy) == "tcvn3"
    assert legacy_to_unicode(legacy, "tcvn3") == unicode


@pytest.mark.parametrize(("legacy", "unicode"), KNOWN_VNI)
def test_known_vni_samples(legacy: str, unicode: str) -> None:
    assert detect_legacy_encoding(legacy) == "vni"
    assert legacy_to_unicode(legacy, "vni") == unicode


def test_both_sentences_are_detected() -> None:
    assert detect_legacy_encoding(SENTENCE_TCVN3) == "tcvn3"
    assert detect_legacy_encoding(SENTENCE_VNI) == "vni"


@pytest.mark.parametrize("text", UNICODE_SENTENCES + ["", "ë", "©"])
def test_unicode_and_ambiguous_text_is_not_taken_for_legacy(text: str) -> None:
    assert detect_legacy_encoding(text) is None


@pytest.mark.parametrize("text", ["\xadI", "Nh\xadng", "Bản\xadHon", "Tam \xadĐường"])
def test_a_soft_hyphen_alone_is_not_taken_for_tcvn3(text: str) -> None:
    # In Unicode text U+00AD is an invisible hyphenation hint; TCVN3 text has other look-alikes.
    assert detect_legacy_encoding(text) is None
    assert detect_legacy_encoding(f"{text} n¨m häc") == "tcvn3"


def test_words_are_read_as_shown_across_zero_width_characters() -> None:
    # "AÀ" alone reads as VNI "Ầ"; the word shown is "AÀO", which is not VNI.
    assert detect_legacy_encoding("AÀ\u200bO") is None
    assert detect_legacy_encoding("Coä\u200bng hoøa xaõ hoäi") == "vni"


def test_upper_case_fonts_give_capitals() -> None:
    # In .VnTimeH the lower-case codes are drawn as capitals.
    assert legacy_to_unicode("Céng hoµ x· héi", "abc", uppercase=True) == "CỘNG HOÀ XÃ HỘI"


def test_vni_mark_in_the_other_case_follows_the_base_letter() -> None:
    assert legacy_to_unicode("Aùo", "vni") == "Áo"


def test_the_tcvn3_table_covers_every_lower_case_letter_once() -> None:
    letters = [letter for letter in LOWER_LETTERS if not letter.isascii()]
    encoded = [unicode_to_legacy(letter, "tcvn3") for letter in letters]
    assert all(len(code) == 1 and 0xA1 <= ord(code) <= 0xFE for code in encoded)
    assert len(set(encoded)) == len(letters) == 67
    capitals = unicode_to_legacy("ĂÂÊÔƠƯĐ", "tcvn3")
    assert capitals == "".join(chr(code) for code in range(0xA1, 0xA8))


def test_the_vni_table_covers_every_letter_in_both_cases() -> None:
    letters = LOWER_LETTERS + LOWER_LETTERS.upper()
    encoded = [unicode_to_legacy(letter, "vni") for letter in letters]
    assert len(set(encoded)) == len(letters)
    assert all(1 <= len(code) <= 2 and code.isalpha() for code in encoded)
    assert [legacy_to_unicode(code, "vni") for code in encoded] == list(letters)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [("Ấn", "tcvn3"), ("Ờ", "tcvn3"), ("ë", "vni"), ("µ", "tcvn3"), ("中", "vni")],
)
def test_characters_a_code_page_cannot_hold_are_refused(text: str, encoding: str) -> None:
    with pytest.raises(ValueError, match="cannot be written"):
        unicode_to_legacy(text, encoding)


def test_unknown_encoding_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown legacy encoding"):
        legacy_to_unicode("abc", "viqr")


def test_decomposed_paste_is_composed_before_conversion() -> None:
    assert legacy_to_unicode(unicodedata.normalize("NFD", "héi"), "tcvn3") == "hội"


words = st.text(alphabet=LOWER_LETTERS + "bcdghklmnpqrstvx", min_size=1, max_size=7)
sentences = st.lists(words, min_size=1, max_size=8).map(" ".join)


@given(sentences)
def test_tcvn3_round_trip(text: str) -> None:
    assert legacy_to_unicode(unicode_to_legacy(text, "tcvn3"), "tcvn3") == text


@given(sentences, st.booleans())
def test_vni_round_trip(text: str, upper: bool) -> None:
    source = text.upper() if upper else text
    assert legacy_to_unicode(unicode_to_legacy(source, "vni"), "vni") == source
