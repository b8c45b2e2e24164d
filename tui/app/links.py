"""Links out of the reader: which may leave it, whether a browser would take over the
terminal, and opening one without stalling the screen."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from tui.app.analysis_client import one_line
from tui.app.layout import safe_text

if TYPE_CHECKING:
    from tui.app.article_screen import ArticleScreen

CONSOLE_BROWSERS = frozenset({"lynx", "w3m", "links", "elinks", "www-browser", "browsh", "links2"})


def is_web_url(url: str) -> bool:
    """Only plain http(s) URLs with a host leave the app; nothing else is opened."""
    if not url or any(ord(c) < 33 or ord(c) == 127 for c in url):
        return False
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def console_browser() -> bool:
    """Whether `webbrowser` would run a text-mode browser in this terminal (or find none):
    it would take the screen from the running app, so the link is shown instead."""
    import webbrowser

    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")) and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return True
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return True
    name = os.path.basename(getattr(browser, "name", "") or "")
    if isinstance(browser, webbrowser.GenericBrowser) and not isinstance(
        browser, webbrowser.BackgroundBrowser
    ):
        # runs in the foreground: a console browser, or one from $BROWSER we cannot judge
        return name in CONSOLE_BROWSERS or not name
    return name in CONSOLE_BROWSERS


class LinkOpener:
    """Opens a link in a graphical browser (from a worker: a browser can be slow to
    start), or shows it in a notification where the browser would be a console one."""

    def __init__(self, host: ArticleScreen, open_url: Callable[[str], Any] | None) -> None:
        self.host = host
        self.open_url = open_url  # instead of webbrowser (tests)
        self.last_opened: str | None = None
        self.shown_url: str | None = None  # a link shown instead of opened

    def open(self, url: str | None) -> None:
        host = self.host
        if url is None:
            host.flash("No source here: press s to go to one")
            return
        if not is_web_url(url):
            host.flash(f"Not opening {safe_text(url)[:60]}: only http and https links")
            return
        if self.open_url is None and console_browser():
            # a text-mode browser would take over this terminal under the running app
            self.shown_url = url
            host.flash("No graphical browser here: the link is in the notification")
            host.notify(url, title="Link", timeout=20, markup=False)
            return
        self.last_opened = url
        host.flash(f"Opening {url}")
        host.run_worker(partial(self._open_in_browser, url), thread=True, group="browser")

    def _open_in_browser(self, url: str) -> None:
        import webbrowser

        opener = self.open_url or partial(webbrowser.open, new=2)
        flash = partial(self.host.app.call_from_thread, self.host.flash)
        try:
            ok = opener(url)
        except Exception as error:  # a browser that fails to start is not fatal
            flash(f"Could not open the browser: {one_line(error)}")
            return
        if ok is False:
            flash("No browser available to open the link")
