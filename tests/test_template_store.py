"""Prepared templates kept on disk: read back identical, prepared again when anything changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import read_docx_text

from congress_docs import prepared, template_parts, template_store
from congress_docs.context import build_context
from congress_docs.loading import load_congress
from congress_docs.paths import bundled
from congress_docs.rendering import render_docx
from congress_docs.template_inspect import template_files


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("CONGRESS_DOCS_CACHE", str(folder))
    monkeypatch.setattr(prepared, "_CACHE", type(prepared._CACHE)())
    return folder


def fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget what this process prepared, as a new run would start."""
    monkeypatch.setattr(prepared, "_CACHE", type(prepared._CACHE)())


def test_a_template_read_back_from_disk_fills_the_same_bytes(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded = load_congress(bundled("data") / "tam-duong" / "ban-hon.yaml")
    outputs = {}
    for kind, template in template_files().items():
        context = build_context(loaded, kind)
        outputs[kind] = render_docx(template, context, label="t", layout=loaded.model.layout)
    assert len(list(cache.glob("*.bin"))) == len(outputs)

    def no_preparing(*_args: object) -> None:
        raise AssertionError("prepared again instead of read from the cache")

    fresh_process(monkeypatch)
    monkeypatch.setattr(template_parts, "take_apart", no_preparing)
    for kind, template in template_files().items():
        context = build_context(loaded, kind)
        again = render_docx(template, context, label="t", layout=loaded.model.layout)
        assert again == outputs[kind]


def test_a_changed_template_or_layout_is_prepared_again(
    cache: Path, make_template, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = make_template("t.docx", ["Xã {{ name }}"])
    assert "Xã A" in read_docx_text(render_docx(template, {"name": "A"}, label="t"))
    fresh_process(monkeypatch)
    make_template("t.docx", ["Phường {{ name }}"])
    assert "Phường B" in read_docx_text(render_docx(template, {"name": "B"}, label="t"))
    assert len(list(cache.glob("*.bin"))) == 2


def test_a_damaged_cache_entry_is_prepared_again(
    cache: Path, make_template, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = make_template("t.docx", ["{{ name }}"])
    first = render_docx(template, {"name": "A"}, label="t")
    for entry in cache.glob("*.bin"):
        entry.write_bytes(b"not marshal data")
    fresh_process(monkeypatch)
    assert render_docx(template, {"name": "A"}, label="t") == first


def test_the_cache_can_be_turned_off(tmp_path: Path, make_template,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONGRESS_DOCS_CACHE", "")
    assert template_store.cache_folder() is None
    template = make_template("t.docx", ["{{ name }}"])
    render_docx(template, {"name": "A"}, label="t")
    assert not (tmp_path / "cache").exists()
