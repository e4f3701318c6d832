"""The web view: static files (HTML, plain JavaScript, CSS and a Natural Earth basemap) that
the API serves at ``/``. No build step: the files here are what the browser runs."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def static_dir() -> Path:
    """The folder of the web view's files, inside the installed package."""
    return Path(str(resources.files("tacitus.web") / "static"))
