"""What an amount is: "funding" in "6,6 Milliarden US-Dollar an Finanzmitteln", "Kredit"
in "ein Kredit in Höhe von 4 Milliarden", "Computing-Deal" in the compound, "loss" in
"a loss of $512 million".

The sidebar line "OpenAI · 6.6 bn USD · Finanzmitteln · Oct 2024" needs that word. Rules
are kept to the few constructions that name the thing directly next to the amount.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# words that stand between a noun and its amount: "Kredit in Höhe von", "revenue of"
LINKS_BEFORE: tuple[tuple[str, ...], ...] = (
    ("in", "höhe", "von"),
    ("im", "wert", "von"),
    ("im", "umfang", "von"),
    ("im", "volumen", "von"),
    ("von",),
    ("über",),
    ("of",),
    ("worth",),
    ("totaling",),
    ("totalling",),
    ("valued", "at"),
)
APPROXIMATORS = {
    "rund",
    "etwa",
    "knapp",
    "fast",
    "gut",
    "insgesamt",
    "bis",
    "zu",
    "mehr",
    "als",
    "über",
    "circa",
    "ca.",
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "more",
    "than",
    "over",
    "up",
    "to",
    "some",
    "an",
    "estimated",
    "approximately",
    "just",
    "under",
}
LINKS_AFTER = {"an", "in", "für", "for"}
# "830bn rupees in the first quarter": when, not what
TIME_NOUNS = {
    "quarter",
    "year",
    "month",
    "week",
    "half",
    "period",
    "Quartal",
    "Jahr",
    "Monat",
    "Woche",
    "Halbjahr",
    "Zeitraum",
}
# German nouns that are not what an amount is about
NOT_SUBJECTS = {"Höhe", "Wert", "Umfang", "Volumen", "Jahr", "Jahren", "Prozent", "Euro", "Dollar"}


def _is_noun(tok: Token) -> bool:
    if tok.ent_type_ or tok.like_num or (not tok.is_alpha and "-" not in tok.text):
        return False
    if tok.doc.lang_ == "de" or not tok.doc.has_annotation("TAG"):
        return tok.text[:1].isupper() and tok.text not in NOT_SUBJECTS and not tok.is_sent_start
    return tok.pos_ == "NOUN"


def _noun_before(doc: Doc, i: int, first: int) -> Token | None:
    """The noun that ends right before token `i`, skipping a "von Microsoft" attachment."""
    j = i - 1
    if j >= first and doc[j].ent_type_:
        while j >= first and doc[j].ent_type_:
            j -= 1
        if j >= first and doc[j].lower_ in ("von", "of", "des", "der"):
            j -= 1
        else:
            return None
    if j >= first and _is_noun(doc[j]):
        return doc[j]
    return None


def amount_subject(doc: Doc, start_char: int, end_char: int, first: int, limit: int) -> str | None:
    """The noun an amount between the character offsets is about, or None."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return None
    last = span[-1]
    # "10-Milliarden-Dollar-Computing-Deal": the rest of the compound
    tail = last.text[end_char - last.idx :] if last.idx + len(last.text) > end_char else ""
    if tail.startswith("-") and len(tail) > 2 and tail[1:2].isupper():
        return tail[1:]
    # before: "Kredit in Höhe von 4 Milliarden", "a loss of $512 million"
    i = span.start
    while i - 1 >= first and doc[i - 1].lower_ in APPROXIMATORS:
        i -= 1
    for link in LINKS_BEFORE:
        n = len(link)
        if i - n >= first and tuple(t.lower_ for t in doc[i - n : i]) == link:
            noun = _noun_before(doc, i - n, first)
            if noun is not None:
                return noun.text
    # after: "6,6 Milliarden US-Dollar an Finanzmitteln", "$8.5 billion in direct funding"
    k = span.end
    if k < limit and doc[k].lower_ in LINKS_AFTER:
        k += 1
        while k < limit and doc[k].is_lower and not _is_noun(doc[k]) and doc[k].is_alpha:
            k += 1
        if k < limit and _is_noun(doc[k]) and doc[k].text not in TIME_NOUNS:
            return doc[k].text
    # English compounds: "a $43bn cancer deal"
    if doc.lang_ != "de" and doc.has_annotation("TAG"):
        k = span.end
        nouns = []
        while k < limit and doc[k].pos_ == "NOUN" and not doc[k].ent_type_:
            nouns.append(doc[k].text)
            k += 1
        if nouns and (k >= limit or doc[k].pos_ != "NOUN"):
            return " ".join(nouns)
    return None
