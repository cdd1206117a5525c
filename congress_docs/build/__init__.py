"""Build the documents of every commune: streaming, incremental, in parallel, with progress.

Each congress file is loaded, checked, rendered and written on its own (memory does not grow
with the number of communes), in `jobs` processes; a document whose data, template and tool
version are unchanged is not written again, and an unchanged file is not even read again.
"""

from __future__ import annotations

from congress_docs.build.commune import ContextBuilder, RuleCheck, output_folder
from congress_docs.build.pipeline import Progress, build
from congress_docs.build_report import BuildReport, CommuneOutcome, DocumentOutcome

__all__ = [
    "BuildReport",
    "CommuneOutcome",
    "ContextBuilder",
    "DocumentOutcome",
    "Progress",
    "RuleCheck",
    "build",
    "output_folder",
]
