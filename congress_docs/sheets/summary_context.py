"""The values the Báo cáo tổng hợp template reads, every figure taken from the roll-up."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from congress_docs.context.figures import SHARE_KEYS, Share
from congress_docs.context.header import ARCHIVE_LINE, FRONT_PARENT, NUMBER_BLANK
from congress_docs.context.wording import count_text, percent_text
from congress_docs.sheets.labels import AVERAGE, SHARE_LABELS, STATUS_LABELS, TOTAL
from congress_docs.sheets.rollup import CommuneRow, Rollup
from congress_docs.vietnamese import format_date_admin, format_date_short, format_number, upper_vi

__all__ = ["CHART_MARKER", "SummarySettings", "level_name", "summary_context"]

CHART_MARKER = "[[BIỂU ĐỒ CƠ CẤU]]"


@dataclass(frozen=True)
class SummarySettings:
    """The administrative frame of the report: issuer, number, date, signer, recipients."""

    issuer: str = ""
    place: str = ""
    number: str = ""
    symbol: str = "BC-MTTQ"
    date: dt.date | None = None
    authority: str = "TM. BAN THƯỜNG TRỰC"
    position: str = "CHỦ TỊCH"
    signer: str = ""
    draft: bool = False
    recipients: tuple[str, ...] = field(default_factory=tuple)


def summary_context(rollup: Rollup, settings: SummarySettings) -> dict[str, Any]:
    """Everything the template reads."""
    issuer = settings.issuer or _default_issuer(rollup)
    place = settings.place or _default_place(issuer)
    date = settings.date or rollup.today
    term = f", nhiệm kỳ {rollup.term}" if rollup.term else ""
    number = settings.number.strip()
    return {
        "draft": {"show": settings.draft, "label": "DỰ THẢO"},
        "header": {
            "parent_lines": [FRONT_PARENT],
            "issuer_lines": [upper_vi(issuer)],
            "number_line": f"Số: {number.zfill(2) if number.isdigit() else number or NUMBER_BLANK}"
                           f"/{settings.symbol}",
            "date_line": format_date_admin(date, place),
        },
        "title": {
            "type": "BÁO CÁO",
            "summary_lines": ["Tổng hợp tình hình chuẩn bị Đại hội đại biểu",
                              f"Mặt trận Tổ quốc Việt Nam {level_name(rollup)}{term}"],
        },
        "signature": {
            "authority": upper_vi(settings.authority),
            "title": upper_vi(settings.position),
            "name": settings.signer,
        },
        "recipients": _recipients(settings.recipients or _default_recipients(rollup)),
        "intro": _intro(rollup, issuer),
        "progress": _progress(rollup),
        "people": _people(rollup),
        "shares": _share_lines(rollup),
        "shares_total": {"label": "Ủy viên Ủy ban (dự kiến)",
                         "count": format_number(rollup.total("committee"))},
        "chart": {"marker": CHART_MARKER,
                  "caption": "Biểu đồ: Cơ cấu kết hợp của Ủy ban khóa mới (dự kiến)"},
        "checks": _checks(rollup),
        "documents": _documents(rollup),
        "closing": "Số liệu chi tiết của từng đơn vị tại Phụ lục kèm theo báo cáo này.",
        "annex": {
            "title_lines": ["SỐ LIỆU CHUẨN BỊ ĐẠI HỘI CỦA TỪNG ĐƠN VỊ"],
            "note": f"(Kèm theo Báo cáo số {number or NUMBER_BLANK}/{settings.symbol} ngày "
                    f"{format_date_short(date)} của {_issuer_body(issuer)}; số liệu tính đến "
                    f"ngày {format_date_short(rollup.today)})",
        },
        "progress_rows": [_progress_row(n, row) for n, row in enumerate(rollup.rows, 1)],
        "progress_total": _progress_total(rollup),
        "progress_average": _progress_average(rollup),
        "share_rows": [_share_row(n, row) for n, row in enumerate(rollup.rows, 1)],
        "share_total": _share_total(rollup),
        "share_average": _share_average(rollup),
    }


def level_name(rollup: Rollup) -> str:
    """The communes' level as their term's guidance names it.

    "cấp cơ sở" under districts (the 2024-2029 plans, e.g. 211-KH/HU); "cấp xã" once communes
    stand directly under the province, where 2025-2030 speaks of congresses "cấp tỉnh, cấp xã".
    """
    return "cấp cơ sở" if rollup.under_districts else "cấp xã"


def _default_issuer(rollup: Rollup) -> str:
    """The district, or the province, the communes belong to ("huyện Tam Đường")."""
    return rollup.area.split(",")[0].strip() if rollup.area else ""


def _default_place(issuer: str) -> str:
    words = issuer.split()
    kinds = {"huyện", "quận", "thị", "xã", "tỉnh", "thành", "phố"}
    while words and words[0].casefold() in kinds:
        words = words[1:]
    return " ".join(words)


def _issuer_body(issuer: str) -> str:
    return f"Ban Thường trực Ủy ban MTTQ Việt Nam {issuer}".strip()


_PARTY_COMMITTEES = (("thành phố", "Thành ủy"), ("thị xã", "Thị ủy"), ("huyện", "Huyện ủy"),
                     ("quận", "Quận ủy"), ("tỉnh", "Tỉnh ủy"))


def _party_committee(unit: str) -> str:
    """"huyện Tam Đường" -> "Huyện ủy Tam Đường"; "" for a unit of another kind."""
    for kind, committee in _PARTY_COMMITTEES:
        if unit.startswith(f"{kind} "):
            return f"{committee} {unit[len(kind) + 1:]}"
    return ""


def _default_recipients(rollup: Rollup) -> tuple[str, ...]:
    """Upward first: the front one level up and the Party committee of the issuer's level."""
    parts = [part.strip() for part in rollup.area.split(",")] if rollup.area else []
    lines: list[str] = []
    if len(parts) == 2:  # communes of one district: the district reports to its province
        district, province = parts
        lines.append(f"Ban Thường trực Ủy ban MTTQ Việt Nam {province}")
        if _party_committee(district):
            lines += [f"Thường trực {_party_committee(district)}",
                      f"Ban Dân vận {_party_committee(district)}"]
    elif len(parts) == 1:  # communes directly under a province (2025 shape)
        lines.append("Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam")
        if _party_committee(parts[0]):
            lines.append(f"Thường trực {_party_committee(parts[0])}")
    lines.append("Các đơn vị cấp xã")
    return tuple(lines)


def _recipients(entries: tuple[str, ...]) -> list[str]:
    cleaned = [entry.strip().lstrip("-–").strip().rstrip(";.,").strip() for entry in entries]
    cleaned = [entry for entry in cleaned if entry and not entry.startswith("Lưu")]
    cleaned.append(ARCHIVE_LINE)
    return [f"- {entry}{'.' if index == len(cleaned) - 1 else ';'}"
            for index, entry in enumerate(cleaned)]


def _units(rows: list[CommuneRow]) -> str:
    return ", ".join(row.title for row in rows)


def _intro(rollup: Rollup, issuer: str) -> str:
    return (
        f"{_issuer_body(issuer)} tổng hợp tình hình chuẩn bị Đại hội đại biểu Mặt trận Tổ quốc "
        f"Việt Nam của {count_text(len(rollup.rows))} đơn vị {level_name(rollup)}, theo dữ liệu "
        f"đại hội của từng đơn vị, số liệu tính đến ngày {format_date_short(rollup.today)}, "
        "như sau:"
    )


def _progress(rollup: Rollup) -> list[str]:
    rows = list(rollup.rows)
    pilots = [row for row in rows if row.pilot]
    held = [row for row in rows if row.congress_date < rollup.today]
    lines = [f"Số đơn vị tổng hợp: {count_text(len(rows))}"
             + (f"; đại hội điểm: {_units(pilots)}" if pilots else "") + ";"]
    lines.append(f"Đơn vị đã đến ngày đại hội: {count_text(len(held))}; chưa đến ngày đại hội: "
                 f"{count_text(len(rows) - len(held))};")
    for status in ("late", "at_risk"):
        chosen = [row for row in rows if row.status == status]
        if chosen:
            lines.append(f"{STATUS_LABELS[status]}: {count_text(len(chosen))} đơn vị "
                         f"({_units(chosen)});")
    if not any(row.status in ("late", "at_risk") for row in rows):
        lines.append("Không có đơn vị chậm tiến độ hoặc sắp đến hạn;")
    lines[-1] = lines[-1][:-1] + "."
    return lines


def _people(rollup: Rollup) -> list[str]:
    average = rollup.average("delegates")
    members = rollup.average("committee")
    return [
        f"Tổng số đại biểu chính thức dự đại hội: {format_number(rollup.total('delegates'))} "
        f"đại biểu, bình quân {_decimal(average)} đại biểu/đơn vị;",
        f"Ủy ban khóa mới (dự kiến): {format_number(rollup.total('committee'))} ủy viên, bình "
        f"quân {_decimal(members)} ủy viên/đơn vị; Ban Thường trực (dự kiến): "
        f"{format_number(rollup.total('standing'))} vị.",
    ]


def _decimal(value: Decimal | None) -> str:
    """An average as documents write it: "95", "30,77"."""
    if value is None:
        return "—"
    if value == value.to_integral_value():
        return format_number(int(value))
    return format_number(value, 2)


def _share_lines(rollup: Rollup) -> list[dict[str, Any]]:
    return [
        {
            "number": index,
            "label": SHARE_LABELS[key],
            "count": format_number(rollup.total_share(key).count),
            "percent": percent_text(rollup.total_share(key).percent),
            "average": percent_text(rollup.average_percent(key)),
        }
        for index, key in enumerate(SHARE_KEYS, start=1)
    ]


def _checks(rollup: Rollup) -> list[str]:
    errors, warnings = rollup.total("rule_errors"), rollup.total("rule_warnings")
    with_findings = [row for row in rollup.rows if row.rule_errors or row.rule_warnings]
    lines = [f"Kiểm tra theo quy định: {count_text(errors)} lỗi, {count_text(warnings)} cảnh báo"
             + (f" ở {count_text(len(with_findings))} đơn vị ({_units(with_findings)})"
                if with_findings else "") + ";"]
    to_fill = [row for row in rollup.rows if row.to_fill]
    lines.append(f"Chỗ còn phải điền trong dữ liệu: {count_text(rollup.total('to_fill'))}"
                 + (f", ở {count_text(len(to_fill))} đơn vị" if to_fill else "") + ";")
    if rollup.problems:
        files = sorted({str(issue.file) for issue in rollup.problems if issue.file is not None})
        lines.append(f"Tệp dữ liệu không đọc được, chưa tổng hợp: {count_text(len(files))} "
                     f"({', '.join(files)});")
    return lines


def _documents(rollup: Rollup) -> list[str]:
    built = [row for row in rollup.rows if row.documents.built]
    return [
        f"Văn kiện đã tạo: {count_text(rollup.total('built'))} văn kiện của "
        f"{count_text(len(built))} đơn vị; đã được sửa tay sau khi tạo: "
        f"{count_text(rollup.total('edited'))}; bản PDF: {count_text(rollup.total('pdf'))}."
    ]


def _date(value: dt.date | None) -> str:
    return format_date_short(value) if value is not None else ""


def _documents_cell(row: CommuneRow) -> str:
    documents = row.documents
    return f"{documents.built}/{documents.edited}/{documents.pdf}" if documents.built else "—"


def _progress_row(number: int, row: CommuneRow) -> dict[str, Any]:
    return {
        "number": number, "unit": row.title, "date": _date(row.congress_date),
        "pilot": "x" if row.pilot else "", "deadline": _date(row.deadline),
        "status": STATUS_LABELS[row.status], "delegates": format_number(row.delegates),
        "committee": format_number(row.committee), "standing": format_number(row.standing),
        "errors": row.rule_errors, "warnings": row.rule_warnings, "to_fill": row.to_fill,
        "documents": _documents_cell(row),
    }


def _progress_total(rollup: Rollup) -> dict[str, Any]:
    return {
        "number": "", "unit": TOTAL, "date": "",
        "pilot": sum(row.pilot for row in rollup.rows), "deadline": "",
        "status": f"{rollup.status_count('late')} chậm",
        "delegates": format_number(rollup.total("delegates")),
        "committee": format_number(rollup.total("committee")),
        "standing": format_number(rollup.total("standing")),
        "errors": rollup.total("rule_errors"), "warnings": rollup.total("rule_warnings"),
        "to_fill": rollup.total("to_fill"),
        "documents": f"{rollup.total('built')}/{rollup.total('edited')}/{rollup.total('pdf')}",
    }


def _progress_average(rollup: Rollup) -> dict[str, Any]:
    return {
        "number": "", "unit": AVERAGE, "date": "", "pilot": "", "deadline": "", "status": "",
        **{name: _decimal(rollup.average(source)) for name, source in (
            ("delegates", "delegates"), ("committee", "committee"), ("standing", "standing"),
            ("errors", "rule_errors"), ("warnings", "rule_warnings"), ("to_fill", "to_fill"))},
        "documents": "",
    }


def _cell(share: Share) -> str:
    return f"{share.count} ({percent_text(share.percent)})"


def _share_row(number: int, row: CommuneRow) -> dict[str, Any]:
    return {"number": number, "unit": row.title, "committee": row.committee,
            **{key: _cell(row.shares[key]) for key in SHARE_KEYS}}


def _share_total(rollup: Rollup) -> dict[str, Any]:
    return {"number": "", "unit": TOTAL, "committee": rollup.total("committee"),
            **{key: _cell(rollup.total_share(key)) for key in SHARE_KEYS}}


def _share_average(rollup: Rollup) -> dict[str, Any]:
    return {"number": "", "unit": AVERAGE, "committee": _decimal(rollup.average("committee")),
            **{key: f"{_decimal(rollup.average(key))} "
                    f"({percent_text(rollup.average_percent(key))})" for key in SHARE_KEYS}}
