"""The help screen: every key binding of the reader, read from the bindings themselves."""

from __future__ import annotations

from pathlib import Path, PurePath
from typing import ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


def bindings_table(bindings: list[Binding]) -> Table:
    """Keys and what they do, one row per action (aliases joined)."""
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
    table.add_column("Key", no_wrap=True, style="bold", min_width=9)
    table.add_column("Action")
    keys: dict[str, list[str]] = {}
    descriptions: dict[str, str] = {}
    for binding in bindings:
        if binding.action not in keys:
            keys[binding.action] = []
            descriptions[binding.action] = binding.description or binding.action
        keys[binding.action].append(binding.key_display or binding.key)
    for action, shown in keys.items():
        table.add_row(Text(" ".join(shown)), descriptions[action])
    return table


HelpGroups = list[tuple[str, list[Binding]]]


class HelpScreen(ModalScreen[None]):
    """Lists every binding in titled groups, two columns; escape, q or ? closes it."""

    # the screen's own CSS: parsed when help first opens, not before the first paint
    CSS_PATH: ClassVar[list[str | PurePath]] = [  # type: ignore[assignment]
        Path(__file__).with_name("help_screen.tcss")
    ]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss_help", "Close help"),
    ]

    def __init__(self, groups: HelpGroups) -> None:
        super().__init__()
        if all(title != "Feeds" for title, _ in groups):
            # the subscription keys: the reader's `u` (an App binding) and the Feeds lists'
            from tui.app.feeds_keys import feed_bindings

            groups = [*groups, ("Feeds", feed_bindings())]
        self.groups = groups
        self.tables = [(title, bindings_table(b)) for title, b in groups]

    @property
    def rows(self) -> list[tuple[str, str]]:
        """(keys, description) of every row shown: what tests check."""
        out = []
        for _, table in self.tables:
            key_col, desc_col = table.columns
            out += [(str(k), str(d)) for k, d in zip(key_col.cells, desc_col.cells, strict=True)]
        return out

    def compose(self) -> ComposeResult:
        half = (len(self.tables) + 1) // 2
        columns = [self.tables[:half], self.tables[half:]]
        with VerticalScroll(id="help-body"):
            yield Static(Text("Limelight: keys", style="bold"), id="help-title")
            with Horizontal(id="help-columns"):
                for i, column in enumerate(columns):
                    parts: list[Text | Table] = []
                    for title, table in column:
                        parts += [Text(title, style="bold underline"), table, Text("")]
                    yield Static(Group(*parts), classes="help-column", id=f"help-column-{i}")
            yield Static(
                Text(
                    "Every action is also in the command palette (ctrl+p). "
                    "Click an entity to make it current; in the sidebar, enter jumps "
                    "and enter again goes to the next mention, and typing in the entity "
                    "list filters it. In the library, feed and bookmark lists: type to "
                    "filter, enter opens, esc goes back, ctrl+q quits; the Feeds list "
                    "(limelight with subscriptions) lists a feed's entries on enter.",
                    style="dim",
                ),
                id="help-note",
            )

    def action_dismiss_help(self) -> None:
        self.dismiss(None)
