"""The C YAML loader reads every file exactly as the pure-Python one: data, lines, messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from congress_docs import yamlsource
from congress_docs.errors import DataError
from congress_docs.paths import bundled
from congress_docs.yamlsource import Located, read_yaml

SNIPPETS = {
    "plain": "unit:\n  kind: xã\n  name: Bản Hon\nlist:\n  - a\n  - {b: 1, c: [2, 3]}\n",
    "unicode": "tên: \"Lò Văn Minh 🇻🇳\"\nghi_chú: |\n  dòng một\n  dòng hai\n",
    "numbers": "a: 1\nb: 1.5\nc: 2024-01-19\nd: yes\ne: ~\nf: '007'\ng: 0o17\n",
    "anchors": "base: &b {x: 1}\nother: *b\n",
    "crlf": "a: 1\r\nb:\r\n  c: Bản Hon\r\n",
    "unclosed quote": "unit:\n  name: \"Bản Hon\n  kind: xã\n",
    "bad indent": "unit:\n  name: Bản Hon\n kind: xã\n",
    "tab": "unit:\n\tname: Bản Hon\n",
    "tab in value": "unit: \tBản Hon\n",
    "duplicate": "a: 1\nb: 2\na: 3\n",
    "merge key": "base: &b {x: 1}\nother:\n  <<: *b\n",
    "list key": "? [a, b]\n: 1\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "control character": "a: \"x\x07y\"\nb: c\x01d\n",
    "bad escape": "a: \"\\q\"\n",
    "colon in plain": "a: b: c\n",
    "unknown tag": "a: !python/object x\n",
    "undefined alias": "a: *nothing\n",
    "legacy text": "a: Céng hoµ x· héi chñ nghÜa ViÖt Nam\n",
    "nel and bom": "\ufeffa: 1\x85b: 2\n",
    "hash cuts text": "a: Bản Hon #3\nb: 'x' # note\n",
    "number as text": "code: 03421\nphone: +84 213\n",
    "deep": "a: " + "[" * 50 + "]" * 50 + "\n",
    "alias bomb": "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
                  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c]\n"
                  "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n",
}


def outcome(path: Path) -> tuple[str, object]:
    try:
        located = read_yaml(path)
    except DataError as err:
        return "error", [str(issue) for issue in err.issues]
    except Exception as err:  # noqa: BLE001 - whatever escapes must escape the same way
        return "exception", (type(err).__name__, str(err))
    return "data", (located.data, located.locations, located.scalars,
                    [str(issue) for issue in located.warnings])


def both_ways(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    fast = outcome(path)
    with monkeypatch.context() as patch:
        patch.setattr(yamlsource, "_C_LOADER", None)
        slow = outcome(path)
    return fast, slow


def test_the_c_loader_is_there() -> None:
    # PyYAML's wheels ship libyaml; without it everything still works, only slower.
    assert yamlsource._C_LOADER is not None


@pytest.mark.parametrize("name", list(SNIPPETS))
def test_snippets_read_the_same_either_way(name: str, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(SNIPPETS[name].encode("utf-8"))
    fast, slow = both_ways(path, monkeypatch)
    assert fast == slow


def test_every_bundled_yaml_file_reads_the_same_either_way(monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    files = sorted(bundled("data").rglob("*.yaml"))
    assert len(files) > 15
    for path in files:
        fast, slow = both_ways(path, monkeypatch)
        assert fast == slow, path
        assert isinstance(read_yaml(path), Located)
