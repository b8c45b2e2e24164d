"""English airliner types named by their codes: "A321neo", "A350-1000", "737 Max 9",
"787-9 Dreamliner", "E195-E2", "C919" (MISC).

The model takes "A320" for a road or a place and leaves the rest; a reader of an aviation
story knows them as aircraft. A bare Boeing number ("737") is a type only with "Max",
"Dreamliner", a variant or a word for an aircraft after it, or "Boeing" before it: on its
own it is a number.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

# Airbus, Embraer and Comac codes are types on their own
_CODE = re.compile(
    r"^(?:A2[2-3]0|A3[0-8]\d(?:neo|ceo)?|E1[79][05](?:-E2)?|C919|ARJ21)(?:-\d{3,4})?$"
)
_BOEING = re.compile(r"^7[0-8]7(?:-\d{1,3})?$")
_MAKERS = frozenset({"Boeing", "Airbus", "Embraer", "Comac"})
_AIRCRAFT_WORDS = frozenset(
    {"jet", "jets", "jetliner", "jetliners", "aircraft", "plane", "planes", "airliner"}
    | {"airliners", "narrowbody", "narrowbodies", "widebody", "widebodies", "freighter"}
)


def airliners(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """Mark airliner types; a span of the model over one is relabelled or replaced."""
    out = list(spans)
    i = 0
    while i < len(words):
        end = _type_end(words, i)
        if end is None:
            i += 1
            continue
        end = _variant_end(doc, words, end)
        if end < len(words) and words[end] == "Dreamliner":
            end += 1  # "787-9 Dreamliner"
        start = i - 1 if i > 0 and words[i - 1] in _MAKERS else i  # "a Boeing 747"
        if any(s.start < start < s.end or s.start < end < s.end for s in out):
            i = end
            continue  # inside a longer name of the model
        out = [s for s in out if s.end <= start or s.start >= end]
        out.append(Span(doc, start, end, label="MISC"))
        i = end
    return out


def _variant_end(doc: Doc, words: list[str], end: int) -> int:
    """ "A350" "-" "1000": the tokenizer splits a variant off its type."""
    if (
        end + 1 < len(words)
        and words[end] == "-"
        and (words[end + 1].isdigit() or words[end + 1] == "E2")
        and doc[end - 1].whitespace_ == ""
        and doc[end].whitespace_ == ""
    ):
        return end + 2
    return end


def _type_end(words: list[str], i: int) -> int | None:
    word = words[i]
    if _CODE.match(word):
        return i + 1
    if not _BOEING.match(word):
        return None
    end = i + 1
    if end < len(words) and words[end] == "Max":
        end += 1
        if end < len(words) and words[end].isdigit() and len(words[end]) <= 2:
            end += 1  # "737 Max 9"
        return end
    if end < len(words) and words[end] == "Dreamliner":
        return end + 1
    after = words[end].lower() if end < len(words) else ""
    before = words[i - 1] if i > 0 else ""
    variant = after == "-" and end + 1 < len(words) and words[end + 1].isdigit()
    if variant or after in _AIRCRAFT_WORDS or before == "Boeing":
        return end
    return None
