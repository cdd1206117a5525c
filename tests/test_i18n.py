"""Every user message has a Vietnamese translation, and the language can be chosen."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from congress_docs import i18n

PACKAGE = Path(i18n.__file__).parent


def message_ids() -> list[tuple[str, str]]:
    found = []
    for source in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "_"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.append((source.relative_to(PACKAGE).as_posix(), node.args[0].value))
    return found


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_messages_exist() -> None:
    assert len(message_ids()) > 40


@pytest.mark.parametrize(("module", "msgid"), message_ids())
def test_every_message_has_a_vietnamese_translation(module: str, msgid: str) -> None:
    translation = i18n.catalogue("vi").get(msgid)
    assert translation, f"{module}: no Vietnamese translation for {msgid!r}"
    assert fields(translation) == fields(msgid), f"{module}: placeholders differ for {msgid!r}"


def test_language_switch() -> None:
    try:
        i18n.set_language("en")
        assert i18n._("no congress files found") == "no congress files found"
        i18n.set_language("vi")
        assert i18n._("no congress files found") == "không tìm thấy tệp dữ liệu đại hội nào"
    finally:
        i18n.set_language("vi")


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "vi"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "vi_VN.UTF-8"}, "vi"),
        ({"LC_ALL": "en_GB", "LANG": "vi_VN"}, "en"),
        ({"LANG": "C.UTF-8"}, "vi"),
    ],
)
def test_locale_detection(environ: dict[str, str], expected: str) -> None:
    assert i18n.detect_language(environ) == expected


def test_po_parser_reads_continuation_lines() -> None:
    text = 'msgid ""\nmsgstr "header"\n\nmsgid "a"\n"b"\nmsgstr "x"\n"y\\n"\n'
    assert i18n.parse_po(text) == {"ab": "xy\n"}


def string_constants() -> set[str]:
    found = set()
    for source in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


def test_no_translation_is_left_without_its_message() -> None:
    # A stale entry hides a message that changed: its translation is no longer shown anywhere.
    # click.po translates click's own texts; cli-help.po the commands' help as click shows it.
    used = string_constants()
    pages = "\n".join(path.read_text(encoding="utf-8")
                      for path in (PACKAGE / "web").rglob("*") if path.suffix in {".html", ".js"})
    stale = [
        f"{po.name}: {msgid!r}"
        for po in sorted((PACKAGE / "locale").rglob("*.po"))
        if po.name not in {"click.po", "cli-help.po"}
        for msgid in i18n.parse_po(po.read_text(encoding="utf-8"))
        if msgid not in used and msgid not in pages
    ]
    assert not stale, "\n".join(stale)
