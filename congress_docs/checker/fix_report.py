"""Render what `check --fix` changed (or would change) and what it left, for people."""

from __future__ import annotations

from collections import Counter

from congress_docs.checker.fix import FixBatch, FixResult, is_fixable
from congress_docs.i18n import _

__all__ = ["fixes_to_text"]

_SHOWN = 40  # changes listed one by one; the rest are counted


def fixes_to_text(batch: FixBatch, *, dry_run: bool) -> str:
    """One block per file: the changes, then the layout findings left, then refusals."""
    blocks = [_result_text(result, dry_run) for result in batch.results]
    blocks += [_("REFUSED {reason}").format(reason=err) for err in batch.failures]
    return "\n\n".join(blocks)


def _result_text(result: FixResult, dry_run: bool) -> str:
    if not result.changes:
        head = _("{source}: nothing to change in the layout; no file written").format(
            source=result.source
        )
    elif dry_run:
        head = _("{source}: would make {count} layout changes (dry run, nothing written)").format(
            source=result.source, count=len(result.changes)
        )
    else:
        head = _("{source} -> {output}: {count} layout changes, text unchanged").format(
            source=result.source, output=result.output, count=len(result.changes)
        )
    lines = [head]
    groups: dict[tuple[str, str, str], list[str]] = {}
    for change in result.changes:
        groups.setdefault((change.what, change.before, change.after), []).append(change.where)
    for (what, before, after), places in list(groups.items())[:_SHOWN]:
        where = places[0] if len(places) == 1 else _("{first} and {count} more").format(
            first=places[0], count=len(places) - 1
        )
        lines.append(f"  {where}: {what}: {before} -> {after}")
    if len(groups) > _SHOWN:
        lines.append("  " + _("… and {count} more").format(count=len(groups) - _SHOWN))
    left = Counter(finding.rule_id for finding in result.unfixed())
    if left:
        kept = ", ".join(
            f"{rule} ({count})" if count > 1 else rule
            for rule, count in sorted(left.items())
        )
        untouched = [rule for rule in left if not is_fixable(rule)]
        label = _("left for you (text, page-number fields or typed rules)") if untouched else ""
        lines.append("  " + _("layout findings left: {rules}").format(rules=kept) + (
            f" — {label}" if label else ""
        ))
    return "\n".join(lines)
