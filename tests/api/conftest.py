"""The API under test: a store filled from the bundled corpus (once per session), served
in-process by FastAPI's test client."""

from __future__ import annotations

from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@pytest.fixture(scope="session")
def corpus_db(resources, tmp_path_factory) -> Path:
    from tacitus.runner import ingest_and_store

    db = tmp_path_factory.mktemp("api-store") / "corpus.duckdb"
    ingest_and_store([CORPUS], str(db), progress=False, resources=resources)
    return db


@pytest.fixture(scope="session")
def app(corpus_db):
    from tacitus.api import create_app

    return create_app(corpus_db, kb=_kb())


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    return TestClient(app)


def _kb():
    from tacitus.actors.kb import load_kb

    return load_kb()

