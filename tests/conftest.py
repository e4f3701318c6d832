"""Shared fixtures. Tests that need the spaCy pipeline or the gazetteer use ``resources``
(loaded once per session); everything else builds its inputs by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def resources():
    from tacitus.pipeline import Resources

    return Resources.load()


@pytest.fixture(scope="session")
def extract(resources):
    """Run the whole pipeline on a text: ``extract(text, published)`` → Document."""
    from tacitus.ingest import ingest_text
    from tacitus.model import Skip
    from tacitus.pipeline import extract_one

    def run(text: str, published: str | dt.date | None = "2020-06-10"):
        day = dt.date.fromisoformat(published) if isinstance(published, str) else published
        art = ingest_text(text, published=day)
        assert not isinstance(art, Skip), art
        return extract_one(art, resources)

    return run
