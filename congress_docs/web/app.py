"""The Starlette application: the start page, the commune page and their JSON endpoints."""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from congress_docs.errors import CongressDocsError, DataError
from congress_docs.i18n import current_language
from congress_docs.template_inspect import TEMPLATE_FILES
from congress_docs.web.documents import (
    DocumentDesk,
    document_text,
    document_title,
    zip_documents,
)
from congress_docs.web.editing import Changes, apply_changes
from congress_docs.web.page import commune_page_context
from congress_docs.web.security import BodyTooLarge, Guard, new_token
from congress_docs.web.texts import page_texts
from congress_docs.web.workspace import UNIT_KINDS, Workspace, WorkspaceError

__all__ = ["create_app"]

_HERE = Path(__file__).parent
# Every asset the page uses ships in the package; nothing else is served from disk.
STATIC = {
    "app.css": "text/css; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "favicon.svg": "image/svg+xml",
}
DOCUMENT_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".pdf": "application/pdf",
}


@dataclass
class _State:
    workspace: Workspace
    desk: DocumentDesk
    token: str
    templates: Environment


def create_app(data: Path, *, output: Path, token: str | None = None, pdf: bool = True) -> Any:
    """Build the page for the data folder `data`, writing documents into `output`.

    The result is an ASGI application wrapped in the guard (Host check, CSRF token, limits).
    """
    state = _State(Workspace(data, output), DocumentDesk(pdf=pdf), token or new_token(),
                   _environment())

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            await run_in_threadpool(state.desk.close)

    routes = [
        Route("/", _endpoint(state, _start_page)),
        Route("/c/{ident:path}", _endpoint(state, _commune_page)),
        Route("/static/{name}", _endpoint(state, _static)),
        Route("/download", _endpoint(state, _download)),
        Route("/download.zip", _endpoint(state, _download_zip)),
        Route("/text", _endpoint(state, _text)),
        Route("/api/check", _endpoint(state, _check), methods=["POST"]),
        Route("/api/save", _endpoint(state, _save), methods=["POST"]),
        Route("/api/new", _endpoint(state, _new), methods=["POST"]),
        Route("/api/build", _endpoint(state, _build), methods=["POST"]),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.desk = state.desk
    return Guard(app, token=state.token)


def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(_HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _endpoint(state: _State, handler: Any) -> Any:
    """Give a handler the state; turn known failures into plain JSON answers, never a trace."""

    async def endpoint(request: Request) -> Response:
        try:
            response: Response = await handler(state, request)
            return response
        except WorkspaceError as err:
            return JSONResponse({"error": str(err)}, status_code=404)
        except BodyTooLarge:
            return JSONResponse({"error": "request too large"}, status_code=413)
        except (ValueError, KeyError, TypeError) as err:
            return JSONResponse({"error": f"bad request: {err}"}, status_code=400)

    return endpoint


def _page(state: _State, name: str, **context: Any) -> HTMLResponse:
    template = state.templates.get_template(name)
    html = template.render(t=page_texts(), lang=current_language(), csrf=state.token, **context)
    return HTMLResponse(html, headers={"cache-control": "no-store"})


async def _json(request: Request) -> Any:
    body = await request.body()
    return json.loads(body.decode("utf-8"))


# -- pages --------------------------------------------------------------------------------------


async def _start_page(state: _State, _request: Request) -> Response:
    workspace = state.workspace
    communes = await run_in_threadpool(workspace.statuses)
    return _page(state, "index.html", communes=communes, folders=workspace.folders(),
                 kinds=UNIT_KINDS, data_folder=str(workspace.root),
                 output_folder=str(workspace.output), total=len(TEMPLATE_FILES))


async def _commune_page(state: _State, request: Request) -> Response:
    ident = request.path_params["ident"]
    path, raw = state.workspace.read(ident)
    try:
        context = await run_in_threadpool(commune_page_context, state.workspace, ident, path, raw)
    except DataError as err:
        return _page(state, "unreadable.html", ident=ident, issues=[str(i) for i in err.issues])
    return _page(state, "commune.html", pdf=state.desk.pdf_available, **context)


async def _static(_state: _State, request: Request) -> Response:
    name = request.path_params["name"]
    if name not in STATIC:
        return JSONResponse({"error": "not found"}, status_code=404)
    body = (_HERE / "static" / name).read_bytes()
    return Response(body, media_type=STATIC[name], headers={"cache-control": "no-cache"})


# -- documents ----------------------------------------------------------------------------------


def _documents_folder(state: _State, ident: str) -> Path:
    result = state.workspace.check(ident)
    folder = state.workspace.documents_folder(result)
    if folder is None:
        raise WorkspaceError(ident)
    return folder


def _document_path(state: _State, ident: str, name: str) -> Path:
    allowed = {*TEMPLATE_FILES.values(), *(Path(n).with_suffix(".pdf").name
                                           for n in TEMPLATE_FILES.values())}
    if name not in allowed:
        raise WorkspaceError(name)
    path = _documents_folder(state, ident) / name
    if not path.is_file():
        raise WorkspaceError(name)
    return path


async def _download(state: _State, request: Request) -> Response:
    ident, name = request.query_params["file"], request.query_params["doc"]
    path = await run_in_threadpool(_document_path, state, ident, name)
    disposition = "inline" if request.query_params.get("inline") == "1" else "attachment"
    return Response(
        path.read_bytes(),
        media_type=DOCUMENT_TYPES[path.suffix],
        headers={"content-disposition": f'{disposition}; filename="{path.name}"',
                 "cache-control": "no-store"},
    )


async def _download_zip(state: _State, request: Request) -> Response:
    ident = request.query_params["file"]
    folder = await run_in_threadpool(_documents_folder, state, ident)
    body = await run_in_threadpool(zip_documents, folder)
    name = Path(ident).stem + ".zip"
    return Response(body, media_type="application/zip",
                    headers={"content-disposition": f'attachment; filename="{name}"',
                             "cache-control": "no-store"})


async def _text(state: _State, request: Request) -> Response:
    ident, name = request.query_params["file"], request.query_params["doc"]
    path = await run_in_threadpool(_document_path, state, ident, name)
    if path.suffix != ".docx":
        raise WorkspaceError(name)
    text = await run_in_threadpool(document_text, path)
    return JSONResponse({"text": text})


# -- changes ------------------------------------------------------------------------------------


async def _check(state: _State, request: Request) -> Response:
    payload = await _json(request)
    ident = str(payload["file"])
    changes = Changes.from_json(payload.get("changes", {}))

    def work() -> dict[str, Any]:
        data = state.workspace.data(ident)
        apply_changes(data, changes)
        return state.workspace.check(ident, data).to_json()

    try:
        return JSONResponse(await run_in_threadpool(work))
    except DataError as err:
        return JSONResponse({"ok": False, "errors": {}, "to_fill": {}, "findings": [],
                             "general": [str(issue) for issue in err.issues]})


async def _save(state: _State, request: Request) -> Response:
    payload = await _json(request)
    ident = str(payload["file"])
    version = str(payload["version"])
    changes = Changes.from_json(payload.get("changes", {}))
    from congress_docs.web.saving import save_changes

    outcome = await run_in_threadpool(save_changes, state.workspace, ident, version, changes)
    return JSONResponse(outcome.to_json(), status_code=outcome.status)


async def _new(state: _State, request: Request) -> Response:
    payload = await _json(request)
    try:
        ident = await run_in_threadpool(
            state.workspace.create, str(payload["folder"]), str(payload["name"]),
            str(payload["kind"]))
    except WorkspaceError as err:
        return JSONResponse({"error": str(err)}, status_code=409)
    except CongressDocsError as err:
        return JSONResponse({"error": str(err)}, status_code=409)
    return JSONResponse({"file": ident, "url": "/c/" + ident})


async def _build(state: _State, request: Request) -> Response:
    payload = await _json(request)
    ident = str(payload["file"])

    def work() -> tuple[int, dict[str, Any]]:
        path = state.workspace.resolve(ident)
        commune, documents = state.desk.build(path, state.workspace.output)
        if commune.issues:
            return 422, {"error": "\n".join(str(issue) for issue in commune.issues)}
        return 200, {
            "pdf": state.desk.pdf_available,
            "documents": [
                {"kind": doc.kind, "docx": doc.docx.name, "title": document_title(doc.docx.name),
                 "pdf": doc.pdf.name if doc.pdf is not None else None, "message": doc.message}
                for doc in documents
            ],
        }

    try:
        status, body = await run_in_threadpool(work)
    except CongressDocsError as err:
        return JSONResponse({"error": str(err)}, status_code=500)
    return JSONResponse(body, status_code=status)
