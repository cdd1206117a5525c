"""Text from old .VnTime (TCVN3/ABC) and VNI-Times documents: detect it and convert it to Unicode.

Pasted into a Unicode file, legacy bytes show as their Windows-1252/Latin-1 look-alikes:
TCVN3 "Céng hoµ x· héi chñ nghÜa ViÖt Nam", VNI "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam".
The tables below are written out from the two code pages; see tests/test_vietnamese_legacy.py.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Literal

__all__ = [
    "LegacyEncoding",
    "detect_legacy_encoding",
    "legacy_to_unicode",
    "unicode_to_legacy",
]

LegacyEncoding = Literal["tcvn3", "vni"]
_ENCODING_NAMES: dict[str, LegacyEncoding] = {
    "tcvn3": "tcvn3",
    "abc": "tcvn3",
    "vn3": "tcvn3",
    "vni": "vni",
    "vni-windows": "vni",
}
# huyền, hỏi, ngã, sắc, nặng: the order both code pages list each vowel's toned forms in.
_TONES = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")


def _compose(letter: str, tone: str) -> str:
    return unicodedata.normalize("NFC", letter + tone)


# --- TCVN 5712:1993 VN3 ---------------------------------------------------------------------------
# One byte per letter. Only Ă Â Ê Ô Ơ Ư Đ exist in upper case: toned capitals were typed with the
# lower-case codes in an upper-case font (.VnTimeH), hence legacy_to_unicode(uppercase=True).
_TCVN3_PLAIN = {
    "\xa1": "Ă",
    "\xa2": "Â",
    "\xa3": "Ê",
    "\xa4": "Ô",
    "\xa5": "Ơ",
    "\xa6": "Ư",
    "\xa7": "Đ",
    "\xa8": "ă",
    "\xa9": "â",
    "\xaa": "ê",
    "\xab": "ô",
    "\xac": "ơ",
    "\xad": "ư",
    "\xae": "đ",
}
_TCVN3_TONED = (  # vowel, then its codes for huyền, hỏi, ngã, sắc, nặng
    ("a", "\xb5\xb6\xb7\xb8\xb9"),
    ("ă", "\xbb\xbc\xbd\xbe\xc6"),
    ("â", "\xc7\xc8\xc9\xca\xcb"),
    ("e", "\xcc\xce\xcf\xd0\xd1"),
    ("ê", "\xd2\xd3\xd4\xd5\xd6"),
    ("i", "\xd7\xd8\xdc\xdd\xde"),
    ("o", "\xdf\xe1\xe2\xe3\xe4"),
    ("ô", "\xe5\xe6\xe7\xe8\xe9"),
    ("ơ", "\xea\xeb\xec\xed\xee"),
    ("u", "\xef\xf1\xf2\xf3\xf4"),
    ("ư", "\xf5\xf6\xf7\xf8\xf9"),
    ("y", "\xfa\xfb\xfc\xfd\xfe"),
)


def _build_tcvn3() -> dict[str, str]:
    table = dict(_TCVN3_PLAIN)
    for vowel, codes in _TCVN3_TONED:
        for code, tone in zip(codes, _TONES, strict=True):
            table[code] = _compose(vowel, tone)
    return table


TCVN3_TO_UNICODE = _build_tcvn3()
UNICODE_TO_TCVN3 = {letter: code for code, letter in TCVN3_TO_UNICODE.items()}

# --- VNI-Windows ----------------------------------------------------------------------------------
# A base letter followed by a mark byte; ơ, ư, đ, the toned i and ỵ are single bytes. Upper-case
# forms use the upper-case Latin-1 look-alike of each code (ù -> Ù, ñ -> Ñ).
_VNI_TONE_MARKS = "øûõùï"  # huyền, hỏi, ngã, sắc, nặng
_VNI_CIRCUMFLEX = ("â", "àåãáä")  # mark alone, then with huyền, hỏi, ngã, sắc, nặng
_VNI_BREVE = ("ê", "èúüéë")
_VNI_SINGLE = {"ơ": "ô", "ư": "ö", "đ": "ñ", "ỵ": "î"}
_VNI_TONED_I = "ìæóíò"  # ì ỉ ĩ í ị


def _build_unicode_to_vni_lower() -> dict[str, str]:
    table: dict[str, str] = dict(_VNI_SINGLE)
    for vowel in "aeouy":
        for mark, tone in zip(_VNI_TONE_MARKS, _TONES, strict=True):
            table.setdefault(_compose(vowel, tone), vowel + mark)
    for horn, code in (("ơ", "ô"), ("ư", "ö")):
        for mark, tone in zip(_VNI_TONE_MARKS, _TONES, strict=True):
            table[_compose(horn, tone)] = code + mark
    for hatted, (mark, toned_marks) in (
        ("â", _VNI_CIRCUMFLEX),
        ("ê", _VNI_CIRCUMFLEX),
        ("ô", _VNI_CIRCUMFLEX),
        ("ă", _VNI_BREVE),
    ):
        base = unicodedata.normalize("NFD", hatted)[0]
        table[hatted] = base + mark
        for toned_mark, tone in zip(toned_marks, _TONES, strict=True):
            table[_compose(hatted, tone)] = base + toned_mark
    for code, tone in zip(_VNI_TONED_I, _TONES, strict=True):
        table[_compose("i", tone)] = code
    return table


def _build_unicode_to_vni() -> dict[str, str]:
    lower = _build_unicode_to_vni_lower()
    table = dict(lower)
    for letter, code in lower.items():
        table[letter.upper()] = code.upper()
    return table


UNICODE_TO_VNI = _build_unicode_to_vni()


def _build_vni_to_unicode() -> dict[str, str]:
    table = {code: letter for letter, code in UNICODE_TO_VNI.items()}
    # Accept a mark typed in the other case than its base letter ("Aù"): the base decides the case.
    for code, letter in list(table.items()):
        if len(code) == 2:
            base, mark = code[0], code[1]
            other_mark = mark.lower() if mark.isupper() else mark.upper()
            table.setdefault(base + other_mark, letter)
    return table


VNI_TO_UNICODE = _build_vni_to_unicode()
_VNI_PATTERN = re.compile(
    "|".join(re.escape(code) for code in sorted(VNI_TO_UNICODE, key=len, reverse=True))
)
_TCVN3_TRANSLATION = str.maketrans(TCVN3_TO_UNICODE)


def legacy_to_unicode(text: str, encoding: str, *, uppercase: bool = False) -> str:
    """Convert pasted TCVN3 ("tcvn3"/"abc") or VNI ("vni") text to NFC Unicode.

    uppercase=True is for text that came from an upper-case font (.VnTimeH, .VnArialH), which shows
    capitals for the lower-case codes.
    """
    name = _encoding_name(encoding)
    source = unicodedata.normalize("NFC", _require_text(text))
    if name == "tcvn3":
        converted = source.translate(_TCVN3_TRANSLATION)
    else:
        converted = _VNI_PATTERN.sub(lambda match: VNI_TO_UNICODE[match.group(0)], source)
    converted = unicodedata.normalize("NFC", converted)
    return converted.upper() if uppercase else converted


def unicode_to_legacy(text: str, encoding: str) -> str:
    """Write Unicode text in a legacy code page (as Latin-1 look-alikes), e.g. for test fixtures.

    Raises ValueError for a character the code page cannot hold (TCVN3 has no toned capitals) or
    one that would read back as something else.
    """
    name = _encoding_name(encoding)
    table = UNICODE_TO_TCVN3 if name == "tcvn3" else UNICODE_TO_VNI
    codes = set(TCVN3_TO_UNICODE) if name == "tcvn3" else set("".join(VNI_TO_UNICODE))
    parts: list[str] = []
    for char in unicodedata.normalize("NFC", _require_text(text)):
        if char in table:
            parts.append(table[char])
        elif ord(char) < 0x80 or (ord(char) <= 0xFF and char not in codes):
            parts.append(char)
        else:
            raise ValueError(f"{char!r} cannot be written in {name}")
    return "".join(parts)


def detect_legacy_encoding(text: str) -> LegacyEncoding | None:
    """Guess whether text is pasted TCVN3 or VNI, or neither (None): Unicode, ASCII, too short.

    Each word holding a Latin-1 look-alike is read three ways (as it is, as TCVN3, as VNI) and
    scores +1 when the reading is a well-formed Vietnamese syllable, -1 otherwise; an encoding
    must beat both the text as it is and the other encoding. Lone symbols ("©", "½") are ignored.
    Run it per paragraph when a document mixes Unicode and legacy text.
    """
    source = unicodedata.normalize("NFC", _require_text(text))
    if not _LATIN1.search(source):
        return None
    # Only the differences from the text as it is decide; they are summed chunk by chunk (a
    # word never spans whitespace) from a cache, since the same chunks recur in every text.
    chunks = source.split()
    try:
        tcvn3 = sum(map(_TCVN3_GAIN.__getitem__, chunks))
    except KeyError:
        _learn_chunks(chunks)
        tcvn3 = sum(map(_TCVN3_GAIN.__getitem__, chunks))
    if _EVIDENT.isdisjoint(chunks):
        return None
    vni = sum(map(_VNI_GAIN.__getitem__, chunks))
    if tcvn3 > 0 and tcvn3 > vni:
        return "tcvn3"
    if vni > 0 and vni > tcvn3:
        return "vni"
    return None


# For each whitespace-free chunk: by how much reading it as TCVN3 (or VNI) raises its words' score.
_TCVN3_GAIN: dict[str, int] = {}
_VNI_GAIN: dict[str, int] = {}
# The chunks holding a suspect word with evidence (a look-alike other than the soft hyphen).
_EVIDENT: set[str] = set()
# Data files repeat the same few thousand chunks; past this many (about 12 MB with their gains)
# the cache starts again, so a long build or a page served for days cannot grow without end.
_MAX_CHUNKS = 30_000


def _learn_chunks(chunks: list[str]) -> None:
    if len(_TCVN3_GAIN) > _MAX_CHUNKS:
        _TCVN3_GAIN.clear()
        _VNI_GAIN.clear()
        _EVIDENT.clear()
    for chunk in chunks:
        if chunk not in _TCVN3_GAIN:
            words = _suspect_words(chunk)
            if any(_EVIDENCE.search(word) for word in words):
                _EVIDENT.add(chunk)
            scores = [_word_scores(word) for word in words]
            _TCVN3_GAIN[chunk] = sum(tcvn3 - as_is for as_is, tcvn3, _vni in scores)
            _VNI_GAIN[chunk] = sum(vni - as_is for as_is, _tcvn3, vni in scores)


def _encoding_name(encoding: str) -> LegacyEncoding:
    name = _ENCODING_NAMES.get(str(encoding).strip().lower())
    if name is None:
        raise ValueError(f"unknown legacy encoding {encoding!r}; use 'tcvn3' or 'vni'")
    return name


def _require_text(text: str) -> str:
    if not isinstance(text, str):
        raise ValueError(f"expected text, got {text!r}")
    return text


# --- Syllable check used by the detector ----------------------------------------------------------
_ONSET = "ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx]"
_NUCLEUS = (
    "iêu|yêu|oai|oao|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|"
    "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|"
    "[aăâeêioôơuưy]"
)
_CODA = "ch|ng|nh|[cmnpt]"
_STOP_CODAS = ("c", "ch", "p", "t")
_SYLLABLE = re.compile(f"({_ONSET})?({_NUCLEUS})({_CODA})?")
# A word as legacy text has it: letters plus the symbol look-alikes TCVN3 uses (¸ µ · ­ ¬ © ® §).
_LEGACY_WORD = re.compile(r"(?:[^\W\d_]|[\xa1-\xbf])+")
_LATIN1 = re.compile("[\xa0-\xff]")
# The soft hyphen is TCVN3's "ư" but, in Unicode text, an invisible hyphenation hint (names lose
# it on loading): it counts beside another look-alike, never as the only evidence.
_EVIDENCE = re.compile("[\xa1-\xac\xae-\xff]")
# Words are read as shown: a zero-width character inside one (names lose it too) joins, not splits.
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_SAC_NANG = frozenset({"\u0301", "\u0323"})


def _suspect_words(text: str) -> list[str]:
    """Words holding a Latin-1 look-alike and either an ASCII letter or a second character."""
    if not _LATIN1.search(text):
        return []
    text = _ZERO_WIDTH.sub("", text)
    return [
        word
        for word in _LEGACY_WORD.findall(text)
        if _LATIN1.search(word) and (len(word) > 1 or word.isascii())
    ]


@functools.lru_cache(maxsize=1 << 16)
def _word_scores(word: str) -> tuple[int, int, int]:
    """The word's score as it is, read as TCVN3 and read as VNI; words repeat, so it is cached."""
    return (_syllable_score(word), _syllable_score(legacy_to_unicode(word, "tcvn3")),
            _syllable_score(legacy_to_unicode(word, "vni")))


def _syllable_score(word: str) -> int:
    return 1 if _is_syllable(word.lower()) else -1


def _is_syllable(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word)
    tones = [char for char in decomposed if char in _TONES]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    match = _SYLLABLE.fullmatch(bare)
    if match is None:
        return False
    # Syllables closed by a stop consonant only take the sắc or nặng tone ("các", "học").
    return match.group(3) not in _STOP_CODAS or bool(tones and tones[0] in _SAC_NANG)
