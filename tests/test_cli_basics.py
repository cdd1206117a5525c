"""The command line answers --version and --help, and runs as `python -m congress_docs`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from congress_docs import __version__
from congress_docs.cli import cli


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_short_help_option() -> None:
    result = CliRunner().invoke(cli, ["-h"])
    assert result.exit_code == 0
    assert "validate" in result.output


def test_every_command_has_help() -> None:
    for name, command in cli.commands.items():
        assert command.help, f"{name} has no help text"
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name


def test_unknown_option_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["validate", "--no-such-option"])
    assert result.exit_code == 2


def test_python_dash_m(tmp_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "congress_docs", "--version"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        check=False,
        env=None,
    )
    assert completed.returncode == 0, completed.stderr
    assert __version__ in completed.stdout


def test_console_script_runs_the_command_with_the_collector_on(tmp_path: Path) -> None:
    # The start-up objects are frozen, but what a long build makes must still be collected.
    probe = (
        "import gc, sys\n"
        "import congress_docs.cli as cli\n"
        "cli.main = lambda: print(gc.isenabled(), gc.get_freeze_count() > 10_000)\n"
        "from congress_docs.start import main\n"
        "main()\n"
    )
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                               encoding="utf-8", cwd=tmp_path, check=False)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.split() == ["True", "True"]


def test_console_script_points_at_the_fast_start() -> None:
    pyproject = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert 'congress-docs = "congress_docs.start:main"' in pyproject
