"""One exception tree for tacitus; every message carries a code and names the fix.

    TacitusError
    ├── ConfigError        [C…] bad settings or command-line values
    ├── InputError         [I…] an input file or record that cannot be read
    ├── ResourceError      [R…] a model, knowledge base or gazetteer missing or broken
    │   └── GazetteerError [G…]
    ├── StoreError         [S…] the DuckDB store (third-party errors are wrapped here)
    └── EvalError          [E…] gold files that do not follow the format

Library code raises these; only ``cli.py`` turns them into exit codes and messages.
"""

from __future__ import annotations


class TacitusError(Exception):
    """Base of every error tacitus raises on purpose."""

    code = "T000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        self.code = code or self.code
        super().__init__(f"[{self.code}] {message}")


class ConfigError(TacitusError):
    code = "C000"


class InputError(TacitusError):
    code = "I000"


class ResourceError(TacitusError):
    code = "R000"


class GazetteerError(ResourceError):
    code = "G000"


class StoreError(TacitusError):
    code = "S000"


class EvalError(TacitusError):
    code = "E000"
