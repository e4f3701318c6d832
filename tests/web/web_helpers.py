"""The live server, page wrapper and store builders the browser tests share."""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """``create_app(db)`` served by uvicorn on 127.0.0.1 until ``stop()``."""

    def __init__(self, db: Path) -> None:
        import uvicorn

        from tacitus.api import create_app

        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(db), host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


HOSTILE_TEXT = ('Intro line. <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>\n'
                'Gunmen killed 5 people in <b>Gao</b> on Tuesday. The end.')
HOSTILE_SENTENCE = "Gunmen killed 5 people in <b>Gao</b> on Tuesday."


class Page:
    """A browser page that records console errors, page errors and every URL it requests."""

    def __init__(self, browser: Any, base: str) -> None:
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000})
        self.page = self.context.new_page()
        self.base = base
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("request", lambda r: self.requests.append(r.url))

    def open(self, fragment: str = "") -> None:
        self.page.goto(self.base + "/" + (f"#{fragment}" if fragment else ""))
        self.page.wait_for_selector('body[data-ready="1"]', timeout=20000)
        self.settle()

    def wait_until(self, expression: str, timeout: float = 15.0) -> None:
        """Poll a JavaScript expression until it is true (Playwright's wait_for_function
        evaluates strings with eval, which the page's content-security policy forbids)."""
        deadline = time.monotonic() + timeout
        while not self.page.evaluate(expression):
            if time.monotonic() > deadline:
                raise AssertionError(f"still false after {timeout}s: {expression}")
            self.page.wait_for_timeout(50)

    def settle(self) -> None:
        """Wait until no request is in flight (the views have drawn what they fetched)."""
        self.page.wait_for_load_state("networkidle")

    def close(self) -> None:
        self.context.close()


def screenshot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=False)
    return path


def hostile_store(db: Path) -> Path:
    """A store whose one article is made of markup and script: the page must show it as text."""
    from tacitus.model import ActorRef, Article, Count, DateSpan, Document, Event, Place, Span
    from tacitus.store import Store

    start = HOSTILE_TEXT.index(HOSTILE_SENTENCE)
    art = Article(id="0badc0de0badc0de", text=HOSTILE_TEXT, title='<i>Title</i><script>window.__pwned=3</script>',
                  url="javascript:window.__pwned=4", source="Evil <Wire>", published=dt.date(2020, 6, 10), origin="hostile.txt")
    event = Event(id="hostile-event", event_type="attack", event_family="violence_against_civilians",
                  actor1=ActorRef(name="<b>Gunmen</b>", text="Gunmen", kind="rebel"),
                  location=Place(name="Gao<script>", country="MLI", lat=16.27, lon=-0.04, precision=1),
                  date=DateSpan(start=dt.date(2020, 6, 9), end=dt.date(2020, 6, 9)), fatalities=Count(5, 5, 5),
                  evidence=Span(start, start + len(HOSTILE_SENTENCE), HOSTILE_SENTENCE), confidence=0.9)
    with Store(db) as store:
        store.write_batch([Document(article=art, events=[event])], {}, "test")
    return db
