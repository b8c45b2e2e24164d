"""Subscriptions: refresh feeds into the store, OPML in and out, and their commands.

Above `tui.article` (fetching, sanitising) and `tui.store` (where entries live); no
Textual and no spaCy, so `limelight refresh` starts in a fraction of a second.
"""

from tui.feeds.parse import FeedError, ParsedFeed, parse
from tui.feeds.refresh import RefreshResult, refresh, subscribe_url

__all__ = ["FeedError", "ParsedFeed", "RefreshResult", "parse", "refresh", "subscribe_url"]
