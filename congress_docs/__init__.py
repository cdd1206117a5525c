"""congress-docs: the draft documents of a Vietnam Fatherland Front congress, from YAML data."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
