"""Noble names after a first name, railway stations with their kind word, a town's
senate, a body's noun before a person, the US Congress as "Kongress" in an article about
the United States, compounds that name a name's followers or an outbreak, quoted names
after a street's or a magazine's noun, a party written with a slash; in English a body's
name with "and" inside it and a place right after "in" or "at".

The German sentences are from German Wikinews (https://de.wikinews.org/, CC BY 2.5),
articles 21, 37, 41, 86, 122, 127, 160, 161, 366 and 374 of
`../shared/data/articles/de_wikinews/` (copies in `tests/data/realnews/`); the English
ones from stories of `tests/data/realnews/en_unseen6/`, `en_unseen8/`, `en_unseen10/` and
`en_unseen13/` (written for the project, MIT).
"""

from __future__ import annotations

import pytest

from tests.test_names_english_heads import names as english_names
from tests.test_names_german import assert_names, names


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
    assert_names(found, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bei der Zeitschrift „Die Epoche“, die von Falun Gong betrieben wird, bekam sie "
            "einen Presseausweis. Danach zogen sie die Straße „Unter den Linden“ entlang.",
            {"Die Epoche": "ORG", "Unter den Linden": "LOC"},
        ),
        (
            "Bereits im Jahr 2018 kam es zu einem starken Währungsverfall, nachdem die "
            "Unabhängigkeit der argentinischen Zentralbank bezweifelt worden war.",
            {"Zentralbank": "ORG"},
        ),
        (
            "Kritik kam von der Opposition: Bündnis 90/Die Grünen fordern mehr Geld für die "
            "Schulen.",
            {"Bündnis 90/Die Grünen": "ORG"},
        ),
    ],
)
def test_quoted_and_slashed_names(text: str, expected: dict[str, str]) -> None:
    found = names(text)
    assert_names(found, expected, set())


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "MacIsaac, a Cape Bretoner first elected in 2015, moves to Fisheries and Oceans "
            "Canada, a department he has long sought. Dhaliwal inherits a stalled "
            "rental-construction deal with Canada Mortgage and Housing Corp.",
            {
                "Fisheries and Oceans Canada": "ORG",
                "Canada Mortgage and Housing Corp.": "ORG",
            },
            {"Fisheries", "Housing Corp."},
        ),
        (
            "The case was investigated by the Queensland Police Service's Financial and Cyber "
            "Crime Group, after a complaint from a group of investors in 2022.",
            {"Financial and Cyber Crime Group": "ORG"},
            {"Cyber Crime Group"},
        ),
        (
            "Patients were moved between Glenfield Hospital and Leicester General Hospital.",
            {"Glenfield Hospital": "ORG", "Leicester General Hospital": "ORG"},
            {"Glenfield Hospital and Leicester General Hospital"},
        ),
        (
            '"This is a budget for the nurse in Penrith and the apprentice in Wagga Wagga, not '
            'for the ratings agencies," Ms Sorensen told parliament.',
            {"Wagga Wagga": "LOC", "Penrith": "LOC"},
            set(),
        ),
    ],
)
def test_english_bodies_and_places(text: str, expected: dict[str, str], absent: set[str]) -> None:
    found = english_names(text)
    assert_names(found, expected, absent)


@pytest.mark.parametrize(
    "text",
    [
        "Sicherheitsbeamte zerrten sie weg. Sie schrie auch auf Englisch: „Präsident Bush, "
        "stoppen Sie ihn!“",
        "Ab Samstag wird sich zeigen, ob der kleine Staat am anderen Ende der Welt weiter "
        "auf dem Weg des Friedens und der Stabilität gehen wird.",
    ],
)
def test_a_language_or_a_nouns_genitive_is_no_name(text: str) -> None:
    found = names(text)
    assert not {"Englisch", "Friedens"} & set(found), found


def test_a_prefecture_is_a_place() -> None:
    found = english_names(
        "Both men finished the 15-day meet at Fukuoka Kokusai Center with 12-3 records "
        "after Hakuzan, a sekiwake from Kagoshima Prefecture, pulled down komusubi Ryuseiho "
        "in the day's penultimate bout."
    )
    assert found.get("Kagoshima Prefecture") == "LOC", found


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
