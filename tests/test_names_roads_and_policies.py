"""English roads the model takes for bodies, streets numbered after their word,
policies and plans (MISC), regions of other countries, and film, drug and freight
companies, Irish state bodies and places named by their last word ("Tongerlo Abbey"),
on sentences of the English stories in `tests/data/realnews/en_unseen10/` and
`…/en_unseen11/` (written for the project, MIT)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_names_english_heads import names
from tui.analysis.analyzer import analyze
from tui.article import parse_text

tests_dir = Path(__file__).parent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hundreds of tractors blocked sections of the A6, A10 and A13 motorways around "
            "Paris on Wednesday as French farmers stepped up their protest.",
            {"A6": "LOC", "A10": "LOC", "A13": "LOC", "Paris": "LOC"},
        ),
        (
            "The largest active cluster is in Tampines, where 148 cases have been reported "
            "among residents living around Tampines Street 81 and Tampines Avenue 5.",
            {"Tampines Street 81": "LOC", "Tampines Avenue 5": "LOC"},
        ),
        (
            "Agriculture Minister Élodie Marchal promised faster payments of subsidies under "
            "the Common Agricultural Policy (CAP).",
            {"Common Agricultural Policy": "MISC"},
        ),
        (
            "The project, part of the Federal Transport Infrastructure Plan 2030, will not be "
            "finished before the mid-2030s.",
            {"Federal Transport Infrastructure Plan 2030": "MISC"},
        ),
        (
            "Convoys from Beauce, Normandy and Burgundy set off before dawn and converged on "
            "the Île-de-France region.",
            {"Normandy": "LOC", "Burgundy": "LOC"},
        ),
        (
            "The film, produced for just $9 million by Blumhouse, is likely to turn a profit. "
            "AMC Theatres and Cinemark, the country’s two largest chains, have both warned "
            "investors, and it holds an 88% approval rating on Rotten Tomatoes.",
            {"Blumhouse": "ORG", "Cinemark": "ORG", "Rotten Tomatoes": "ORG"},
        ),
        (
            "DB Cargo, the freight arm of Deutsche Bahn, said it was running extra trains.",
            {"DB Cargo": "ORG"},
        ),
        (
            "Kashechewan, about 450 kilometres north of Timmins, sits on low ground on the "
            "north bank of the Albany, a few kilometres upstream from where the river empties "
            "into James Bay.",
            {"James Bay": "LOC"},
        ),
        (
            "The stolen objects are the Reliquary of Saint Dymphna, a gilded silver casket made "
            "in Paris around 1340 that came to the collection from Tongerlo Abbey in the Kempen.",
            {"Tongerlo Abbey": "LOC"},
        ),
        (
            "Met Éireann had issued a status orange wind warning for Laois, Offaly, Kildare and "
            "Carlow from 4pm. A spokeswoman for An Garda Síochána said there had been no "
            "serious incidents.",
            {"Met Éireann": "ORG", "An Garda Síochána": "ORG"},
        ),
    ],
)
def test_english_sentences(text: str, expected: dict[str, str]) -> None:
    found = names(text)
    for name, label in expected.items():
        assert found.get(name) == label, (name, found)


def test_an_airliner_code_is_no_road() -> None:
    found = names("Airbus delivered the A380 to Emirates on Tuesday.")
    assert found.get("A380") != "LOC"


def test_a_hyphenated_given_name_stays_whole() -> None:
    found = names(
        "The South Korean director Park Jun-seo won the prize, and analyst Vivian Lo Ka-man "
        "said shares fell."
    )
    assert found.get("Park Jun-seo") == "PER"
    assert found.get("Vivian Lo Ka-man") == "PER"


def test_a_headline_merged_into_a_person_names_no_surname() -> None:
    text = (tests_dir / "data/realnews/en_unseen11/espn_masters_final_round.txt").read_text(
        encoding="utf-8"
    )
    result = analyze(parse_text(text, lang="en"), use_cache=False)
    labels = {m.text: e.label for e in result.entities for m in e.mentions}
    assert labels.get("Oskar Hedlund") == "PER"
    assert labels.get("Hedlund") == "PER"


def test_a_championship_by_its_year_and_papers_and_leagues_the_index_knows() -> None:
    found = names(
        "Italy will co-host Euro 2032 with Turkey, La Gazzetta dello Sport reported, and "
        "Sampdoria play in Serie B this season. Rooms cost 120 Euro 2024 prices aside."
    )
    assert found.get("Euro 2032") == "MISC"
    assert found.get("La Gazzetta dello Sport") == "ORG"
    assert found.get("Serie B") == "MISC"
    assert "Euro 2024" not in found


def test_a_place_word_first_makes_a_place_not_a_body() -> None:
    found = names(
        "The riders climbed the Col du Tourmalet in thick fog, while the Port Authority "
        "closed the bridge."
    )
    assert found.get("Col du Tourmalet") == "LOC"
    assert found.get("Port Authority") == "ORG"


def test_one_word_after_at_is_a_place_where_the_model_called_it_a_body() -> None:
    found = names(
        "On Thursday morning the gauge at Kaub, a small wine town on the Middle Rhine between "
        "Koblenz and Bingen, showed 34 centimeters. Analysts at Capital Economics expect "
        "freight rates to rise."
    )
    assert found.get("Kaub") == "LOC"
    assert found.get("Capital Economics") == "ORG"


def test_one_word_after_on_is_a_place_but_not_the_platform() -> None:
    found = names(
        "The company plans to test data links with its ground station on Svalbard. The "
        "minister said in a post on X that the launch was a success."
    )
    assert found.get("Svalbard") == "LOC"
    assert found.get("X") == "ORG"
