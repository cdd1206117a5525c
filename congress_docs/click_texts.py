"""Click's own help, usage and error texts ("Usage:", "Missing argument"...) in the user's language.

Click marks its texts for gettext's default domain and offers no hook for another catalogue, so
the `_` and `ngettext` that Click's modules call at run time are pointed at this project's
catalogue (locale/vi/click.po). Texts Click builds when a command is declared (the help of
--version) stay English and are translated when help is shown, like the commands' own help.
"""

from __future__ import annotations

import contextlib
import gettext
import inspect
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import click
import click.core
import click.exceptions
import click.formatting
import click.parser
import click.termui
import click.types

from congress_docs.i18n import _

__all__ = ["install_click_texts", "translated_help"]

_RUNTIME_MODULES: tuple[ModuleType, ...] = (
    click.core, click.exceptions, click.formatting, click.parser, click.termui, click.types,
)


class _Deferred(str):
    """A Click type name ("path"), translated when an error shows it rather than at import."""

    def title(self) -> str:
        text = _(str.__str__(self))
        return text[:1].upper() + text[1:]


def _click_gettext(message: str) -> str:
    if message in ("file", "directory", "path"):
        return _Deferred(message)
    return _(message)


def _click_ngettext(singular: str, plural: str, count: int) -> str:
    return _(singular if count == 1 else plural)


def install_click_texts() -> None:
    """Route Click's run-time texts through the catalogue (idempotent)."""
    for module in _RUNTIME_MODULES:
        if getattr(module, "_", None) is gettext.gettext:
            module._ = _click_gettext  # type: ignore[attr-defined]
        if getattr(module, "ngettext", None) is gettext.ngettext:
            module.ngettext = _click_ngettext  # type: ignore[attr-defined]


@contextlib.contextmanager
def translated_help(command: click.Command, ctx: click.Context) -> Iterator[None]:
    """Show `command`'s help, its options' and its subcommands' in the current language.

    Help texts are English message ids (docstrings and `help=`, dedented as Click shows them;
    locale/vi/cli-help.po); a missing translation shows the English text.
    """
    objects: list[Any] = [command, *command.get_params(ctx)]
    if isinstance(command, click.Group):
        objects.extend(command.commands.values())
    saved = [(item, item.help) for item in objects if getattr(item, "help", None)]
    for item, text in saved:
        key = inspect.cleandoc(text)
        translated = _(key)
        item.help = translated if translated != key else text
    try:
        yield
    finally:
        for item, text in saved:
            item.help = text
