"""Read Word templates without rendering them: the variables each uses, its tag and name errors."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import TemplateSyntaxError, nodes
from pydantic import BaseModel

from congress_docs.context import build_context
from congress_docs.environment import make_jinja_env
from congress_docs.errors import Issue, TemplateProblemError
from congress_docs.i18n import _
from congress_docs.kinds import KINDS, TEMPLATE_FILES
from congress_docs.loading import load_congress
from congress_docs.paths import bundled, sample_district_dir
from congress_docs.render_errors import tag_error
from congress_docs.rendering import excerpt, jinja_sources, part_label
from congress_docs.template_paths import variable_paths

__all__ = [
    "KINDS",
    "SAMPLE_COMMUNE",
    "TEMPLATE_FILES",
    "TemplateInfo",
    "TemplateReview",
    "check_template",
    "check_templates",
    "context_paths",
    "custom_template_files",
    "inspect_templates",
    "review_templates",
    "sample_paths",
    "template_files",
    "template_variables",
]

# Custom templates are checked against what the real context offers for this sample commune.
SAMPLE_COMMUNE = "ban-hon.yaml"
_TAGS = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}")
_MAX_SYNTAX_ERRORS = 20
_BLOCK_TAG = re.compile(r"\{%[-+]?\s*(\w+)")
_BLOCKS = frozenset({"for", "if", "macro", "call", "filter", "with", "raw", "block", "autoescape"})


@dataclass(frozen=True)
class TemplateInfo:
    """One kind's template: which file, whether the user supplied it, the variables it reads."""

    kind: str
    file: Path
    custom: bool
    variables: tuple[str, ...]
    issues: tuple[Issue, ...] = ()


@dataclass(frozen=True)
class TemplateReview:
    """The templates in use and every problem found in them."""

    templates: tuple[TemplateInfo, ...]
    issues: tuple[Issue, ...]

    @property
    def ok(self) -> bool:
        """Tell whether no problem was found."""
        return not self.issues


@dataclass(frozen=True)
class _Use:
    path: str
    part: str
    line: int


def template_files(templates_dir: Path | None = None) -> dict[str, Path]:
    """Return the template of each kind: from `templates_dir` when it has that file name."""
    found: dict[str, Path] = {}
    for kind, name in TEMPLATE_FILES.items():
        custom = templates_dir / name if templates_dir is not None else None
        is_custom = custom is not None and custom.is_file()
        found[kind] = custom if custom is not None and is_custom else bundled("templates") / name
    return found


def custom_template_files(templates_dir: Path) -> dict[str, Path]:
    """Return the kinds `templates_dir` overrides; raise if the folder overrides none of them."""
    if not templates_dir.is_dir():
        raise TemplateProblemError([Issue(templates_dir, _("no such folder"))])
    custom = {kind: templates_dir / name for kind, name in TEMPLATE_FILES.items()
              if (templates_dir / name).is_file()}
    if not custom:
        message = _("no template with a known name here; expected one of: {names}")
        raise TemplateProblemError(
            [Issue(templates_dir, message.format(names=", ".join(TEMPLATE_FILES.values())))]
        )
    return custom


def inspect_templates(templates_dir: Path | None = None) -> list[TemplateInfo]:
    """List every kind with its template file and the nested variable paths it uses."""
    infos = []
    for kind, path in template_files(templates_dir).items():
        custom = templates_dir is not None and path.parent == templates_dir
        try:
            uses, issues, _sources = _read(path)
        except TemplateProblemError as err:
            uses, issues = [], list(err.issues)
        variables = tuple(sorted({use.path for use in uses}))
        infos.append(TemplateInfo(kind, path, custom, variables, tuple(issues)))
    return infos


def review_templates(templates_dir: Path | None = None) -> TemplateReview:
    """List the templates in use; check custom ones fully and built-in ones for tag errors."""
    infos = inspect_templates(templates_dir)
    if templates_dir is None:
        return TemplateReview(tuple(infos), tuple(i for info in infos for i in info.issues))
    return TemplateReview(tuple(infos), tuple(check_templates(templates_dir)))


def check_templates(
    templates_dir: Path,
    *,
    kinds: Sequence[str] = KINDS,
    known: Mapping[str, set[str]] | None = None,
) -> list[Issue]:
    """Check the templates of `kinds` that `templates_dir` overrides; return all problems, located.

    `known` gives, by kind, the variable paths a context offers; by default those of the sample
    commune (`SAMPLE_COMMUNE` in the bundled district).
    """
    try:
        found = custom_template_files(templates_dir)
    except TemplateProblemError as err:
        return list(err.issues)
    custom = {kind: path for kind, path in found.items() if kind in kinds}
    offered = known if known is not None else sample_paths(tuple(custom))
    issues: list[Issue] = []
    for kind, path in custom.items():
        issues.extend(check_template(path, offered.get(kind, set())))
    return issues


def sample_paths(kinds: Sequence[str]) -> dict[str, set[str]]:
    """Return, by kind, the variable paths the real context offers for the sample commune."""
    loaded = load_congress(sample_district_dir() / SAMPLE_COMMUNE)
    return {kind: context_paths(build_context(loaded, kind)) for kind in kinds}


def template_variables(template: Path) -> list[str]:
    """Return the sorted nested paths (`unit.name`, `indicators[].result`) a template reads."""
    uses, issues, _sources = _read(template)
    if issues:
        raise TemplateProblemError(issues)
    return sorted({use.path for use in uses})


def check_template(template: Path, known: set[str]) -> list[Issue]:
    """Return every tag error and every variable not in `known`, each with its paragraph."""
    try:
        uses, issues, sources = _read(template)
    except TemplateProblemError as err:
        return list(err.issues)
    reported: set[str] = set()
    for use in uses:
        if use.path in reported or _is_known(use.path, known):
            continue
        reported.add(use.path)
        near = excerpt(sources[use.part], use.line, use.path.rsplit(".", 1)[-1].rstrip("[]"))
        message = _("unknown variable '{name}'").format(name=use.path)
        if near:
            message += " — " + _("near: “{text}”").format(text=near)
        issues.append(Issue(template, message, field=part_label(use.part)))
    return issues


def context_paths(context: Mapping[str, Any]) -> set[str]:
    """Flatten a context into every nested path it offers: `unit`, `unit.name`, `items[].x`."""
    paths: set[str] = set()
    _flatten(context, "", paths)
    return paths


def _flatten(value: Any, prefix: str, paths: set[str]) -> None:
    children = _children(value)
    if children is not None:
        for key, child in children:
            path = f"{prefix}.{key}" if prefix else key
            paths.add(path)
            _flatten(child, path, paths)
    elif isinstance(value, (list, tuple)):
        paths.add(f"{prefix}[]")
        for item in value:
            _flatten(item, f"{prefix}[]", paths)


def _children(value: Any) -> Iterable[tuple[str, Any]] | None:
    if isinstance(value, Mapping):
        return [(str(key), item) for key, item in value.items()]
    if isinstance(value, BaseModel):
        names = [*type(value).model_fields, *type(value).model_computed_fields]
        return [(name, getattr(value, name)) for name in names]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [(item.name, getattr(value, item.name)) for item in dataclasses.fields(value)]
    return None


def _is_known(path: str, known: set[str]) -> bool:
    if path in known:
        return True
    if "[]" not in path:
        return False
    # `x[]` is also a mapping read by a computed key (`people_by_id[member.person]`).
    pattern = re.compile(
        "".join(r"(?:\[\]|\.[^.\[]+)" if part == "[]" else re.escape(part)
                for part in re.split(r"(\[\])", path))
    )
    if any(pattern.fullmatch(candidate) for candidate in known):
        return True
    # Below a list the sample leaves empty nothing can be checked, so it is given the benefit.
    for match in re.finditer(r"\[\]", path):
        prefix = path[: match.end()]
        if prefix in known and not any(k.startswith(prefix) and k != prefix for k in known):
            return True
    return False


def _read(template: Path) -> tuple[list[_Use], list[Issue], dict[str, str]]:
    env = make_jinja_env()
    uses: list[_Use] = []
    issues: list[Issue] = []
    ignored = set(env.globals) | {"loop"}
    sources = dict(jinja_sources(template))
    for part, source in sources.items():
        tree, errors = _parse_all(env, source)
        issues.extend(Issue(template, message, field=part_label(part)) for message in errors)
        if tree is not None:
            uses.extend(_Use(path, part, line) for path, line in variable_paths(tree, ignored))
    return uses, issues, sources


def _parse_all(env: Any, source: str) -> tuple[nodes.Template | None, list[str]]:
    """Parse `source`; after each syntax error drop that paragraph's tags and try again."""
    errors: list[str] = []
    lines = source.splitlines()
    for _attempt in range(_MAX_SYNTAX_ERRORS):
        try:
            tree = env.parse("\n".join(lines))
        except TemplateSyntaxError as err:
            line = err.lineno
            if "end of template" in (err.message or ""):
                # Jinja reports an unclosed block at the end; point at where the block opens.
                line = _unclosed_block_line(lines) or line
            near = excerpt("\n".join(lines), line)
            message = tag_error(err)
            errors.append(message + (" — " + _("near: “{text}”").format(text=near) if near else ""))
            index = (line or 1) - 1
            if not 0 <= index < len(lines) or not _TAGS.search(lines[index]):
                return None, errors
            lines[index] = _TAGS.sub("", lines[index])
        else:
            # With the broken tags dropped, the rest can still be checked for unknown variables.
            return tree, errors
    return None, errors


def _unclosed_block_line(lines: Sequence[str]) -> int | None:
    """Return the line number where the innermost block left open starts."""
    stack: list[tuple[str, int]] = []
    for number, line in enumerate(lines, start=1):
        for name in _BLOCK_TAG.findall(line):
            if name in _BLOCKS:
                stack.append((name, number))
            elif name.startswith("end") and stack and stack[-1][0] == name[3:]:
                stack.pop()
    return stack[-1][1] if stack else None
