"""Entity names and labels as the index writes them, after grouping.

The model and the grouping work on what the text says ("den Vereinigten Arabischen
Emiraten"); a reader wants the name ("Vereinigte Arabische Emirate") and the label a
curated list or the Foreign Office gives it, whatever a role in a sentence suggested
("Italiens Regierung" makes Italy no organisation).
"""

from __future__ import annotations

from tui.analysis.model import Entity
from tui.analysis.names.index import declension_key, load_index
from tui.analysis.names.sure_labels import sure_label_at


def settle_entities(entities: list[Entity], lang: str, text: str = "") -> list[Entity]:
    """Rename declined names to their base form; let strong index entries fix labels
    (not where the words around a mention settle its label: a first name after a
    relative's noun, "sein Zwillingsbruder Lech"); entities that thereby share name and
    label become one."""
    index = load_index()
    german = lang == "de"
    for entity in entities:
        entry = index.find(entity.name, german=german)
        if german and " " in entity.name and (entry is None or not entry.strong):
            # a corpus wrote the declined form too ("Deutschen Presse-Agentur"): the
            # curated list's base form of it still names the entity
            entry = index.declined.get(declension_key(entity.name)) or entry
        if entry is None or not entry.strong or not entry.is_entity or "ctx" in entry.flags:
            continue
        settled = {sure_label_at(text, m.start, m.end) for m in entity.mentions}
        if entity.label in settled and (entity.label != "PER" or "given" in entry.flags):
            continue  # the words around a mention settle its label, a first name's too

        entity.label = entry.label
        genitive = entity.name in (entry.name + "s", entry.name + "es")  # "Irans"
        if german and entry.name != entity.name and (" " in entry.name or genitive):
            entity.name = entry.name
    merged: dict[tuple[str, str], Entity] = {}
    for entity in entities:
        key = (entity.name, entity.label)
        if key in merged:
            first = merged[key]
            first.mentions = sorted([*first.mentions, *entity.mentions], key=lambda m: m.start)
        else:
            merged[key] = entity
    return list(merged.values())
