"""Highlight colours for entity labels, after displaCy's palette.

The values are displaCy's `DEFAULT_LABEL_COLORS` for the spaCy label each of our
labels stands for (PER is PERSON; MISC has no displaCy colour and takes displaCy's
fallback grey). Pastel backgrounds with dark text read the same on light and dark
themes, so these do not change with the theme; tests compare them with spaCy's table.
"""

from __future__ import annotations

from rich.style import Style

#: our label -> the displaCy label whose colour it uses (None: displaCy's default)
DISPLACY_LABEL = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": None}

LABEL_COLORS: dict[str, str] = {
    "PER": "#aa9cfc",
    "ORG": "#7aecec",
    "LOC": "#ff9561",
    "MISC": "#dddddd",
}
DEFAULT_COLOR = "#dddddd"  # displaCy draws unknown labels in "#ddd"
DARK_TEXT = "#1b1b1b"

LABEL_NAMES = {"PER": "Person", "ORG": "Organisation", "LOC": "Place", "MISC": "Other"}


def label_color(label: str) -> str:
    return LABEL_COLORS.get(label, DEFAULT_COLOR)


def entity_style(label: str) -> Style:
    """The resting highlight of a mention: pastel background, dark text."""
    return Style(color=DARK_TEXT, bgcolor=label_color(label))


def label_badge_style(label: str) -> Style:
    """The label tag used in the sidebar and the status line."""
    return Style(color=DARK_TEXT, bgcolor=label_color(label), bold=True)
