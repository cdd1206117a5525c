"""Page, font and block measures shared by every template (MTTQ defaults, format-spec C.2)."""

from __future__ import annotations

FONT = "Times New Roman"
# A4, margins 20/20/30/15 mm, body 14 pt, 1.15 lines.
PAGE_W_MM, PAGE_H_MM = 210, 297
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 20, 20, 30, 15
TEXT_WIDTH_CM = (PAGE_W_MM - MARGIN_LEFT - MARGIN_RIGHT) / 10
# a landscape page turns its margins: top and bottom of the portrait page are its sides
LANDSCAPE_TEXT_WIDTH_CM = (PAGE_H_MM - MARGIN_TOP - MARGIN_BOTTOM) / 10
BODY_PT = 14
LINE_SPACING = 1.15
AFTER_PT = 6
INDENT_CM = 1.27
# Header table: issuer block on the left, national motto on the right (format-spec A.2).
# The table is 5 mm wider than the text and centred: the congress issuer line ("MẶT TRẬN TỔ QUỐC
# VIỆT NAM", 13 pt bold) and the Quốc hiệu (12 pt bold) each need their full line.
HEADER_LEFT_CM = 7.8
HEADER_RIGHT_CM = TEXT_WIDTH_CM + 0.5 - HEADER_LEFT_CM
MOTTO_WIDTH_CM = 5.8  # "Độc lập - Tự do - Hạnh phúc", 13 pt bold: its rule is as long as it
ISSUER_RULE_CM = 2.4
SUMMARY_RULE_CM = 4.5
CELL_MARGIN_CM = 0.1
