"""Versioned format rule sets (data/format-rules/*.yaml): pydantic models, loading, validation."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from congress_docs.checker.model import Severity
from congress_docs.errors import DataError, Issue
from congress_docs.i18n import _
from congress_docs.paths import bundled
from congress_docs.validation_messages import issues_from_validation
from congress_docs.yamlsource import read_yaml

__all__ = [
    "DOC_TYPES_FILE",
    "RULE_IDS",
    "DocTypes",
    "ElementSpec",
    "FixedName",
    "RuleSet",
    "format_rules_dir",
    "load_doc_types",
    "load_ruleset",
    "ruleset_for",
]

DOC_TYPES_FILE = "document-types.yaml"

# Every rule the checker knows; each rule set must give each one a severity and a source.
RULE_IDS: tuple[str, ...] = (
    "DOC-MULTI-TEMPLATE",
    "LAY-PAPER",
    "LAY-MARGIN",
    "LAY-FONT",
    "LAY-BODY-SIZE",
    "LAY-BODY-ALIGN",
    "LAY-BODY-INDENT",
    "LAY-BODY-SPACING",
    "LAY-BODY-LINE",
    "LAY-HEADER",
    "LAY-QUOCHIEU-SIZE",
    "LAY-QUOCHIEU-STYLE",
    "LAY-TIEUNGU-SIZE",
    "LAY-TIEUNGU-STYLE",
    "LAY-PARTYTITLE-SIZE",
    "LAY-PARTYTITLE-STYLE",
    "LAY-ISSUER-SIZE",
    "LAY-ISSUER-STYLE",
    "LAY-NUMBER-SIZE",
    "LAY-NUMBER-STYLE",
    "LAY-DATE-SIZE",
    "LAY-DATE-STYLE",
    "LAY-TITLE-SIZE",
    "LAY-TITLE-STYLE",
    "LAY-SUMMARY-SIZE",
    "LAY-SUMMARY-STYLE",
    "LAY-SIGN-SIZE",
    "LAY-SIGN-STYLE",
    "LAY-SIGN-EXTRA",
    "LAY-NOINHAN-SIZE",
    "LAY-NOINHAN-STYLE",
    "LAY-NOINHAN-ENTRY-SIZE",
    "LAY-PAGENUM-MISSING",
    "LAY-PAGENUM-FOOTER",
    "LAY-PAGENUM-FIRST",
    "LAY-PAGENUM-ALIGN",
    "LAY-SEPARATOR-TYPED",
    "LAY-SEPARATOR-UNDERLINE",
    "TXT-NUMBER-FORM",
    "TXT-NUMBER-PAD",
    "TXT-DATE-FORM",
    "TXT-DATE-BLANK",
    "TXT-CITE-FORM",
    "TXT-CITE-SPACE",
    "TXT-CITE-TYPE",
    "TXT-TERM-WORD",
    "TXT-TERM-RANGE",
    "TXT-SPACE-PUNCT",
    "TXT-SPACE-RUN",
    "TXT-CAPS-NAME",
    "TXT-CAPS-ARTICLE",
    "TXT-D-STROKE",
    "TXT-HEADER-STRAY",
    "TXT-SIGN-PREFIX",
    "TXT-NOINHAN-PUNCT",
    "TXT-NOINHAN-LUU",
    "TXT-QUOCHIEU-FORM",
    "TXT-TIEUNGU-FORM",
    "TXT-SIGN-SPACE",
    "TXT-SIGN-MISSING",
    "TXT-NUMBER-TYPE",
    "TXT-VV-FORM",
    "TXT-KINHGUI-FORM",
    "TXT-APPENDIX-NUMBER",
    "LAY-KINHGUI-SIZE",
    "LAY-KINHGUI-STYLE",
    "LAY-VV-SIZE",
    "LAY-VV-STYLE",
    "LAY-BASIS-STYLE",
    "LAY-APPENDIX-SIZE",
    "LAY-APPENDIX-STYLE",
    "LAY-MARK-SIZE",
    "LAY-MARK-STYLE",
    "DOC-TRACKED-CHANGES",
    "DOC-COMMENTS",
    "DOC-ALTCHUNK",
    "DOC-EMBEDDED",
    "DOC-PROTECTED",
    "DOC-MACROS",
    "DOC-SIGNED",
    "DOC-LEGACY-FONT",
)

Range = tuple[float, float]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _ordered(value: Range) -> Range:
    if value[0] > value[1]:
        raise ValueError(_("a range must be written [smallest, largest]"))
    return value


class RuleMeta(_Strict):
    """Severity and source citation of one rule."""

    id: str
    severity: Severity
    source: str = Field(min_length=1)


class ElementSpec(_Strict):
    """Size and style of one element; sizes in `tolerated` but outside `size` are warnings."""

    size: Range | None = None  # None: the element's size is the body's, checked there
    tolerated: Range | None = None
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    caps: bool | None = None
    align: Literal["both", "left", "center", "right"] | None = None

    @field_validator("size", "tolerated")
    @classmethod
    def _check(cls, value: Range | None) -> Range | None:
        return value if value is None else _ordered(value)


class PageSpec(_Strict):
    """Paper and margins, in millimetres."""

    width_mm: float = Field(gt=0)
    height_mm: float = Field(gt=0)
    paper_tolerance_mm: float = Field(ge=0)
    margins_mm: dict[Literal["top", "bottom", "left", "right"], Range]
    margin_tolerance_mm: float = Field(ge=0)

    @field_validator("margins_mm")
    @classmethod
    def _check(cls, value: dict[str, Range]) -> dict[str, Range]:
        return {side: _ordered(pair) for side, pair in value.items()}


class BodySpec(_Strict):
    """Body text: size, alignment, first-line indent, paragraph and line spacing."""

    size: Range
    tolerated: Range | None = None
    align: Literal["both", "left", "center", "right"]
    first_line_indent_mm: Range
    indent_tolerance_mm: float = Field(ge=0)
    min_paragraph_spacing_pt: float = Field(ge=0)
    line_spacing: Range

    @field_validator("size", "tolerated", "first_line_indent_mm", "line_spacing")
    @classmethod
    def _check(cls, value: Range | None) -> Range | None:
        return value if value is None else _ordered(value)


class PageNumberSpec(_Strict):
    """Where page numbers go."""

    place: Literal["header", "footer"]
    centred: bool
    first_page_hidden: bool


class FormsSpec(_Strict):
    """The regime's forms: number line, signing prefixes, recipient punctuation, separators."""

    header: Literal["national", "party"]
    number_line: str
    number_example: str
    signing_prefixes: list[str]
    tolerated_prefixes: list[str] = []
    recipient_end: str
    recipient_last_end: str
    leave_line: str
    leave_example: str
    accepted_separators: list[str] = []
    # document types (title words) whose Căn cứ lines follow the `basis` element's style
    basis_titles: list[str] = []

    @field_validator("number_line", "leave_line")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as err:
            raise ValueError(
                _("not a valid regular expression: {error}").format(error=err)
            ) from err
        return value


class FixedName(_Strict):
    """A name with fixed capitals; `lowercase` says when the all-lower form is still right."""

    name: str = Field(min_length=2)
    lowercase: Literal["never", "after", "always"] = "never"
    after: list[str] = []


class RuleSet(_Strict):
    """One versioned rule set for one regime."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    regime: Literal["mttq", "nd30", "party"]
    version: str
    title: str
    status: Literal["primary", "secondary", "inferred"]
    font: str
    page: PageSpec
    body: BodySpec
    elements: dict[str, ElementSpec]
    page_numbers: PageNumberSpec
    forms: FormsSpec
    fixed_names: list[FixedName]
    d_stroke: dict[str, str]
    rules: list[RuleMeta]

    @model_validator(mode="after")
    def _complete(self) -> RuleSet:
        ids = [rule.id for rule in self.rules]
        unknown = sorted(set(ids) - set(RULE_IDS))
        missing = [rule for rule in RULE_IDS if rule not in ids]
        twice = sorted({rule for rule in ids if ids.count(rule) > 1})
        if unknown:
            raise ValueError(_("unknown rule ids: {ids}").format(ids=", ".join(unknown)))
        if missing:
            raise ValueError(
                _("rules missing from the rule set: {ids}").format(ids=", ".join(missing))
            )
        if twice:
            raise ValueError(_("rules written twice: {ids}").format(ids=", ".join(twice)))
        return self

    def meta(self, rule_id: str) -> RuleMeta:
        """Return severity and source of `rule_id`."""
        return next(rule for rule in self.rules if rule.id == rule_id)

    def rule_ids(self) -> set[str]:
        """Every rule id the set defines."""
        return {rule.id for rule in self.rules}


class DocTypes(_Strict):
    """Document type words and the type codes of their numbers (NĐ 30 Phụ lục III, HD 36)."""

    source: str
    types: dict[str, list[str]]

    def codes(self) -> set[str]:
        """Every known type code."""
        return {code for codes in self.types.values() for code in codes}


def format_rules_dir() -> Path:
    """Return the folder of the bundled format rule sets."""
    return bundled("data") / "format-rules"


def load_ruleset(path: Path) -> RuleSet:
    """Read and validate one rule set file; raise DataError with file:line on any problem."""
    source = read_yaml(path)
    try:
        return RuleSet.model_validate(source.data)
    except ValidationError as err:
        raise DataError(issues_from_validation(err, source, RuleSet, path)) from err


def load_doc_types(path: Path) -> DocTypes:
    """Read and validate the document-type table."""
    source = read_yaml(path)
    try:
        return DocTypes.model_validate(source.data)
    except ValidationError as err:
        raise DataError(issues_from_validation(err, source, DocTypes, path)) from err


def ruleset_for(regime: str, folder: Path | None = None) -> RuleSet:
    """Return the newest rule set of `regime` found in `folder` (default: the bundled one)."""
    folder = folder or format_rules_dir()
    found = []
    for path in sorted(folder.glob("*.yaml")):
        if path.name == DOC_TYPES_FILE:
            continue
        ruleset = _load_cached(path, *_stamp(path))
        if ruleset.regime == regime:
            found.append(ruleset)
    if not found:
        raise DataError(
            [Issue(folder, _("no format rule set for regime '{regime}'").format(regime=regime))]
        )
    return max(found, key=lambda ruleset: _version_key(ruleset.version))


def doc_types(folder: Path | None = None) -> DocTypes:
    """Return the document-type table of `folder` (default: the bundled one)."""
    path = (folder or format_rules_dir()) / DOC_TYPES_FILE
    return _load_types_cached(path, *_stamp(path))


def _stamp(path: Path) -> tuple[int, int]:
    """Identify a file's content cheaply, so an edited rule file is read again."""
    try:
        stat = path.stat()
    except OSError:
        return (0, 0)
    return (stat.st_mtime_ns, stat.st_size)


@cache
def _load_cached(path: Path, _mtime: int, _size: int) -> RuleSet:
    return load_ruleset(path)


@cache
def _load_types_cached(path: Path, _mtime: int, _size: int) -> DocTypes:
    if not path.is_file():
        raise DataError([Issue(path, _("the document-type table is missing"))])
    return load_doc_types(path)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version))
