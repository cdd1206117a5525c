"""Citations of other documents: the code's separators, spaces inside it, and its type code."""

from __future__ import annotations

import re

from congress_docs.checker.docx_model import Paragraph
from congress_docs.checker.emit import Emitter
from congress_docs.checker.rulesets import DocTypes
from congress_docs.checker.textnorm import fold_keep
from congress_docs.i18n import _

__all__ = ["check_citations"]

# One code group: "HD", "MTTQ", "CTr", "TTg", "QyĐ", "QH13" (not a Vietnamese word such as "Khu").
_SEG = r"[A-ZĐ][A-ZĐ0-9]*(?:[a-z][A-ZĐ0-9]*)?(?![\wÀ-ỹ])"
_TOKEN = re.compile(rf"(?<![\w/.-])(\d+)((?:\s*[-/]\s*(?:\d{{4}}(?!\d)|{_SEG}))+)")
_STATE = re.compile(rf"^\d+(?:/\d{{4}})?/({_SEG})(?:-{_SEG})*$")
_PARTY = re.compile(rf"^\d+-({_SEG})/{_SEG}(?:-{_SEG})*$")
_FRONT = re.compile(r"(?:\bsố|\bSố)\s*:?\s*$")
_FRONTS = ("MTTQ", "MTTW")


def check_citations(paragraphs: list[Paragraph], types: DocTypes, out: Emitter) -> None:
    """Check every number-and-code that follows "số", e.g. "Hướng dẫn số 104/HD-MTTW-BTT"."""
    type_word = _type_word_pattern(types)
    for paragraph in paragraphs:
        text = fold_keep(paragraph.text)
        for match in _TOKEN.finditer(text):
            before = text[max(0, match.start() - 40) : match.start()]
            if not _FRONT.search(before):
                continue
            word = type_word.search(before)
            _check_token(paragraph, match, word.group(1) if word else None, types, out)


def _type_word_pattern(types: DocTypes) -> re.Pattern[str]:
    words = sorted(types.types, key=len, reverse=True)
    alternatives = "|".join(re.escape(word) for word in words)
    return re.compile(rf"(?<!\w)({alternatives})\s+số\s*:?\s*$", re.IGNORECASE)


def _check_token(
    paragraph: Paragraph, match: re.Match[str], word: str | None, types: DocTypes, out: Emitter
) -> None:
    written = match.group(0)
    compact = re.sub(r"\s+", "", written)
    span = (match.start(), match.end())
    if compact != written:
        out.at_span("TXT-CITE-SPACE", paragraph, span, compact, written)
    state, party = _STATE.match(compact), _PARTY.match(compact)
    front = any(part in _FRONTS for part in re.split(r"[-/]", compact))
    if (not state and not party) or (party and front):
        out.at_span("TXT-CITE-FORM", paragraph, span, _suggest(compact, front), written)
        return
    matched = state or party
    if word is None or matched is None:
        return
    code = matched.group(1)
    allowed = _allowed(types, word)
    if code in types.codes() and allowed and code not in allowed:
        fixed = compact.replace(code, allowed[0], 1)
        out.at_span("TXT-CITE-TYPE", paragraph, span, fixed, written)


def _allowed(types: DocTypes, word: str) -> list[str]:
    for name, codes in types.types.items():
        if name.lower() == word.lower():
            return codes
    return []


def _suggest(compact: str, front: bool) -> str:
    if front:
        # MTTQ codes follow the state form: number "/" type "-" issuer groups
        parts = [part for part in re.split(r"[-/]", compact) if part]
        return f"{parts[0]}/{'-'.join(parts[1:])}"
    return _("number/TYPE-ISSUER (NĐ 30) or number-TYPE/ISSUER (HD 36)")
