"""Ships, straits, villages, prisons and companies named after their noun, a minister
in the genitive before his name, parliamentary groups, bodies named by a list of what they are for,
a body and its president merged by the model, fairs and trade rounds, and districts, on
sentences of real articles.

The sentences are from German Wikinews (https://de.wikinews.org/, CC BY 2.5), articles
7, 27, 55, 68, 111, 174, 230, 253, 266, 273, 277, 318, 340 and 370 of `../shared/data/articles/de_wikinews/`.
"""

from __future__ import annotations

import pytest

from tests.test_names_german import names
from tui.analysis.pipeline import load_pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Im Juni war der Tanker „Front Altair“ nach Explosionen in Brand geraten, und auch "
            "auf der „Kokuka Courageous“ war es zu Explosionen gekommen.",
            {"Front Altair": "MISC"},
        ),
        (
            "Das Pentagon veröffentlichte kurz nach Trumps Erklärung eine Stellungnahme: „Um "
            "ungefähr 10 Uhr vormittags Ortszeit war das Amphibienschiff USS Boxer dabei, eine "
            "geplante Fahrt durch die Straße von Hormus in [den Persischen Golf] durchzuführen.",
            {"USS Boxer": "MISC", "Straße von Hormus": "LOC"},
        ),
        (
            "Anfang Juli hatte die britische Marine in der Straße von Gibraltar den iranischen "
            "Öltanker „Grace 1“ aufgebracht, der angeblich nach Syrien unterwegs gewesen sein "
            "soll.",
            {"Straße von Gibraltar": "LOC", "Grace 1": "MISC", "Syrien": "LOC"},
        ),
        (
            "Die Bundestagsfraktion der AfD hat am 14. Februar beim Bundesverfassungsgericht "
            "geklagt.",
            {"Bundestagsfraktion der AfD": "ORG"},
        ),
        (
            "Die CDU-Fraktion forderte die Einrichtung eines Fonds, in welchen die Airlines "
            "nach dem Ablassen von Kerosin einzahlen müssen.",
            {"CDU-Fraktion": "ORG"},
        ),
        (
            "Supachai Panitchpakdi wechselt an die Spitze der Konferenz der Vereinten Nationen "
            "für Handel und Entwicklung (UNCTAD).",
            {"Konferenz der Vereinten Nationen für Handel und Entwicklung": "ORG"},
        ),
        (
            "Zu Beginn seiner politische Karriere war er ab 1981 als Berater des damaligen "
            "Finanzministers und späteren Präsidenten der Europäischen Kommission Jacques "
            "Delors tätig.",
            {"Europäischen Kommission": "ORG", "Jacques Delors": "PER"},
        ),
        (
            "Zusammen mit dem Rumänischen Ministerium für Kultur und Nationale Identität wurden "
            "über 70 Veranstaltungen angeboten.",
            {"Rumänischen Ministerium für Kultur und Nationale Identität": "ORG"},
        ),
        (
            "Die diesjährige Leipziger Buchmesse (15.-18.03.2018) hat einen Fokus auf "
            "Südosteuropa, sowohl was das aktuelle Gastland Rumänien angeht als auch im Ausblick "
            "auf 2019 mit dem Gastland Tschechien.",
            {"Leipziger Buchmesse": "MISC", "Rumänien": "LOC", "Tschechien": "LOC"},
        ),
        (
            "In einer ersten Stellungnahme nach der Ernennung sagte Lamy, dass es sein erstes, "
            "zweites und drittes Ziel sei, die seit 2001 laufende Doha-Handelsrunde zu einem "
            "Ende zu führen.",
            {"Doha-Handelsrunde": "MISC", "Lamy": "PER"},
        ),
        (
            "In der baden-württembergischen großen Kreisstadt Backnang im Rems-Murr-Kreis, der "
            "Universitätsstadt Marburg im Landkreis Marburg-Biedenkopf und in Wetzlar im "
            "Lahn-Dill-Kreis wurden am Sonntag im zweiten Wahlgang die Oberbürgermeister "
            "gewählt.",
            {
                "Rems-Murr-Kreis": "LOC",
                "Marburg-Biedenkopf": "LOC",  # the kind word outside (session 31)
                "Lahn-Dill-Kreis": "LOC",
                "Wetzlar": "LOC",
            },
        ),
        (
            "Bei einem Terrorangriff auf die zwei benachbarten Dörfer Tchioma Bangou und "
            "Zaroumbey Darey nahe der Grenze zu Mali wurden nach ersten Angaben des nigrischen "
            "Innenministers Alkaché Alhada nach dem Anschlag am Samstag mindestens 56 Menschen "
            "getötet und mehr als 20 weitere verletzt.",
            {
                "Tchioma Bangou": "LOC",
                "Zaroumbey Darey": "LOC",
                "Mali": "LOC",
                "Alkaché Alhada": "PER",
            },
        ),
        (
            "Ein Student befragte sie zu den Vergewaltigungen, die von den US-Streitkräften im "
            "Gefängnis Abu Ghraib begangen wurden.",
            {"Abu Ghraib": "LOC"},
        ),
        (
            "Die „Stena Impero“ gehört der schwedischen Reederei Stena Bulk und wird von "
            "Northern Marine betrieben.",
            {"Stena Impero": "MISC", "Stena Bulk": "ORG"},
        ),
    ],
)
def test_german_sentences(text: str, expected: dict[str, str]) -> None:
    found = names(text)
    for name, label in expected.items():
        assert found.get(name) == label, (name, found)


def test_a_road_between_two_towns_is_no_strait() -> None:
    found = names("Die Straße von Berlin nach Potsdam wurde gesperrt.")
    assert "Straße von Berlin" not in found
    assert found.get("Berlin") == "LOC"


def test_a_party_compound_that_is_no_group_stays_unmarked() -> None:
    found = names("Der SPD-Fraktionschef Peter Struck sprach im Bundestag.")
    assert "SPD-Fraktionschef" not in found
    assert found.get("Peter Struck") == "PER"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The research ship RRS Sir David Attenborough left Harwich on Monday.",
            {"RRS Sir David Attenborough": "MISC", "Harwich": "LOC"},
        ),
        (
            "Iranian forces seized the tanker Stena Impero in the Strait of Hormuz. The Stena "
            "Impero was sailing to Saudi Arabia.",
            {"Stena Impero": "MISC", "Strait of Hormuz": "LOC"},
        ),
    ],
)
def test_english_ships(text: str, expected: dict[str, str]) -> None:
    doc = load_pipeline("en")(text)
    found = {e.text: e.label_ for e in doc.ents}
    for name, label in expected.items():
        assert found.get(name) == label, (name, found)


def test_an_airline_after_carrier_is_no_ship() -> None:
    doc = load_pipeline("en")("The low-cost carrier Ryanair cancelled 40 flights.")
    assert {e.text: e.label_ for e in doc.ents}.get("Ryanair") == "ORG"


def test_a_full_name_ending_in_a_person_s_surname_is_that_person() -> None:
    found = names(
        "Der tunesische Cyber-Dissident Zouhair Yahyaoui starb gestern in einem tunesischen "
        "Krankenhaus an einer Herzerkrankung. Zouhair Yahyaoui kämpfte als Vertreter von "
        "Reporter ohne Grenzen gegen die Zensur und für das Recht auf freie "
        "Meinungsäußerung. Für sein Engagement wurde Yahyaoui mit dem Cyber-Freedom Prize "
        "geehrt."
    )
    assert found.get("Zouhair Yahyaoui") == "PER"
    assert found.get("Yahyaoui") == "PER"


def test_a_person_in_apposition_after_a_town_stays_a_person() -> None:
    """From `tests/data/realnews/en_unseen4/` (written for the project, MIT)."""
    doc = load_pipeline("en")(
        "In Israel, the mayor of the border town of Kiryat Shmona, Eli Ben-Ami, said "
        "residents would not come back."
    )
    found = {e.text: e.label_ for e in doc.ents}
    assert found.get("Kiryat Shmona") == "LOC"
    assert found.get("Eli Ben-Ami") == "PER"


def test_a_ministry_named_by_its_remits() -> None:
    found = names(
        "Fraglich ist dabei, ob Barbara Hendricks (SPD) das bisher von ihr geleitete "
        "Ministerium für Umwelt, Naturschutz, Bau und Reaktorsicherheit unverändert behält."
    )
    assert found.get("Ministerium für Umwelt, Naturschutz, Bau und Reaktorsicherheit") == "ORG"
    assert not names("Die Partei fordert ein Ministerium für Umwelt, Verkehr und Bau.")


def test_a_name_as_the_first_part_of_a_shared_compound_is_no_mention() -> None:
    """German Wikinews article 55 (CC BY 2.5)."""
    found = names(
        "Die SPD-Fraktion stimmte zu. In diesem Zusammenhang bewertete er die Ausführungen "
        "von SPD-Fraktions- und Parteichef Franz Müntefering."
    )
    assert found.get("SPD-Fraktion") == "ORG"
    assert "SPD-Fraktions" not in found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "Die „Stena Impero“ war auf dem Weg vom Hafen Fudschaira in den Persischen Golf.",
            "Hafen Fudschaira",
            "LOC",
        ),
        (
            "Eine Umfrage von sondaggipoliticoelettorali.it sieht die Partei bei 30 Prozent.",
            "sondaggipoliticoelettorali.it",
            "ORG",
        ),
    ],
)
def test_ports_and_websites(text: str, name: str, label: str) -> None:
    assert names(text).get(name) == label


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Der Mufti von Damaskus, Scheich Mohammed Adnan al-Afyuni, wurde kürzlich, am 22. "
            "Oktober, getötet.",
            "Mohammed Adnan al-Afyuni",
        ),
        (
            "Der Blogger hatte sich kritisch mit dem Präsidenten Zine el-Abidine Ben Ali "
            "auseinandergesetzt.",
            "Zine el-Abidine Ben Ali",
        ),
        (
            "Die Tochter des Emirs, Latifa bint Muhammad al-Maktum, sprach in einem 38 Minuten "
            "langen Video.",
            "Latifa bint Muhammad al-Maktum",
        ),
    ],
)
def test_arabic_names_are_one_person(text: str, name: str) -> None:
    """German Wikinews articles 111, 253 and 340 (CC BY 2.5)."""
    assert names(text).get(name) == "PER"


def test_a_broadcaster_named_by_its_noun_stays_one_after_in() -> None:
    """German Wikinews article 318 (CC BY 2.5)."""
    found = names(
        "Nach einer Verlautbarung der Iranischen Revolutionsgarden im staatlichen iranischen "
        "Fernsehsender Press TV sei der Tanker von der Marine festgesetzt worden. Das Schiff "
        "sei über die Gefahren informiert worden, hieß es in Press TV."
    )
    assert found.get("Press TV") == "ORG"


def test_a_mosque_is_a_place() -> None:
    """German Wikinews article 253 (CC BY 2.5)."""
    found = names(
        "In Damaskus explodierte am Donnerstag eine Autobombe. Die Detonation ereignete sich "
        "nahe der Al-Sahaba Moschee (Karte)."
    )
    assert found.get("Al-Sahaba Moschee") == "LOC"


def test_landscapes_and_rivers_from_the_list() -> None:
    """German Wikinews article 277 (CC BY 2.5) and a sentence of
    `tests/data/realnews/en_unseen10/cnn_turkiye_earthquake.txt` (MIT)."""
    found = names(
        "Am stärksten betroffen hiervon ist der Pfälzerwald ein Biosphärenreservat der UNESCO."
    )
    assert found.get("Pfälzerwald") == "LOC"
    doc = load_pipeline("en")(
        "Electricity was cut across much of the region, and engineers were inspecting the "
        "Keban Dam on the Euphrates, about 45 kilometers north of Elazığ, as a precaution."
    )
    assert {e.text: e.label_ for e in doc.ents}.get("Euphrates") == "LOC"
    assert "Saales" not in names(
        "Bei der Rede wurden zwei Protestierende zum Verlassen des Saales gezwungen."
    )


def test_a_group_before_a_body_in_the_dative_is_no_group_of_it() -> None:
    """A sentence of GermEval 2014 dev-a (NoSta-D, Benikova et al. 2014, CC BY 4.0):
    "der Bundesagentur" is the dative."""
    found = names(
        "Unternehmen sollen nach einem neuen Vorschlag der SPD-Bundestagsfraktion der "
        "Bundesagentur für Arbeit (BA) offene Stellen melden."
    )
    # GermEval marks the group; the readers of the Wikinews sets leave such a compound
    # ("AfD-Bundestagsfraktion") unmarked, and the judge learnt from them
    assert found.get("SPD-Bundestagsfraktion") in ("ORG", None)
    assert found.get("Bundesagentur für Arbeit") == "ORG"
    assert not any("Bundestagsfraktion der" in name for name in found), found


def test_a_latin_plural_is_no_name_and_a_surname_with_an_umlaut_stays() -> None:
    """German Wikinews article 230 (CC BY 2.5); "Höcke" undone is "Hocke", a noun, but no
    plural of it."""
    found = names(
        "Gäste der Podien waren dabei auch zahlreiche Menschen, die mit außereuropäischem "
        "Migrationshintergrund auf die Europäische Union blicken."
    )
    assert "Podien" not in found
    assert (
        names("Björn Höcke sprach in Erfurt. Höcke kündigte eine Klage an.").get("Höcke") == "PER"
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Bundesvorstand der Grünen unterstützt die Initiative.", "Bundesvorstand der Grünen"),
        ("Der Rat der Samtgemeinde Gartow lehnte das Vorhaben ab.", "Rat der Samtgemeinde Gartow"),
    ],
)
def test_a_party_s_board_and_a_municipality_s_council(text: str, name: str) -> None:
    assert names(text).get(name) == "ORG"


def test_a_company_s_board_is_no_name() -> None:
    found = names("Der Vorstand der Deutschen Bank trat am Montag zurück.")
    assert found.get("Deutschen Bank") == "ORG" and "Vorstand der Deutschen Bank" not in found


def test_a_people_in_a_list_of_peoples() -> None:
    """German Wikinews article 230 (CC BY 2.5): "Roma" is Rome and a first name too."""
    found = names(
        "Die Literatur, die Geschichte von Juden, Sinti und Roma werden dabei beleuchtet."
    )
    assert found.get("Roma") == "MISC" and found.get("Sinti") == "MISC"
    assert names("Er spielte für AS Roma und Juventus Turin.").get("AS Roma") == "ORG"
