"""Text rules on the fixed forms: number line, date line, header lines, signing prefix, Nơi nhận."""

from __future__ import annotations

import re

from congress_docs.checker.docx_model import Line
from congress_docs.checker.emit import Emitter
from congress_docs.checker.model import Severity
from congress_docs.checker.roles import Roles, authority_match
from congress_docs.checker.rulesets import FormsSpec
from congress_docs.checker.textnorm import norm
from congress_docs.i18n import _

__all__ = [
    "check_date_lines",
    "check_header_stray",
    "check_number_line",
    "check_recipients",
    "check_sign_prefix",
]

_DATE = re.compile(
    r"ngày\s*(?P<day>[^\s]*?)\s*tháng\s*(?P<month>[^\s]*?)\s*năm\s*(?P<year>\S*)", re.IGNORECASE
)
_BLANK = re.compile(r"^[\s.…_]*$")
_NUMBER = re.compile(r"^Số\s*:?\s*(\d+)")


def check_number_line(roles: Roles, out: Emitter) -> None:
    """The number line follows the regime's form; numbers below 10 take a leading zero."""
    line = roles.number_line
    if line is None:
        return
    text = norm(line.text)
    forms = out.ruleset.forms
    if not re.match(forms.number_line, text):
        out.at_line("TXT-NUMBER-FORM", line, forms.number_example, text)
    number = _NUMBER.match(text)
    if number and len(number.group(1)) == 1:
        out.at_line("TXT-NUMBER-PAD", line, f"0{number.group(1)}", number.group(1))


def check_date_lines(roles: Roles, out: Emitter) -> None:
    """Dates read "ngày 05 tháng 01 năm 2020": two-digit day, months 1 and 2 with a zero."""
    for line in roles.date_lines:
        match = _DATE.search(line.text)
        if match is None:
            continue
        day, month = match.group("day"), match.group("month")
        if _BLANK.match(day) or _BLANK.match(month):
            out.at_line(
                "TXT-DATE-BLANK",
                line,
                _("a date filled in when the copy is registered"),
                norm(match.group(0)),
            )
            continue
        expected = _expected_date(day, month)
        if expected is not None:
            out.at_line(
                "TXT-DATE-FORM",
                line,
                f"ngày {expected[0]} tháng {expected[1]}",
                f"ngày {day} tháng {month}",
            )


def _expected_date(day: str, month: str) -> tuple[str, str] | None:
    if not (day.isdigit() and month.isdigit()):
        return (_("DD"), _("M"))
    want_day = f"{int(day):02d}"
    want_month = f"{int(month):02d}" if int(month) in (1, 2) else month
    return None if (want_day, want_month) == (day, month) else (want_day, want_month)


def check_header_stray(roles: Roles, out: Emitter) -> None:
    """Header lines start with a letter: "/ỦY BAN MTTQ" has a stray character."""
    for line in roles.issuer_lines:
        text = norm(line.text)
        if text and not (text[0].isalnum() or text[0] == "("):
            out.at_line("TXT-HEADER-STRAY", line, text.lstrip(text[0]).strip(), text)


def check_sign_prefix(roles: Roles, out: Emitter) -> None:
    """The signing prefix is the regime's ("TM." for state and MTTQ, "T/M" for the Party),
    followed by one space; a collective body or a deputy does not sign without one."""
    forms = out.ruleset.forms
    if roles.unprefixed_signature is not None:
        line, prefix = roles.unprefixed_signature
        wanted = prefix if prefix in forms.signing_prefixes else _party_form(prefix, forms)
        out.at_line("TXT-SIGN-MISSING", line, f"{wanted} {norm(line.text)}", norm(line.text))
    if not roles.signature:
        return
    line = roles.signature[0]
    match = authority_match(line.text)
    if match is None:
        return
    written, rest = match.group("prefix"), match.group("rest")
    prefix = re.sub(r"\s+", "", written)
    if prefix not in forms.signing_prefixes:
        level = Severity.WARNING if prefix in forms.tolerated_prefixes else None
        out.at_line("TXT-SIGN-PREFIX", line, ", ".join(forms.signing_prefixes), prefix, level)
    elif written != prefix or match.group("space") != " ":
        out.at_line("TXT-SIGN-SPACE", line, f"{prefix} {rest}", norm(line.text))


def _party_form(prefix: str, forms: FormsSpec) -> str:
    """ "TM." written the Party's way ("T/M") when the regime uses slashes."""
    slashed = f"{prefix[0]}/{prefix[1]}" if len(prefix) == 3 else prefix
    return slashed if slashed in forms.signing_prefixes else forms.signing_prefixes[0]


def check_recipients(roles: Roles, out: Emitter) -> None:
    """Each recipient line ends with the regime's mark, the last with "."; the last one is "Lưu"."""
    entries = roles.recipients
    if not entries:
        return
    forms = out.ruleset.forms
    wrong = [
        entry for entry in entries[:-1] if not _entry_text(entry).endswith(forms.recipient_end)
    ]
    if wrong:
        found = _("'{end}' (in {count} lines)").format(
            end=_entry_text(wrong[0])[-1:], count=len(wrong)
        )
        out.at_line(
            "TXT-NOINHAN-PUNCT",
            wrong[0][0],
            _("each line ends with '{mark}'").format(mark=forms.recipient_end),
            found,
        )
    last = _entry_text(entries[-1])
    if not last.endswith(forms.recipient_last_end):
        out.at_line(
            "TXT-NOINHAN-PUNCT",
            entries[-1][0],
            _("the last line ends with '{mark}'").format(mark=forms.recipient_last_end),
            last[-12:],
        )
    if not re.match(forms.leave_line, last):
        out.at_line("TXT-NOINHAN-LUU", entries[-1][0], forms.leave_example, last)


def _entry_text(entry: list[Line]) -> str:
    return norm(" ".join(line.text for line in entry))
