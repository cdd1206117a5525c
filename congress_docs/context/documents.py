"""What each of the five documents reads, assembled from the shared pieces of this package."""

from __future__ import annotations

import re
from typing import Any

from congress_docs.context import header
from congress_docs.context.citations import legal_bases
from congress_docs.context.committee import committee_history, new_committee_figures
from congress_docs.context.indicators import indicator_rows, indicator_summary, new_targets
from congress_docs.context.locality import locality_sentences, member_organisation_sentence
from congress_docs.context.memo import per_commune, remembered
from congress_docs.context.outline import Part, blocks, bullets, numbers
from congress_docs.context.people import (
    delegation,
    member_rows,
    standing_committee,
    standing_counts,
)
from congress_docs.context.wording import clean_paragraphs, count_text, pads_counts
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


@per_commune
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


@per_commune
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


@per_commune
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


@per_commune
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


END_MARK = "./."
# The mark takes the place of the sentence's own stop; a list item's ";" "," ":" cannot end a body.
_REPLACED_STOP = re.compile(r"[\s.;:,]+$")


def closing(paragraphs: list[str], fallback: str) -> list[str]:
    """The last paragraphs of a body, the very last ending in "./." as documents are sent."""
    texts = list(paragraphs) or [fallback]
    last = texts[-1].rstrip()
    if not last.endswith(END_MARK):
        last = _REPLACED_STOP.sub("", last) + END_MARK
    return [*texts[:-1], last]


def _assessment_parts(value: dict[str, list[str]], limitations: str) -> list[Part]:
    causes = Part("Nguyên nhân", children=[
        Part("Nguyên nhân khách quan", bullets(value["objective_causes"])),
        Part("Nguyên nhân chủ quan", bullets(value["subjective_causes"])),
    ])
    return [
        Part("Ưu điểm", bullets(value["strengths"])),
        Part(limitations, bullets(value["limitations"])),
        causes,
        Part("Bài học kinh nghiệm", bullets(value["lessons"])),
    ]


def political_report(model: CongressFile, names: dict[str, Any]) -> dict[str, Any]:
    """Báo cáo chính trị: locality, results by programme with the indicator table, direction."""
    rows = indicator_rows(model)
    program_list = programs(model)
    old = names["outgoing"]
    unit = names["unit"]
    summary = indicator_summary(rows, old)
    reviewed = (f"kết quả thực hiện {old['resolutions']}" if old["has_resolutions"]
                else f"kết quả công tác Mặt trận {old['period']}")
    # The data's own opening usually says this already; the sentence stands in when it is empty.
    lead_in = "" if model.report.opening else (
        f"{old['name']} báo cáo Đại hội {reviewed}; phương hướng, mục tiêu, nhiệm vụ và giải "
        f"pháp nhiệm kỳ {names['congress']['term']} như sau:"
    )
    locality: dict[str, Any] = {
        "sentences": locality_sentences(model, unit["full"]),
        "member_organisations": member_organisation_sentence(model, names["front"]["short"]),
        "advantages": clean_paragraphs(model.locality.advantages),
        "difficulties": clean_paragraphs(model.locality.difficulties),
    }
    facts = locality["sentences"] + ([locality["member_organisations"]]
                                     if locality["member_organisations"] else [])
    situation = Part("ĐẶC ĐIỂM TÌNH HÌNH", facts, children=[
        Part("Thuận lợi", bullets(locality["advantages"])),
        Part("Khó khăn", bullets(locality["difficulties"])),
    ])
    result_parts = [
        Part(program["title"], program["results"] + (
            ["Kết quả thực hiện các chỉ tiêu của chương trình:",
             *bullets(program["indicator_sentences"])]
            if program["indicator_sentences"] else []))
        for program in program_list
    ]
    result_parts.append(Part("Kết quả thực hiện các chỉ tiêu chủ yếu",
                             [summary["sentence"]] if summary["sentence"] else []))
    results = Part("KẾT QUẢ THỰC HIỆN CÁC CHƯƠNG TRÌNH HÀNH ĐỘNG", children=result_parts)
    value = assessment(model.report.assessment)
    judged = Part("ĐÁNH GIÁ CHUNG",
                  children=_assessment_parts(value, "Hạn chế, khuyết điểm"))
    term = new_term(model)
    targets = [f"{item['number']}. {item['text']}" for item in term["targets"]]
    part_two = [
        Part("DỰ BÁO TÌNH HÌNH", children=[
            Part("Thuận lợi", bullets(term["forecast_advantages"])),
            Part("Khó khăn, thách thức", bullets(term["forecast_difficulties"])),
        ]),
        Part("MỤC TIÊU TỔNG QUÁT", term["general_objective"]),
        Part("CÁC CHỈ TIÊU CHỦ YẾU", targets + bullets(term["other_targets"])),
        Part("KHÂU ĐỘT PHÁ", bullets(term["breakthroughs"])),
        Part("NHIỆM VỤ VÀ GIẢI PHÁP", children=[
            Part(program["title"], bullets(program["tasks"])) for program in program_list
        ]),
    ]
    part_one = blocks([situation, results])
    return {
        "report": {
            "opening": clean_paragraphs(model.report.opening),
            "lead_in": lead_in,
            "conclusion": closing(
                clean_paragraphs(model.report.conclusion),
                f"Phát huy truyền thống đoàn kết, {names['front']['short']} cùng các tổ chức "
                f"thành viên quyết tâm thực hiện thắng lợi Nghị quyết {names['congress']['name']}.",
            ),
        },
        "part_one_title": old["part_one_title"],
        "part_one": part_one,
        # The table follows the results; the assessment is numbered after them.
        "assessment_blocks": blocks(
            [judged], start=sum(block["level"] == 2 for block in part_one)
        ),
        "part_two": blocks(part_two),
        "locality": locality,
        "programs": program_list,
        "indicator_table": rows,
        "indicator_caption": old["indicator_caption"],
        "indicator_section_number": len(program_list) + 1,
        "indicator_summary": summary,
        "assessment": value,
        "new_term": term,
    }


def review_report(model: CongressFile, names: dict[str, Any]) -> dict[str, Any]:
    """Báo cáo kiểm điểm: the outgoing committee's term, work, strengths, shortcomings, lessons."""
    review = model.review
    old = names["outgoing"]
    rows = indicator_rows(model)
    summary = indicator_summary(rows, old)
    value = assessment(review.assessment)
    activity = _activity_sentence(model, old)
    closing_line = closing([], (
        f"Trên đây là Báo cáo kiểm điểm hoạt động của {old['name_period']}, trình Đại "
        f"hội xem xét, góp ý."
    ))[0]
    intro = (
        f"Thực hiện Điều lệ Mặt trận Tổ quốc Việt Nam và hướng dẫn của Ủy ban MTTQ Việt Nam cấp "
        f"trên, {old['name']} kiểm điểm hoạt động {old['period']} như sau:"
    )
    if old["has_resolutions"]:
        leading = "KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI"
        first = ("Lãnh đạo, chỉ đạo thực hiện Nghị quyết Đại hội và chương trình công tác "
                 "toàn khóa" if old["elected"] else
                 "Lãnh đạo, chỉ đạo thực hiện Nghị quyết Đại hội và chương trình công tác")
    else:
        leading = "KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN NHIỆM VỤ"
        first = "Lãnh đạo, chỉ đạo thực hiện nhiệm vụ và chương trình công tác"
    work = [activity] if activity else []
    work += clean_paragraphs(review.leadership)
    work += [summary["sentence"]] if summary["sentence"] else []
    parts = [
        Part(leading, children=[
            Part(first, work),
            Part("Chủ trì phối hợp hoạt động và thực hiện quy chế hoạt động",
                 clean_paragraphs(review.coordination)),
        ]),
        Part("ƯU ĐIỂM", bullets(value["strengths"])),
        Part("HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN", children=[
            Part("Hạn chế, khuyết điểm", bullets(value["limitations"])),
            Part("Nguyên nhân", children=[
                Part("Nguyên nhân khách quan", bullets(value["objective_causes"])),
                Part("Nguyên nhân chủ quan", bullets(value["subjective_causes"])),
            ]),
        ]),
        Part("BÀI HỌC KINH NGHIỆM", bullets(value["lessons"])),
        Part("TỰ ĐÁNH GIÁ", clean_paragraphs(review.self_assessment)),
    ]
    return {
        "history": committee_history(model, names),
        "review": {
            "committee_meetings": review.committee_meetings,
            "standing_meetings": review.standing_meetings,
            "documents_issued": review.documents_issued,
            "intro": intro,
            "activity_sentence": activity,
            "leadership": clean_paragraphs(review.leadership),
            "coordination": clean_paragraphs(review.coordination),
            "self_assessment": clean_paragraphs(review.self_assessment),
            "blocks": blocks(parts),
            "closing": closing_line,
        },
        "indicator_summary": summary,
        "assessment": value,
    }


def _activity_sentence(model: CongressFile, old: dict[str, Any]) -> str:
    """Meetings held and documents issued, from the counts the data gives; '' with none."""
    review = model.review
    facts: list[str] = []
    if review.committee_meetings is not None:
        facts.append(f"Ủy ban đã tổ chức {count_text(review.committee_meetings)} hội nghị")
    if review.standing_meetings is not None:
        facts.append(f"Ban Thường trực tổ chức {count_text(review.standing_meetings)} cuộc họp "
                     f"định kỳ và đột xuất")
    if review.documents_issued is not None:
        facts.append(f"ban hành {count_text(review.documents_issued)} văn bản (nghị quyết, "
                     f"chương trình, kế hoạch, hướng dẫn, báo cáo) để lãnh đạo, chỉ đạo, hướng "
                     f"dẫn tổ chức thực hiện nhiệm vụ")
    if not facts:
        return ""
    return f"{old['since_cap']}, {'; '.join(facts)}."


def action_programme(model: CongressFile, names: dict[str, Any]) -> dict[str, Any]:
    """Chương trình hành động: objectives, targets, programmes with their action tables."""
    lead_in = (
        f"Để thực hiện thắng lợi Nghị quyết {names['congress']['name']}, {names['front']['short']} "
        f"xây dựng Chương trình hành động nhiệm kỳ {names['congress']['term']} như sau:"
    )
    term = new_term(model)
    # Copies: the programmes are shared by the documents of the commune, renumbered only here.
    program_list = [dict(program) for program in programs(model)
                    if program["tasks"] or program["has_actions"]]
    for number, program in enumerate(program_list, start=1):
        letters = numbers([("tasks", bool(program["tasks"])),
                           ("actions", program["has_actions"])], level=4)
        program.update(number=number, letters=letters)
    objectives = clean_paragraphs(model.action_programme.objectives)
    head = blocks([
        Part("MỤC ĐÍCH, YÊU CẦU", bullets(objectives)),
        Part("MỤC TIÊU, CHỈ TIÊU", children=[
            Part("Mục tiêu tổng quát", term["general_objective"]),
            Part("Các chỉ tiêu chủ yếu",
                 bullets([item["text"] for item in term["targets"]] + term["other_targets"])),
            Part("Khâu đột phá", bullets(term["breakthroughs"])),
        ]),
    ])
    done = sum(1 for block in head if block["level"] == 2)
    section = numbers([("skip", True)] * done + [("programs", bool(program_list)),
                                                  ("implementation", True)])
    return {
        "action": {
            "lead_in": lead_in,
            "objectives": objectives,
            "implementation": closing(
                clean_paragraphs(model.action_programme.implementation),
                f"Ban Thường trực {names['front']['short']} cụ thể hóa Chương trình hành động "
                f"thành chương trình công tác hằng năm, phân công các thành viên theo dõi, đôn "
                f"đốc, định kỳ sơ kết, tổng kết và báo cáo kết quả thực hiện với Ủy ban.",
            ),
        },
        "head_blocks": head,
        "sections": section,
        "programs": program_list,
        "new_term": term,
    }


def resolution(model: CongressFile, names: dict[str, Any]) -> dict[str, Any]:
    """Dự thảo Nghị quyết: approvals, targets, the new committee and the delegation, by article."""
    rows = indicator_rows(model)
    upper = upper_congress(model)
    details = congress_details(model)
    old = names["outgoing"]
    venue = f" tại {details['venue']}" if details["venue"] else ""
    bases = [f"Căn cứ {CHARTER};"]
    bases += [item["line"] for item in legal_bases(model)]
    bases.append(
        f"Căn cứ kết quả thảo luận, hiệp thương của {names['congress']['name']}, họp "
        f"{details['when']}{venue}, với {details['delegates']['total_text']} đại biểu chính thức,"
    )
    delegates = delegation(model)
    has_delegation = upper is not None and delegates["official_count"] > 0
    articles = {"report": 1, "direction": 2, "review": 3, "committee": 4}
    articles["delegation"] = 5 if has_delegation else 0
    articles["implementation"] = 6 if has_delegation else 5
    program_list = programs(model)
    summary = indicator_summary(rows, old)
    reviewed = (f"đánh giá kết quả thực hiện {old['resolutions']}" if old["has_resolutions"]
                else f"đánh giá kết quả công tác Mặt trận {old['period']}")
    term = new_term(model)
    direction = blocks([
        Part("Mục tiêu tổng quát", term["general_objective"]),
        Part("Các chỉ tiêu chủ yếu",
             bullets([item["text"] for item in term["targets"]] + term["other_targets"])),
        Part("Khâu đột phá", bullets(term["breakthroughs"])),
        Part("Chương trình hành động", [
            f"Tán thành Chương trình hành động nhiệm kỳ {names['congress']['term']} gồm "
            f"{count_text(len(program_list))} chương trình:",
            *[f"- Chương trình {p['number']}: {p['title']}." for p in program_list],
        ] if program_list else []),
    ], level=3, style=4)
    return {
        "bases": bases,
        "articles": articles,
        "report_approval": (
            f"Đại hội tán thành những nội dung cơ bản về {reviewed} và phương hướng, mục tiêu, "
            f"nhiệm vụ, giải pháp nhiệm kỳ {names['congress']['term']} nêu trong Báo cáo chính "
            f"trị của {old['name']} trình Đại hội."
            + (f" {summary['sentence']}" if summary["sentence"] else "")
        ),
        "review_approval": (
            f"Đại hội tán thành Báo cáo kiểm điểm hoạt động của {old['name_period']}."
        ),
        "direction_blocks": direction,
        "indicator_summary": summary,
        "new_term": term,
        "programs": program_list,
        "program_count_text": count_text(len(program_list)),
        "committee": _committee_summary(model, names),
        "delegation": delegates,
        "has_delegation": has_delegation,
        "adopted_line": closing([], (
            f"Nghị quyết này được {names['congress']['name']} thông qua "
            f"{format_date_admin(model.congress.end_date or model.congress.start_date)}."
        ))[0],
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
    """Đề án nhân sự: bases, criteria, size and structure, standing committee, delegation, list.

    The Tờ trình (09) reads the same pieces: with the commune's own names, they are computed
    once per commune and cut-off age (the value is shared).
    """
    if names is not header.names(model):
        return _personnel_scheme(model, names, young_age_max)
    return remembered(model, ("personnel_scheme", young_age_max, pads_counts()),
                      lambda: _personnel_scheme(model, names, young_age_max))


def _personnel_scheme(
    model: CongressFile, names: dict[str, Any], young_age_max: int
) -> dict[str, Any]:
    figures = new_committee_figures(model, names, young_age_max)
    standing = standing_committee(model)
    old = names["outgoing"]
    cited = legal_bases(model, last_end=".")
    bases = [f"{CHARTER};"] + [item["item"] for item in cited]
    approved = model.congress.personnel_scheme_approved_on
    # A scheme dated before its approval (the copy sent up for approval) cannot cite it.
    if approved is not None and approved > (model.documents.personnel_scheme.date or approved):
        approved = None
    approver = (f"Ban Thường vụ Huyện ủy {model.district.name}" if model.district is not None
                else "cấp ủy có thẩm quyền")
    delegates = delegation(model)
    has_delegation = model.upper_congress is not None and delegates["official_count"] > 0
    criteria = clean_paragraphs(model.personnel.criteria)
    process = clean_paragraphs(model.personnel.process)
    sections = numbers([
        ("bases", True),
        ("criteria", bool(criteria)),
        ("structure", bool(model.committee.members)),
        ("standing", bool(standing)),
        ("delegation", has_delegation),
        ("process", bool(process)),
    ])
    return {
        "bases": bases,
        "personnel": {
            "criteria": criteria,
            "process": process,
            "approval": (
                f"Đề án đã được {approver} cho ý kiến ngày {format_date_short(approved)}."
                if approved else ""
            ),
            "closing": closing([], (
                f"Trên đây là Đề án nhân sự {names['new_committee']}, {old['standing']} trình "
                f"Đại hội xem xét, quyết định."
            ))[0],
        },
        "committee": {
            **figures,
            "name": names["new_committee"],
            "standing": standing,
            "standing_counts": standing_counts(model),
            "rows": member_rows(model),
            "structure_intro": (
                f"Cơ cấu kết hợp của Ủy ban khóa {names['congress']['roman']} (dự kiến)"
                + (f", so sánh với {old['compare_phrase']}:" if figures["has_previous"] else ":")
            ),
            "compare_label": old["compare_label"],
        },
        "delegation": delegates,
        "has_delegation": has_delegation,
        "sections": sections,
        "annex": _annex(model, names),
    }


def _annex(model: CongressFile, names: dict[str, Any]) -> dict[str, Any]:
    """Heading lines of the annexed members' list, tied to the scheme's number and date."""
    settings = model.documents.personnel_scheme
    date = settings.date or model.congress.start_date
    issuer = ("Ban Thường trực " if header.issuer("personnel_scheme", settings)
              == "standing_committee" else "") + names["front"]["short"]
    return {
        "title_lines": [
            "DANH SÁCH TRÍCH NGANG",
            upper_vi(f"Ủy viên {names['new_committee']}"),
        ],
        "note": (f"(Kèm theo Đề án số {header.number_text(settings)}/"
                 f"{header.symbol('personnel_scheme', settings)} {format_date_admin(date)} "
                 f"của {issuer})"),
    }
