"""The one-pass reader of clean files gives exactly what the full reader gives, on every corpus.

`read_yaml` first reads a file straight from libyaml's events and hands it to the full path
(event check, composed nodes, `_Builder`) at the first thing to report. Both are run here over
every bundled data file, the shapes, the hostile corpus and edge snippets, and compared on
everything a caller can see: data, locations, raw scalars, warnings, the model, normalised
issues and every error (file, line, column, field, message, order).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_hostile_data import DATA_CASES, _write_case

from congress_docs import loading, yamlsource
from congress_docs.errors import DataError, Issue
from congress_docs.paths import bundled

TESTS = Path(__file__).parent.parent
_values = 99_999  # a flow list of n values counts 2n + 1 towards MAX_VALUES (200,000)
EDGES = {
    "explicit str tag": "a: !!str 123\nb: !!int '7'\n",
    "value tag": "a: =\n",
    "merge key plain": "a:\n  <<: {x: 1}\n",
    "merge key quoted": "a:\n  '<<': 1\n",
    "non-specific tag": "a: ! 12\n",
    "empty document": "--- \n",
    "document end": "a: 1\n...\n",
    "directive": "%YAML 1.1\n---\na: 1\n",
    "comment after plain": "a: Bản Hon #3\nb: x # y\nc: 'q' #r\nd: |\n  e #f\n",
    "comment in multi-line plain": "a: one\n  two #three\n",
    "duplicate after NFC": "B\u1ea3n: 1\nBa\u0309n: 2\n",
    "complex key": "? a\n: 1\n",
    "flow key": "{[1]: 2}\n",
    "anchor on scalar": "a: &x 1\nb: 2\n",
    "nested 40": "a: " + "[" * 39 + "]" * 39 + "\n",
    "nested 41": "a: " + "[" * 40 + "]" * 40 + "\n",
    "values at the limit": "a: [" + ", ".join(["1"] * _values) + "]\n",
    "values over the limit": "[" + ", ".join(["1"] * (_values + 1)) + "]\n",
    # a mapping of n keys with a value each counts 4n + 1: keys count as values too
    "keys at the limit": "".join(f"k{n}: 1\n" for n in range(49_999)),
    "keys over the limit": "".join(f"k{n}: 1\n" for n in range(50_000)),
    "bad date": "a: 2024-02-30\n",
    "huge int": "a: " + "9" * 5000 + "\n",
    "top-level list": "- a\n- b: [1, 2.5, ~, yes, 2024-01-19, 2024-01-19 10:00:00]\n",
    "legacy text": "a: Céng hoµ x· héi chñ nghÜa ViÖt Nam\nb: Coäng hoøa xaõ hoäi\n",
    "numbers as text": "code: 03421\nn: 1.234\nd: 19/01/2024\nt: 010\nh: 0x1F\ns: 1:30\n",
}


def _files(tmp_path: Path) -> Iterator[Path]:
    yield from sorted(bundled("data").rglob("*.yaml"))
    yield from sorted((TESTS / "shapes").rglob("*.yaml"))
    for case in DATA_CASES:
        yield _write_case(case, tmp_path / "hostile" / case["id"])
    for number, text in enumerate(EDGES.values()):
        path = tmp_path / "edges" / str(number) / "xa.yaml"
        path.parent.mkdir(parents=True)
        path.write_text(text, encoding="utf-8")
        yield path


def _issues(issues: list[Issue] | tuple[Issue, ...]) -> list[tuple[Any, ...]]:
    return [(str(i.file), i.line, i.column, i.field, i.message, str(i)) for i in issues]


def _read(path: Path) -> tuple[str, Any]:
    try:
        located = yamlsource.read_yaml(path)
    except DataError as err:
        return "error", _issues(err.issues)
    return "data", (repr(located.data), located.locations, list(located.locations),
                    located.scalars, list(located.scalars), _issues(located.warnings))


def _load(path: Path) -> tuple[str, Any]:
    loading._read_district_cached.cache_clear()
    try:
        loaded = loading.load_congress(path)
    except DataError as err:
        return "error", _issues(err.issues)
    source = loaded.source
    return "loaded", (loaded.model, repr(source.data), source.locations, source.scalars,
                      _issues(loaded.warnings), _issues(loaded.normalised), loaded.district_path)


def _both(path: Path) -> tuple[Any, Any]:
    # The limit cases are read only: validating 50,000 unknown keys adds nothing but time.
    small = path.stat().st_size < 100_000
    return _read(path), _load(path) if small else None


def _full_path(path: Path, text: str, lines: list[str]) -> yamlsource.Located:
    return yamlsource._load(path, text, lines, yamlsource._C_LOADER)


def test_both_paths_give_the_same_everywhere(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    files = list(_files(tmp_path))
    assert len(files) > len(DATA_CASES) + len(EDGES) + 15
    fast = {path: _both(path) for path in files}
    with monkeypatch.context() as patch:
        patch.setattr(yamlsource, "_load_clean", _full_path)
        full = {path: _both(path) for path in files}
    loading._read_district_cached.cache_clear()
    for path in files:
        assert fast[path] == full[path], path
    # The corpus reaches both ends: files read in one pass and files with errors and warnings.
    assert {read[0] for read, _load in fast.values()} == {"data", "error"}
    assert any(read[1][-1] for read, _load in fast.values() if read[0] == "data")


def test_the_one_pass_reader_reads_the_bundled_files_itself(monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    # Guard against a silent fall back on every file, which would keep the results but not the
    # speed: the sample files are clean, so none of them may need the full path.
    def refuse(path: Path, *_args: Any) -> None:
        raise AssertionError(f"{path} took the full path")

    monkeypatch.setattr(yamlsource, "_load", refuse)
    for path in sorted(bundled("data").rglob("*.yaml")):
        assert isinstance(yamlsource.read_yaml(path), yamlsource.Located)
