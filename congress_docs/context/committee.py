"""The committees in figures: the outgoing one's history and the new one's size and structure."""

from __future__ import annotations

from typing import Any

from congress_docs.context.figures import (
    SHARE_KEYS,
    Share,
    committee_shares,
    members_at_end,
    percent_of,
    previous_shares,
    standing_total,
)
from congress_docs.context.people import CATEGORY_LABELS
from congress_docs.context.wording import (
    count_text,
    percent_text,
    points_text,
    share_comparison,
    share_text,
)
from congress_docs.models import CommitteeChange, CongressFile, PreviousCommittee, StandingCount
from congress_docs.vietnamese import format_date_short

__all__ = ["committee_history", "new_committee_figures"]

SHARE_LABELS = {
    "women": "Nữ",
    "ethnic_minority": "Người dân tộc thiểu số",
    "non_party": "Người ngoài Đảng",
    "religious": "Người có đạo",
    "young": "Người trẻ tuổi",
    "re_elected": "Tái cử",
    "new": "Tham gia lần đầu",
}


def standing_phrase(count: StandingCount) -> str:
    """"03 vị (01 Chủ tịch, 01 Phó Chủ tịch, 01 Ủy viên Thường trực)"."""
    parts = [f"{count_text(count.chair)} Chủ tịch"]
    if count.vice_chairs:
        parts.append(f"{count_text(count.vice_chairs)} Phó Chủ tịch")
    if count.standing_members:
        parts.append(f"{count_text(count.standing_members)} Ủy viên Thường trực")
    return f"{count_text(standing_total(count))} vị ({', '.join(parts)})"


def _change_sentence(change: CommitteeChange) -> str:
    verb = "hiệp thương cử bổ sung" if change.kind == "added" else "thôi tham gia Ủy ban"
    text = (f"Ngày {format_date_short(change.date)}, {verb} {count_text(change.count)} ủy viên"
            if change.kind == "added"
            else f"Ngày {format_date_short(change.date)}, {count_text(change.count)} ủy viên "
                 f"{verb}")
    if change.note:
        text += f" ({change.note.strip().rstrip('.')})"
    return text + "."


def committee_history(model: CongressFile, names: dict[str, Any]) -> dict[str, Any] | None:
    """Opening facts of the review report: start, changes and end of the outgoing committee.

    Each figure is said once: with no change in the term, the closing "Đến nay ..." sentence
    that would repeat the opening numbers is left out.
    """
    previous = model.previous_committee
    if previous is None:
        return None
    added = sum(change.count for change in previous.changes if change.kind == "added")
    left = sum(change.count for change in previous.changes if change.kind == "left")
    old = names["outgoing"]
    start = _start_sentence(model, previous, names)
    end_members = members_at_end(previous)
    same_standing = previous.standing_at_end == previous.standing_at_start
    end = (
        f"Đến nay, {old['name']} có {count_text(end_members)} vị; "
        f"Ban Thường trực có {standing_phrase(previous.standing_at_end)}."
    )
    if previous.changes:
        moves: list[str] = []
        if added:
            moves.append(f"hiệp thương cử bổ sung {count_text(added)} ủy viên")
        if left:
            moves.append(f"có {count_text(left)} ủy viên thôi tham gia Ủy ban")
        changes_intro = f"{old['since_cap']}, Ủy ban đã {' và '.join(moves)}, cụ thể:"
    elif same_standing:
        changes_intro = (f"{old['since_cap']}, Ủy ban không có thay đổi về số lượng ủy viên và "
                         f"Ban Thường trực.")
        end = ""
    else:
        changes_intro = f"{old['since_cap']}, Ủy ban không có thay đổi về số lượng ủy viên."
        end = f"Đến nay, Ban Thường trực có {standing_phrase(previous.standing_at_end)}."
    return {
        "members_at_start": previous.members_at_start,
        "members_at_end": end_members,
        "added": added,
        "left": left,
        "start_sentence": start,
        "changes_intro": changes_intro,
        "changes": [_change_sentence(change) for change in previous.changes],
        "end_sentence": end,
    }


def _start_sentence(model: CongressFile, previous: PreviousCommittee, names: dict[str, Any]) -> str:
    """How the outgoing committee began: chosen by the last congress, or set up by decision."""
    old = names["outgoing"]
    unit = names["unit"]["full"]
    members = count_text(previous.members_at_start)
    standing = standing_phrase(previous.standing_at_start)
    if old["elected"]:
        congress_date = model.congress.previous.date if model.congress.previous else None
        term = f", nhiệm kỳ {old['term']}" if old["term"] else ""
        held = f", được tổ chức ngày {format_date_short(congress_date)}," if congress_date else ""
        return (
            f"Đại hội đại biểu MTTQ Việt Nam {unit} lần thứ {old['roman']}{term}{held} đã hiệp "
            f"thương dân chủ cử {old['name']} gồm {members} vị; Hội nghị lần thứ nhất Ủy ban đã "
            f"hiệp thương cử Ban Thường trực gồm {standing}."
        )
    decision = previous.decision
    if decision is not None:
        return (
            f"Ngày {format_date_short(decision.date)}, {decision.issuer} ban hành Quyết định số "
            f"{decision.number} thành lập {old['name']} gồm {members} vị; Ban Thường trực gồm "
            f"{standing}."
        )
    when = f" ngày {old['set_up_on']}" if old["set_up_on"] else ""
    return (f"{old['name']} được thành lập{when}, gồm {members} vị; Ban Thường trực gồm "
            f"{standing}.")


def new_committee_figures(
    model: CongressFile, names: dict[str, Any], young_age_max: int
) -> dict[str, Any]:
    """Size, categories and combined shares of the new committee, compared with the previous one."""
    people = {person.id: person for person in model.people}
    members = model.committee.members
    size = len(members)
    shares = committee_shares(members, people, model.congress.start_date, young_age_max)
    previous = model.previous_committee
    old_shares = previous_shares(previous) if previous is not None else None
    old = names["outgoing"]
    rows = [_share_row(index, key, shares[key], old_shares[key] if old_shares else None, old)
            for index, key in enumerate(SHARE_KEYS, start=1)]
    return {
        "size": size,
        "size_text": count_text(size),
        "size_comparison": _size_comparison(size, previous.members_at_start if previous else None,
                                            old),
        "categories": _categories(model),
        "shares": rows,
        "young_age_max": young_age_max,
        "young_note": (
            f"Người trẻ tuổi là người từ {young_age_max} tuổi trở xuống, "
            f"tính theo năm sinh đến năm {model.congress.start_date.year}."
        ),
        "has_previous": previous is not None,
    }


def _share_row(
    index: int, key: str, share: Share, old: Share | None, outgoing: dict[str, Any]
) -> dict[str, Any]:
    label = SHARE_LABELS[key]
    word = outgoing["previous_word"]
    row = {
        "number": index,
        "key": key,
        "label": label,
        "count": share.count,
        "count_text": count_text(share.count),
        "percent": percent_text(share.percent),
        "previous": f"{count_text(old.count)} ({percent_text(old.percent)})" if old else "—",
        "comparison": share_comparison(share, old, word).capitalize() if old else "—",
        "change": _change_word(share, old),
    }
    line = f"{label}: {share_text(share)}"
    if old is not None:
        # "Khóa XIII" -> "khóa XIII": only the first letter, the Roman numeral stays upper case.
        compare = outgoing["compare_label"][:1].lower() + outgoing["compare_label"][1:]
        line += (f" ({compare}: {share_text(old)}; "
                 f"{share_comparison(share, old, word)})")
    row["line"] = line + ";"
    return row


def _change_word(share: Share, old: Share | None) -> str:
    """Short form for a table column: "Tăng 5,39 điểm phần trăm", "Không đổi"."""
    if old is None or share.percent is None or old.percent is None:
        return "—"
    difference = share.percent - old.percent
    if difference == 0:
        return "Không đổi"
    return f"{'Tăng' if difference > 0 else 'Giảm'} {points_text(abs(difference))}"


def _size_comparison(size: int, old_size: int | None, outgoing: dict[str, Any]) -> str:
    if old_size is None:
        return ""
    word = outgoing["previous_word"]
    difference = size - old_size
    if difference == 0:
        change = f"bằng số lượng {word}"
    else:
        change = (f"{'tăng' if difference > 0 else 'giảm'} {count_text(abs(difference))} vị "
                  f"so với {word}")
    if outgoing["roman"]:
        return f"khóa {outgoing['roman']} có {count_text(old_size)} vị; {change}"
    return f"Ủy ban đương nhiệm khi thành lập có {count_text(old_size)} vị; {change}"


def _categories(model: CongressFile) -> list[dict[str, Any]]:
    members = model.committee.members
    total = len(members)
    rows: list[dict[str, Any]] = []
    for key, label in CATEGORY_LABELS.items():
        count = sum(1 for member in members if member.category == key)
        if count:
            rows.append(
                {
                    "key": key,
                    "label": label,
                    "count": count,
                    "count_text": count_text(count),
                    "percent": percent_text(percent_of(count, total)),
                    "line": (f"{label}: {count_text(count)} vị, chiếm "
                             f"{percent_text(percent_of(count, total))};"),
                }
            )
    if rows:
        rows[-1]["line"] = rows[-1]["line"][:-1] + "."
    return rows
