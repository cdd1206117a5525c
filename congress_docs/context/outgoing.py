"""The outgoing committee and what the congress reviews: elected or appointed, term or dates.

Nothing here is guessed: a term, a khóa number or a resolution the data does not give is left
out, and every phrase is written so that it reads whole without it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from congress_docs.models import CongressFile, ReviewedResolution, Term
from congress_docs.vietnamese import format_date_short, to_roman, upper_vi

__all__ = ["Outgoing", "outgoing", "outgoing_term"]

FRONT_SHORT = "Ủy ban MTTQ Việt Nam"
CONGRESS_SHORT = "Đại hội đại biểu MTTQ Việt Nam"
CONGRESS_FULL = "Đại hội đại biểu Mặt trận Tổ quốc Việt Nam"


@dataclass(frozen=True)
class Outgoing:
    """Facts about the committee whose work the congress reviews."""

    elected: bool
    roman: str
    term: str
    set_up_on: str
    resolutions: tuple[ReviewedResolution, ...]


def term_text(term: Term) -> str:
    """"2024 - 2029": one form everywhere (format-spec D)."""
    return f"{term.start} - {term.end}"


def outgoing_term(model: CongressFile) -> Term | None:
    """The outgoing committee's term when the data gives it (directly or by the last congress)."""
    previous = model.previous_committee
    if previous is not None and previous.term is not None:
        return previous.term
    if _elected(model) and model.congress.previous is not None:
        start, end = model.congress.previous.date.year, model.congress.term.start
        return Term(start=start, end=end) if end > start else None
    return None


def _elected(model: CongressFile) -> bool:
    previous = model.previous_committee
    if previous is not None:
        return previous.origin == "elected" and model.congress.ordinal > 1
    return model.congress.ordinal > 1


def _facts(model: CongressFile) -> Outgoing:
    previous = model.previous_committee
    elected = _elected(model)
    term = outgoing_term(model)
    roman = to_roman(model.congress.ordinal - 1) if elected else ""
    if previous is not None and previous.reviewed_resolutions is not None:
        resolutions = tuple(previous.reviewed_resolutions)
    elif elected:
        own = f"{model.unit.kind} {model.unit.name}"
        resolutions = (ReviewedResolution(unit=own, ordinal=model.congress.ordinal - 1, term=term),)
    else:
        resolutions = ()
    set_up = ""
    if previous is not None and not elected:
        day = previous.set_up_on or (previous.decision.date if previous.decision else None)
        set_up = format_date_short(day) if day is not None else ""
    return Outgoing(elected, roman, term_text(term) if term else "", set_up, resolutions)


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " và " + parts[-1]


def _resolution_phrase(resolutions: tuple[ReviewedResolution, ...]) -> str:
    """"Nghị quyết Đại hội đại biểu MTTQ Việt Nam xã A lần thứ XIV, nhiệm kỳ 2019 - 2024", or
    one phrase for the resolutions of several merged communes of the same term."""
    if not resolutions:
        return ""
    terms = {_term_of(item) for item in resolutions}

    def unit_part(item: ReviewedResolution) -> str:
        ordinal = f" lần thứ {to_roman(item.ordinal)}" if item.ordinal else ""
        return f"{item.unit}{ordinal}"

    def with_term(text: str, term: str) -> str:
        return f"{text}, nhiệm kỳ {term}" if term else text

    if len(terms) == 1:
        units = [unit_part(item) for item in resolutions]
        prefix = "Nghị quyết" if len(resolutions) == 1 else "các Nghị quyết"
        return with_term(f"{prefix} {CONGRESS_SHORT} {_join(units)}", terms.pop())
    names = [with_term(f"{CONGRESS_SHORT} {unit_part(item)}", _term_of(item))
             for item in resolutions]
    return "các Nghị quyết " + "; ".join(names)


def _term_of(item: ReviewedResolution) -> str:
    return term_text(item.term) if item.term is not None else ""


def outgoing(model: CongressFile) -> dict[str, Any]:
    """Every phrase the documents use about the outgoing committee and the period reviewed."""
    facts = _facts(model)
    unit = f"{model.unit.kind} {model.unit.name}"
    name = f"{FRONT_SHORT} {unit}" + (f" khóa {facts.roman}" if facts.roman else "")
    if facts.elected:
        period = f"nhiệm kỳ {facts.term}" if facts.term else "nhiệm kỳ vừa qua"
        since = "trong nhiệm kỳ"
        until = "đến cuối nhiệm kỳ"
    else:
        period = (f"từ ngày {facts.set_up_on} đến nay" if facts.set_up_on
                  else "từ khi thành lập đến nay")
        since = "từ khi thành lập đến nay"
        until = "đến nay"
    resolutions = _resolution_phrase(facts.resolutions)
    own_single = (facts.elected and len(facts.resolutions) == 1
                  and facts.resolutions[0].unit == unit)
    # The short form the 2024 documents use for the commune's own last resolution.
    short = (f"Nghị quyết Đại hội nhiệm kỳ {facts.term}" if own_single and facts.term
             else resolutions[0:1].upper() + resolutions[1:])
    title_tail = (
        f"NGHỊ QUYẾT ĐẠI HỘI MẶT TRẬN TỔ QUỐC VIỆT NAM NHIỆM KỲ {facts.term}"
        if own_single and facts.term
        else upper_vi(resolutions.replace(CONGRESS_SHORT, CONGRESS_FULL)) if resolutions
        else f"CÔNG TÁC MẶT TRẬN {upper_vi(period)}"
    )
    terms = {_term_of(item) for item in facts.resolutions} - {""}
    caption = (f"Kết quả thực hiện các chỉ tiêu Nghị quyết nhiệm kỳ {terms.pop()}"
               if len(terms) == 1 else f"Kết quả thực hiện các chỉ tiêu {period}")
    return {
        "indicator_caption": caption,
        "elected": facts.elected,
        "appointed": not facts.elected,
        "roman": facts.roman,
        "term": facts.term,
        "name": name,
        "name_term": f"{name}, nhiệm kỳ {facts.term}" if facts.term else name,
        # "… khóa XIII, nhiệm kỳ 2019 - 2024" / "… xã X từ ngày 01/7/2025 đến nay"
        "name_period": f"{name}, {period}" if facts.elected else f"{name} {period}",
        "standing": f"Ban Thường trực {name}",
        "period": period,
        "period_cap": period[0].upper() + period[1:],
        "since": since,
        "since_cap": since[0].upper() + since[1:],
        "until": until,
        "set_up_on": facts.set_up_on,
        "has_resolutions": bool(resolutions),
        "resolutions": resolutions,
        "resolutions_short": short,
        "part_one_title": (
            "TÌNH HÌNH NHÂN DÂN, KHỐI ĐẠI ĐOÀN KẾT TOÀN DÂN TỘC VÀ KẾT QUẢ THỰC HIỆN " + title_tail
        ),
        "compare_label": f"Khóa {facts.roman}" if facts.roman else "Khi thành lập",
        "compare_phrase": (f"khóa {facts.roman} tại thời điểm đầu nhiệm kỳ" if facts.roman
                           else "Ủy ban đương nhiệm khi thành lập"),
        "previous_word": "khóa trước" if facts.roman else "khi thành lập",
    }
