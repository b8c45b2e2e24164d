"""Names on real news: a typed name index and the document-level reasoning that uses it."""

from tui.analysis.names.index import Entry, NameIndex, declension_key, load_index

__all__ = ["Entry", "NameIndex", "declension_key", "load_index"]
