"""The rendering environment escapes, refuses missing values, and cannot run code."""

from __future__ import annotations

import pytest
from jinja2 import UndefinedError
from jinja2.exceptions import SecurityError

from congress_docs.environment import make_jinja_env
from congress_docs.vietnamese import FILTERS


def render(source: str, **context: object) -> str:
    return make_jinja_env().from_string(source).render(**context)


def test_values_are_escaped_for_xml() -> None:
    assert render("{{ name }}", name='Hội "Cựu" & <chiến> binh') == (
        "Hội &#34;Cựu&#34; &amp; &lt;chiến&gt; binh"
    )


def test_a_missing_value_is_an_error_naming_it() -> None:
    with pytest.raises(UndefinedError, match="nam"):
        render("{{ unit.nam }}", unit={"name": "Bản Hon"})


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ cycler.__init__.__globals__ }}",
        "{{ names.pop() }}",
        "{{ names.append('x') }}",
        "{{ unit.update({'name': 'x'}) }}",
    ],
)
def test_templates_cannot_reach_python_internals_or_change_data(source: str) -> None:
    names = ["a"]
    unit = {"name": "Bản Hon"}
    with pytest.raises(SecurityError):
        render(source, names=names, unit=unit)
    assert names == ["a"]
    assert unit == {"name": "Bản Hon"}


def test_reading_data_still_works_in_the_sandbox() -> None:
    text = render(
        "{% for k, v in unit.items() %}{{ k }}={{ v|upper }};{% endfor %}{{ items|length }}",
        unit={"name": "bản hon"}, items=[1, 2, 3],
    )
    assert text == "name=BẢN HON;3"


def test_the_vietnamese_filters_are_registered() -> None:
    env = make_jinja_env()
    assert FILTERS
    assert set(FILTERS) <= set(env.filters)
