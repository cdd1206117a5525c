"""Indicators as every document prints them: the results table, sentences, summary and targets."""

from __future__ import annotations

from typing import Any

from congress_docs.context.figures import (
    STATUS_EXCEEDED,
    STATUS_MET,
    STATUS_MISSED,
    achievement_ratio,
    achievement_status,
)
from congress_docs.context.memo import per_commune
from congress_docs.context.wording import count_text, percent_text, quantity_text, target_text
from congress_docs.models import CongressFile, Indicator

__all__ = ["indicator_rows", "indicator_summary", "new_targets", "result_sentence"]

# What each status says in a sentence once the numbers have been given.
VERDICTS = {
    STATUS_EXCEEDED: "vượt chỉ tiêu Nghị quyết đề ra",
    STATUS_MET: "đạt chỉ tiêu Nghị quyết đề ra",
    STATUS_MISSED: "chưa đạt chỉ tiêu Nghị quyết đề ra",
}
NOT_ASSESSED = "chưa đánh giá"


@per_commune
def indicator_rows(model: CongressFile) -> list[dict[str, Any]]:
    """One row per indicator that had a target last term, in catalogue order, numbered."""
    assessed = [ind for ind in model.indicators if ind.previous_target is not None]
    return [_row(number, indicator) for number, indicator in enumerate(assessed, start=1)]


def _row(number: int, indicator: Indicator) -> dict[str, Any]:
    status = achievement_status(indicator)
    return {
        "number": number,
        "id": indicator.id,
        "name": indicator.name,
        "program": indicator.program,
        "target": _target_value(indicator),
        "result": _value(indicator.result, indicator),
        "ratio": percent_text(achievement_ratio(indicator)),
        "status": status or NOT_ASSESSED,
        "status_label": (status or NOT_ASSESSED).capitalize(),
        "sentence": result_sentence(indicator),
    }


def _value(value: float | None, indicator: Indicator) -> str:
    return "—" if value is None else quantity_text(value, indicator.unit, indicator.period)


def _target_value(indicator: Indicator) -> str:
    """Last term's target as set: "80%", or "Giảm còn 18%" when lower is better."""
    text = _value(indicator.previous_target, indicator)
    if indicator.direction == "decrease" and indicator.previous_target is not None:
        return f"Giảm còn {text}"
    return text


def result_sentence(indicator: Indicator) -> str:
    """What the term achieved on one indicator, in one sentence with its numbers and verdict."""
    result = indicator.result
    if result is None:
        return ""
    result_text = quantity_text(result, indicator.unit, indicator.period)
    if indicator.previous_target is None:
        return f"{indicator.name}: kết quả đạt {result_text}."
    target = _target_value(indicator)
    target = target[0].lower() + target[1:]
    status = achievement_status(indicator) or STATUS_MISSED
    ratio = achievement_ratio(indicator)
    measured = f", bằng {percent_text(ratio)} chỉ tiêu" if ratio is not None else ""
    outcome = "kết quả thực hiện" if indicator.direction == "decrease" else "kết quả đạt"
    return (
        f"{indicator.name}: Nghị quyết đề ra {target}, {outcome} {result_text}{measured}, "
        f"{VERDICTS[status]}."
    )


def indicator_summary(rows: list[dict[str, Any]], outgoing: dict[str, Any]) -> dict[str, Any]:
    """Counts of exceeded, met and missed targets, and the sentence that reports them.

    The sentence names the resolution(s) reviewed; without one (an appointed committee that
    reviews its own work) it speaks of the period, and with no target at all it is empty.
    """
    exceeded = sum(1 for row in rows if row["status"] == STATUS_EXCEEDED)
    met = sum(1 for row in rows if row["status"] == STATUS_MET)
    missed = sum(1 for row in rows if row["status"] == STATUS_MISSED)
    pending = len(rows) - exceeded - met - missed
    parts = [
        f"{count_text(count)} chỉ tiêu {label}"
        for count, label in ((exceeded, "vượt"), (met, "đạt"), (missed, "không đạt"),
                             (pending, "chưa có số liệu đánh giá"))
        if count
    ]
    listed = _join(parts)
    source = outgoing["resolutions_short"]
    if rows and source:
        sentence = (f"{source} đề ra {count_text(len(rows))} chỉ tiêu chủ yếu; "
                    f"{outgoing['until']} có {listed}.")
    elif rows:
        sentence = (f"{outgoing['period_cap']}, trong {count_text(len(rows))} chỉ tiêu chủ yếu "
                    f"có {listed}.")
    else:
        sentence = f"{source} không đề ra chỉ tiêu định lượng." if source else ""
    return {
        "total": len(rows),
        "exceeded": exceeded,
        "met": met,
        "missed": missed,
        "achieved": exceeded + met,
        "achieved_text": f"{count_text(exceeded + met)}/{count_text(len(rows))}",
        "sentence": sentence,
    }


@per_commune
def new_targets(model: CongressFile) -> list[dict[str, Any]]:
    """The new term's numbered targets: new_term.targets, else every indicator with one."""
    by_id = {indicator.id: indicator for indicator in model.indicators}
    chosen = [by_id[key] for key in model.new_term.targets if key in by_id]
    if not model.new_term.targets:
        chosen = [ind for ind in model.indicators if ind.new_target is not None]
    end = model.congress.term.end
    return [
        {
            "number": number,
            "id": indicator.id,
            "name": indicator.name,
            "program": indicator.program,
            "value": _value(indicator.new_target, indicator),
            "text": target_text(indicator, end),
        }
        for number, indicator in enumerate(
            (ind for ind in chosen if ind.new_target is not None), start=1
        )
    ]


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " và " + parts[-1]
