"""The article screen's keys, and the groups the help screen shows them in.

Their order is the help screen's and the command palette's. Keys for what the shell
does (articles back and forward, the lists, theme, quit) run its actions (`app.`).
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

ARTICLE_BINDINGS: list[BindingType] = [
    Binding("j,down", "scroll_down", "Scroll down", key_display="j ↓"),
    Binding("k,up", "scroll_up", "Scroll up", key_display="k ↑"),
    Binding("space,pagedown", "page_down", "Page down", key_display="space PgDn"),
    Binding("b,pageup", "page_up", "Page up", key_display="b PgUp"),
    Binding("g,home", "top", "Go to top", key_display="g Home"),
    Binding("G,end", "bottom", "Go to bottom", key_display="G End"),
    Binding("right_square_bracket", "next_mention", "Next entity mention", key_display="]"),
    Binding("left_square_bracket", "prev_mention", "Previous entity mention", key_display="["),
    Binding("asterisk", "next_same", "Next mention of the current entity", key_display="*"),
    Binding("number_sign", "prev_same", "Previous mention of the current entity", key_display="#"),
    Binding("e", "entity_card", "Entity card: its mentions here and in the library"),
    Binding("right_curly_bracket", "next_section", "Next section", key_display="}"),
    Binding("left_curly_bracket", "prev_section", "Previous section", key_display="{"),
    Binding("s", "next_source", "Next source citation"),
    Binding("S", "prev_source", "Previous source citation"),
    Binding("right_parenthesis", "next_date", "Next date", key_display=")"),
    Binding("left_parenthesis", "prev_date", "Previous date", key_display="("),
    Binding("o", "open_source", "Open the current source in the browser"),
    Binding("slash", "search", "Search", key_display="/"),
    Binding("n", "search_next", "Next search match"),
    Binding("N", "search_prev", "Previous search match"),
    # also an App binding (reader.py): from every screen
    Binding("ctrl+f", "library_search", "Search the library (text and entities)", key_display="^f"),
    Binding("escape", "clear", "Clear highlights and focus, else back to the list"),
    Binding("tab", "switch_pane", "Switch between article and sidebar", priority=True),
    Binding("backslash", "toggle_sidebar", "Show or hide the sidebar", key_display="\\"),
    Binding("f", "filter_entities", "Filter the entity list"),
    Binding("1", "show_tab('entities')", "Sidebar: entities"),
    Binding("2", "show_tab('facts')", "Sidebar: facts"),
    Binding("3", "show_tab('dates')", "Sidebar: dates"),
    Binding("4", "show_tab('sources')", "Sidebar: sources"),
    Binding("5", "show_tab('outline')", "Sidebar: outline"),
    Binding("x", "toggle_boilerplate", "Hide or show boilerplate"),
    Binding("greater_than_sign", "wider", "Wider text column", key_display=">"),
    Binding("less_than_sign", "narrower", "Narrower text column", key_display="<"),
    Binding("H,ctrl+o", "app.history_back", "Back to the previous article", key_display="H ^o"),
    Binding("L", "app.history_forward", "Forward to the next article"),
    Binding("m", "app.toggle_bookmark", "Bookmark this place (again: remove the mark)"),
    Binding("B", "app.bookmarks", "List the bookmarks"),
    Binding(
        "backspace",
        "app.back_to_list",
        "Back to the list, or to the article's folder",
        key_display="⌫",
    ),
    Binding("t", "app.toggle_theme", "Switch light and dark theme"),
    Binding("question_mark", "help", "Show this help", key_display="?"),
    Binding("q", "app.quit", "Quit"),
]


HELP_GROUPS = {
    **dict.fromkeys(
        ["scroll_down", "scroll_up", "page_down", "page_up", "top", "bottom"], "Scroll"
    ),
    **dict.fromkeys(
        [
            "next_mention",
            "prev_mention",
            "next_same",
            "prev_same",
            "entity_card",
            "next_section",
            "prev_section",
            "next_date",
            "prev_date",
        ],
        "Move through the article",
    ),
    **dict.fromkeys(
        [
            "next_source",
            "prev_source",
            "open_source",
            "search",
            "search_next",
            "search_prev",
            "library_search",
            "clear",
        ],
        "Sources and search",
    ),
    **dict.fromkeys(["switch_pane", "toggle_sidebar", "filter_entities", "show_tab"], "Sidebar"),
    **dict.fromkeys(
        ["history_back", "history_forward", "toggle_bookmark", "bookmarks", "back_to_list"],
        "Articles",
    ),
    **dict.fromkeys(
        ["toggle_boilerplate", "wider", "narrower", "toggle_theme", "help", "quit"], "View"
    ),
}


def action_name(binding: Binding) -> str:
    """The action a binding runs, without its namespace and parameters."""
    return binding.action.split("(")[0].removeprefix("app.")


def help_groups(bindings: list[Binding]) -> list[tuple[str, list[Binding]]]:
    """The bindings under the headings of the help screen, in binding order."""
    groups: dict[str, list[Binding]] = {title: [] for title in HELP_GROUPS.values()}
    groups["Other"] = []
    for b in bindings:
        groups[HELP_GROUPS.get(action_name(b), "Other")].append(b)
    return [(title, found) for title, found in groups.items() if found]
