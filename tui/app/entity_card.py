"""The entity card: one entity across this article and the library, above the article.

Every mention as keyword in context, its roles and the facts and dates of its
sentences, where it appears along the article (a strip), and the library's other
articles that name it with how often per month. The article's part is painted at
once from the analysis in memory; the library's part arrives from a worker thread, so
the card opens in the time of one frame whatever the size of the library.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Sparkline, Static
from textual.widgets.option_list import Option

from tui.app.card_data import (
    CARD_HITS,
    CardData,
    LibraryPart,
    card_data,
    library_part,
    month_series,
)
from tui.app.layout import plural, safe_text
from tui.app.palette import entity_style, label_badge_style
from tui.app.reading import Reading
from tui.library.jobs import location_of


@dataclass(frozen=True)
class CardChoice:
    """What Enter chose on the card: a mention or a span here, or another article."""

    kind: str  # mention, span, article
    mention: int = -1
    span: tuple[int, int] = (0, 0)
    location: str = ""
    offset: int = -1


def _heading(text: str) -> Option:
    return Option(Text(text, style="bold underline"), disabled=True)


class EntityCard(ModalScreen[CardChoice | None]):
    """The card of one entity; Enter on a line goes there, escape (or e, q) closes."""

    CSS_PATH: ClassVar[list[str | PurePath]] = [  # type: ignore[assignment]
        Path(__file__).with_name("entity_card.tcss")
    ]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,e,q", "close_card", "Close the card"),
    ]

    def __init__(self, reading: Reading, entity: int) -> None:
        super().__init__()
        self.data: CardData = card_data(reading, entity)
        self.location = location_of(reading.article)
        self.library: LibraryPart | None = None

    def compose(self) -> ComposeResult:
        data = self.data
        with Vertical(id="card"):
            title = Text.assemble(
                (f" {data.label} ", label_badge_style(data.label)),
                " ",
                (data.name, "bold"),
                f"  ·  {plural(len(data.mentions), 'mention')} in this article",
            )
            yield Static(title, id="card-title")
            yield Static("Along this article", classes="card-caption")
            yield Sparkline(data.strip, id="card-strip")
            yield OptionList(*self._article_options(), id="card-list")
            yield Static(
                "In the library: looking…", id="card-months-caption", classes="card-caption"
            )
            yield Sparkline([], id="card-months")

    def on_mount(self) -> None:
        card_list = self.query_one("#card-list", OptionList)
        card_list.focus()
        if self.data.mentions:  # Enter at once goes to the first mention (0 is a heading)
            card_list.highlighted = 1
        # after the card's first frame: its queries would compete with that frame
        self.call_after_refresh(self._load_library, self.data.name, self.data.label, self.location)

    def _article_options(self) -> list[Option]:
        data = self.data
        options = [_heading(f"Mentions ({len(data.mentions)})")]
        style = entity_style(data.label)
        for k in data.mentions:
            line = Text.assemble((k.left, "dim"), " ", (k.word, style), " ", (k.right, "dim"))
            line.no_wrap = True
            options.append(Option(line, id=f"mention-{k.mention}"))
        roles = [n for n in data.notes if n.kind == "role"]
        others = [n for n in data.notes if n.kind != "role"]
        if roles:
            options.append(_heading("Roles"))
            options += [Option(Text(n.text), id=f"span-{n.span[0]}-{n.span[1]}") for n in roles]
        if others:
            options.append(_heading("Facts and dates of its sentences"))
            options += [Option(Text(n.text), id=f"span-{n.span[0]}-{n.span[1]}") for n in others]
        options.append(_heading("In other articles"))
        options.append(Option(Text("looking…", style="italic"), disabled=True, id="card-wait"))
        return options

    @work(thread=True, exclusive=True, group="card", exit_on_error=False)
    def _load_library(self, name: str, label: str, location: str) -> None:
        part = library_part(name, label, location)
        self.app.call_from_thread(self._show_library, part)

    def _show_library(self, part: LibraryPart) -> None:
        """The library's part arrives: other articles in the list, months in a strip."""
        self.library = part
        if not self.is_attached:
            return
        option_list = self.query_one("#card-list", OptionList)
        option_list.remove_option("card-wait")
        options: list[Option] = []  # added at once: one layout, not one per article
        if part.error:
            line = Text(f"The library cannot be read: {safe_text(part.error)}", style="italic")
            options.append(Option(line, disabled=True))
        elif not part.hits:
            options.append(Option(Text("none indexed", style="italic"), disabled=True))
        for i, hit in enumerate(part.hits):
            head = Text.assemble(
                (hit.published or "undated", "dim"),
                "  ",
                (safe_text(hit.title) or hit.location, "bold"),
                f"  ×{hit.mentions}",
            )
            prompt = Text("\n").join([head, Text("  " + safe_text(hit.snippet), style="dim")])
            options.append(Option(prompt, id=f"article-{i}"))
        option_list.add_options(options)
        series, first, last = month_series(part.months)
        caption = self.query_one("#card-months-caption", Static)
        count = len(part.hits)
        more = "+" if count >= CARD_HITS else ""  # the card lists the first CARD_HITS
        others = f"{count}{more} other article{'s' * (count != 1)}"
        if count == 0 and not part.error:
            # the months count this article too: "0 other articles; all of them in …" misreads
            caption.update("In the library: no other article names it")
            series = []
        elif len(series) > 1:  # this article counted too: the entity's whole story
            caption.update(f"In the library: {others}; all naming it per month, {first} … {last}")
        elif series:  # one month: a strip of one value would be a full bar, say it instead
            every = "both" if count == 1 else "all of them"  # this article and the others
            caption.update(f"In the library: {others}; {every} in {first}")
            series = []
        else:
            caption.update(f"In the library: {others}")
        self.query_one("#card-months", Sparkline).data = series

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        kind, _, rest = (event.option.id or "").partition("-")
        if kind == "mention":
            self.dismiss(CardChoice("mention", mention=int(rest)))
        elif kind == "span":
            start, _, end = rest.partition("-")
            self.dismiss(CardChoice("span", span=(int(start), int(end))))
        elif kind == "article" and self.library is not None:
            hit = self.library.hits[int(rest)]
            self.dismiss(CardChoice("article", location=hit.location, offset=hit.first))

    def action_close_card(self) -> None:
        self.dismiss(None)
