"""The `congress-docs` command line: parse options, call one library function, print the result."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from congress_docs import __version__
from congress_docs.errors import CongressDocsError
from congress_docs.i18n import LANGUAGES, _, default_language, set_language
from congress_docs.paths import sample_district_dir
from congress_docs.loading import load_congress
from congress_docs.schema import congress_schema_text
from congress_docs.starter import write_starter
from congress_docs.validate import FileResult, validate_paths

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

_EXISTING = click.Path(exists=True, path_type=Path)


@cli.command()
@click.argument("paths", nargs=-1, type=_EXISTING)
def validate(paths: tuple[Path, ...]) -> None:
    """Check congress files (files or folders; default: the bundled sample district).

    \b
    Example:
      congress-docs validate data/tam-duong/ban-hon.yaml
    """
    report = validate_paths(list(paths) or [sample_district_dir()])
    if not report.files:
        raise click.ClickException(_("no congress files found"))
    for result in report.files:
        for issue in result.issues:
            click.echo(str(issue))
        for warning in result.warnings:
            click.echo(_("{issue} (warning)").format(issue=warning))
    for result in report.files:
        click.echo(_summary_line(result))
    valid = sum(result.ok for result in report.files)
    click.echo(
        _("{total} file(s): {valid} valid, {invalid} with errors").format(
            total=len(report.files), valid=valid, invalid=len(report.files) - valid
        )
    )
    if not report.ok:
        sys.exit(1)


def _summary_line(result: FileResult) -> str:
    if result.loaded is None or not result.ok:
        return _("INVALID {path}: {count} problem(s)").format(
            path=result.path, count=len(result.issues)
        )
    unit = result.loaded.model.unit
    return _("OK      {path}: {kind} {name}, {warnings} field(s) still to fill").format(
        path=result.path, kind=unit.kind, name=unit.name, warnings=len(result.warnings)
    )


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--commune", required=True, help="Name of the commune, without 'xã', e.g. 'Bản Hon'.")
@click.option(
    "--kind", type=click.Choice(["xã", "phường", "thị trấn", "đặc khu"]), default="xã",
    show_default=True, help="Kind of unit.",
)
@click.option("--district", "district_file", type=click.Path(exists=True, dir_okay=False,
              path_type=Path), help="Shared district file whose facts the commune inherits.")
@click.option("--force", is_flag=True, help="Replace FILE if it exists.")
def new(file: Path, commune: str, kind: str, district_file: Path | None, force: bool) -> None:
    """Write a starter congress file with a Vietnamese comment on every field.

    \b
    Example:
      congress-docs new data/tam-duong/ban-moi.yaml --commune "Bản Mới" --district data/tam-duong/district.yaml
    """
    written = write_starter(file, commune=commune, kind=kind, district_file=district_file,
                            force=force)
    loaded = load_congress(written)
    click.echo(_("Wrote {path}").format(path=written))
    for warning in loaded.warnings:
        click.echo(_("{issue} (warning)").format(issue=warning))
    click.echo(_("{count} field(s) still to fill; run 'congress-docs validate {path}' after editing")
               .format(count=len(loaded.warnings), path=written))


@cli.command()
def schema() -> None:
    """Print the JSON Schema of a congress file (for VS Code and other editors).

    \b
    Example:
      congress-docs schema > data/commune.schema.json
    """
    click.echo(congress_schema_text(), nl=False)


def main() -> None:
    """Entry point of the console script."""
    cli(prog_name="congress-docs")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
