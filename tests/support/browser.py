"""Headless Chromium for page tests: Debian's /usr/bin/chromium driven by Playwright (Python).

Never ``playwright install``: the browser is the system package (``.ci/run`` installs it with
apt). Every request the page makes is recorded, and any that is not ``file:`` / ``data:`` /
``blob:`` / ``about:`` is aborted and reported, so a test can assert the page is offline.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("THIDUA_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


def launch(playwright: Any) -> Any:
    """The system Chromium, headless, with background networking off."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


@dataclass
class OpenedPage:
    """A page plus what it did: console errors, uncaught exceptions, requests (local and not)."""

    page: Any
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    remote_requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return [*self.console_errors, *self.page_errors, *(f"remote request {u}" for u in self.remote_requests),
                *(f"dialog {d}" for d in self.dialogs)]  # fmt: skip


@pytest.fixture(scope="session")
def chromium() -> Any:
    """A session-wide headless Chromium. Missing, it fails on CI (``make test`` installs it there)
    and is skipped, with the reason, on a developer machine without root."""
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is not installed (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = launch(pw)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def open_page(chromium: Any) -> Any:
    """``open_page(path, wait_for="window.thidua && window.thidua.firstDraw")`` -> OpenedPage."""
    contexts: list[Any] = []

    def _open(path: str | Path, wait_for: str | None = None, timeout_ms: int = 30_000,
              viewport: tuple[int, int] = (1280, 900)) -> OpenedPage:  # fmt: skip
        context = chromium.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        contexts.append(context)
        page = context.new_page()
        opened = OpenedPage(page)
        page.on("console", lambda m: opened.console_errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda exc: opened.page_errors.append(str(exc)))

        def on_dialog(dialog: Any) -> None:
            opened.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)

        def route(r: Any) -> None:
            url = r.request.url
            opened.requests.append(url)
            if url.startswith(LOCAL_SCHEMES):
                r.continue_()
            else:
                opened.remote_requests.append(url)
                r.abort()

        page.route("**/*", route)
        page.goto(Path(path).resolve().as_uri())
        if wait_for:
            page.wait_for_function(wait_for, timeout=timeout_ms)
        return opened

    yield _open
    for c in contexts:
        c.close()


RENDER_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "render"


@pytest.fixture(scope="session")
def render_kg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The graph built from ``tests/fixtures/render/clusters.yaml`` (pages, charts, browser tests)."""
    from thidua.build import build

    out = tmp_path_factory.mktemp("render") / "kg.ttl"
    _, report = build([RENDER_FIXTURES / "clusters.yaml"], out)
    assert not report.errors, report.errors
    return out


@pytest.fixture(scope="session")
def render_store(render_kg: Path) -> Any:
    from thidua.store import EmbeddedStore

    return EmbeddedStore.from_files([render_kg])
