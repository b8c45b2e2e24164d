"""Headlines cut short: some sources give an article's headline from its address,
cropped to a length ("… wegen der Außenp", "„Schließt Guanta"). Their last word is
then a fragment that would read as a name of its own."""

from __future__ import annotations

import re

from tui.article.model import Article, BlockKind

_LAST_WORD = re.compile(r"(\w+)$")
_WORD = re.compile(r"\w+")
# the addresses these headlines come from were cropped at 64 to 73 characters
_CROPPED_LENGTH = 50
_ENDINGS = frozenset({"s", "n", "e", "en", "es", "er", "em", "ern", "ns", "'s", "’s"})


def cut_off_tail(article: Article) -> tuple[int, int] | None:
    """The span of the headline's last word where it is a fragment: the headline ends
    in a letter, and that word is nowhere in the article as a word of its own but
    begins a longer one there ("Außenp" of "Außenpolitik")."""
    title = next((b for b in article.blocks if b.kind is BlockKind.TITLE), None)
    if title is None:
        return None
    match = _LAST_WORD.search(article.text, title.start, title.end)
    if (
        match is None
        or match.end() != title.end
        or not match.group()[-1:].isalpha()
        or title.end - title.start < _CROPPED_LENGTH
    ):
        return None
    fragment = match.group()
    rest = article.text[title.end :]
    words = set(_WORD.findall(rest))
    if fragment in words:
        return None
    # longer by more than an ending: "Kolumbien" is no fragment of "Kolumbiens", but
    # "Königrei" is one of "Königreich"
    longer = [
        w
        for w in words
        if w.startswith(fragment) and len(w) > len(fragment) and w[len(fragment) :] not in _ENDINGS
    ]
    if longer and article.language == "en":
        # English headlines are written, not cropped: "… in St Peter Port" beside
        # "Portsmouth"; only the words before it, as the body writes them, show a cut
        before = article.text[title.start : match.start()].split()[-1:]
        if not any(f"{before[0]} {w}" in rest for w in longer if before):
            return None
    return match.span() if longer else None
