"""Write the congress document templates into templates/ (re-runnable; .docx committed).

Run from the repository root:  python tools/make_templates.py [--out DIR] [NAME...]
(the same as python -m tools.templategen). The generator itself is the package tools/templategen.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from templategen.__main__ import main  # noqa: E402

if __name__ == "__main__":
    main()
