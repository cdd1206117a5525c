"""Real processes killed with SIGKILL mid-build, and real builds racing for one output folder."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pytest

from congress_docs.build import build
from congress_docs.manifest import Ownership, load_manifest, ownership
from congress_docs.paths import sample_district_dir

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")

# A build that kills itself with SIGKILL at the Nth rename (the moment a written file replaces
# the old one), just before or just after it: the exact crash points that matter.
_KILLER = """
import os, signal, sys
from pathlib import Path
target, when = int(sys.argv[1]), sys.argv[2]
calls = [0]
real_replace = Path.replace
def replace(self, other):
    calls[0] += 1
    if calls[0] == target and when == "before":
        os.kill(os.getpid(), signal.SIGKILL)
    result = real_replace(self, other)
    if calls[0] == target and when == "after":
        os.kill(os.getpid(), signal.SIGKILL)
    return result
Path.replace = replace
from congress_docs.cli import main
sys.argv = ["congress-docs", "build", *sys.argv[3:]]
main()
"""


def _data(tmp_path: Path, communes: int) -> Path:
    """A copy of the sample district with its first `communes` commune files."""
    source = sample_district_dir()
    folder = tmp_path / "data" / source.name
    folder.mkdir(parents=True)
    shutil.copy(source / "district.yaml", folder / "district.yaml")
    for path in sorted(p for p in source.glob("*.yaml") if p.name != "district.yaml")[:communes]:
        shutil.copy(path, folder / path.name)
    return folder


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "from congress_docs.cli import main; main()", *args]


def _assert_no_partial_document(output: Path) -> None:
    for path in output.rglob("*.docx"):
        assert zipfile.is_zipfile(path), f"partial document {path}"
        docx.Document(str(path))  # opens: every part is complete


def _assert_recovers(data: Path, output: Path) -> None:
    """The next build completes, keeps nothing as 'not ours', and leaves no temporary file."""
    report = build([data], output=output, lock_wait=30)
    assert report.ok, report.failures()
    assert not report.kept(), [str(d.path) for d in report.kept()]
    assert not list(output.rglob("*.tmp"))
    for commune in report.communes:
        assert commune.folder is not None
        manifest = load_manifest(commune.folder)
        # Kit documents a commune has no data for are not written, so have no owner.
        for document in (d for d in commune.documents if d.status != "skipped"):
            assert ownership(document.path, manifest) is Ownership.OURS
    _assert_no_partial_document(output)


def _killed_build(data: Path, output: Path, target: int, when: str) -> None:
    process = subprocess.run(
        [sys.executable, "-c", _KILLER, str(target), when, str(data), "--output", str(output)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert process.returncode == -signal.SIGKILL, process.stderr


@pytest.mark.parametrize(
    ("target", "when"),
    # one commune: the manifest recording all five documents is renamed into place first (1),
    # then each document (2-6): killed between them, after the first, after the last
    [(1, "after"), (2, "before"), (2, "after"), (6, "after")],
)
def test_sigkill_at_each_write_point_leaves_a_recoverable_folder(
    tmp_path: Path, target: int, when: str
) -> None:
    data = _data(tmp_path, 1)
    output = tmp_path / "output"
    build([data], output=output)  # a first build: the files there are ours
    commune = next(p for p in data.glob("*.yaml") if p.name != "district.yaml")
    text = commune.read_text(encoding="utf-8")
    assert "  venue: " in text
    # the documents change, so the killed build was replacing files of ours
    commune.write_text(text.replace("  venue: ", "  venue: Hội trường mới, ", 1), encoding="utf-8")
    _killed_build(data, output, target, when)
    _assert_no_partial_document(output)
    _assert_recovers(data, output)


def test_sigkill_during_a_first_build_at_a_random_moment(tmp_path: Path) -> None:
    data = _data(tmp_path, 3)
    output = tmp_path / "output"
    process = subprocess.Popen(_cli("build", str(data), "--output", str(output)),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not list(output.rglob("*.docx")) and time.monotonic() < deadline:
            if process.poll() is not None:
                break
            time.sleep(0.02)
        time.sleep(random.uniform(0.0, 1.0))
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
    _assert_no_partial_document(output)
    _assert_recovers(data, output)


def _hold_lock(output: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; "
         "from congress_docs.buildlock import output_lock\n"
         "with output_lock(Path(sys.argv[1]), wait=0):\n"
         "    print('locked', flush=True); time.sleep(120)", str(output)],
        stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_second_build_stops_with_a_clear_message_while_another_holds_the_folder(
    tmp_path: Path,
) -> None:
    data = _data(tmp_path, 1)
    output = tmp_path / "output"
    holder = _hold_lock(output)
    try:
        started = time.monotonic()
        second = subprocess.run(_cli("--lang", "vi", "build", str(data), "--output", str(output),
                                     "--wait", "1"), capture_output=True, text=True, timeout=120,
                                check=False)
        assert second.returncode == 1
        assert time.monotonic() - started < 60
        assert f"một lượt build khác đang ghi vào {output} (tiến trình {holder.pid}, bắt đầu lúc" \
            in second.stderr, second.stderr
        assert "Traceback" not in second.stderr
        assert not list(output.rglob("*.docx"))
    finally:
        holder.send_signal(signal.SIGKILL)  # a killed holder leaves no stale lock
        holder.wait(timeout=60)
    _assert_recovers(data, output)


def test_two_builds_into_one_folder_at_once_both_complete_one_after_the_other(
    tmp_path: Path,
) -> None:
    data = _data(tmp_path, 2)
    output = tmp_path / "output"
    env = dict(os.environ, LANG="vi_VN.UTF-8")
    command = _cli("build", str(data), "--output", str(output))
    first = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=env)
    second = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=env)
    results = [process.communicate(timeout=300) for process in (first, second)]
    assert first.returncode == 0, results[0]
    assert second.returncode == 0, results[1]
    # Neither saw the other's files as foreign: the second waited, then replaced nothing by hand.
    for stdout, _stderr in results:
        assert "giữ nguyên 0" in stdout.splitlines()[-1], stdout
    _assert_no_partial_document(output)
    _assert_recovers(data, output)
