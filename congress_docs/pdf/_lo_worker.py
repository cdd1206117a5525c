"""Helper run under LibreOffice's own Python: connects to one soffice and converts files on request.

It is started as a script (never imported by congress_docs), so it must run on the Python that has
`uno` (Debian: /usr/bin/python3 with python3-uno; Windows: LibreOffice's program/python.exe), which
may be older than ours: standard library only, nothing newer than Python 3.7.

Protocol, one ASCII JSON object per line:
  stdout, once connected:   {"ready": true}
  stdin, one per document:  {"src": "/in.docx", "out": "/out.pdf", "filter": "MS Word 2007 XML"}
  stdout, one per request:  {"ok": true} or {"ok": false, "error": "...", "stage": "load"|"store",
                            "fatal": bool}
  stdin, to finish:         {"cmd": "quit"}
"fatal" means the connection to soffice is gone; the parent then restarts both processes.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import sys
import time
from typing import Any

# Export filter per document kind; Writer covers every .docx.
_EXPORT_FILTERS = (
    ("com.sun.star.text.GenericTextDocument", "writer_pdf_Export"),
    ("com.sun.star.sheet.SpreadsheetDocument", "calc_pdf_Export"),
    ("com.sun.star.presentation.PresentationDocument", "impress_pdf_Export"),
    ("com.sun.star.drawing.DrawingDocument", "draw_pdf_Export"),
)


def reply(message: dict[str, Any]) -> None:
    """Write one protocol line; ASCII keeps Windows code pages out of the way."""
    sys.stdout.write(json.dumps(message, ensure_ascii=True) + "\n")
    sys.stdout.flush()


def connect(uno: Any, pipe: str, deadline: float) -> Any:
    """Return the Desktop of the soffice listening on `pipe`, retrying while it starts."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    url = f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext"
    while True:
        try:
            ctx = resolver.resolve(url)
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
    return ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)


def make_props(uno: Any, values: dict[str, Any]) -> tuple[Any, ...]:
    """Build the PropertyValue tuple UNO calls expect."""
    props = []
    for name, value in values.items():
        prop = uno.createUnoStruct("com.sun.star.beans.PropertyValue")
        prop.Name = name
        prop.Value = value
        props.append(prop)
    return tuple(props)


def export_filter(doc: Any) -> str:
    """Pick the PDF export filter matching the loaded document's kind."""
    for service, name in _EXPORT_FILTERS:
        if doc.supportsService(service):
            return name
    return "writer_pdf_Export"


class LoadFailure(Exception):
    """The source could not be opened as a document (corrupt, wrong format, unreadable)."""


def convert(uno: Any, desktop: Any, request: dict[str, Any]) -> None:
    """Load one document hidden and read-only, store it as PDF, close it."""
    # Read-only avoids lock files beside the source; macros and links never run.
    load: dict[str, Any] = {
        "Hidden": True,
        "ReadOnly": True,
        "MacroExecutionMode": 0,
        "UpdateDocMode": 0,
    }
    if request.get("filter"):
        # Without a forced filter LibreOffice imports a broken .docx as plain text and "succeeds".
        load["FilterName"] = request["filter"]
    source_url = uno.systemPathToFileUrl(request["src"])
    try:
        doc = desktop.loadComponentFromURL(source_url, "_blank", 0, make_props(uno, load))
    except Exception as exc:
        raise LoadFailure(describe(exc)) from exc
    if doc is None:
        raise LoadFailure("")
    try:
        target_url = uno.systemPathToFileUrl(request["out"])
        doc.storeToURL(target_url, make_props(uno, {"FilterName": export_filter(doc)}))
    finally:
        close_quietly(doc)


def close_quietly(doc: Any) -> None:
    """Close a document, falling back to dispose when something vetoes the close."""
    try:
        doc.close(True)
    except Exception:
        with contextlib.suppress(Exception):
            doc.dispose()


def describe(exc: BaseException) -> str:
    """Say what went wrong in one line; UNO exceptions keep their text in .Message."""
    text = getattr(exc, "Message", "") or str(exc)
    return type(exc).__name__ + ": " + " ".join(text.split())


def is_alive(desktop: Any) -> bool:
    """Tell whether the bridge to soffice still answers."""
    try:
        desktop.getComponents()
    except Exception:
        return False
    return True


def serve(uno: Any, desktop: Any) -> None:
    """Answer conversion requests until told to quit or stdin closes."""
    while True:
        line = sys.stdin.buffer.readline()
        if not line:
            return
        request = json.loads(line.decode("utf-8"))
        if request.get("cmd") == "quit":
            with contextlib.suppress(Exception):
                desktop.terminate()
            return
        try:
            convert(uno, desktop, request)
        except LoadFailure as exc:
            reply({"ok": False, "error": str(exc), "stage": "load", "fatal": not is_alive(desktop)})
        except Exception as exc:
            reply(
                {
                    "ok": False,
                    "error": describe(exc),
                    "stage": "store",
                    "fatal": not is_alive(desktop),
                }
            )
        else:
            reply({"ok": True})


def main() -> int:
    """Connect, announce readiness, then serve."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--pipe", required=True)
    parser.add_argument("--connect-timeout", type=float, default=60.0)
    args = parser.parse_args()
    try:
        uno = importlib.import_module("uno")
        desktop = connect(uno, args.pipe, time.monotonic() + args.connect_timeout)
    except Exception as exc:
        reply({"ready": False, "error": describe(exc)})
        return 1
    reply({"ready": True})
    serve(uno, desktop)
    return 0


if __name__ == "__main__":
    sys.exit(main())
