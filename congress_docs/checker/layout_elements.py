"""Layout rules on named elements: header, number, date, title, signature, Nơi nhận, rules."""

from __future__ import annotations

import re
from collections import Counter

from congress_docs.checker.docx_model import DocModel, Line
from congress_docs.checker.emit import Emitter, align_name, fmt_pt, fmt_range
from congress_docs.checker.model import Location, Severity
from congress_docs.checker.roles import PARTY_TITLE, QUOC_HIEU, Roles
from congress_docs.checker.rulesets import ElementSpec, RuleSet
from congress_docs.checker.textnorm import fold, is_caps, is_separator, norm
from congress_docs.i18n import _

__all__ = [
    "basis_required",
    "check_elements",
    "check_header_kind",
    "check_separators",
    "check_signature_extra",
]

# element key in the rule set -> the middle part of its rule ids
RULE_PART = {
    "quoc_hieu": "QUOCHIEU",
    "tieu_ngu": "TIEUNGU",
    "party_title": "PARTYTITLE",
    "issuer_parent": "ISSUER",
    "issuer": "ISSUER",
    "number": "NUMBER",
    "date": "DATE",
    "title": "TITLE",
    "summary": "SUMMARY",
    "sign_authority": "SIGN",
    "sign_position": "SIGN",
    "sign_name": "SIGN",
    "recipients_label": "NOINHAN",
    "recipients": "NOINHAN-ENTRY",
    "kinh_gui": "KINHGUI",
    "vv": "VV",
    "basis": "BASIS",
    "appendix": "APPENDIX",
    "appendix_title": "APPENDIX",
    "appendix_note": "APPENDIX",
    "mark": "MARK",
}


def check_header_kind(roles: Roles, out: Emitter) -> None:
    """The regime's header (national or Party) must be there, and not the other one."""
    wanted = out.ruleset.forms.header
    expected = QUOC_HIEU if wanted == "national" else PARTY_TITLE
    where = Location("document")
    if roles.header_kind is None:
        out.add("LAY-HEADER", where, "", expected, _("no header block found"))
    elif roles.header_kind != wanted:
        anchor = roles.of("quoc_hieu" if roles.header_kind == "national" else "party_title")[0]
        out.at_line("LAY-HEADER", anchor, expected, norm(anchor.text))


def check_elements(roles: Roles, out: Emitter) -> None:
    """Size and style of every identified element that the rule set describes."""
    entries: list[tuple[Line, float]] = []
    basis = basis_required(roles, out.ruleset)
    for key, line in roles.elements:
        spec = out.ruleset.elements.get(key)
        if spec is None or not line.formats() or (key == "basis" and not basis):
            continue
        part = RULE_PART[key]
        size = _line_size(line)
        wrong = size is not None and spec.size is not None and not _inside(size, spec.size)
        if part == "NOINHAN-ENTRY":
            if wrong and size is not None:
                entries.append((line, size))
            continue
        if wrong and size is not None:
            _size_finding(f"LAY-{part}-SIZE", line, size, spec, out, 1)
        _check_style(f"LAY-{part}-STYLE", line, spec, out)
    spec = out.ruleset.elements.get("recipients")
    for size in sorted({size for _line, size in entries}):
        lines = [line for line, found in entries if found == size]
        if spec is not None:
            _size_finding("LAY-NOINHAN-ENTRY-SIZE", lines[0], size, spec, out, len(lines))


def _inside(value: float, bounds: tuple[float, float]) -> bool:
    return bounds[0] <= value <= bounds[1]


def basis_required(roles: Roles, ruleset: RuleSet) -> bool:
    """Căn cứ lines have their own style only in the document types the rule set names."""
    if roles.title is None:
        return False
    title = re.sub(r"^DỰ THẢO\s+", "", fold(roles.title.text).upper())
    return any(title == t or title.startswith(t + " ") for t in ruleset.forms.basis_titles)


def _line_size(line: Line) -> float | None:
    sizes: Counter[float] = Counter()
    for run in line.runs:
        if run.text.strip() and run.fmt.size is not None:
            sizes[run.fmt.size] += len(run.text.strip())
    return sizes.most_common(1)[0][0] if sizes else None


def _size_finding(
    rule_id: str, line: Line, size: float, spec: ElementSpec, out: Emitter, count: int
) -> None:
    tolerated = spec.tolerated is not None and spec.tolerated[0] <= size <= spec.tolerated[1]
    found = (
        fmt_pt(size)
        if count == 1
        else _("{found} (in {count} lines)").format(found=fmt_pt(size), count=count)
    )
    wanted = fmt_range(*spec.size) if spec.size is not None else ""
    out.at_line(rule_id, line, wanted, found, Severity.WARNING if tolerated else None)


def _share(line: Line, attribute: str) -> bool:
    """True when most visible characters of the line are bold (italic, underlined...)."""
    total = on = 0
    for run in line.runs:
        length = len(run.text.strip())
        total += length
        on += length if getattr(run.fmt, attribute) else 0
    return total > 0 and on * 2 >= total


def _check_style(rule_id: str, line: Line, spec: ElementSpec, out: Emitter) -> None:
    wanted: list[str] = []
    found: list[str] = []
    for attribute, yes, no in (
        ("bold", _("bold"), _("not bold")),
        ("italic", _("italic"), _("upright")),
        ("underline", _("underlined"), _("not underlined")),
    ):
        expected = getattr(spec, attribute)
        actual = _share(line, attribute)
        if expected is not None and expected != actual:
            wanted.append(yes if expected else no)
            found.append(yes if actual else no)
    caps = is_caps(line.text) or all(fmt.caps for fmt in line.formats())
    if spec.caps is not None and spec.caps != caps:
        wanted.append(_("capitals") if spec.caps else _("lower case"))
        found.append(_("capitals") if caps else _("lower case"))
    align = line.paragraph.fmt.align or "left"
    if spec.align is not None and spec.align != align:
        wanted.append(align_name(spec.align))
        found.append(align_name(align))
    if wanted:
        out.at_line(rule_id, line, ", ".join(wanted), ", ".join(found))


def check_separators(model: DocModel, roles: Roles, out: Emitter) -> None:
    """Rules typed as characters, and the issuer's rule made by underlining the text."""
    accepted = [re.compile(pattern) for pattern in out.ruleset.forms.accepted_separators]
    for line in model.lines():
        text = norm(line.text).replace(" ", "")
        if is_separator(text) and not any(pattern.match(text) for pattern in accepted):
            out.at_line(
                "LAY-SEPARATOR-TYPED",
                line,
                _("a drawn line (shape or paragraph border)"),
                _("typed characters '{text}'").format(text=text[:20]),
            )
    issuer = roles.of("issuer")
    if issuer and _share(issuer[-1], "underline"):
        out.at_line(
            "LAY-SEPARATOR-UNDERLINE",
            issuer[-1],
            _("a drawn line 1/3 to 1/2 of the text width under the issuer"),
            _("the issuer's name underlined"),
        )


def check_signature_extra(roles: Roles, out: Emitter) -> None:
    """Nothing but the seal and signature belongs under the signer's name."""
    for line in roles.extra_signature:
        out.at_line("LAY-SIGN-EXTRA", line, _("the signer's name last"), norm(line.text))
