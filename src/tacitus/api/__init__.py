"""The read API (FastAPI) over a tacitus store, and the web view it serves.

    create_app(db_path) -> FastAPI

Layout: ``reader`` opens the store read-only and keeps an in-memory table of merged events;
``filters`` parses query parameters into SQL; ``events``, ``actors`` and ``articles`` read;
``routes`` declares the HTTP interface; ``errors`` holds the one error shape; ``schemas`` the
response shapes for the OpenAPI document. See docs/api.md.
"""

from tacitus.api.app import create_app

__all__ = ["create_app"]
