"""The one Jinja environment every document is rendered with: sandboxed, strict, autoescaping."""

from __future__ import annotations

from jinja2 import StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from congress_docs.sandbox import LimitedSandbox
from congress_docs.vietnamese import register_filters

__all__ = ["make_jinja_env"]


def make_jinja_env() -> SandboxedEnvironment:
    """Build the rendering environment: a user-edited template can read data but never run code.

    - sandboxed and immutable: no access to `__class__`-style attributes or unsafe callables, and
      no `.append()`-style changes to the data a template is given;
    - autoescape on: `&`, `<`, `>` in names and texts cannot break the document XML;
    - StrictUndefined: a misspelt or missing variable is an error, never an empty string;
    - bounded: loops, calls, nesting, time and the size of built text are limited (sandbox.py);
    - the Vietnamese filters (numbers, dates, names) registered, bounded like the built-in ones.
    """
    env = LimitedSandbox(autoescape=True, undefined=StrictUndefined)
    register_filters(env)
    env.limit_filters()
    return env
