"""Text rules on running text: nhiệm kỳ, year ranges, spaces, fixed names, Đ typed as D."""

from __future__ import annotations

import re
from collections import Counter

from congress_docs.checker.docx_model import Paragraph
from congress_docs.checker.emit import Emitter
from congress_docs.checker.rulesets import FixedName
from congress_docs.checker.textnorm import fold_keep
from congress_docs.i18n import _

__all__ = [
    "check_article_caps",
    "check_d_stroke",
    "check_fixed_names",
    "check_space_runs",
    "check_spaces_before_punctuation",
    "check_term_ranges",
    "check_term_word",
]

_TERM_WORD = re.compile(r"\bnhiệm\s+(?=(?:19|20)\d{2}\b)", re.IGNORECASE)
_RANGE = re.compile(
    r"(?<![\d/.-])((?:19|20)\d{2})([ \xa0]*)([-–])([ \xa0]*)((?:19|20)\d{2})(?![\d/])"
)
_SPACE_PUNCT = re.compile(r"(?<=[^\s.…])[ \xa0]+([,.;:!?)])(?![.…])|(\()[ \xa0]+(?=\S)")
_PLACEHOLDER = re.compile(r"[.…]{2,}|…")
_SPACE_RUN = re.compile(r"(?<=\S) {5,}(?=\S)")
_ARTICLE = re.compile(r"(?<!\w)(điều|chương)\s+(\d+|[IVXLC]+\b)")
_PREFERRED_RANGE = (" ", "-", " ")


def check_term_word(paragraphs: list[Paragraph], out: Emitter) -> None:
    """ "nhiệm 2024 - 2029" lacks the word "kỳ"."""
    for paragraph in paragraphs:
        for match in _TERM_WORD.finditer(paragraph.text):
            span = (match.start(), match.end() + 4)
            out.at_span(
                "TXT-TERM-WORD",
                paragraph,
                span,
                _("nhiệm kỳ {years}").format(years=paragraph.text[match.end() : match.end() + 4]),
                paragraph.text[span[0] : span[1]],
            )


def check_term_ranges(paragraphs: list[Paragraph], out: Emitter) -> None:
    """Year ranges must be written one way throughout ("2024 - 2029"); report the minority forms."""
    found: list[tuple[Paragraph, re.Match[str], tuple[str, str, str]]] = []
    for paragraph in paragraphs:
        for match in _RANGE.finditer(paragraph.text):
            form = (" " if match.group(2) else "", match.group(3), " " if match.group(4) else "")
            found.append((paragraph, match, form))
    counts = Counter(form for _p, _m, form in found)
    if len(counts) < 2:
        return
    best = max(counts.items(), key=lambda item: (item[1], item[0] == _PREFERRED_RANGE))[0]
    for paragraph, match, form in found:
        if form != best:
            expected = f"{match.group(1)}{''.join(best)}{match.group(5)}"
            out.at_span("TXT-TERM-RANGE", paragraph, match.span(), expected, match.group(0))


def check_spaces_before_punctuation(paragraphs: list[Paragraph], out: Emitter) -> None:
    """No space before , . ; : ! ? ) and none after ( ; form placeholders (dots) are left alone."""
    for paragraph in paragraphs:
        text = paragraph.text
        for match in _SPACE_PUNCT.finditer(text):
            around = text[max(0, match.start() - 3) : match.end() + 3]
            if _PLACEHOLDER.search(around):
                continue
            if match.group(1):
                start = max(text.rfind(" ", 0, match.start()) + 1, match.start() - 12)
                written = text[start : match.end()]
            else:
                written = text[match.start() : match.end() + 1]
            fixed = written.replace(" ", "").replace("\xa0", "")
            out.at_span("TXT-SPACE-PUNCT", paragraph, match.span(), fixed, written)


def check_space_runs(paragraphs: list[Paragraph], out: Emitter) -> None:
    """Runs of five or more spaces inside body text, used to push words onto another line."""
    for paragraph in paragraphs:
        for match in _SPACE_RUN.finditer(paragraph.text):
            out.at_span(
                "TXT-SPACE-RUN",
                paragraph,
                match.span(),
                _("one space, or a real paragraph"),
                _("{count} spaces").format(count=len(match.group(0))),
            )


def check_fixed_names(paragraphs: list[Paragraph], names: list[FixedName], out: Emitter) -> None:
    """Fixed names keep their capitals: "Mặt trận Tổ quốc", "Nhân dân", "Hội đồng nhân dân"."""
    patterns = [(name, _name_pattern(name.name)) for name in names]
    for paragraph in paragraphs:
        text = fold_keep(paragraph.text)
        for name, pattern in patterns:
            for match in pattern.finditer(text):
                if not _name_ok(match.group(0), name, text[: match.start()]):
                    out.at_span(
                        "TXT-CAPS-NAME",
                        paragraph,
                        match.span(),
                        fold_keep(name.name),
                        paragraph.text[match.start() : match.end()],
                    )


def _name_pattern(name: str) -> re.Pattern[str]:
    words = [re.escape(word) for word in fold_keep(name).split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def _name_ok(written: str, name: FixedName, before: str) -> bool:
    written = " ".join(written.split())
    canonical = fold_keep(name.name)
    if written in (canonical, canonical.upper()):
        return True
    if written != written.lower() or name.lowercase == "never":
        return False
    if name.lowercase == "always":
        return True
    tail = " ".join(before.lower().split())
    return any(tail.endswith(fold_keep(word).lower()) for word in name.after)


def check_article_caps(paragraphs: list[Paragraph], out: Emitter) -> None:
    """A cited article or chapter is capitalised: "Điều 3", "Chương II" (not "điều 3")."""
    for paragraph in paragraphs:
        for match in _ARTICLE.finditer(paragraph.text):
            written = match.group(0)
            out.at_span(
                "TXT-CAPS-ARTICLE",
                paragraph,
                match.span(),
                written[:1].upper() + written[1:],
                written,
            )


def check_d_stroke(paragraphs: list[Paragraph], mapping: dict[str, str], out: Emitter) -> None:
    """Abbreviations that need Đ but were typed with D ("BCD" for "BCĐ")."""
    patterns = [
        (re.compile(rf"(?<![\wĐđ-]){re.escape(wrong)}(?![\wĐđ])"), right)
        for wrong, right in mapping.items()
    ]
    for paragraph in paragraphs:
        for pattern, right in patterns:
            for match in pattern.finditer(paragraph.text):
                out.at_span("TXT-D-STROKE", paragraph, match.span(), right, match.group(0))
