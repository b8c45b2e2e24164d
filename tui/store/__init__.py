"""Everything Limelight keeps between runs, in one SQLite database (stdlib sqlite3).

No Textual and no spaCy here: the reader, the command line and a refresh in the
background all read and write through this package.
"""

from tui.store.db import DB_FILE, Database, StoreError, open_database
from tui.store.feeds import FeedStore, NewEntry, StoredEntry, Subscription
from tui.store.state import StateStore, open_store

__all__ = [
    "DB_FILE",
    "Database",
    "FeedStore",
    "NewEntry",
    "StateStore",
    "StoreError",
    "StoredEntry",
    "Subscription",
    "open_database",
    "open_store",
]
