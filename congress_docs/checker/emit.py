"""Build findings: severity and source come from the rule set, messages from the catalogue."""

from __future__ import annotations

from congress_docs.checker.docx_model import Line, Paragraph
from congress_docs.checker.model import Finding, Location, Severity
from congress_docs.checker.rulesets import RuleSet
from congress_docs.checker.textnorm import excerpt
from congress_docs.i18n import _

__all__ = ["Emitter", "align_name", "fmt_pt", "fmt_range", "rule_title"]


def fmt_pt(value: float | None) -> str:
    """Show a size in points, without a needless ".0"."""
    if value is None:
        return _("not set")
    return f"{value:g} pt"


def fmt_range(low: float, high: float, unit: str = "pt") -> str:
    """Show a range such as "13–14 pt" (or one value when both ends are equal)."""
    return f"{low:g} {unit}" if low == high else f"{low:g}–{high:g} {unit}"


def align_name(align: str | None) -> str:
    """Name an OOXML alignment in words."""
    names = {"both": _("justified"), "left": _("left"), "center": _("centred"), "right": _("right")}
    return names.get(align or "left", align or _("left"))


class Emitter:
    """Collect findings for one document under one rule set."""

    def __init__(self, ruleset: RuleSet) -> None:
        self.ruleset = ruleset
        self.findings: list[Finding] = []

    def add(
        self,
        rule_id: str,
        location: Location,
        excerpt_text: str,
        expected: str,
        found: str,
        severity: Severity | None = None,
    ) -> None:
        """Record one finding; the rule set gives severity (unless overridden) and source."""
        meta = self.ruleset.meta(rule_id)
        self.findings.append(
            Finding(
                rule_id=rule_id,
                severity=severity or meta.severity,
                location=location,
                excerpt=excerpt_text,
                expected=expected,
                found=found,
                source=meta.source,
                message=rule_title(rule_id),
            )
        )

    def at_line(
        self, rule_id: str, line: Line, expected: str, found: str, severity: Severity | None = None
    ) -> None:
        """Record a finding located at a line of a paragraph."""
        self.add(
            rule_id,
            line.paragraph.location,
            excerpt(line.text, 0, 0, 60),
            expected,
            found,
            severity,
        )

    def at_span(
        self,
        rule_id: str,
        paragraph: Paragraph,
        span: tuple[int, int],
        expected: str,
        found: str,
        severity: Severity | None = None,
    ) -> None:
        """Record a finding located at a span of a paragraph's text."""
        text = paragraph.text
        self.add(
            rule_id, paragraph.location, excerpt(text, span[0], span[1]), expected, found, severity
        )


def rule_title(rule_id: str) -> str:
    """Return what a rule checks, in the current language."""
    return _rule_titles().get(rule_id, rule_id)


def _rule_titles() -> dict[str, str]:
    return {
        "DOC-MULTI-TEMPLATE": _("the file is a collection of sample forms, not one document"),
        "LAY-PAPER": _("paper size and orientation"),
        "LAY-MARGIN": _("page margin"),
        "LAY-FONT": _("font face"),
        "LAY-BODY-SIZE": _("body text size"),
        "LAY-BODY-ALIGN": _("body text alignment"),
        "LAY-BODY-INDENT": _("first-line indent of body paragraphs"),
        "LAY-BODY-SPACING": _("spacing between body paragraphs"),
        "LAY-BODY-LINE": _("line spacing of body paragraphs"),
        "LAY-HEADER": _("header block of the regime"),
        "LAY-QUOCHIEU-SIZE": _("size of the Quốc hiệu"),
        "LAY-QUOCHIEU-STYLE": _("style of the Quốc hiệu"),
        "LAY-TIEUNGU-SIZE": _("size of the Tiêu ngữ"),
        "LAY-TIEUNGU-STYLE": _("style of the Tiêu ngữ"),
        "LAY-PARTYTITLE-SIZE": _("size of the line ĐẢNG CỘNG SẢN VIỆT NAM"),
        "LAY-PARTYTITLE-STYLE": _("style of the line ĐẢNG CỘNG SẢN VIỆT NAM"),
        "LAY-ISSUER-SIZE": _("size of the issuer block"),
        "LAY-ISSUER-STYLE": _("style of the issuer block"),
        "LAY-NUMBER-SIZE": _("size of the number line"),
        "LAY-NUMBER-STYLE": _("style of the number line"),
        "LAY-DATE-SIZE": _("size of the place and date line"),
        "LAY-DATE-STYLE": _("style of the place and date line"),
        "LAY-TITLE-SIZE": _("size of the document type (title)"),
        "LAY-TITLE-STYLE": _("style of the document type (title)"),
        "LAY-SUMMARY-SIZE": _("size of the summary under the title"),
        "LAY-SUMMARY-STYLE": _("style of the summary under the title"),
        "LAY-SIGN-SIZE": _("size of the signature block"),
        "LAY-SIGN-STYLE": _("style of the signature block"),
        "LAY-SIGN-EXTRA": _("text under the signer's name"),
        "LAY-NOINHAN-SIZE": _("size of the label Nơi nhận"),
        "LAY-NOINHAN-STYLE": _("style of the label Nơi nhận"),
        "LAY-NOINHAN-ENTRY-SIZE": _("size of the recipient lines"),
        "LAY-PAGENUM-MISSING": _("page numbers"),
        "LAY-PAGENUM-FOOTER": _("page numbers placed in the footer"),
        "LAY-PAGENUM-FIRST": _("page number shown on the first page"),
        "LAY-PAGENUM-ALIGN": _("page numbers not centred"),
        "LAY-SEPARATOR-TYPED": _("separator typed with characters instead of a drawn line"),
        "LAY-SEPARATOR-UNDERLINE": _("separator made by underlining text"),
        "TXT-NUMBER-FORM": _("form of the number and code"),
        "TXT-NUMBER-PAD": _("number below 10 without a leading zero"),
        "TXT-DATE-FORM": _("form of the date"),
        "TXT-DATE-BLANK": _("date left blank (unregistered copy)"),
        "TXT-CITE-FORM": _("form of a cited document's number and code"),
        "TXT-CITE-SPACE": _("spaces inside a cited document's code"),
        "TXT-CITE-TYPE": _("type code does not match the cited document's type"),
        "TXT-TERM-WORD": _("word missing in 'nhiệm kỳ'"),
        "TXT-TERM-RANGE": _("inconsistent spacing in year ranges"),
        "TXT-SPACE-PUNCT": _("space before punctuation"),
        "TXT-SPACE-RUN": _("run of spaces used for layout"),
        "TXT-CAPS-NAME": _("capitalisation of a fixed name"),
        "TXT-CAPS-ARTICLE": _("capitalisation of a cited article"),
        "TXT-D-STROKE": _("D typed for Đ"),
        "TXT-HEADER-STRAY": _("stray character in the header"),
        "TXT-SIGN-PREFIX": _("signing-authority prefix"),
        "TXT-NOINHAN-PUNCT": _("punctuation at the end of recipient lines"),
        "TXT-NOINHAN-LUU": _("the last recipient line 'Lưu'"),
        "TXT-QUOCHIEU-FORM": _("wording of the Quốc hiệu"),
        "TXT-TIEUNGU-FORM": _("wording of the Tiêu ngữ (hyphens, spaces)"),
        "TXT-SIGN-SPACE": _("space after the signing prefix"),
        "TXT-SIGN-MISSING": _("signature block without its TM./KT. prefix"),
        "TXT-NUMBER-TYPE": _("type code in the number does not match the title"),
        "TXT-VV-FORM": _("form of 'V/v' before the summary of an official letter"),
        "TXT-KINHGUI-FORM": _("form of 'Kính gửi' and its recipients"),
        "TXT-APPENDIX-NUMBER": _("numbering of the appendices"),
        "LAY-KINHGUI-SIZE": _("size of 'Kính gửi'"),
        "LAY-KINHGUI-STYLE": _("style of 'Kính gửi'"),
        "LAY-VV-SIZE": _("size of the 'V/v' summary"),
        "LAY-VV-STYLE": _("style of the 'V/v' summary"),
        "LAY-BASIS-STYLE": _("style of the Căn cứ lines"),
        "LAY-APPENDIX-SIZE": _("size of an appendix heading"),
        "LAY-APPENDIX-STYLE": _("style of an appendix heading"),
        "LAY-MARK-SIZE": _("size of an urgency or secrecy mark"),
        "LAY-MARK-STYLE": _("style of an urgency or secrecy mark"),
        "DOC-TRACKED-CHANGES": _("tracked changes not accepted"),
        "DOC-COMMENTS": _("comments in the document"),
        "DOC-ALTCHUNK": _("imported content (altChunk) not read"),
        "DOC-EMBEDDED": _("embedded objects not read"),
        "DOC-PROTECTED": _("document protected against editing"),
        "DOC-MACROS": _("document with macros"),
        "DOC-SIGNED": _("digitally signed document"),
        "DOC-LEGACY-FONT": _("text in a legacy Vietnamese encoding (TCVN3/VNI)"),
    }
