"""The `congress-docs` command line: parse options, call one library function, print the result."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from congress_docs import __version__
from congress_docs.click_texts import install_click_texts, translated_help
from congress_docs.errors import CongressDocsError
from congress_docs.i18n import LANGUAGES, _, default_language, set_language
from congress_docs.kinds import KINDS
from congress_docs.loading import find_congress_files, load_congress
from congress_docs.paths import sample_district_dir
from congress_docs.safefiles import os_error_message_for

if TYPE_CHECKING:
    from congress_docs.validate import FileLine

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
install_click_texts()


def _choose_language(lang: str | None) -> str | None:
    set_language(lang or default_language())
    return lang


class _Command(click.Command):
    """A command whose help (its own and Click's) is shown in the user's language."""

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with translated_help(self, ctx):
            super().format_help(ctx, formatter)


class _Group(click.Group):
    """A group that turns every CongressDocsError into one message on stderr and exit code 1."""

    command_class = _Command

    def make_context(self, info_name: str | None, args: list[str],
                     parent: click.Context | None = None, **extra: Any) -> click.Context:
        # The language must be known before an eager --help prints anything.
        set_language(default_language())
        return super().make_context(info_name, args, parent, **extra)

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with translated_help(self, ctx):
            super().format_help(ctx, formatter)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CongressDocsError as err:
            raise click.ClickException(str(err)) from err
        except OSError as err:  # a disk full, a folder that is a file...: a message, no traceback
            raise click.ClickException(os_error_message_for(err)) from err


@click.group(cls=_Group, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version", prog_name="congress-docs")
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    default=None,
    is_eager=True,
    callback=lambda _ctx, _param, value: _choose_language(value),
    help="Language of messages: vi (default) or en; an English locale also selects en.",
)
def cli(lang: str | None) -> None:
    """Write the draft documents of an MTTQ congress from one YAML file per commune."""
    set_language(lang or default_language())


# -- commands are added below, each one parsing options and calling one library function --

_EXISTING = click.Path(exists=True, path_type=Path)
_LOCAL_DATA = Path("data")


def _data_paths(paths: tuple[Path, ...]) -> list[Path]:
    """The paths given, else ./data when it holds congress files, else the bundled sample.

    Without paths the choice is said on stderr, so nobody mistakes the sample for their data.
    """
    if paths:
        return list(paths)
    if _LOCAL_DATA.is_dir() and find_congress_files([_LOCAL_DATA]):
        click.echo(_("no path given: using the congress files in {folder}").format(
            folder=_LOCAL_DATA.resolve()), err=True)
        return [_LOCAL_DATA]
    sample = sample_district_dir()
    click.echo(_("no path given and no congress files in ./data: using the bundled sample "
                 "data ({folder})").format(folder=sample), err=True)
    return [sample]


@cli.command()
@click.argument("paths", nargs=-1, type=_EXISTING)
@click.option("--strict", is_flag=True, help="Treat rule warnings as errors (exit code 1).")
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text",
    show_default=True, help="text for people, json for programs.",
)
def validate(paths: tuple[Path, ...], strict: bool, output_format: str) -> None:
    """Check congress files (files or folders; default: ./data, else the bundled sample).

    The data-model checks come first, then the rules of the profile each file names
    (rules_profile): one line per finding with the commune, the fact, the limit and the source.

    \b
    Example:
      congress-docs validate data/tam-duong/ban-hon.yaml
      congress-docs validate --strict --format json data/tam-duong
    """
    from congress_docs.validate import Tally, iter_validated

    tally = Tally(strict=strict, keep_json=output_format == "json")
    for result in iter_validated(_data_paths(paths)):
        tally.add(result)
        if output_format == "text":
            for issue in result.issues:
                click.echo(str(issue))
            for warning in (*result.normalised, *result.warnings):
                click.echo(_("{issue} (warning)").format(issue=warning))
            for gap in result.gaps:
                click.echo(_("{issue} (optional document)").format(issue=gap))
    if not tally.files:
        raise click.ClickException(_("no congress files found"))
    if output_format == "json":
        click.echo(json.dumps(tally.to_json(), ensure_ascii=False, indent=2))
        sys.exit(0 if tally.passed else 1)
    for finding in tally.findings:
        click.echo(str(finding))
    for line in tally.files:
        click.echo(_summary_line(line))
    click.echo(
        _("{total} file(s): {valid} valid, {invalid} with errors").format(
            total=len(tally.files), valid=tally.valid, invalid=len(tally.files) - tally.valid
        )
    )
    click.echo(_("rules: {errors} error(s), {warnings} warning(s){strict}").format(
        errors=tally.rule_errors, warnings=tally.rule_warnings,
        strict=_(" (--strict: warnings count as errors)") if strict else ""))
    if not tally.passed:
        sys.exit(1)


def _summary_line(line: FileLine) -> str:
    if not line.ok:
        return _("INVALID {path}: {count} problem(s)").format(path=line.path, count=line.problems)
    return _("OK      {path}: {title}, {warnings} field(s) still to fill").format(
        path=line.path, title=line.title, warnings=line.to_fill
    )


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--commune", required=True, help="Name of the commune, without 'xã', e.g. 'Bản Hon'.")
@click.option(
    "--kind", type=click.Choice(["xã", "phường", "thị trấn", "đặc khu"]), default="xã",
    show_default=True, help="Kind of unit.",
)
@click.option("--district", "district_file", type=click.Path(exists=True, dir_okay=False,
              path_type=Path),
              help="Shared file of the district (from 2025: of the province) whose facts the "
                   "commune inherits.")
@click.option("--force", is_flag=True, help="Replace FILE if it exists.")
def new(file: Path, commune: str, kind: str, district_file: Path | None, force: bool) -> None:
    """Write a starter congress file with a Vietnamese comment on every field.

    \b
    Example:
      congress-docs new data/tam-duong/ban-moi.yaml --commune "Bản Mới" \\
        --district data/tam-duong/district.yaml
    """
    from congress_docs.starter import write_starter

    written = write_starter(file, commune=commune, kind=kind, district_file=district_file,
                            force=force)
    loaded = load_congress(written)
    click.echo(_("Wrote {path}").format(path=written))
    for warning in (*loaded.normalised, *loaded.warnings):
        click.echo(_("{issue} (warning)").format(issue=warning))
    hint = _("{count} field(s) still to fill; run 'congress-docs validate {path}' after editing")
    click.echo(hint.format(count=len(loaded.warnings), path=written))


@cli.command()
def schema() -> None:
    """Print the JSON Schema of a congress file (for VS Code and other editors).

    \b
    Example:
      congress-docs schema > data/commune.schema.json
    """
    from congress_docs.schema import congress_schema_text

    click.echo(congress_schema_text(), nl=False)


@cli.command()
@click.pass_context
def doctor(ctx: click.Context) -> None:
    """Check LibreOffice and the fonts PDF export needs; say how to install what is missing."""
    from congress_docs.doctor import diagnose, render_report

    report = diagnose()
    click.echo(render_report(report))
    ctx.exit(0 if report.ok else 1)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--regime", type=click.Choice(["mttq", "nd30", "party"]), default="mttq", show_default=True,
    help="Rule set: mttq (MTTQ, HD 91), nd30 (state, NĐ 30/2020) or party (HD 36).",
)
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text",
    show_default=True, help="text for people, json for programs.",
)
@click.option("--fix", is_flag=True,
              help="Write a copy with the layout mended (never the text) to -o; FILE or folder.")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="With --fix: the new .docx (or folder, for a folder).")
@click.option("--dry-run", is_flag=True, help="With --fix: list the changes, write nothing.")
@click.option("--force", is_flag=True, help="With --fix: replace an existing output file.")
@click.pass_context
def check(ctx: click.Context, files: tuple[Path, ...], regime: str, output_format: str,
          fix: bool, output: Path | None, dry_run: bool, force: bool) -> None:
    """Check the format of .docx files (any origin) against a regime's rules; exit 1 on an error.

    \b
    Example:
      congress-docs check out/ban-hon/*.docx
      congress-docs check --regime party --format json ke-hoach.docx
      congress-docs check --fix ke-hoach.docx -o ke-hoach-sua.docx
    """
    if fix:
        _check_fix(ctx, files, regime, output, dry_run, force)
        return
    from congress_docs.checker import check_batch, reports_to_json, reports_to_text

    batch = check_batch(files, regime=regime)
    if batch.reports:
        render = reports_to_json if output_format == "json" else reports_to_text
        click.echo(render(batch.reports))
    if batch.failures:
        raise batch.failures[0].__class__("\n".join(str(err) for err in batch.failures))
    ctx.exit(1 if batch.has_errors else 0)


def _check_fix(ctx: click.Context, files: tuple[Path, ...], regime: str, output: Path | None,
               dry_run: bool, force: bool) -> None:
    from congress_docs.checker.fix import fix_paths
    from congress_docs.checker.fix_report import fixes_to_text

    if len(files) != 1:
        raise click.UsageError(_("--fix takes one file or one folder"))
    source = files[0]
    if output is None and not dry_run:
        raise click.UsageError(_("--fix needs -o OUTPUT (a new file, or a folder for a folder)"))
    if output is None:
        output = source if source.is_dir() else source.with_name(f"{source.stem}-fixed.docx")
    batch = fix_paths(source, output, regime=regime, force=force, dry_run=dry_run)
    click.echo(fixes_to_text(batch, dry_run=dry_run))
    ctx.exit(1 if batch.failures else 0)


@cli.command()
@click.argument("paths", nargs=-1, type=_EXISTING)
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS),
              help="Only this document (repeatable); default: all eleven, 06-11 where their "
                   "data is given.")
@click.option("--output", type=click.Path(file_okay=False, path_type=Path), default=Path("output"),
              show_default=True, help="Folder the documents are written into.")
@click.option("--templates", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of your own templates; each replaces the built-in one of the same name.")
@click.option("--force", is_flag=True,
              help="Also replace files changed by hand (the old file is kept as a backup).")
@click.option("--pdf", is_flag=True, help="Also convert each written document to PDF.")
@click.option("--strict", is_flag=True, help="Treat rule warnings as errors (exit code 1).")
@click.pass_context
@click.option("--wait", "lock_wait", type=click.FloatRange(min=0), default=60.0,
              show_default=True,
              help="If another build is writing into OUTPUT, wait this many seconds, then stop.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes working at once, and LibreOffice workers for --pdf "
                   "(default: the number of processor cores).")
@click.option("--rebuild", is_flag=True,
              help="Write every document again, even those whose data, template and version "
                   "did not change.")
@click.option("--only-failed", is_flag=True,
              help="Build only the congress files that failed in the last build into OUTPUT.")
def build(ctx: click.Context, paths: tuple[Path, ...], kinds: tuple[str, ...], output: Path,
          templates: Path | None, force: bool, pdf: bool, strict: bool, lock_wait: float,
          jobs: int | None, rebuild: bool, only_failed: bool) -> None:
    """Write the documents of each commune into OUTPUT/<district>/<commune>/.

    PATHS are congress files or folders (default: ./data, else the bundled sample). A file
    changed by hand since the last build is kept unless --force. Exit code 1 if anything failed
    or a commune breaks a rule error (its documents are still written); --strict: warnings too.

    \b
    Example:
      congress-docs build data/tam-duong --output output
    """
    from congress_docs.build import build as build_documents
    from congress_docs.progress import BuildProgress

    progress = BuildProgress(sys.stderr)
    report = build_documents(_data_paths(paths), kinds=kinds, output=output,
                             templates=templates, force=force, pdf=pdf, lock_wait=lock_wait,
                             jobs=jobs or os.cpu_count() or 1, rebuild=rebuild,
                             only_failed=only_failed, progress=progress)
    for commune in report.communes:
        click.echo(commune.summary_line())
        for line in commune.detail_lines():
            click.echo("  " + line)
    failures = report.failures()
    if failures:
        click.echo(_("Failures:"), err=True)
        for line in failures:
            click.echo(line, err=True)
    click.echo(report.summary_line(strict=strict))
    click.echo(report.timing_line(), err=True)
    ctx.exit(0 if report.passes(strict=strict) else 1)


@cli.command()
@click.option("--templates", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of your own templates to check against the built-in ones.")
@click.pass_context
def templates(ctx: click.Context, templates: Path | None) -> None:
    """List the document kinds, their template files and the variables each template uses.

    With --templates, also check your templates: unknown variables and tag errors, all at once.

    \b
    Example:
      congress-docs templates --templates my-templates
    """
    from congress_docs.template_inspect import review_templates

    review = review_templates(templates)
    for info in review.templates:
        origin = _("custom") if info.custom else _("built-in")
        click.echo(f"{info.kind}: {info.file} ({origin})")
        for variable in info.variables:
            click.echo(f"    {variable}")
    for issue in review.issues:
        click.echo(str(issue), err=True)
    if not review.ok:
        click.echo(_("{count} problem(s) found in the templates").format(
            count=len(review.issues)), err=True)
    ctx.exit(0 if review.ok else 1)


@cli.command()
@click.argument("paths", nargs=-1, type=_EXISTING)
@click.option("--today", type=click.DateTime(["%Y-%m-%d", "%d/%m/%Y"]), default=None,
              help="Reference date, YYYY-MM-DD or DD/MM/YYYY (default: today).")
@click.option("--risk-days", type=click.IntRange(0, 365), default=14, show_default=True,
              help="A step due within this many days is 'at risk'.")
@click.option("--ics", "ics_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the steps as an .ics calendar file.")
@click.option("--xlsx", "xlsx_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the steps as an .xlsx sheet.")
@click.option("--force", is_flag=True, help="Replace an existing .ics or .xlsx file.")
def timeline(
    paths: tuple[Path, ...], today: dt.datetime | None, risk_days: int,
    ics_file: Path | None, xlsx_file: Path | None, force: bool,
) -> None:
    """Show each commune's preparation steps (approvals, congress, deadline) and what is late.

    \b
    Example:
      congress-docs timeline data/tam-duong --today 2024-02-20 --ics tien-do.ics --xlsx tien-do.xlsx
    """
    from congress_docs.timeline import render_table, timeline_for_paths
    from congress_docs.timeline_export import export_timeline

    day = today.date() if today is not None else dt.date.today()
    result = timeline_for_paths(_data_paths(paths), today=day,
                                risk_days=risk_days)
    written = export_timeline(result, ics=ics_file, xlsx=xlsx_file, force=force)
    for issue in result.problems:
        click.echo(str(issue), err=True)
    click.echo(render_table(result))
    for path in written:
        click.echo(_("written: {path}").format(path=path))
    if result.problems:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, type=_EXISTING)
@click.option("-o", "--output", "target", required=True,
              type=click.Path(dir_okay=False, path_type=Path),
              help="The file to write: .xlsx (workbook) or .docx (Báo cáo tổng hợp).")
@click.option("--builds", type=click.Path(file_okay=False, path_type=Path), default=Path("output"),
              show_default=True, help="Output folder of 'build', read for the document status.")
@click.option("--today", type=click.DateTime(["%Y-%m-%d", "%d/%m/%Y"]), default=None,
              help="Date the figures are taken on, YYYY-MM-DD or DD/MM/YYYY (default: today).")
@click.option("--issuer", default="", help="Issuing front committee, e.g. 'huyện Tam Đường' "
              "(default: the communes' district or province).")
@click.option("--number", default="", help="Number of the report (default: left blank).")
@click.option("--signer", default="", help="Name of the signer (default: left blank).")
@click.option("--recipient", "recipients", multiple=True,
              help="A line of 'Nơi nhận' (repeatable; default: the usual recipients).")
@click.option("--draft", is_flag=True, help="Mark the report DỰ THẢO.")
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
@click.pass_context
def summary(ctx: click.Context, paths: tuple[Path, ...], target: Path, builds: Path,
            today: dt.datetime | None, issuer: str, number: str, signer: str,
            recipients: tuple[str, ...], draft: bool, force: bool) -> None:
    """Summarise every commune (one row each, totals, averages, chart) for the report upward.

    \b
    Example:
      congress-docs summary data/tam-duong -o tong-hop.xlsx
      congress-docs summary data/tam-duong -o bao-cao-tong-hop.docx --signer "Nguyễn Văn A"
    """
    from congress_docs.sheets.summary import write_summary
    from congress_docs.sheets.summary_context import SummarySettings

    day = today.date() if today is not None else dt.date.today()
    settings = SummarySettings(issuer=issuer, number=number, signer=signer, draft=draft,
                               recipients=recipients, date=day)
    result = write_summary(_data_paths(paths), target, builds=builds, today=day,
                           settings=settings, force=force)
    for issue in result.rollup.problems:
        click.echo(str(issue), err=True)
    click.echo(_("written: {path} ({count} commune(s))").format(
        path=result.path, count=len(result.rollup.rows)))
    ctx.exit(1 if result.rollup.problems else 0)


@cli.command("export-people")
@click.argument("commune", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", "target", required=True,
              type=click.Path(dir_okay=False, path_type=Path), help="The .xlsx file to write.")
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
def export_people(commune: Path, target: Path, force: bool) -> None:
    """Write a commune's people and their roles to an Excel sheet with Vietnamese headers.

    \b
    Example:
      congress-docs export-people data/tam-duong/ban-hon.yaml -o nhan-su-ban-hon.xlsx
    """
    from congress_docs.sheets.people_export import export_people as export

    click.echo(_("written: {path}").format(path=export(commune, target, force=force)))


@cli.command("import-people")
@click.argument("sheet", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--into", "commune", required=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The commune file to update.")
def import_people(sheet: Path, commune: Path) -> None:
    """Read a people sheet (.xlsx or .csv) into a commune file, keeping its comments.

    Every row is checked first; with any bad row nothing is written.

    \b
    Example:
      congress-docs import-people nhan-su-ban-hon.xlsx --into data/tam-duong/ban-hon.yaml
    """
    from congress_docs.sheets.people_import import import_people as run_import

    result = run_import(sheet, commune)
    message = (_("updated {path}: {people} people, {members} committee member(s)")
               if result.changed else _("{path} unchanged: {people} people, {members} committee "
                                       "member(s)"))
    click.echo(message.format(path=result.path, people=result.people, members=result.members))


@cli.command()
@click.argument("data", required=False, type=click.Path(exists=True, file_okay=False,
                                                        path_type=Path))
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True,
              help="Port on this computer.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Loopback address to listen on (127.0.0.1, ::1); other addresses are refused.")
@click.option("--output", type=click.Path(file_okay=False, path_type=Path), default=Path("output"),
              show_default=True, help="Folder the documents are written into.")
@click.option("--no-browser", is_flag=True, help="Do not open the page in the browser.")
def serve(data: Path | None, port: int, host: str, output: Path, no_browser: bool) -> None:
    """Open a page in the browser to fill in, check, preview and download (this computer only).

    DATA is the data folder (default as for build: ./data, else the bundled sample). The YAML
    files stay the one source of truth: "Lưu" writes into them, keeping their comments. Stop
    with Ctrl+C.

    \b
    Example:
      congress-docs serve data/tam-duong --port 8765
    """
    from congress_docs.web import check_loopback
    from congress_docs.web import serve as serve_page

    folder = data or _data_paths(())[0]
    check_loopback(host)
    shown = f"[{host}]" if ":" in host else host
    click.echo(_("Serving {folder} at http://{host}:{port}/ (Ctrl+C to stop)").format(
        folder=folder, host=shown, port=port))
    serve_page(folder, output=output, host=host, port=port, open_browser=not no_browser)


def main() -> None:
    """Entry point of the console script."""
    cli(prog_name="congress-docs")


if __name__ == "__main__":  # pragma: no cover
    main()
