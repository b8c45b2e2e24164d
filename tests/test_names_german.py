"""German names at their edges and in hyphenated words, on sentences of real articles.

The sentences are from German Wikinews (https://de.wikinews.org/, CC BY 2.5), articles
111, 150, 170, 213, 224, 281, 307, 37, 348 and 70 of `../shared/data/articles/de_wikinews/`.
"""

from __future__ import annotations

import pytest

from tests.test_names_article import resolve
from tui.analysis.analyzer import analyze
from tui.analysis.pipeline import load_pipeline
from tui.article.loader import parse_text


@pytest.fixture(scope="module")
def de():  # type: ignore[no-untyped-def]
    return load_pipeline("de")


def names(text: str) -> dict[str, str]:
    result = analyze(parse_text("Meldung\n\n" + text, lang="de"), use_cache=False)
    return {m.text: e.label for e in result.entities for m in e.mentions}


def assert_names(found: dict[str, str], expected: dict[str, str], absent: set[str]) -> None:
    """Each expected name with its label, none of the absent ones (for the other name tests)."""
    for name, label in expected.items():
        assert found.get(name) == label, (name, found)
    assert not absent & set(found), found


def test_a_compound_noun_after_a_name_is_cut_off() -> None:
    found = names(
        "Sie ging auf die Bryanston School in Dorset und studierte dann an der Oxford "
        "University Politikwissenschaften, Philosophie und Wirtschaft."
    )
    assert found.get("Oxford University") == "ORG"
    assert not any("Politikwissenschaften" in name for name in found)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Der Irakische Staatspräsident stellte wegen der Eskalation der Gewalt in den "
            "letzten Tagen den Termin der Wahl Ende Januar in Frage.",
            "Irakische Staatspräsident",
        ),
        (
            "Dezember wird der Wiener Rechtsprofessor Manfred Nowak in chinesischen "
            "Haftlagern überprüfen, ob es dort zur regelmäßigen Folter kommt.",
            "Wiener Rechtsprofessor",
        ),
    ],
)
def test_an_adjective_and_a_title_name_a_role(text: str, role: str) -> None:
    found = names(text)
    assert role not in found
    assert "Manfred Nowak" not in text or found.get("Manfred Nowak") == "PER"


def test_a_first_name_that_is_a_town_too_before_a_surname() -> None:
    found = names(
        "Dies geht aus einer Mitteilung des Regierenden Bürgermeisters Michael Müller (SPD) "
        "und seiner beiden Stellvertreter Klaus Lederer (Linke) und Ramona Pop (Grüne) hervor."
    )
    assert found.get("Ramona Pop") == "PER"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "Ganze 2,4 Millionen Euro kostet den Verein die Miete für das Fritz-Walter-Stadion "
            "am berühmten Betzenberg.",
            "Fritz-Walter-Stadion",
            "LOC",
        ),
        (
            "Von diesem Amt trat Shultz im März 1974 zurück, um sich der Watergate-Affäre zu "
            "entziehen, die zum Rücktritt Nixons führte.",
            "Watergate-Affäre",
            "MISC",
        ),
    ],
)
def test_a_hyphenated_place_or_event(text: str, name: str, label: str) -> None:
    assert names(text).get(name) == label


@pytest.mark.parametrize(
    "word", ["Flüchtlings-Lager", "EU-Richtlinie", "Friedens-Brücke", "Uni-Campus"]
)
def test_a_hyphenated_common_noun_stays_unmarked(word: str) -> None:
    assert word not in names(f"Die Zeitung berichtete am Montag über die {word} in der Stadt.")


def test_a_storm_is_named_without_its_kind() -> None:
    """German writes the kind apart, as "Stadt Wuhan": the gold readings of Wikinews
    articles 59 and 281 mark "Dorian", "Irma" and "Michael" after "Hurrikan"."""
    found = names(
        "Im September 2017 war Hurrikan Irma auf die Ostküste getroffen. Die Schäden des "
        "Hurrikans waren groß. Irma zog dann nach Norden."
    )
    assert found.get("Irma") == "MISC", found
    assert "Hurrikan Irma" not in found and "Hurrikans" not in found, found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "Auf dem irischen Shannon Airport war das Flugzeug mit Strenz notgelandet, um sie "
            "ins Universitätskrankenhaus Limerick zu bringen.",
            "Shannon Airport",
            "LOC",
        ),
        (
            "Von Jesuiten ausgebildet, besuchte er das damals elitäre Kutama College.",
            "Kutama College",
            "ORG",
        ),
        ("Die US-Küstenwache suchte die ganze Nacht nach Überlebenden.", "US-Küstenwache", "ORG"),
    ],
)
def test_english_heads_and_us_bodies_in_german_text(text: str, name: str, label: str) -> None:
    assert names(text).get(name) == label


def test_a_surname_written_with_sharp_s() -> None:
    found = names("Es sprach der Jenaer Historiker Prof. Dr. Manfred Weißbecker über die Zeit.")
    assert found.get("Manfred Weißbecker") == "PER"


def test_demonyms_of_every_state_are_listed() -> None:
    found = names(
        "Am Sonntag protestierten Paraguayer und Bolivianer vor dem Parlament in Asunción."
    )
    assert found.get("Paraguayer") == "MISC" and found.get("Bolivianer") == "MISC"


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        (
            "Die Prüfer kamen im März. Dann meldeten die BLB-Prüfer neue Verluste.",
            [("BLB-Prüfer", "ORG")],
            None,
        ),
        (
            "Zuletzt kritisierte er die Verschwörung von Demokraten und radikaler Linken.",
            [("Linken", "ORG")],
            None,
        ),
        (
            "Das Stadion gehört der Stadt, seit der 1. FC Kaiserslautern es verkaufte.",
            [("FC Kaiserslautern", "ORG")],
            ("1. FC Kaiserslautern", "ORG"),
        ),
        (
            "Präsident Fernando La Sama de Araújo rief zur Ruhe auf.",
            [("Fernando La Sama de Araújo", "ORG")],
            ("Fernando La Sama de Araújo", "PER"),
        ),
    ],
)
def test_roles_the_political_left_club_numbers_and_long_names(
    de,  # type: ignore[no-untyped-def]
    text: str,
    spans: list[tuple[str, str]],
    expected: tuple[str, str] | None,
) -> None:
    found = resolve(de, text, spans)
    if expected is None:
        assert not any(name == spans[0][0] for name, _ in found)
    else:
        assert expected in found


def test_a_body_of_a_town_or_a_land_is_one_name() -> None:
    found = names(
        "Der Mann wurde vom Ausländeramt der Stadt Kaiserslautern vorgeladen. Das "
        "Innenministerium des Landes Rheinland-Pfalz schwieg."
    )
    assert found.get("Ausländeramt der Stadt Kaiserslautern") == "ORG"
    assert found.get("Innenministerium des Landes Rheinland-Pfalz") == "ORG"


def test_a_capital_city_is_no_person_and_a_plural_noun_no_part_of_one(de) -> None:  # type: ignore[no-untyped-def]
    found = resolve(de, "Die Regierung sitzt in Jakarta.", [("Jakarta", "PER")])
    assert ("Jakarta", "LOC") in found
    text = "Dabei seien für Emmanuel Macron Deutsche keine Gegner."
    found = resolve(de, text, [("Emmanuel Macron Deutsche", "PER")])
    assert ("Emmanuel Macron", "PER") in found
