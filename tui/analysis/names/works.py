"""English titles of works in quotation marks: "the BBC series “The Lantern Men,”",
"Paramount’s “Starfall Legion: Reckoning”", "the Irish drama “Marigold Lane”".

A film's or a book's title is made of ordinary words, so the model leaves it or takes a
word of it for a place ("Salt" of “Salt Year”). News sets titles in quotation marks and
says what they are: a noun for a kind of work before the quotation, or the studio's
possessive. A title typed once is a work wherever the article quotes it again
(“Tidewater” cost about $85 million).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

_OPENING = frozenset({"“", '"', "‘", "'"})  # "'" in headlines: "'Bahay ni Lola' leads"
_CLOSING = frozenset({"”", '"', "’", "'"})
# a noun before a quoted title that says it names a work
_WORK_NOUNS = frozenset(
    {"film", "movie", "drama", "series", "show", "album", "song", "single", "book"}
    | {"novel", "memoir", "play", "musical", "documentary", "thriller", "comedy", "sequel"}
    | {"epic", "franchise", "podcast", "opera", "game", "hit", "record", "track", "EP"}
    | {"sitcom", "miniseries", "docuseries", "biopic", "romcom", "horror", "winner"}
    | {"title", "feature", "adaptation", "remake", "spinoff", "spin-off", "anthology"}
)
_POSSESSIVE = frozenset({"’s", "'s"})
# words a title writes in lower case
_SMALL = frozenset(
    {"a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "at", "by", "with"}
    | {"from", "is", "as", "but", "nor", "de", "la", "le", "von", "van"}
    # other languages' small words: "Bahay ni Lola", "El laberinto del fauno"
    | {"ni", "ng", "sa", "del", "di", "da", "du", "des", "y", "et"}
)
_MAX_WORDS = 8


def quoted_works(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """Add the quoted titles of works the text types (MISC), replacing what the model
    found inside them."""
    found: dict[str, list[tuple[int, int]]] = {}
    typed: set[str] = set()
    for q, word in enumerate(words):
        if word not in _OPENING or q + 1 >= len(words):
            continue
        end = _title_end(words, q + 1)
        if end is None:
            continue
        title = doc[q + 1 : end].text
        found.setdefault(title, []).append((q + 1, end))
        before = words[q - 1] if q > 0 else ""
        if before.lower() in _WORK_NOUNS or before in _POSSESSIVE or _typed_after(words, end):
            typed.add(title)
    out = list(spans)
    for title in typed:
        for start, end in found[title]:
            if any(s.start < start < s.end or s.start < end < s.end for s in out):
                continue  # a name of the model reaches across the quotation marks
            out = [s for s in out if not (start <= s.start and s.end <= end)]
            out.append(Span(doc, start, end, label="MISC"))
    return out


def _typed_after(words: list[str], end: int) -> bool:
    """ "“Dalan Pauli,” a Cebuano-language drama": the work's kind right after it."""
    close = end + 1 if end + 1 < len(words) and words[end] == "," else end
    if close + 1 >= len(words) or words[close + 1] not in ("a", "an", "the"):
        return False
    return any(w.lower() in _WORK_NOUNS for w in words[close + 2 : close + 6])


def _title_end(words: list[str], start: int) -> int | None:
    """The end of a title that starts at `start` and closes within a few words: every
    word capitalised but the small ones, a comma or full stop before the closing mark
    left out ("“The Lantern Men,”")."""
    for j in range(start, min(start + _MAX_WORDS + 2, len(words))):
        word = words[j]
        if word in _CLOSING:
            end = j - 1 if words[j - 1] in (",", ".") else j
            return end if end > start else None
        if word in (",", ".") and j + 1 < len(words) and words[j + 1] in _CLOSING:
            continue
        if word in (":", "-", "–", "’s", "'s", "&") or word.isdigit():
            continue
        if not (word[:1].isupper() or (j > start and word in _SMALL)):
            return None
    return None


# verbs after which a quotation is what someone said, not a title
_SPEECH = frozenset(
    {"said", "says", "say", "saying", "told", "wrote", "writes", "shouted", "added"}
    | {"asked", "replied", "chanted", "sang", "tweeted", "posted", "answered"}
)


def spoken_quotes(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """A thing the model reads in a quotation right after a verb of saying is what was
    said, no title: the mayor said “Thank You” to the crews."""
    out = []
    for span in spans:
        q = span.start - 1
        closing = span.end if span.end < len(words) else None
        if (
            span.label_ == "MISC"
            and q >= 1
            and words[q] in _OPENING
            and words[q - 1].lower() in _SPEECH
            and closing is not None
            and (
                words[closing] in _CLOSING
                or (
                    words[closing] in (",", ".", "!", "?")
                    and closing + 1 < len(words)
                    and words[closing + 1] in _CLOSING
                )
            )
        ):
            continue
        out.append(span)
    return out
