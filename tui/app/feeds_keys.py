"""The keys of subscriptions: on the Feeds and entry lists, and the reader's "next unread".

Kept apart from the screens so the help screen and the command palette list them
without importing the list screens. Letters on a list type into its filter, so the
list keys are control and function keys (F5/^l as the library's "read again"; ctrl+f is
the library search's); the reader's `u` is free there (README's key table,
tui/app/article_keys.py).
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

# the Feeds list and a feed's entries (tui/app/feeds_screen.py)
FEEDS_LIST_BINDINGS: list[BindingType] = [
    Binding("ctrl+t", "toggle_read", "Feeds: mark read or unread", key_display="^t"),
    Binding("ctrl+a", "mark_all_read", "Feeds: mark all read", key_display="^a"),
    Binding("f5,ctrl+l", "refresh_one", "Feeds: refresh this feed", key_display="F5 ^l"),
    Binding("ctrl+g", "refresh_all", "Feeds: refresh every feed", key_display="^g"),
]

# the reader (ReaderApp.BINDINGS): from an article, or a list, to the next unread entry
READER_FEED_BINDINGS: list[BindingType] = [
    Binding("u,ctrl+n", "next_unread", "Feeds: next unread entry", key_display="u ^n"),
]


def feed_bindings() -> list[Binding]:
    """Every subscription key, for the help screen (its "Feeds" group)."""
    return [b for b in [*READER_FEED_BINDINGS, *FEEDS_LIST_BINDINGS] if isinstance(b, Binding)]
