"""Jinja filters: one registry, usable from templates, every name documented in docs/filters.md."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import jinja2
import pytest
from jinja2.sandbox import ImmutableSandboxedEnvironment

from congress_docs.vietnamese import FILTERS, register_filters

DOCS = Path(__file__).resolve().parent.parent / "docs" / "filters.md"


def render(source: str, **context: object) -> str:
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False)
    register_filters(env)
    return env.from_string(source).render(**context)


@pytest.mark.parametrize(
    ("source", "context", "expected"),
    [
        ("{{ 1250000|number }}", {}, "1.250.000"),
        ("{{ 29.754|percent }}", {}, "29,75%"),
        ("{{ 29.75|percent(1) }}", {}, "29,8%"),
        ("{{ 5|pad }} ngày", {}, "05 ngày"),
        ("{{ 2024|number_words }}", {}, "hai nghìn không trăm hai mươi bốn"),
        ("{{ 105|number_words(zero_tens='lẻ') }}", {}, "một trăm lẻ năm"),
        (
            "(Bằng chữ: {{ 65500000|money_words }})",
            {},
            "(Bằng chữ: Sáu mươi lăm triệu năm trăm nghìn đồng)",
        ),
        ("Phần {{ 1|ordinal_phrase }}", {}, "Phần thứ nhất"),
        ("{{ ('Phần ' ~ (1|ordinal_phrase))|upper_vi }}", {}, "PHẦN THỨ NHẤT"),
        ("lần thứ {{ 20|roman }}", {}, "lần thứ XX"),
        ("{{ 'XIII'|from_roman }}", {}, "13"),
        (
            "{{ d|date_admin('Tam Đường') }}",
            {"d": date(2024, 1, 5)},
            "Tam Đường, ngày 05 tháng 01 năm 2024",
        ),
        ("ngày {{ d|date_short }}", {"d": date(2023, 5, 25)}, "ngày 25/5/2023"),
        (
            "{{ a|date_range(b) }}",
            {"a": "2025-12-01", "b": "2025-12-14"},
            "từ ngày 01/12/2025 đến ngày 14/12/2025",
        ),
        ("{{ d|weekday }}", {"d": date(2024, 1, 1)}, "thứ Hai"),
        (
            "{{ n|given_name }}/{{ n|middle_name }}/{{ n|family_name }}",
            {"n": "Giàng A Páo"},
            "Páo/A/Giàng",
        ),
        ("{{ 'ủy ban'|upper_vi }}", {}, "ỦY BAN"),
        ("{{ 'Uỷ ban hoà giải'|tone_marks }}", {}, "Ủy ban hòa giải"),
        ("{{ 'Bản Hon'|slug }}", {}, "ban-hon"),
        ("{{ 'Đảng'|strip_diacritics }}", {}, "Dang"),
        ("{{ 'NGUYỄN VĂN AN'|title_vi }}", {}, "Nguyễn Văn An"),
        ("{{ 'sáu đồng'|capitalize_first }}", {}, "Sáu đồng"),
        ("{{ t|nfc == 'Bản' }}", {"t": "Ba\u0309n"}, "True"),
        ("{{ 'Céng hoµ x· héi'|from_legacy }}", {}, "Cộng hoà xã hội"),
        ("{{ 'Coäng hoøa'|from_legacy('vni') }}", {}, "Cộng hòa"),
        ("{{ 'Cộng hòa'|from_legacy }}", {}, "Cộng hòa"),
    ],
)
def test_filters_render_in_templates(
    source: str, context: dict[str, object], expected: str
) -> None:
    assert render(source, **context) == expected


@dataclass
class Person:
    name: str


def test_sort_filters_take_an_attribute_or_a_key_path() -> None:
    people = [Person("Nguyễn Văn Hưng"), Person("Trần Thị Hải"), Person("Lê Văn An")]
    source = "{% for p in people|sort_names('name') %}{{ p.name|given_name }} {% endfor %}"
    assert render(source, people=people) == "An Hải Hưng "
    rows = [
        {"commune": {"name": "Hồ Thầu"}},
        {"commune": {"name": "Bình Lư"}},
        {"commune": {"name": "Bản Hon"}},
    ]
    source = "{{ rows|sort_vi('commune.name')|map(attribute='commune.name')|join(', ') }}"
    assert render(source, rows=rows) == "Bản Hon, Bình Lư, Hồ Thầu"
    assert render("{{ names|sort_vi(reverse=true)|join(',') }}", names=["a", "ă", "â"]) == "â,ă,a"


def test_sort_filter_reports_a_missing_attribute() -> None:
    with pytest.raises(ValueError, match="no attribute or key 'full_name'"):
        render("{{ people|sort_names('full_name') }}", people=[{"name": "An"}])


def test_sort_filters_keep_the_sandbox_rules() -> None:
    env = ImmutableSandboxedEnvironment(autoescape=True, undefined=jinja2.StrictUndefined)
    register_filters(env)
    people = [Person("Lê Văn An")]
    template = env.from_string("{{ people|sort_names('__class__.__name__') }}")
    with pytest.raises((ValueError, jinja2.exceptions.SecurityError)):
        template.render(people=people)
    assert env.from_string("{{ 'A & B'|upper_vi }}").render() == "A &amp; B"


def test_filter_names_do_not_shadow_jinja_builtins() -> None:
    assert not set(FILTERS) & set(jinja2.Environment().filters)


def test_register_filters_accepts_any_object_with_a_filters_mapping() -> None:
    class Host:
        def __init__(self) -> None:
            self.filters: dict[str, object] = {"upper": str.upper}

    host = Host()
    register_filters(host)  # type: ignore[arg-type]
    assert set(FILTERS) <= set(host.filters)
    assert "upper" in host.filters


def test_every_filter_is_documented_and_every_documented_filter_exists() -> None:
    text = DOCS.read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", text, flags=re.MULTILINE))
    assert documented == set(FILTERS)
