"""Fixtures of the browser tests: live servers over the corpus store and over a hostile
store, and one headless Chromium for the session (see web_helpers)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from web_helpers import CHROMIUM, CHROMIUM_ARGS, CORPUS, LiveServer, Page, hostile_store


@pytest.fixture(scope="session")
def corpus_server(resources, tmp_path_factory) -> Iterator[LiveServer]:
    from tacitus.runner import ingest_and_store

    db = tmp_path_factory.mktemp("web-store") / "corpus.duckdb"
    ingest_and_store([CORPUS], str(db), progress=False, resources=resources)
    server = LiveServer(db)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def hostile_server(tmp_path_factory) -> Iterator[LiveServer]:
    server = LiveServer(hostile_store(tmp_path_factory.mktemp("hostile-store") / "hostile.duckdb"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def web(browser, corpus_server) -> Iterator[Page]:
    page = Page(browser, corpus_server.url)
    yield page
    page.close()
