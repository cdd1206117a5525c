"""Spreadsheets and the roll-up: the district summary (.xlsx, .docx) and people lists in Excel."""
