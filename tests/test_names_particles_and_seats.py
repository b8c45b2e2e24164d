"""Noble names after a first name, railway stations with their kind word, a town's
senate, a body's noun before a person, the US Congress as "Kongress" in an article about
the United States, and compounds that name a name's followers or an outbreak.

The sentences are from German Wikinews (https://de.wikinews.org/, CC BY 2.5), articles
21, 37, 86, 122, 127, 160, 161, 366 and 374 of `../shared/data/articles/de_wikinews/`
(copies in `tests/data/realnews/`).
"""

from __future__ import annotations

import pytest

from tests.test_names_german import names


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Doris von Sayn-Wittgenstein, Landesvorsitzende der AfD in Schleswig-Holstein, "
            "hatte auf dem Bundesparteitag der AfD in Hannover für das Amt einer der beiden "
            "Vorsitzenden ihrer Partei kandidiert. Wie Alexander zu Sayn-Wittgenstein-Sayn "
            "gegenüber der Frankfurter Allgemeinen Zeitung erklärte, gehöre sie nicht zu "
            "seiner Familie.",
            {
                "Doris von Sayn-Wittgenstein": "PER",
                "Alexander zu Sayn-Wittgenstein-Sayn": "PER",
                "Hannover": "LOC",
            },
            {"Doris", "Alexander"},
        ),
        (
            "Der Marsch startete gegen 10 Uhr am Dorothea-Schlegel-Platz nahe dem Bahnhof "
            "Friedrichstraße. Die angemeldete und genehmigte Route der Gegendemonstration "
            "führt über den S-Bahnhof Oranienburger Straße und den U-Bahnhof "
            "Weinmeisterstraße.",
            {
                "Bahnhof Friedrichstraße": "LOC",
                "S-Bahnhof Oranienburger Straße": "LOC",
                "U-Bahnhof Weinmeisterstraße": "LOC",
            },
            {"Friedrichstraße", "Oranienburger Straße", "Weinmeisterstraße"},
        ),
        (
            "Außerdem wird darin die sofortige Freilassung von 800 politischen Gefangenen "
            "gefordert, darunter der erste Vizepräsident des Parlaments Edgar Zambrano und "
            "Guaidós Stabschef Roberto Marrero.",
            {"Edgar Zambrano": "PER", "Roberto Marrero": "PER"},
            {"Parlaments Edgar Zambrano"},
        ),
        (
            "Vorausgegangen war im Juni 2017 ein Beschluss des Hamburger Senats zur "
            "Ergreifung von Maßnahmen zur Luftreinhaltung in der Hamburger Innenstadt.",
            {"Hamburger Senats": "ORG"},
            set(),
        ),
        (
            "US-Präsident Barack Obama will das Gefangenenlager noch einmal überprüfen. "
            "Danach wolle er noch einmal an den Kongress appellieren.",
            {"Barack Obama": "PER", "Kongress": "ORG"},
            set(),
        ),
        (
            "Die derzeitige Wirtschafts- und Schuldenkrise in Argentinien resultiert nicht "
            "aus der Corona-Pandemie, sie wird allerdings dadurch noch verschärft.",
            {"Argentinien": "LOC"},
            {"Corona-Pandemie"},
        ),
        (
            "Gemäß Wang stellte sie sich Jiang vor und drängte ihn „aufzuhören, die "
            "Falun-Gong-Anhänger in China umzubringen“.",
            {"China": "LOC"},
            {"Falun-Gong-Anhänger"},
        ),
    ],
)
def test_names_in_real_sentences(text: str, expected: dict[str, str], absent: set[str]) -> None:
    found = names(text)
    for name, label in expected.items():
        assert found.get(name) == label, (name, found)
    assert not absent & set(found), found


def test_a_congress_without_the_united_states_is_no_name() -> None:
    found = names(
        "Der Kongress der Kardiologen tagt in Mannheim. Dort sprach man über den Kongress "
        "des nächsten Jahres."
    )
    assert "Kongress" not in found, found


def test_a_theatre_after_a_name_stays_a_name() -> None:
    # "Theater" has no feminine form: no noun of people, unlike "Anhänger"
    from tui.analysis.names.german import _follower_or_outbreak
    from tui.analysis.names.index import load_index

    index = load_index()
    assert _follower_or_outbreak("Anhänger", index)
    assert _follower_or_outbreak("Politikerinnen", index)
    assert not _follower_or_outbreak("Theater", index)
    assert not _follower_or_outbreak("Bauer", index)  # a surname
