"""Write the congress document templates: python -m tools.templategen [--out DIR] [NAME...]."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from .registry import builders

DEFAULT_OUT = Path(__file__).resolve().parents[2] / "templates"


def main(argv: Sequence[str] | None = None) -> None:
    """Build every template (or the named ones) and save it under --out."""
    parser = argparse.ArgumentParser(description="Write the congress document templates.")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("names", nargs="*", help="template file names (default: all)")
    args = parser.parse_args(argv)
    table = builders()
    unknown = sorted(set(args.names) - set(table))
    if unknown:
        parser.error(f"unknown template(s): {', '.join(unknown)}; known: {', '.join(table)}")
    for name, build in table.items():
        if not args.names or name in args.names:
            build().save(args.out / name)


if __name__ == "__main__":
    main()
