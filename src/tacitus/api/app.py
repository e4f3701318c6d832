"""``create_app(db_path)``: the read-only API and the web view over one tacitus store."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tacitus.actors.kb import KnowledgeBase, load_kb
from tacitus.api.errors import install_error_handlers
from tacitus.api.reader import StoreReader
from tacitus.api.routes import ApiState, router
from tacitus.web import static_dir

EXPORT_CAP = 100_000
API_VERSION = "1.0"  # of the HTTP interface; bump on a breaking change to a route

# The web view loads nothing from elsewhere (no CDN, no tiles); the policy makes that a rule
# the browser enforces, and keeps injected markup from running if escaping ever failed.
_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
_HEADERS = [
    (b"content-security-policy", _CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]

DESCRIPTION = """Read-only access to a tacitus store: merged conflict events with their evidence,
the actors of the knowledge base, the dated relations between them, and the source articles.

Every error has the body `{"error": {"code": "...", "message": "...", "field": "..."}}`; an
invalid or unknown parameter gives 400 with `field` naming it, an unknown id 404.
List routes page with an opaque `next_cursor`; pages hold at most 500 items."""


class SecurityHeaders:
    """Adds the content-security policy and friends to every response (pure ASGI: no overhead)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + _HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(db_path: Path | str, *, kb: KnowledgeBase | None = None, timeout_s: float = 10.0,
               export_cap: int = EXPORT_CAP) -> FastAPI:
    """The API and web view over the store at ``db_path``, opened read-only.

    Raises ``ConfigError`` (no file there) or ``StoreError`` (not a tacitus store).
    """
    reader = StoreReader(db_path, timeout_s=timeout_s)
    knowledge = kb or load_kb()
    countries = {c.iso3: (c.name, c.acled_region or "") for c in knowledge.countries.values()}
    app = FastAPI(title="tacitus", version=API_VERSION, description=DESCRIPTION, docs_url=None, redoc_url=None)
    app.state.api = ApiState(reader=reader, kb=knowledge, countries=countries, export_cap=export_cap)
    install_error_handlers(app)
    app.include_router(router)
    _mount_web(app)
    app.add_middleware(SecurityHeaders)
    return app


def _mount_web(app: FastAPI) -> None:
    static = static_dir()

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(static / "index.html", media_type="text/html")

    @app.api_route("/docs", methods=["GET", "HEAD"], include_in_schema=False)
    def docs() -> FileResponse:
        """The API reference, rendered offline from /openapi.json (FastAPI's own pages load from a CDN)."""
        return FileResponse(static / "docs.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=static), name="static")

