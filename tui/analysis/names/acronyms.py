"""A name spelt out before its acronym: "the Connecting Europe Facility (CEF)", "(U.S.
Customs and Border Protection, CBP)". The acronym's letters are the initials of the
capitalised words before it, so those words are one name, however the model cut them
("U.S. Customs" and "Customs" in a German text). After the judge, an acronym in brackets
takes its name's label.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

# small words inside a spelt-out name: "Ministry of Agriculture, Irrigation and Livestock"
_LINKS = frozenset({"of", "and", "for", "the", "on", "in", "&", "und", "für", "der", "des"})
_MAX_WORDS = 10


def spelt_out_names(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    out = list(spans)
    for k in range(1, len(words) - 2):
        acronym = words[k + 1]
        if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
            continue
        if words[k + 2] != ")" or words[k] not in ("(", ","):
            continue
        start = _name_start(words, k, acronym)
        if start is None:
            continue
        # "U.S. Customs" of the model: the words before the initials that it named too
        start = min([start, *(s.start for s in out if s.start < start < s.end <= k)])
        if words[k] == "," and (start == 0 or words[start - 1] != "("):
            continue  # "(Name, ACR)" only inside the brackets
        inside = [s for s in out if start <= s.start and s.end <= k]
        if any(s.start < start < s.end or s.start < k < s.end for s in out):
            continue  # a name of the model reaches across the edges
        label = _label(inside, start, k)
        if label is None:
            continue  # "Wireless Local Area Network (WLAN)": a thing, whatever the model saw
        out = [s for s in out if s not in inside]
        out.append(Span(doc, start, k, label=label))
        if not any(s.start == k + 1 for s in out):
            out.append(Span(doc, k + 1, k + 2, label=label))
    return filter_spans(out)


def _name_start(words: list[str], end: int, acronym: str) -> int | None:
    """The first word of the shortest run of capitalised words (and small words between
    them) before `end` whose initials spell `acronym`."""
    start, initials = end, ""
    while start > 0 and end - start < _MAX_WORDS and len(initials) < len(acronym):
        word = words[start - 1]
        if word[:1].isupper() and word.isalpha():
            initials = word[0] + initials
            start -= 1
        elif _hyphenated_capitals(word):  # "Oberlausitz-Niederschlesien" gives "ON"
            initials = "".join(part[0] for part in word.split("-")) + initials
            start -= 1
        elif word in _LINKS and initials and start > 1 and words[start - 2][:1].isupper():
            start -= 1
        else:
            return None
    return start if initials == acronym and end - start >= 2 else None


def _hyphenated_capitals(word: str) -> bool:
    parts = word.split("-")
    return len(parts) > 1 and all(p[:1].isupper() and p.isalpha() for p in parts)


def _label(inside: list[Span], start: int, end: int) -> str | None:
    """The model's label where it read the whole name; a thing's where it saw one in
    it; else an organisation's ("U.S. Customs" a place to the model); none where it
    saw a person."""
    labels = {s.label_ for s in inside}
    if "PER" in labels:
        return None
    whole = next((s for s in inside if (s.start, s.end) == (start, end)), None)
    if whole is not None:
        return whole.label_
    return "MISC" if "MISC" in labels else "ORG"


def is_acronym(text: str) -> bool:
    """ "TEL", "JS-SEZ": capitals, perhaps joined by hyphens."""
    return " " not in text and text.replace("-", "").isalpha() and text.isupper()


def acronyms_as_their_names(spans: list[Span]) -> list[Span]:
    """ "Thomson-East Coast Line (TEL)": an acronym in brackets right after a name of
    several words takes that name's label, wherever the article uses it (the judge
    weighs each string alone and reads a bare acronym as a body). A person's name has no
    acronym: what follows it in brackets is the party ("Marc Thillens (CSV)")."""
    if not spans:
        return spans
    doc = spans[0].doc
    by_start = {s.start: s for s in spans}
    labels: dict[str, str] = {}
    for span in spans:
        if span.label_ == "PER" or len(span) < 2 or span.end + 2 >= len(doc):
            continue
        if doc[span.end].text != "(":
            continue
        short = by_start.get(span.end + 1)
        if (
            short is not None
            and short.end < len(doc)
            and doc[short.end].text == ")"
            and is_acronym(short.text)
        ):
            labels.setdefault(short.text, span.label_)
    return [
        Span(doc, s.start, s.end, label=labels[s.text])
        if s.text in labels and s.label_ != labels[s.text]
        else s
        for s in spans
    ]
