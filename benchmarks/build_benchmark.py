"""Measure `build` at national scale, with the plain docxtpl loop as the baseline, in one run.

Usage (from the repository root, after `pip install -e ".[bench]"`):

    python benchmarks/build_benchmark.py [--set synthetic|national|all] [--communes 10600]
                                         [--national N] [--jobs 2] [--baseline 60]
                                         [--work DIR] [--keep]

Data sets, written into a work folder (a temporary one unless --work):
  synthetic  --communes communes (default 10,600: the country before 2025, about 53,000
             documents) of the shape of data/tam-duong/ban-hon.yaml, renamed after the units of
             the current list, in districts of 15 with the sample district file;
  national   every commune and ward of the current list in the `vietnam-provinces` package
             (34 provinces, 3,321 units), of the shape of data/post-2025/lai-chau/muong-than.yaml
             (2025-2030), one folder per province with that province's shared file.
For each set:
  1. baseline: the plain docxtpl loop a user would write (a fresh DocxTemplate per document,
     render with autoescape, save) over the contexts of the first --baseline communes, and
     `build` on the same communes in this one process (jobs=1), end to end: loading, checking,
     contexts, rendering, writing; the ratio is per document;
  2. the whole set through the command line, `congress-docs build --jobs N`: time, documents
     per second, peak memory of the process and its workers together (resident, and
     proportional: pages shared by the forked workers counted once);
  3. the same command again, nothing changed: the unchanged rebuild;
  4. one commune's five documents through the command line, start-up included (median of 5).
Every build writes the five core documents (--kind for each: 01-05), the set the targets of
issue 11 count (10,600 communes x 5 = 53,000 documents); the kit documents 06-11 are left out.
The load average is printed before and after: other work on the machine slows every figure.
Exit status 1 when a build failed or a target is missed.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from congress_docs.build import build  # noqa: E402
from congress_docs.context import build_context  # noqa: E402
from congress_docs.environment import make_jinja_env  # noqa: E402
from congress_docs.kinds import CORE_KINDS  # noqa: E402
from congress_docs.loading import load_congress  # noqa: E402
from congress_docs.template_inspect import template_files  # noqa: E402
from congress_docs.vietnamese import slugify  # noqa: E402

DISTRICT_SIZE = 15
KIND_OPTIONS = [option for kind in CORE_KINDS for option in ("--kind", kind)]
TARGETS = {"ratio": 4.0, "national_s": 300.0, "peak_mb": 400.0, "unchanged_s": 30.0,
           "one_commune_s": 0.4}


@dataclass(frozen=True)
class Unit:
    """One commune or ward of the current list: kind, name, code, its province."""

    kind: str
    name: str
    code: int
    province: str
    province_code: int


def current_units() -> list[Unit]:
    """Every unit of the current list of the vietnam-provinces package."""
    try:
        from vietnam_provinces import Province, Ward
    except ImportError:
        sys.exit("the vietnam-provinces package is needed: pip install -e '.[bench]'")
    provinces = {province.code: province for province in Province.iter_all()}
    units = []
    for ward in Ward.iter_all():
        province = provinces[ward.province_code]
        kind = ward.division_type.value
        name = ward.name[len(kind):].strip() if ward.name.lower().startswith(kind) else ward.name
        units.append(Unit(kind, name, int(ward.code), _bare(province.name),
                          int(province.code)))
    return units


def _bare(province: str) -> str:
    for prefix in ("Thành phố ", "Tỉnh "):
        if province.startswith(prefix):
            return province[len(prefix):]
    return province


def write_synthetic(folder: Path, count: int, units: Sequence[Unit]) -> list[Path]:
    """`count` communes like Bản Hon, named after units of the list, 15 to a district."""
    commune = (ROOT / "data/tam-duong/ban-hon.yaml").read_text(encoding="utf-8")
    district = (ROOT / "data/tam-duong/district.yaml").read_text(encoding="utf-8")
    files = []
    for index in range(count):
        number, place = divmod(index, DISTRICT_SIZE)
        home = folder / f"huyen-{number + 1:04d}"
        if place == 0:
            home.mkdir(parents=True)
            (home / "district.yaml").write_text(
                district.replace("Tam Đường", f"Thử Nghiệm {number + 1}"), encoding="utf-8")
        unit = units[index % len(units)]
        name = unit.name
        path = home / f"{slugify(name)}.yaml"
        if path.exists():  # two units of one name in a district: "Phường 1" of two provinces
            name = f"{name} {unit.code}"
            path = home / f"{slugify(name)}.yaml"
        path.write_text(commune.replace("Bản Hon", name).replace('"03421"', f'"{index:05d}"'),
                        encoding="utf-8")
        files.append(path)
    return files


def write_national(folder: Path, units: Sequence[Unit]) -> list[Path]:
    """The units of the current list, like Mường Than, one folder per province."""
    commune = (ROOT / "data/post-2025/lai-chau/muong-than.yaml").read_text(encoding="utf-8")
    shared = (ROOT / "data/post-2025/lai-chau/district.yaml").read_text(encoding="utf-8")
    files = []
    seen: set[tuple[str, str]] = set()
    for unit in units:
        home = folder / slugify(unit.province)
        if not home.is_dir():
            home.mkdir(parents=True)
            (home / "district.yaml").write_text(
                shared.replace("Lai Châu", unit.province)
                .replace('code: "12"', f'code: "{unit.province_code:02d}"'), encoding="utf-8")
        name = unit.name
        if (unit.province, slugify(name)) in seen:  # "Phường An Bình" and "Xã An Bình"
            name = f"{name} {unit.code}"
        seen.add((unit.province, slugify(name)))
        kind = unit.kind if unit.kind in ("xã", "phường", "đặc khu") else "xã"
        text = (commune.replace("unit: {kind: xã, name: Mường Than}",
                                f"unit: {{kind: {kind}, name: {name}}}")
                .replace("Mường Than", name))
        path = home / f"{slugify(name)}.yaml"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return files


def baseline(files: Sequence[Path], work: Path) -> tuple[float, float, int]:
    """ms per document: the plain docxtpl loop, then our build in this process (jobs=1)."""
    from docxtpl import DocxTemplate

    templates = template_files()
    contexts = []
    for path in files:
        loaded = load_congress(path)
        contexts.extend((kind, build_context(loaded, kind)) for kind in CORE_KINDS)
    env = make_jinja_env()
    plain = work / "plain"
    plain.mkdir(parents=True)
    started = time.perf_counter()
    for number, (kind, context) in enumerate(contexts):
        document = DocxTemplate(str(templates[kind]))
        document.render(context, jinja_env=env, autoescape=True)
        document.save(str(plain / f"{number:06d}.docx"))
    plain_ms = (time.perf_counter() - started) * 1000 / len(contexts)
    started = time.perf_counter()
    report = build(list(files), kinds=CORE_KINDS, output=work / "ours")
    ours_ms = (time.perf_counter() - started) * 1000 / len(contexts)
    if not report.ok:
        sys.exit("the baseline build failed:\n" + "\n".join(report.failures()[:20]))
    return plain_ms, ours_ms, len(contexts)


class Sampler:
    """Peak memory of a process and all its descendants, sampled from /proc."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_rss = 0
        self.peak_pss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            pids = list(_tree(self.pid))
            self.peak_rss = max(self.peak_rss, sum(_kib(pid, "status", "VmRSS:") for pid in pids))
            self.peak_pss = max(self.peak_pss,
                                sum(_kib(pid, "smaps_rollup", "Pss:") for pid in pids))
            self._stop.wait(0.2)


def _tree(pid: int) -> Iterator[int]:
    yield pid
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return
    for task in tasks:
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in children:
            yield from _tree(int(child))


def _kib(pid: int, name: str, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


@dataclass(frozen=True)
class Run:
    """One command-line build."""

    seconds: float
    peak_rss_mb: float
    peak_pss_mb: float
    exit_code: int
    last_lines: str


def cli_build(args: Sequence[str], log: Path) -> Run:
    """Run `congress-docs build ARGS` as a user would, output to `log`, and measure it."""
    command = [sys.executable, "-m", "congress_docs", "--lang", "en", "build", *args, *KIND_OPTIONS]
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
        with Sampler(process.pid) as sampler:
            code = process.wait()
    seconds = time.perf_counter() - started
    tail = "\n".join(log.read_text(encoding="utf-8").splitlines()[-3:])
    return Run(seconds, sampler.peak_rss / 1024, sampler.peak_pss / 1024, code, tail)


def one_commune(path: Path, work: Path) -> float:
    """Median wall time of building one commune's five documents from a fresh command."""
    times = []
    for attempt in range(5):
        output = work / f"one-{attempt}"
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "congress_docs", "build", str(path), "--output",
                        str(output), *KIND_OPTIONS], check=True, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(name: str, files: list[Path], data: Path, work: Path, jobs: int,
            baseline_count: int) -> list[str]:
    """All four measurements on one data set; return the lines that miss a target."""
    documents = len(files) * len(CORE_KINDS)
    print(f"\n== {name}: {len(files)} communes, {documents} documents; jobs {jobs}")
    plain_ms, ours_ms, sample = baseline(files[:baseline_count], work / f"{name}-baseline")
    ratio = plain_ms / ours_ms
    print(f"baseline on {sample} documents, one process: plain docxtpl loop {plain_ms:.1f} ms/doc"
          f"; build end to end {ours_ms:.1f} ms/doc; {ratio:.1f}x faster")
    output = work / f"{name}-output"
    full = cli_build([str(data), "--output", str(output), "--jobs", str(jobs)],
                     work / f"{name}-full.log")
    print(f"full build: {full.seconds:.1f} s, {documents / full.seconds:.0f} docs/s, "
          f"{full.seconds * 1000 / documents:.2f} ms/doc; peak memory {full.peak_rss_mb:.0f} MB "
          f"resident ({full.peak_pss_mb:.0f} MB proportional); exit {full.exit_code}")
    again = cli_build([str(data), "--output", str(output), "--jobs", str(jobs)],
                      work / f"{name}-unchanged.log")
    print(f"unchanged rebuild: {again.seconds:.1f} s; peak memory {again.peak_rss_mb:.0f} MB "
          f"resident ({again.peak_pss_mb:.0f} MB proportional); exit {again.exit_code}")
    print("  " + again.last_lines.replace("\n", "\n  "))
    single = one_commune(files[0], work / f"{name}-one")
    print(f"one commune's five documents through the command line: {single:.2f} s")
    missed = []
    checks = [
        (ratio >= TARGETS["ratio"], f"{name}: {ratio:.1f}x < 4x"),
        (" 0 commune(s) failed" in full.last_lines, f"{name}: communes failed, see the log"),
        (max(full.peak_pss_mb, again.peak_pss_mb) <= TARGETS["peak_mb"],
         f"{name}: peak memory over 400 MB"),
        (again.seconds <= TARGETS["unchanged_s"], f"{name}: unchanged rebuild over 30 s"),
        (single <= TARGETS["one_commune_s"], f"{name}: one commune over 0.4 s"),
    ]
    if name == "synthetic" and len(files) >= 10_600:
        checks.append((full.seconds <= TARGETS["national_s"], f"{name}: over 5 minutes"))
    missed.extend(message for ok, message in checks if not ok)
    return missed


def compile_package() -> None:
    """Compile the package's bytecode, as `pip install` does for an installed tool.

    An editable checkout run with PYTHONDONTWRITEBYTECODE=1 (as on this machine) would otherwise
    compile every module from source at each start: 0.16 s of a one-commune build that no
    installed copy pays.
    """
    import compileall

    compileall.compile_dir(ROOT / "congress_docs", quiet=1)
    for package in ("click", "jinja2", "pydantic", "yaml", "lxml", "markupsafe"):
        spec = importlib.util.find_spec(package)
        if spec is not None and spec.submodule_search_locations:
            for folder in spec.submodule_search_locations:
                compileall.compile_dir(folder, quiet=1)


def main() -> int:
    """Parse options, write the data sets, measure each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("synthetic", "national", "all"), default="all")
    parser.add_argument("--communes", type=int, default=10_600)
    parser.add_argument("--national", type=int, default=None,
                        help="only the first N units of the current list (default: all)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--baseline", type=int, default=60,
                        help="communes in the baseline comparison")
    parser.add_argument("--work", type=Path, help="work folder (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="build-benchmark-"))
    work.mkdir(parents=True, exist_ok=True)
    compile_package()
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
          f"{os.cpu_count()} cores; work folder {work}")
    units = current_units()
    missed: list[str] = []
    try:
        sets = ("synthetic", "national") if args.set == "all" else (args.set,)
        for name in sets:
            data = work / f"{name}-data"
            started = time.perf_counter()
            if name == "synthetic":
                files = write_synthetic(data, args.communes, units)
            else:
                chosen = units if args.national is None else units[:args.national]
                files = write_national(data, chosen)
            print(f"\nwrote {len(files)} {name} commune files in "
                  f"{time.perf_counter() - started:.0f} s")
            missed += measure(name, files, data, work, args.jobs, args.baseline)
    finally:
        print(f"\nload average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        if not args.keep and args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    for line in missed:
        print("MISSED " + line)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
