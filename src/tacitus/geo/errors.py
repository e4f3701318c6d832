"""Errors of the geo package (to be folded into the shared ``tacitus.errors`` tree).

::

    GazetteerError            [G…] the gazetteer file is missing, stale or unreadable
     ├── [G001] not built        → run 'tacitus setup'
     ├── [G002] stale version    → run 'tacitus setup' (rebuilds)
     ├── [G003] unreadable file  → delete it and run 'tacitus setup'
     ├── [G004] bad data file    → fix the named CSV/YAML file
     └── [G005] source missing   → reinstall the named package

Every message names the fix; the code is also kept on the exception as ``.code``.
"""

from __future__ import annotations

from pathlib import Path

from tacitus import errors


class GazetteerError(errors.GazetteerError):
    """A gazetteer problem the user can fix; ``code`` is stable, the message names the fix.
    Part of the one exception tree (``tacitus.errors``), so the CLI reports it cleanly."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message, code=code)


def not_built(path: Path) -> GazetteerError:
    return GazetteerError("G001", f"Gazetteer not built at {path}. Run 'tacitus setup'.")


def stale(path: Path, found: str, wanted: str) -> GazetteerError:
    return GazetteerError(
        "G002",
        f"Gazetteer at {path} has schema {found!r}, this tacitus needs {wanted!r}. "
        "Run 'tacitus setup' to rebuild it.",
    )


def unreadable(path: Path, reason: str) -> GazetteerError:
    return GazetteerError(
        "G003",
        f"Gazetteer at {path} cannot be read ({reason}). Delete it and run 'tacitus setup'.",
    )


def bad_data_file(path: Path, reason: str) -> GazetteerError:
    return GazetteerError("G004", f"Data file {path} is invalid: {reason}. Fix that file.")


def source_missing(package: str, reason: str) -> GazetteerError:
    return GazetteerError(
        "G005",
        f"Gazetteer source package {package!r} is unusable ({reason}). "
        f"Reinstall it: pip install --force-reinstall {package}",
    )
