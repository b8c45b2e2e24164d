"""The sidebar: what the article contains, as lists the reader can jump from.

Five tabs (Entities, Facts, Dates, Sources, Outline), each an OptionList whose option
ids say what an item points at ("entity-3"); choosing one posts `Sidebar.Chosen`
and the app decides where that goes. Group headings are disabled options.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widget import MountError
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from tui.analysis.model import Analysis, CitedSource, Entity
from tui.app.layout import safe_text
from tui.app.palette import LABEL_NAMES, label_badge_style
from tui.app.timeline import DateGroup, Timeline
from tui.article.model import Section

TABS = ("entities", "facts", "dates", "sources", "outline")
DATE_COLUMN = 15
SIDEBAR_WIDTH = 38  # as in sidebar.tcss: the width before the first layout
VAGUE_KINDS = {"PAST_REF": "past", "PRESENT_REF": "present", "FUTURE_REF": "future"}
FACT_KINDS = {
    "money": "Money",
    "percent": "Percentages",
    "quantity": "Quantities",
    "role": "Roles",
    "attribution": "Attributions",
    "quote": "Quotes",
}


def _heading(text: str, count: int | None = None) -> Option:
    prompt = Text(text, style="bold")
    if count is not None:
        prompt.append(f"  {count}", style="dim")
    return Option(prompt, disabled=True)


def _clip(text: str, limit: int = 70) -> str:
    """One line of at most `limit` characters, control characters neutralised."""
    text = " ".join(safe_text(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_amount(value: float | None, unit: str | None, kind: str) -> str:
    """A normalised figure in a compact form: 6.6 bn USD, 13 %, 19."""
    if value is None:
        return ""
    if kind == "percent":
        return f"{value:g} %"
    for size, suffix in ((1e12, " tn"), (1e9, " bn"), (1e6, " m")):
        if abs(value) >= size:
            number = f"{value / size:.3g}{suffix}"
            break
    else:
        number = f"{value:,.0f}" if abs(value) >= 1000 else f"{value:g}"
    return f"{number} {unit}" if unit else number


def _date_row(label: str, group: DateGroup) -> Text:
    """When, how often, then the first wording: cutting to the sidebar keeps the first two."""
    count = len(group.mentions)
    row = Text()
    row.append(label, style="bold")
    row.append(f" ×{count}" if count > 1 else "", style="dim")
    row.pad_right(max(1, DATE_COLUMN - row.cell_len))
    row.append(_clip(group.mentions[0].text, 40))
    return row


class EntityList(OptionList):
    """Entities grouped by label, most mentioned first. Typing a letter here filters:
    it goes to the filter box above (digits stay tab keys, punctuation stays moves).
    Enter jumps to the entity (again: its next mention); → opens its card."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("right", "screen.entity_card", show=False)]

    def on_key(self, event: events.Key) -> None:
        entity_filter = self.screen.query_one("#entity-filter", EntityFilter)
        char = event.character
        if event.is_printable and char and char.isalpha():
            event.stop()
            event.prevent_default()
            entity_filter.focus()
            entity_filter.insert_text_at_cursor(char)
        elif event.key == "backspace" and entity_filter.value:
            event.stop()
            event.prevent_default()
            entity_filter.value = entity_filter.value[:-1]


class EntityFilter(Input):
    """The filter box of the entity list; escape empties it, then returns to the list."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "leave(True)", "Clear the filter", show=False),
        Binding("down", "leave(False)", "To the list", show=False),
    ]

    def action_leave(self, clear: bool) -> None:
        if clear and self.value:
            self.value = ""
            return
        entity_list = self.screen.query_one("#entity-list", EntityList)
        entity_list.focus()
        if entity_list.highlighted is None:
            entity_list.action_first()


class SidebarTabs(Vertical):
    """The tabs themselves, mounted into the sidebar after the first frame."""

    def __init__(self, initial: str) -> None:
        super().__init__()
        self._initial = initial

    def compose(self) -> ComposeResult:
        from textual.widgets import TabbedContent, TabPane  # not needed for the first frame

        with TabbedContent(id="sidebar-tabs", initial=self._initial):
            with TabPane("Entities", id="entities"):
                yield EntityFilter(
                    placeholder="type to filter entities…",
                    select_on_focus=False,
                    id="entity-filter",
                )
                yield EntityList(id="entity-list")
            with TabPane("Facts", id="facts"):
                yield OptionList(id="fact-list")
            with TabPane("Dates", id="dates"):
                yield OptionList(id="date-list")
            with TabPane("Sources", id="sources"):
                yield OptionList(id="source-list")
            with TabPane("Outline", id="outline"):
                yield OptionList(id="outline-list")


class Sidebar(Vertical):
    """Tabs of entities, facts, dates, sources and sections."""

    class Chosen(Message):
        """The reader chose an item: `kind` is entity/fact/date/source/section."""

        def __init__(self, kind: str, index: int) -> None:
            super().__init__()
            self.kind = kind
            self.index = index

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._entities: list[Entity] = []
        self._filter = ""
        self._current_entity: int | None = None
        self._stale = False  # the entity changed while the sidebar was hidden
        self._built = False
        self._building = False
        self._build_done = asyncio.Event()  # set whenever no build is under way
        self._build_done.set()
        self._options: dict[str, list[Option]] = {}  # list id -> what it shows
        self._tab = "entities"

    def compose(self) -> ComposeResult:
        # nothing yet: the tabs are most of the reader's widgets, and the first frame
        # should only wait for the text (`build` adds them right after it)
        return iter(())

    @property
    def built(self) -> bool:
        return self._built

    async def build(self) -> None:
        """Add the tabs and fill them with what was shown so far (not once the reader is
        quitting: tabs mounted while the app tears its screens down fail in Textual)."""
        if self._built or self._building or not self.is_attached:
            return
        if getattr(self.app, "quitting", False):
            return
        self._building = True
        self._build_done.clear()
        try:
            await self.mount(SidebarTabs(self._tab))
        except MountError:  # the app is closing
            self._building = False
            return
        finally:
            self._build_done.set()
        self._built, self._building = True, False
        self._fill_lists()

    def _fill_lists(self, tries: int = 20) -> None:
        """Fill the tabs' lists with what was shown so far. On a busy machine the tabs'
        panes may compose a frame after the mount returned: then again after it."""
        lists = {list_id: self.query(list_id) for list_id in self._options}
        if not all(lists.values()):
            if tries:
                self.call_after_refresh(self._fill_lists, tries - 1)
            return
        for list_id, options in self._options.items():
            lists[list_id].first(OptionList).set_options(options)
        if self._current_entity is not None:
            self.select_entity(self._current_entity, force=True)

    async def settled(self) -> None:
        """Return once no build of the tabs is under way."""
        await self._build_done.wait()

    def _set_options(self, list_id: str, options: list[Option]) -> None:
        """Fill a list now, or when the tabs are built."""
        self._options[list_id] = options
        if self._built:
            found = self.query(list_id)
            if found:
                found.first(OptionList).set_options(options)
            else:  # the tabs' panes not composed yet: filled when they are
                self.call_after_refresh(self._fill_lists)

    # ---- filling -------------------------------------------------------------------

    def row_width(self) -> int:
        """Cells an item row has (the lists' border, padding and scrollbar taken off)."""
        return max(20, (self.size.width or SIDEBAR_WIDTH) - 5)

    def reset(self) -> None:
        """Another article: no entities, no filter, no current entity."""
        self._entities = []
        self._current_entity = None
        self._stale = False
        self._filter = ""
        if not self._built:
            return
        entity_filter = self.query_one("#entity-filter", Input)
        if entity_filter.value:
            with entity_filter.prevent(Input.Changed):
                entity_filter.value = ""

    def start_article(self, sections: Sequence[Section], sources: Sequence[CitedSource]) -> None:
        """Another article, its analysis under way: outline and sources only."""
        self.reset()
        self.show_outline(sections)
        self.show_sources(sources)
        self.show_pending("Analysing…")

    def show_outline(self, sections: Sequence[Section]) -> None:
        options: list[Option] = [
            Option(Text(f"{i + 1}. {_clip(s.title)}"), id=f"section-{i}")
            for i, s in enumerate(sections)
        ]
        if not options:
            options = [_heading("No sections")]
        self._set_options("#outline-list", options)

    def show_sources(self, sources: Sequence[CitedSource]) -> None:
        options: list[Option] = []
        for i, src in enumerate(sources):
            prompt = Text(_clip(src.label or src.outlet, 60), style="bold")
            cited = len(src.cited_at)
            details = [
                d
                for d in (
                    src.outlet if src.outlet != src.label else "",
                    f"{cited} cited" if cited else "not cited",
                )
                if d
            ]
            prompt.append("\n" + " · ".join(details), style="dim")
            prompt.append("\n" + _clip(src.url, 34), style="dim underline")
            options.append(Option(prompt, id=f"source-{i}"))
        if not options:
            options = [_heading("No sources")]
        self._set_options("#source-list", options)

    def show_analysis(self, analysis: Analysis, timeline: Timeline) -> None:
        self._entities = list(analysis.entities)
        self._fill_entities()
        self._fill_facts(analysis)
        self._fill_dates(timeline)

    def show_failure(self, reason: str) -> None:
        """Analysis failed: the lists say so instead of staying empty."""
        note = [
            _heading("No analysis"),
            Option(Text(_clip(reason, 200), style="italic"), disabled=True),
        ]
        for list_id in ("#entity-list", "#fact-list", "#date-list"):
            self._set_options(list_id, note)

    def show_pending(self, text: str) -> None:
        for list_id in ("#entity-list", "#fact-list", "#date-list"):
            self._set_options(list_id, [_heading(text)])

    def _fill_entities(self) -> None:
        needle = self._filter.casefold()
        by_label: dict[str, list[int]] = defaultdict(list)
        for i, e in enumerate(self._entities):
            if needle and needle not in e.name.casefold() and needle != e.label.casefold():
                continue
            by_label[e.label].append(i)
        options: list[Option] = []
        order = [lb for lb in LABEL_NAMES if lb in by_label] + sorted(
            lb for lb in by_label if lb not in LABEL_NAMES
        )
        for label in order:
            indices = sorted(
                by_label[label],
                key=lambda i: (-len(self._entities[i].mentions), self._entities[i].name),
            )
            head = Text.assemble(
                (f" {label} ", label_badge_style(label)),
                (f" {LABEL_NAMES.get(label, label)}", "bold"),
                (f"  {len(indices)}", "dim"),
            )
            options.append(Option(head, disabled=True))
            for i in indices:
                e = self._entities[i]
                options.append(
                    Option(
                        Text.assemble(_clip(e.name, 40), (f"  {len(e.mentions)}", "dim")),
                        id=f"entity-{i}",
                    )
                )
        if not options:
            options = [_heading("No entities match" if needle else "No entities")]
        self._set_options("#entity-list", options)
        if self._current_entity is not None and self._built:
            self.select_entity(self._current_entity, force=True)

    def _fill_facts(self, analysis: Analysis) -> None:
        by_kind: dict[str, list[int]] = defaultdict(list)
        for i, f in enumerate(analysis.facts):
            by_kind[f.kind].append(i)
        options: list[Option] = []
        for kind in [*FACT_KINDS, *sorted(k for k in by_kind if k not in FACT_KINDS)]:
            if kind not in by_kind:
                continue
            options.append(_heading(FACT_KINDS.get(kind, kind.title()), len(by_kind[kind])))
            for i in sorted(by_kind[kind], key=lambda i: analysis.facts[i].start):
                f = analysis.facts[i]
                if kind == "role" and f.person and f.role:
                    desc = f"{f.person}: {f.role}" + (
                        f", {f.organisation}" if f.organisation else ""
                    )
                else:
                    desc = f.text
                prompt = Text(_clip(desc))
                # the normalised figure and who it concerns on a line of their own, so
                # cutting a long text to the sidebar's width never hides them
                amount = "" if f.vague else format_amount(f.value, f.unit, f.kind)
                who = f.speaker or ", ".join(f.entities[:2])
                details = Text("  ")
                if amount:
                    details.append(f"= {amount}", style="bold")
                if who and kind != "role":
                    details.append(("  " if amount else "") + _clip(who, 40), style="dim")
                if len(details) > 2:
                    if prompt.cell_len + details.cell_len > self.row_width():
                        prompt.append("\n")
                    prompt.append_text(details)
                options.append(Option(prompt, id=f"fact-{i}"))
        if not options:
            options = [_heading("No facts")]
        self._set_options("#fact-list", options)

    def _fill_dates(self, timeline: Timeline) -> None:
        options: list[Option] = []
        year: int | None = None
        for i, group in enumerate(timeline.points):
            if group.year != year:
                year = group.year
                options.append(_heading(str(year)))
            options.append(Option(_date_row(group.label, group), id=f"date-{i}"))
        base = len(timeline.points)
        heading = None
        for j, group in enumerate(timeline.vague):
            # dates the article leaves open ("Friday", "May") apart from references
            wanted = "Date not given" if group.undated else "Vague and relative"
            if heading != wanted:
                heading = wanted
                options.append(_heading(wanted))
            kind = (
                group.label
                if group.undated or group.mentions[0].granularity == "set"
                else VAGUE_KINDS.get(group.value, group.value)
            )
            options.append(Option(_date_row(kind, group), id=f"date-{base + j}"))
        if not options:
            options = [_heading("No dates")]
        self._set_options("#date-list", options)

    # ---- following the article ----------------------------------------------------

    def select_entity(self, index: int | None, *, force: bool = False) -> None:
        """Highlight entity `index` in the list (without choosing it).

        Moving the highlight redraws the list, so it moves only when the entity
        changes, and waits while the sidebar is hidden (`on_show` catches up).
        """
        if index == self._current_entity and not force and not self._stale:
            return
        self._current_entity = index
        if index is None:
            return
        if not self.display or not self._built:
            self._stale = True
            return
        self._stale = False
        entity_list = self.query_one("#entity-list", OptionList)
        try:
            position = entity_list.get_option_index(f"entity-{index}")
        except Exception:  # filtered out
            return
        if entity_list.highlighted != position:
            entity_list.highlighted = position

    def on_show(self) -> None:
        if self._stale and self._current_entity is not None:
            self.select_entity(self._current_entity, force=True)

    def select_item(self, kind: str, index: int) -> None:
        list_id = {
            "fact": "#fact-list",
            "date": "#date-list",
            "source": "#source-list",
            "section": "#outline-list",
        }.get(kind)
        if list_id is None:
            self.select_entity(index)
            return
        if not self._built:
            return
        option_list = self.query_one(list_id, OptionList)
        try:
            option_list.highlighted = option_list.get_option_index(f"{kind}-{index}")
        except Exception:
            return

    @property
    def active_tab(self) -> str:
        if not self._built:
            return self._tab
        from textual.widgets import TabbedContent

        return self.query_one(TabbedContent).active

    def activate(self, tab: str) -> None:
        self._tab = tab
        if self._built:
            from textual.widgets import TabbedContent

            try:
                self.query_one(TabbedContent).active = tab
            except ValueError:  # its tabs are still being added: once they are there
                self.call_after_refresh(self.activate, tab)

    async def show_tab(self, tab: str) -> None:
        """Show the sidebar on `tab` (focus follows when it was in the sidebar)."""
        self.display = True
        await self.build()
        in_sidebar = self.has_focus_within
        self.activate(tab)
        if in_sidebar:
            # focus left in the hidden tab would move on and bring that tab back
            self.active_list().focus()

    async def open_filter(self) -> None:
        """Show the entity list with the focus in its filter."""
        self.display = True
        await self.build()
        self.activate("entities")
        self.query_one("#entity-filter", Input).focus()

    def active_list(self) -> OptionList:
        """The list in the active tab (`build` must have run)."""
        tab = self.active_tab or "entities"
        list_id = {
            "entities": "entity",
            "facts": "fact",
            "dates": "date",
            "sources": "source",
            "outline": "outline",
        }[tab]
        return self.query_one(f"#{list_id}-list", OptionList)

    def highlighted_item(self) -> tuple[str, int] | None:
        """(kind, index) of the highlighted option in the active tab."""
        if not self._built:
            return None
        option = self.active_list().highlighted_option
        if option is None or option.id is None:
            return None
        kind, _, index = option.id.rpartition("-")
        return kind, int(index)

    # ---- events ---------------------------------------------------------------------

    @on(Input.Changed, "#entity-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self._filter = event.value.strip()
        self._fill_entities()

    @on(Input.Submitted, "#entity-filter")
    def _filter_submitted(self) -> None:
        entity_list = self.query_one("#entity-list", OptionList)
        entity_list.focus()
        if entity_list.highlighted is None:
            entity_list.action_first()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id
        if not option_id:
            return
        kind, _, index = option_id.rpartition("-")
        self.post_message(self.Chosen(kind, int(index)))
