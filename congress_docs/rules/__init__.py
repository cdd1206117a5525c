"""Congress guideline rules as data: profiles of numbers and citations, kinds of checks as code."""

from __future__ import annotations

# Importing the kind modules registers their checks.
from congress_docs.rules import counts as _counts
from congress_docs.rules import dates as _dates
from congress_docs.rules.engine import (
    RuleFinding,
    applicable_rules,
    check_for_build,
    due_dates,
    evaluate,
)
from congress_docs.rules.lookup import (
    bundled_rules_dir,
    load_profile,
    profile_for,
    search_folders,
)
from congress_docs.rules.profile import RuleProfile, read_profile
from congress_docs.rules.registry import KINDS, Kind

__all__ = [
    "KINDS",
    "Kind",
    "RuleFinding",
    "RuleProfile",
    "applicable_rules",
    "bundled_rules_dir",
    "check_for_build",
    "due_dates",
    "evaluate",
    "load_profile",
    "profile_for",
    "read_profile",
    "search_folders",
]

_REGISTERED = (_counts, _dates)
