"""Vietnamese names the summary prints: share groups, statuses, totals (document content)."""

from __future__ import annotations

from congress_docs.context.committee import SHARE_LABELS
from congress_docs.timeline import Status

__all__ = ["AVERAGE", "SHARE_LABELS", "SHARE_SHORT", "STATUS_LABELS", "TOTAL"]

TOTAL = "Tổng cộng"
AVERAGE = "Bình quân"
# Column headers are narrow: the groups by their usual short names.
SHARE_SHORT = {
    "women": "Nữ",
    "ethnic_minority": "Dân tộc thiểu số",
    "non_party": "Ngoài Đảng",
    "religious": "Tôn giáo",
    "young": "Trẻ tuổi",
    "re_elected": "Tái cử",
    "new": "Lần đầu",
}
STATUS_LABELS: dict[Status, str] = {
    "late": "Chậm tiến độ",
    "at_risk": "Sắp đến hạn",
    "upcoming": "Trong hạn",
    "done": "Đã hoàn thành",
}
