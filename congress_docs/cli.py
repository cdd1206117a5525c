"""The `congress-docs` command line: parse options, call one library function, print the result."""

from __future__ import annotations

import sys
from typing import Any

import click

from congress_docs import __version__
from congress_docs.errors import CongressDocsError
from congress_docs.i18n import LANGUAGES, default_language, set_language

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class _Group(click.Group):
    """A group that turns every CongressDocsError into one message on stderr and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CongressDocsError as err:
            raise click.ClickException(str(err)) from err


@click.group(cls=_Group, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version", prog_name="congress-docs")
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    default=None,
    help="Language of messages: vi (default) or en; an English locale also selects en.",
)
def cli(lang: str | None) -> None:
    """Write the draft documents of an MTTQ congress from one YAML file per commune."""
    set_language(lang or default_language())


# -- commands are added below, each one parsing options and calling one library function --


def main() -> None:
    """Entry point of the console script."""
    cli(prog_name="congress-docs")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
