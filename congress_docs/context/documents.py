"""What each of the five documents reads, assembled from the shared pieces of this package."""

from __future__ import annotations

from typing import Any

from congress_docs.context.citations import citation_list
from congress_docs.context.committee import committee_history, new_committee_figures
from congress_docs.context.indicators import indicator_rows, indicator_summary, new_targets
from congress_docs.context.locality import locality_sentences, member_organisation_sentence
from congress_docs.context.people import (
    delegation,
    member_rows,
    standing_committee,
    standing_counts,
)
from congress_docs.context.wording import clean_paragraphs, count_text
from congress_docs.models import Assessment, CongressFile
from congress_docs.vietnamese import format_date_admin, format_date_short, to_roman, upper_vi

__all__ = [
    "action_programme",
    "personnel_scheme",
    "political_report",
    "resolution",
    "review_report",
]

CHARTER = "Điều lệ Mặt trận Tổ quốc Việt Nam"


def assessment(value: Assessment) -> dict[str, list[str]]:
    """Strengths, limitations, causes and lessons as clean paragraph lists."""
    return {
        "strengths": clean_paragraphs(value.strengths),
        "limitations": clean_paragraphs(value.limitations),
        "objective_causes": clean_paragraphs(value.objective_causes),
        "subjective_causes": clean_paragraphs(value.subjective_causes),
        "lessons": clean_paragraphs(value.lessons),
    }


def programs(model: CongressFile) -> list[dict[str, Any]]:
    """Every programme with its last-term results, new tasks, indicators, targets and actions."""
    rows = indicator_rows(model)
    targets = new_targets(model)
    by_program: dict[str, list[str]] = {}
    for indicator in model.indicators:
        sentence = next((row["sentence"] for row in rows if row["id"] == indicator.id), None)
        if sentence:
            by_program.setdefault(indicator.program, []).append(sentence)
    result: list[dict[str, Any]] = []
    for number, program in enumerate(model.programs, start=1):
        items = [item for item in model.action_programme.items if item.program == program.id]
        result.append(
            {
                "number": number,
                "roman": to_roman(number),
                "id": program.id,
                "title": program.title,
                "results": clean_paragraphs(program.results),
                "tasks": clean_paragraphs(program.tasks),
                "indicator_sentences": by_program.get(program.id, []),
                "targets": [t["text"] for t in targets if t["program"] == program.id],
                "actions": [
                    {
                        "number": index,
                        "content": item.content,
                        "lead": item.lead,
                        "partners": ", ".join(item.partners) if item.partners else "—",
                        "timing": item.timing,
                    }
                    for index, item in enumerate(items, start=1)
                ],
                "has_actions": bool(items),
            }
        )
    return result


def new_term(model: CongressFile) -> dict[str, Any]:
    """Forecast, objective, numbered targets and breakthroughs of the new term."""
    term = model.new_term
    return {
        "forecast_advantages": clean_paragraphs(term.forecast_advantages),
        "forecast_difficulties": clean_paragraphs(term.forecast_difficulties),
        "general_objective": clean_paragraphs(term.general_objective),
        "targets": new_targets(model),
        "other_targets": clean_paragraphs(term.other_targets),
        "breakthroughs": clean_paragraphs(term.breakthroughs),
        "breakthrough_count_text": count_text(len(term.breakthroughs)),
    }


def congress_details(model: CongressFile) -> dict[str, Any]:
    """When and where the congress meets and how many delegates it has."""
    congress = model.congress
    delegates = congress.delegates
    total = delegates.ex_officio + delegates.elected + delegates.appointed
    if congress.end_date and congress.end_date != congress.start_date:
        when = (f"từ ngày {format_date_short(congress.start_date)} đến ngày "
                f"{format_date_short(congress.end_date)}")
    else:
        when = f"ngày {format_date_short(congress.start_date)}"
    return {
        "date_long": format_date_admin(congress.start_date),
        "date_short": format_date_short(congress.start_date),
        "when": when,
        "venue": congress.venue or "",
        "theme": (congress.theme or "").strip().strip("\"“”"),
        "pilot": congress.pilot,
        "delegates": {
            "ex_officio": delegates.ex_officio,
            "elected": delegates.elected,
            "appointed": delegates.appointed,
            "total": total,
            "total_text": count_text(total),
            "guests": delegates.guests,
        },
    }


def upper_congress(model: CongressFile) -> dict[str, Any] | None:
    """The congress one level up that the delegation attends."""
    upper = model.upper_congress
    if upper is None:
        return None
    term = model.congress.term
    roman = to_roman(upper.ordinal)
    return {
        "name": upper.name,
        "roman": roman,
        "full": f"{upper.name} lần thứ {roman}, nhiệm kỳ {term.start} - {term.end}",
        "date": format_date_short(upper.date) if upper.date else "",
    }


def political_report(model: CongressFile, names: dict[str, Any]) -> dict[str, Any]:
    """Báo cáo chính trị: locality, results by programme with the indicator table, direction."""
    rows = indicator_rows(model)
    program_list = programs(model)
    old = names["previous"]
    unit = names["unit"]
    # The data's own opening usually says this already; the sentence stands in when it is empty.
    lead_in = "" if model.report.opening else (
        f"Ủy ban MTTQ Việt Nam {unit['full']} khóa {old['roman']} báo cáo Đại hội kết quả thực "
        f"hiện Nghị quyết Đại hội đại biểu MTTQ Việt Nam {unit['full']} lần thứ {old['roman']}, "
        f"nhiệm kỳ {old['term']}; phương hướng, mục tiêu, nhiệm vụ và giải pháp nhiệm kỳ "
        f"{names['congress']['term']} như sau:"
    )
    return {
        "report": {
            "opening": clean_paragraphs(model.report.opening),
            "lead_in": lead_in,
            "conclusion": clean_paragraphs(model.report.conclusion),
        },
        "locality": {
            "sentences": locality_sentences(model, unit["full"]),
            "member_organisations": member_organisation_sentence(model, names["front"]["short"]),
            "advantages": clean_paragraphs(model.locality.advantages),
            "difficulties": clean_paragraphs(model.locality.difficulties),
        },
        "programs": program_list,
        "indicator_table": rows,
        "indicator_section_number": len(program_list) + 1,
        "indicator_summary": indicator_summary(rows, old["term"]),
        "assessment": assessment(model.report.assessment),
        "new_term": new_term(model),
    }


def review_report(model: CongressFile, names: dict[str, Any]) -> dict[str, Any]:
    """Báo cáo kiểm điểm: the outgoing committee's term, work, strengths, shortcomings, lessons."""
    review = model.review
    old = names["previous"]
    rows = indicator_rows(model)
    activity = (
        f"Trong nhiệm kỳ, Ủy ban đã tổ chức {count_text(review.committee_meetings)} hội nghị; "
        f"Ban Thường trực tổ chức {count_text(review.standing_meetings)} cuộc họp định kỳ và "
        f"đột xuất; ban hành {count_text(review.documents_issued)} văn bản (nghị quyết, "
        f"chương trình, kế hoạch, "
        f"hướng dẫn, báo cáo) để lãnh đạo, chỉ đạo, hướng dẫn tổ chức thực hiện nhiệm vụ."
    )
    closing = (
        f"Trên đây là Báo cáo kiểm điểm hoạt động của {names['front']['short']} khóa "
        f"{old['roman']}, nhiệm kỳ {old['term']}, trình Đại hội xem xét, góp ý."
    )
    return {
        "history": committee_history(model, names),
        "review": {
            "committee_meetings": review.committee_meetings,
            "standing_meetings": review.standing_meetings,
            "documents_issued": review.documents_issued,
            "activity_sentence": activity,
            "leadership": clean_paragraphs(review.leadership),
            "coordination": clean_paragraphs(review.coordination),
            "self_assessment": clean_paragraphs(review.self_assessment),
            "closing": closing,
        },
        "indicator_summary": indicator_summary(rows, old["term"]),
        "assessment": assessment(review.assessment),
    }


def action_programme(model: CongressFile, names: dict[str, Any]) -> dict[str, Any]:
    """Chương trình hành động: objectives, targets, programmes with their action tables."""
    lead_in = (
        f"Để thực hiện thắng lợi Nghị quyết {names['congress']['name']}, {names['front']['short']} "
        f"xây dựng Chương trình hành động nhiệm kỳ {names['congress']['term']} như sau:"
    )
    return {
        "action": {
            "lead_in": lead_in,
            "objectives": clean_paragraphs(model.action_programme.objectives),
            "implementation": clean_paragraphs(model.action_programme.implementation),
        },
        "programs": programs(model),
        "new_term": new_term(model),
    }


def resolution(model: CongressFile, names: dict[str, Any]) -> dict[str, Any]:
    """Dự thảo Nghị quyết: approvals, targets, the new committee and the delegation, by article."""
    rows = indicator_rows(model)
    upper = upper_congress(model)
    details = congress_details(model)
    venue = f" tại {details['venue']}" if details["venue"] else ""
    bases = [f"Căn cứ {CHARTER};"]
    bases += [item["line"] for item in citation_list(model.legal_basis)]
    bases.append(
        f"Căn cứ kết quả thảo luận, hiệp thương của {names['congress']['name']}, họp "
        f"{details['when']}{venue}, với {details['delegates']['total_text']} đại biểu chính thức,"
    )
    articles = {"report": 1, "direction": 2, "review": 3, "committee": 4}
    articles["delegation"] = 5 if upper else 0
    articles["implementation"] = 6 if upper else 5
    program_list = programs(model)
    return {
        "bases": bases,
        "articles": articles,
        "indicator_summary": indicator_summary(rows, names["previous"]["term"]),
        "new_term": new_term(model),
        "programs": program_list,
        "program_count_text": count_text(len(program_list)),
        "committee": _committee_summary(model, names),
        "delegation": delegation(model),
        "adopted_line": (
            f"Nghị quyết này được {names['congress']['name']} thông qua "
            f"{format_date_admin(model.congress.end_date or model.congress.start_date)}."
        ),
    }


def _committee_summary(model: CongressFile, names: dict[str, Any]) -> dict[str, Any]:
    size = len(model.committee.members)
    return {
        "size": size,
        "size_text": count_text(size),
        "standing": standing_committee(model),
        "standing_counts": standing_counts(model),
        "name": names["new_committee"],
    }


def personnel_scheme(
    model: CongressFile, names: dict[str, Any], young_age_max: int
) -> dict[str, Any]:
    """Đề án nhân sự: bases, criteria, size and structure, standing committee, delegation, list."""
    figures = new_committee_figures(model, names, young_age_max)
    standing = standing_committee(model)
    cited = citation_list(model.legal_basis, last_end=".")
    bases = [f"{CHARTER};"] + [item["item"] for item in cited]
    approved = model.congress.personnel_scheme_approved_on
    # A scheme dated before its approval (the copy sent up for approval) cannot cite it.
    if approved is not None and approved > (model.documents.personnel_scheme.date or approved):
        approved = None
    approver = (f"Ban Thường vụ Huyện ủy {model.district.name}" if model.district is not None
                else "cấp ủy có thẩm quyền")
    return {
        "bases": bases,
        "personnel": {
            "criteria": clean_paragraphs(model.personnel.criteria),
            "process": clean_paragraphs(model.personnel.process),
            "approval": (
                f"Đề án đã được {approver} cho ý kiến ngày {format_date_short(approved)}."
                if approved else ""
            ),
        },
        "committee": {
            **figures,
            "name": names["new_committee"],
            "standing": standing,
            "standing_counts": standing_counts(model),
            "rows": member_rows(model),
        },
        "delegation": delegation(model),
        "sections": {"process": "VI" if model.upper_congress is not None else "V"},
        "annex": _annex(model, names),
    }


def _annex(model: CongressFile, names: dict[str, Any]) -> dict[str, Any]:
    """Heading lines of the annexed members' list, tied to the scheme's number and date."""
    settings = model.documents.personnel_scheme
    number = settings.number.strip()
    if number.isdigit() and len(number) < 2:
        number = number.zfill(2)
    date = settings.date or model.congress.start_date
    return {
        "title_lines": [
            "DANH SÁCH TRÍCH NGANG",
            upper_vi(f"Ủy viên {names['new_committee']}"),
        ],
        "note": (f"(Kèm theo Đề án số {number or '      '}/{settings.symbol} "
                 f"{format_date_admin(date)} của Ban Thường trực {names['front']['short']})"),
    }
