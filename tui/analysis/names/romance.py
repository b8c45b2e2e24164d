"""Names in Spanish, Portuguese, Italian and French that news of both languages quotes as
written: "Juntos por el Perú", "Oficina Nacional de Procesos Electorales", "Tren de
Aragua", "Place du Luxembourg", "Rond-Point Schuman". Their small words ("por", "el",
"de", "du") cut them for a model trained on German or English text, which then finds a
piece ("Juntos" a person, "Aragua" a place) or nothing. A body's or a square's first word
opens such a name; capitalised words and the small words between them continue it."""

from __future__ import annotations

from spacy.tokens import Doc, Span

# first words of bodies, parties and groups
_BODY_FIRST = frozenset(
    {"Partido", "Alianza", "Universidad", "Pontificia", "Oficina", "Frente", "Movimiento"}
    | {"Juntos", "Fuerza", "Tren", "Banco", "Instituto", "Ministerio", "Tribunal", "Corte"}
    | {"Congreso", "Consejo", "Comisión", "Policía", "Ejército", "Asamblea", "Cámara"}
    | {"Senado", "Agencia", "Fundación", "Sociedad", "Unión", "Unidad", "Coalición"}
    | {"Renovación", "Partito", "Movimento", "Forza", "Fratelli", "Lega", "Rassemblement"}
    | {"Mouvement", "Conseil", "Cour", "Assemblée", "Université", "Banque"}
    | {"Confederación", "Federación", "Sindicato", "Servicio", "Superintendencia"}
)
# first words of squares, streets and places
_PLACE_FIRST = frozenset(
    {"Place", "Plaza", "Calle", "Avenida", "Rue", "Rond-Point", "Boulevard", "Quai"}
    | {"Praça", "Piazza", "Paseo", "Largo", "Campo", "Parque"}
)
# first words that are ordinary English or French words too: a small word must follow
_NEEDS_LINK = frozenset({"Place", "Boulevard", "Campo", "Largo", "Juntos", "Lega", "Cour"})
_LINKS = frozenset(
    {"de", "del", "la", "las", "los", "el", "por", "para", "y", "e", "da", "do", "das"}
    | {"dos", "di", "della", "delle", "dei", "du", "des", "d'", "et", "en", "al"}
)
_MAX_WORDS = 8


def romance_names(doc: Doc, spans: list[Span], words: list[str]) -> list[Span]:
    """One name for each run that a body's or a square's first word opens."""
    found: list[Span] = []
    i = 0
    while i < len(words):
        word = words[i]
        label = "ORG" if word in _BODY_FIRST else "LOC" if word in _PLACE_FIRST else None
        if label is None:
            i += 1
            continue
        end = _run_end(words, i)
        linked = any(w in _LINKS for w in words[i + 1 : end])
        if end - i >= 2 and (linked or word not in _NEEDS_LINK):
            found.append(Span(doc, i, end, label=label))
            i = end
        else:
            i += 1
    if not found:
        return spans
    # the model's pieces inside a run give way; a name reaching across its edges stays
    found = [
        f
        for f in found
        if not any(s.start < f.start < s.end or s.start < f.end < s.end for s in spans)
    ]
    kept = [s for s in spans if not any(f.start <= s.start and s.end <= f.end for f in found)]
    return kept + found


def _run_end(words: list[str], start: int) -> int:
    """The end of capitalised words, and small words between them, from `start`."""
    end, j = start + 1, start + 1
    while j < len(words) and j - start < _MAX_WORDS:
        if _capitalised(words[j]):
            j += 1
            end = j
        elif words[j] in _LINKS:
            j += 1
        else:
            break
    return end


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()
