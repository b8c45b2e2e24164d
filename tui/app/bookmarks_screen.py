"""The Bookmarks list: every marked article, newest first; Enter opens it at the mark.

Read from the shared state each time the screen is shown, so marks made in another
window appear; `delete` removes a mark for all windows.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType

from tui.app.list_screen import HERE, Column, ListScreen, OpenRequested, cell
from tui.store.state import Bookmark, StateStore


def short_location(key: str) -> str:
    """A URL without its scheme, a path with the home folder as ~."""
    if "://" in key:
        return key.split("://", 1)[1]
    home = str(Path.home())
    return "~" + key[len(home) :] if key.startswith(home + "/") else key


def _added_text(mark: Bookmark) -> str:
    return datetime.fromtimestamp(mark.added).strftime("%Y-%m-%d") if mark.added else ""


def _title(mark: Bookmark) -> str:
    return (mark.title or mark.key).casefold()


def _where(mark: Bookmark) -> str:
    return short_location(mark.key).casefold()


def _added(mark: Bookmark) -> float:
    return mark.added


class BookmarksScreen(ListScreen[Bookmark]):
    """Posts `OpenRequested(key, offset=the mark)` on Enter."""

    CSS_PATH: ClassVar[list[str | Path]] = [HERE / "list_screen.tcss"]  # type: ignore[assignment]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("delete,ctrl+d", "remove", "Remove the bookmark", key_display="del"),
    ]
    NOUN = "bookmark", "bookmarks"
    HINT = "type to filter · enter open · esc back · del remove · ctrl+s sort · ctrl+q quit"
    columns: ClassVar[list[Column[Any]]] = [
        Column("title", "Title", 0, _title),
        Column("where", "Where", 34, _where),
        Column("added", "Added", 10, _added, descending_first=True),
    ]

    def __init__(self, store: StateStore, *, name: str | None = None) -> None:
        self.store = store
        super().__init__(store.bookmarks(), title="Bookmarks", name=name)

    def row_cells(self, item: Bookmark) -> list[Text]:
        return [
            cell(item.title or short_location(item.key)),
            cell(short_location(item.key), style="dim"),
            cell(_added_text(item)),
        ]

    def haystack(self, item: Bookmark) -> str:
        return f"{item.title} {item.key} {_added_text(item)}".casefold()

    def open_item(self, item: Bookmark) -> None:
        self.post_message(OpenRequested(item.key, title=item.title, offset=item.offset))

    def on_screen_resume(self) -> None:
        """Shown again: pick up marks made or removed meanwhile (here or elsewhere)."""
        self.store.reload()
        self.reload_items()

    def reload_items(self) -> None:
        current = self.current_item()
        self.items = self.store.bookmarks()
        keep = next((i for i, b in enumerate(self.items) if current and b.key == current.key), None)
        self.refresh_view(keep=keep)
        for warning in self.store.take_warnings():
            self.notify(warning, severity="warning", markup=False)

    def action_remove(self) -> None:
        mark = self.current_item()
        if mark is None:
            return
        row = self.table.cursor_row
        self.store.remove_bookmark(mark.key)
        self.items = self.store.bookmarks()
        self.refresh_view(keep=-1)
        if self.shown:
            self.table.move_cursor(row=min(row, len(self.shown) - 1), animate=False)
        self.notify(f"Removed the bookmark “{mark.title or mark.key}”", markup=False)
