"""Báo cáo tổng hợp ý kiến góp ý (11): how comments were gathered, what they said, the answers."""

from __future__ import annotations

from typing import Any

from congress_docs.context.documents import CHARTER, upper_congress
from congress_docs.context.kit_common import (
    KitOptions,
    Missing,
    ended,
    resolve_settings,
    signer_of,
    upper_front,
)
from congress_docs.context.wording import count_text
from congress_docs.models import Comment, CongressFile, KitDocumentSettings
from congress_docs.vietnamese import format_date_short

__all__ = ["body", "missing", "settings", "summary_lines"]

GROUPS = ("own", "upper", "charter")


def settings(model: CongressFile) -> Any:
    """Signed as the political report is: the outgoing Ban Thường trực gathered the comments."""
    return resolve_settings(model, "comments_report", KitDocumentSettings(
        symbol="BC-MTTQ", issued_by="standing_committee",
        signer=signer_of(model, "political_report"),
        recipients=[f"Ban Thường trực {upper_front(model)} (b/c)", "Đoàn Chủ tịch Đại hội",
                    "Lưu: VT"]))


def summary_lines(model: CongressFile, names: dict[str, Any]) -> list[str]:
    """"Tổng hợp ý kiến góp ý vào dự thảo văn kiện Đại hội …" and what else was commented on."""
    unit = names["unit"]["full"]
    lines = ["Tổng hợp ý kiến góp ý vào dự thảo văn kiện Đại hội đại biểu",
             f"MTTQ Việt Nam {unit} lần thứ {names['congress']['roman']}, nhiệm kỳ "
             f"{names['congress']['term']}"]
    groups = _present_groups(model)
    extra = []
    if "upper" in groups:
        extra.append("văn kiện Đại hội cấp trên")
    if "charter" in groups:
        extra.append(CHARTER)
    if extra:
        lines[-1] += ","
        lines.append(" và ".join(extra))
    return lines


def missing(model: CongressFile) -> list[Missing]:
    """The report needs at least one comment; comments on the upper level need that congress."""
    comments = model.comments
    if comments is None or not comments.items:
        return [Missing("comments.items", "các ý kiến góp ý (document, content, count)")]
    return [Missing(f"comments.items.{index}.document",
                    "ý kiến vào văn kiện cấp trên cần khai upper_congress")
            for index, item in enumerate(comments.items)
            if item.document == "upper" and model.upper_congress is None]


def body(model: CongressFile, names: dict[str, Any], _options: KitOptions) -> dict[str, Any]:
    """The gathering sentence, the totals by document and each group's comments and answers."""
    comments = model.comments
    assert comments is not None  # missing() is checked first
    titles = {
        "own": f"dự thảo văn kiện {names['congress']['name']}",
        "upper": f"dự thảo văn kiện {(upper_congress(model) or {}).get('full', '')}",
        "charter": CHARTER,
    }
    groups: list[dict[str, Any]] = []
    for key in _present_groups(model):
        items = [item for item in comments.items if item.document == key]
        total = sum(item.count for item in items)
        groups.append({
            "key": key,
            "number": len(groups) + 1,
            "title": f"Ý kiến góp ý vào {titles[key]}",
            "count_text": count_text(total),
            "entries": [_item(item) for item in items],
        })
    total = sum(item.count for item in comments.items)
    breakdown = "; ".join(f"vào {titles[group['key']]}: {group['count_text']} lượt ý kiến"
                          for group in groups)
    return {
        "comments": {
            "gathering": _gathering(model, names),
            "total_sentence": (f"Tổng hợp có {count_text(total)} lượt ý kiến góp ý, trong đó "
                               f"{breakdown}."),
            "agreement": ("Các ý kiến cơ bản nhất trí với bố cục, nội dung các dự thảo văn "
                          "kiện; đồng thời góp ý cụ thể như sau:"),
            "groups": groups,
            "closing": ended(f"Trên đây là Báo cáo tổng hợp ý kiến góp ý vào dự thảo văn kiện của "
                        f"{names['front']['standing']}, trình Đại hội xem xét."),
        }
    }


def _present_groups(model: CongressFile) -> list[str]:
    items = model.comments.items if model.comments is not None else []
    return [key for key in GROUPS if any(item.document == key for item in items)]


def _item(item: Comment) -> dict[str, Any]:
    where = f"{item.section.strip().rstrip(':')}: " if item.section else ""
    text = item.content.strip().rstrip(".")
    count = f" ({count_text(item.count)} lượt ý kiến)" if item.count > 1 else ""
    return {
        "line": f"{where}{text}{count}.",
        "response": (f"Tiếp thu, giải trình: {item.response.strip().rstrip('.')}."
                     if item.response else ""),
    }


def _gathering(model: CongressFile, names: dict[str, Any]) -> str:
    comments = model.comments
    assert comments is not None
    if comments.start and comments.end:
        when = (f"Từ ngày {format_date_short(comments.start)} đến ngày "
                f"{format_date_short(comments.end)}, ")
    elif comments.start:
        when = f"Từ ngày {format_date_short(comments.start)}, "
    else:
        when = ""
    how = []
    if comments.conferences:
        how.append(f"{count_text(comments.conferences)} hội nghị lấy ý kiến")
    if comments.participants:
        how.append(f"{count_text(comments.participants)} lượt người tham gia")
    means = f" thông qua {' với '.join(how)}" if how else ""
    written = (f"; nhận được {count_text(comments.written)} văn bản góp ý"
               if comments.written else "")
    lead = f"{when}{names['front']['standing']}"
    lead = lead[0].upper() + lead[1:]
    return (f"{lead} đã tổ chức lấy ý kiến góp ý của cán bộ, đảng viên, đoàn viên, hội viên và "
            f"các tầng lớp Nhân dân vào dự thảo văn kiện Đại hội{means}{written}.")
