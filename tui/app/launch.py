"""`limelight [TARGET]`: decide what to open, open it, then start the reader.

Everything a user can get wrong (a missing file, a folder that cannot be listed, an
offline URL, binary input) is found here, before the app takes the terminal, and
raised as `ArticleError` so the command line prints one line and exits with 2.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.app import collection
from tui.app.browsing import Session, is_url, open_store
from tui.article.errors import ArticleError
from tui.article.feed import Feed
from tui.article.loader import DEFAULT_MAX_BYTES, open_path
from tui.article.model import Article

if TYPE_CHECKING:
    from tui.app.list_screen import ListScreen
    from tui.app.reader import ReaderApp
    from tui.store.state import StateStore

# Textual and the reader are imported by `build_app`, after `run` has paused the garbage
# collector (collection.py): their objects live as long as the program. The list
# screens, the library scan, the HTTP client and the store are imported only for the
# targets that need them: an article file starts without them (its store is opened
# after the first frame, when the visit is recorded).

DEFAULT_LIBRARY = "samples"
# How long a busy thread keeps the GIL before another gets it (Python's default: 5 ms).
# The analysis thread runs for seconds while Textual's writer thread sends each frame to
# the terminal; at the default a frame waits 15-25 ms behind spaCy, at 1 ms about 1 ms.
GIL_SWITCH_SECONDS = 0.001
USAGE = "nothing to open: give a FILE, a folder or a URL (limelight --help)"


def default_target(store: StateStore | None) -> str:
    """No argument and no subscriptions: the library opened last, else ./samples, else a
    usage error."""
    last = store.last_library if store is not None else None
    if last and Path(last).is_dir():
        return last
    if Path(DEFAULT_LIBRARY).is_dir():
        return DEFAULT_LIBRARY
    raise ArticleError(USAGE)


def build_app(
    target: str | None,
    *,
    lang: str | None = None,
    width: int = 88,
    max_bytes: int = DEFAULT_MAX_BYTES,
    use_cache: bool = True,
    store: StateStore | None = None,
    **app_options: Any,
) -> ReaderApp:
    """The reader for `target`, everything loaded that can fail; raises ArticleError."""
    from tui.app.analysis_client import cached_analyze
    from tui.app.reader import ReaderApp

    if store is None and (not target or Path(target).expanduser().is_dir()):
        store = open_store()  # the list to start on depends on it
    start: ListScreen[Any] | None = None
    if not target:  # subscriptions first: the Feeds screen (tui/app/feeds_screen.py)
        from tui.app.feeds_screen import start_screen

        assert store is not None
        start = start_screen(store)
    location = target or ("" if start is not None else default_target(store))
    article: Article | None = None
    key = ""
    opened: Article | Feed | None = None
    if start is not None:
        pass
    elif is_url(location):
        from tui.article.loader import open_url

        opened = open_url(location, lang=lang, max_bytes=max_bytes)
        key = location
    elif Path(location).expanduser().is_dir():
        from tui.app.library_screen import LibraryScreen
        from tui.article.library import scan

        folder = Path(location).expanduser().absolute()
        start = LibraryScreen(folder, scan(folder))
        store = store if store is not None else open_store()
        store.set_last_library(folder)
    else:
        opened = open_path(Path(location).expanduser(), lang=lang, max_bytes=max_bytes)
    if isinstance(opened, Feed):
        if not opened.entries:
            raise ArticleError(f"{location}: the feed has no entries")
        from tui.app.feed_screen import FeedScreen

        feed_screen = FeedScreen(opened, location=location)
        feed_screen.lang = lang
        start = feed_screen
    elif isinstance(opened, Article):
        article = opened
    app_options.setdefault("analyze", cached_analyze(use_cache))
    return ReaderApp(
        article,
        width=width,
        session=Session(store if store is not None else open_store),
        start=start,
        key=key,
        lang=lang,
        max_bytes=max_bytes,
        **app_options,
    )


def run(
    target: str | None,
    *,
    lang: str | None = None,
    width: int = 88,
    max_bytes: int = DEFAULT_MAX_BYTES,
    use_cache: bool = True,
) -> int:
    """Open `target` (a file, a feed, a folder, an http(s) URL, or None for the last
    library) in the reader; returns the exit status. Raises ArticleError before the
    app starts when the target cannot be opened."""
    collection.pause()  # the app resumes it once its first frame is on screen
    try:
        app = build_app(target, lang=lang, width=width, max_bytes=max_bytes, use_cache=use_cache)
    except BaseException:
        collection.resume()
        raise
    from tui.app.analysis_client import use_worker

    sys.setswitchinterval(GIL_SWITCH_SECONDS)
    # spaCy runs in a worker process, started when first asked (after the first frame)
    worker = use_worker(app, use_cache=use_cache, lang=lang, max_bytes=max_bytes)
    try:
        result = app.run()
    finally:
        worker.close()  # no worker outlives the reader
        collection.resume()  # an app that ended before its first frame left it paused
    if app.return_code not in (None, 0):
        return finish(app.return_code)
    return finish(result if isinstance(result, int) else 0)


def finish(status: int) -> int:
    """Return `status`, or end the process with it at once while a daemon thread (an
    analysis the reader did not wait for) is still running. The reader itself runs its
    analyses in a worker process (ended before this); the thread client remains for
    injected analyze functions.

    The interpreter's teardown would unload libraries under that thread: libblis aborts
    the process (status 134) when it exits during a matrix product. Everything of ours
    is on disk by now (state and cache are written atomically as they change)."""
    others = (t for t in threading.enumerate() if t is not threading.current_thread())
    if any(t.daemon and t.is_alive() for t in others):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    return status
