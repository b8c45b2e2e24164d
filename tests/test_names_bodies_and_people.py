"""A body's noun before a person, an institution after a person's or a town's name,
a town's service, two people joined by a slash, a genitive before a compound noun, a
first name that ends like a noun, and squares, parties and aircraft the index knows,
on sentences of real articles.

The sentences are from German Wikinews (https://de.wikinews.org/, CC BY 2.5), articles
4, 23, 39, 99, 138, 141, 168, 169, 183, 226, 284, 293, 302, 318, 330 and 337 of `../shared/data/articles/de_wikinews/`.
"""

from __future__ import annotations

import pytest

from tests.test_names_german import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Vorsitzende des Umweltausschusses Pascal Canfin sagte, dass er stolz sei, eine "
            "Mehrheit im Europaparlament erreicht zu haben.",
            {"Umweltausschusses": "ORG", "Pascal Canfin": "PER"},
        ),
        (
            "Die Aktienkurse von P&G fielen an der New Yorker Börse daraufhin um 0,2 Prozent "
            "auf 54,63 US-Dollar, Gillette behauptete 52,66 Dollar.",
            {"New Yorker Börse": "ORG"},
        ),
        (
            "Am Donnertagabend, sollte Rainer Wendt, Bundesvorsitzender der Deutsche "
            "Polizeigewerkschaft (DPolG), an der J. W. Goethe-Universität in Frankfurt am Main "
            'zum Thema "Polizeialltag in der Einwanderungsgesellschaft" sprechen.',
            {"J. W. Goethe-Universität": "ORG", "Rainer Wendt": "PER"},
        ),
        (
            "So habe der Thüringer Verfassungsschutz seine Informationen nicht an die Polizei "
            "weitergegeben, als nach den untergetauchten Personen gesucht wurde.",
            {"Thüringer Verfassungsschutz": "ORG"},
        ),
        (
            "Heute hat der Bayerische Verfassungsgerichtshof die Klagen abgewiesen.",
            {"Bayerische Verfassungsgerichtshof": "ORG"},
        ),
        (
            "Die PDS-Bundestagsabgeordnete Petra Pau erklärte, die PDS und die WASG würden "
            "zusammengehen. Er sagte, der Neuigkeitswert des Gespanns Lafontaine/Gysi werde "
            "sich schnell erschöpfen. Oskar Lafontaine und Gregor Gysi schwiegen.",
            {"PDS": "ORG", "Lafontaine": "PER", "Gysi": "PER"},
        ),
        (
            "Tatsächlich wurde das Waffenembargo verhängt, weil die chinesische Regierung "
            "damals auf dem Platz des Himmlischen Friedens gewaltsam gegen Demonstranten "
            "vorging.",
            {"Platz des Himmlischen Friedens": "LOC"},
        ),
        (
            "„Was TikTok betrifft, so verbannen wir sie aus den USA“, sagte er am Freitagabend "
            " zu Journalisten in der Air Force One.",
            {"Air Force One": "MISC"},
        ),
        (
            "Darin werden Unzulänglichkeiten bei der Fahndung nach Uwe Mundlos, Uwe Böhnhardt "
            "und Beate Zschäpe aufgezählt. Zschäpe wurde wegen zehnfachen Mordes im Juli 2018 "
            "vom Oberlandesgericht München zu lebenslanger Haft verurteilt.",
            {"Beate Zschäpe": "PER", "Zschäpe": "PER"},
        ),
        (
            "Nach einer Sitzung des britischen Nationalen Sicherheitsrates (Cobra) teilte ein "
            "Sprecher der britischen Regierung mit, dass britischen Schiffen empfohlen werde, "
            "vorerst das Befahren der Straße von Hormus und der angrenzenden Gewässer zu "
            "vermeiden.",
            {"Nationalen Sicherheitsrates": "ORG", "Straße von Hormus": "LOC"},
        ),
        (
            "Wenn 20 Medikamente die gleiche Wirkung hätten, aber unterschiedlich viel "
            "kosteten, müsse das Billigste verschrieben werden, sagte die Ministerin im "
            "ARD-Morgenmagazin.",
            {"ARD-Morgenmagazin": "MISC"},
        ),
    ],
)
def test_german_sentences(text: str, expected: dict[str, str]) -> None:
    found = names(text)
    for name, label in expected.items():
        assert found.get(name) == label, (name, found)


def test_a_common_noun_before_a_person_of_the_article_is_no_name() -> None:
    found = names(
        "Rainer Wendt sollte an der Universität sprechen. Noch am Abend sagte ein Mitarbeiter "
        "des Forschungszentrums Wendt per Email aus Sicherheitsgründen ab."
    )
    assert found.get("Wendt") == "PER"
    assert not any("Forschungszentrum" in name for name in found)


def test_a_first_name_that_is_also_a_word_stays_with_its_surname() -> None:
    found = names(
        "Mit diesem Komitee reagiert die Gattin von Ex-Präsident Bill Clinton auf die "
        "Formierung eines Wahlkomitees durch Senator Barack Obama, der ebenfalls für die "
        "demokratische Partei antreten möchte. Zu den Erstunterzeichnern zählt der "
        "Ingeborg-Bachmann-Preisträger Peter Glaser."
    )
    assert found.get("Bill Clinton") == "PER"
    assert found.get("Peter Glaser") == "PER"


def test_a_genitive_surname_before_a_compound_noun_is_the_person() -> None:
    found = names("Schröders Chinapolitik soll gegen den Bundestag durchgesetzt werden")
    assert found.get("Schröders") == "PER"
    assert "Schröders Chinapolitik" not in found


def test_a_capitalised_adverb_is_no_place() -> None:
    found = names(
        "„TikTok wurde auf frischer Tat ertappt“ steht in einer Anzeige, die Trumps "
        "Wahlkampfkomitee vor Kurzem verbreitete."
    )
    assert "Kurzem" not in found


def test_a_body_with_adjectives_joins_the_country_it_belongs_to() -> None:
    found = names("Gestern hat der Oberste Gerichtshof der Vereinigten Staaten anders entschieden.")
    assert found.get("Oberste Gerichtshof der Vereinigten Staaten") == "ORG"
    found = names("Gestern hat die Europäische Kommission der EU nichts gesagt.")
    assert found.get("Europäische Kommission") == "ORG"


def test_a_people_is_a_noun_after_an_article_or_a_quantifier() -> None:
    found = names(
        "Dem ZDF-Politbarometer zufolge könnten sich zur Zeit 18 Prozent der Deutschen "
        "vorstellen, die Partei zu wählen. Die Deutsche Bahn streikt."
    )
    assert found.get("Deutschen") == "MISC"
    assert found.get("ZDF-Politbarometer") == "MISC"
    assert found.get("Deutsche Bahn") == "ORG"
    assert names("Die ersten Deutschen haben Togo verlassen").get("Deutschen") == "MISC"


def test_an_unknown_first_name_is_no_noun_before_its_own_surname() -> None:
    found = names(
        "Wikinews-Benutzer Brian McNeil kontaktierte Eddan Katz, International Affairs "
        "Director der Electronic Frontier Foundation."
    )
    assert found.get("Eddan Katz") == "PER"


def test_a_name_the_list_writes_in_lower_case_is_found_as_written() -> None:
    found = names(
        "Eine Verschiebung sei nicht sinnvoll, wie Christian Wulff (CDU) heute gegenüber dpa "
        "erklärte. Der deutsche Nachrichtensender n-tv berichtet, dass der Pilot überlebte."
    )
    assert found.get("dpa") == "ORG"
    assert found.get("n-tv") == "ORG"
