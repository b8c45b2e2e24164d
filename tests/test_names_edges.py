"""A common noun at a German name's edge that the model read as part of it ("Epsteins
Haus", "Präsident Widodo Häfen", "George Orwells Roman"), a genitive person after a name
of the list ("auf Twitter Trumps Kommentare"), a body's word that is part of its name
("Generalstaatsanwaltschaft Litauens"), the particles before a surname
("Verteidigungministerin von der Leyen"), and a town's name the model read in part
("Palm Beach"); a full stop after letters and digits ("Geheimdienst MI5."); a surname
after "bin" ("Osama bin Laden"); a politician after her role ("Rechtspopulistin Marine
LePen") and a party after its kind ("LePen-Partei Rassemblement National"); a place with the Arabic
article after its kind ("Die Region al-Fashqa"); an English word for a place's kind
that begins its name ("Fort Sill", "Grand Bahama", "Camp David"); a place run on into a
person's first name ("in Straßburg Ursula von der Leyen"), an English body's name whole
("Knight First Amendment Institute"), a capitalised adjective before a body's noun
("des Eidgenössischen Volkswirtschaftsdepartements"); a person between commas after a role
("Die US-Außenministerin, Condoleezza Rice,"), a foreign surname after a first name
("durch Siad Barre"); a treaty by a name and a hyphen ("Ankara-Protokoll"), an act by its
number ("Richtlinie 2011/92/EU", "Resolution 1701"); a website by its domain ("laut
Nopatents.eu.org"), no name in a member of Congress's party and state ("(D-NY)"), a relative by the surname of
someone named in full ("Hunter Biden"), no name in a direction ("des autonomen Südens").

The sentences are from German Wikinews (https://de.wikinews.org/, CC BY 2.5), articles 5,
10, 36, 52, 54, 74, 78, 88, 97, 102, 113, 142, 147, 152, 187, 189, 192, 216, 237, 252, 275,
304, 313, 324, 344, 349, 353, 362, 364, 367, 387 and 395 of
`../shared/data/articles/de_wikinews/` (copies in `tests/data/realnews/`), as written.
"""

from __future__ import annotations

import pytest

from tests.test_names_german import assert_names, names


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            # an English word for the kind of place begins the place's name
            "Es hieß, dass 1400 unbegleitete Kinder in Fort Sill in Oklahoma untergebracht "
            "wären. Der Flughafen Freeport auf Grand Bahama steht unter Wasser. Bolton hatte "
            "Präsident Trump davon abgebracht, in Camp David ein Friedensabkommen mit den "
            "Taliban abzuschließen.",
            {"Fort Sill": "LOC", "Grand Bahama": "LOC", "Camp David": "LOC"},
            {"Sill", "Bahama", "David"},
        ),
        (
            # places with the Arabic article after the kind of place
            "Die Region al-Fashqa liegt eigentlich innerhalb der sudanesischen Grenzen, im "
            "Bundesstaat al-Qadarif, aber Äthiopier siedeln schon seit Jahren in diesem Gebiet.",
            {"al-Fashqa": "LOC", "al-Qadarif": "LOC"},
            set(),
        ),
        (
            # a politician's role before her name; the party's kind written apart
            "Mélenchon war bereits zweimal Kandidat der Linken, nämlich 2012, als der "
            "konservative Amtsinhaber Nicolas Sarkozy vom Sozialdemokraten Francois Hollande "
            "besiegt wurde, und 2017, als sich der jetzige Präsident, der liberale Emmanuel "
            "Macron, in der Stichwahl gegen die Rechtspopulistin Marine LePen durchsetzte. "
            "Die Überwindung "
            "dieser Hürde ist für Kandidaten der LFI und der LePen-Partei Rassemblement "
            "National regelmäßig nicht ganz einfach.",
            {"Marine LePen": "PER", "Rassemblement National": "ORG"},
            {"LePen-Partei Rassemblement National", "LePen-Partei"},
        ),
        (
            # the model stopped at the particle
            "Der al-Qaida-Führer Osama bin Laden hat zu Terroranschlägen gegen Frankreich "
            "aufgerufen, nachdem er angeklagt hatte, das Land führe Krieg gegen den Islam.",
            {"Osama bin Laden": "PER"},
            {"Osama"},
        ),
        (
            "Der frühere Investmentbanker Jeffrey Epstein ist am Samstagmorgen tot in seiner "
            "Zelle aufgefunden worden. Sie sagte, dass sie vor ihrer Schule für regelmäßige "
            "Besuche in Epsteins Haus rekrutiert worden sei.",
            {"Jeffrey Epstein": "PER", "Epsteins": "PER"},
            {"Epsteins Haus"},
        ),
        (
            "Die neue Hauptstadt solle ab 2024 bezogen werden, gab Präsident Joko Widodo bei "
            "einer Fernsehansprache bekannt. In der ersten Amtszeit hatte Präsident Widodo "
            "Häfen, Straßen und Flughäfen in entlegenen Gebieten ausbauen lassen.",
            {"Joko Widodo": "PER", "Widodo": "PER"},
            {"Widodo Häfen"},
        ),
        (
            "WikiLeaks vergleicht die Überwachungstechnologie mit George Orwells Roman 1984, "
            "in dem die Fernsehapparate die Bürger beobachten.",
            {"George Orwells": "PER"},
            {"George Orwells Roman"},
        ),
        (
            "Im April bezeichnete Gérard Araud, der frühere französische Botschafter in "
            "Washington, Donald Trump als „etwas primitiv“. Jeremy Hunt bezeichnete auf "
            "Twitter Trumps Kommentare als „respektlos“.",
            {"Twitter": "ORG", "Trumps": "PER", "Donald Trump": "PER"},
            {"Twitter Trumps"},
        ),
        (
            # a town's name of two words that the model read as its last word alone
            "Demnach kannte er „ihn wie Jedermann in Palm Beach ihn kannte“.",
            {"Palm Beach": "LOC"},
            {"Beach"},
        ),
        (
            "Über die zentrale Rolle der US-Militärbasis Ramstein will Verteidigungministerin "
            "von der Leyen, die sich gerade in Washington mit ihrem Amtskollegen Ashton Carter "
            "trifft, nicht sprechen.",
            {"von der Leyen": "PER", "Ashton Carter": "PER"},
            {"Leyen"},
        ),
    ],
)
def test_a_noun_or_a_particle_at_a_names_edge(
    text: str, expected: dict[str, str], absent: set[str]
) -> None:
    assert_names(names(text), expected, absent)


def test_a_bodys_word_before_a_genitive_place_stays_in_the_name() -> None:
    found = names(
        "Im Rahmen der von den litauischen Rechtsschutzorganen eingeleiteten Ermittlung "
        "machte Trojanow im Beisein eines Rechtsanwalts und eines Vertreters der russischen "
        "Botschaft in Vilnius Aussagen gegenüber Mitarbeitern der Generalstaatsanwaltschaft "
        "Litauens."
    )
    assert found.get("Generalstaatsanwaltschaft Litauens") == "ORG", found


def test_von_alone_joins_a_surname_only_where_the_article_writes_the_full_name() -> None:
    found = names(
        "Konstantin von Notz, Fraktionsvize der Grünen, kritisierte den Entwurf. Es sei ein "
        "Angriff auf die Pressefreiheit, sagte von Notz. Ein Vorschlag von Merkel liegt vor."
    )
    assert found.get("von Notz") == "PER", found
    assert "von Merkel" not in found, found


def test_a_compound_of_a_role_is_no_persons_name() -> None:
    found = names(
        "Die seit 19 Jahren beim „Miami Herald“ angestellte Lokaljournalistin hatte im "
        "Herbst 2018 eine Artikelserie über Epstein und seine Opfer veröffentlicht."
    )
    assert "Lokaljournalistin" not in found, found
    assert found.get("Miami Herald") == "ORG", found


def test_a_sentences_full_stop_after_letters_and_digits_ends_the_name() -> None:
    """Articles 395 and 113: "MI5." and "U2." were one token each to the German tokenizer,
    so no list could find the name and the sentence ran on."""
    found = names(
        "Eine Technik war, wie WikiLeaks behauptet, eine gemeinsame Entwicklung der CIA mit "
        "dem britischen Geheimdienst MI5. Es wird auch behauptet, dass das US-Konsulat in "
        "Frankfurt genutzt wird."
    )
    assert found.get("MI5") == "ORG", found
    found = names(
        "Paul McCartney eröffnete das Konzert zusammen mit der Band U2. Madonna, Pop-Ikone "
        "aus Kalifornien, wandte sich an die Zuschauer."
    )
    assert found.get("U2") == "ORG", found  # a band, the noun before it says


def test_an_ordinal_keeps_its_full_stop() -> None:
    from tui.analysis.pipeline import load_pipeline

    tokens = [t.text for t in load_pipeline("de").tokenizer("am 5. Mai in Halle 4. Dort")]
    assert tokens == ["am", "5.", "Mai", "in", "Halle", "4.", "Dort"]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            # the model ran a place on into the first name of a person named in full later
            "Das Europäische Parlament hat gestern Abend in Straßburg Ursula von der Leyen mit "
            "knapper Mehrheit zur Präsidentin der Kommission der Europäischen Union gewählt. "
            "Sie war vom Europäischen Rat für dieses Amt vorgeschlagen worden. Sodass Ursula "
            "von der Leyen ihre Entlassungsurkunde erhielt.",
            {"Straßburg": "LOC", "Ursula von der Leyen": "PER", "Europäischen Rat": "ORG"},
            {"Straßburg Ursula", "Europäischen Rat für dieses Amt"},
        ),
        (
            # a party's name before its man does not make him the party
            "Mehr als 50 Prozent der Befragten wollen, dass der Chef der Arbeitspartei Amir "
            "Peretz von seinem Amt als Verteidigungsminister zurücktritt.",
            {"Arbeitspartei": "ORG", "Amir Peretz": "PER"},
            set(),
        ),
        (
            # an English body's name in a German article, whole
            "Geklagt hatte das Knight First Amendment Institute der Columbia University in New "
            "York. Unter den Klägern ist Rebecca Buckwalter vom Center for American Progress.",
            {"Knight First Amendment Institute": "ORG", "Center for American Progress": "ORG"},
            {"Knight First", "Center for American"},
        ),
    ],
)
def test_spans_the_model_ran_on_or_cut_short(
    text: str, expected: dict[str, str], absent: set[str]
) -> None:
    assert_names(names(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Für den Nothilfe-Treuhandfonds werden aus dem EU-Haushalt und dem Europäischen "
            "Entwicklungsfonds mehr als 2,4 Mrd. Euro bereitgestellt.",
            "Europäischen Entwicklungsfonds",
        ),
        (
            "Das Parlamentarische Kontrollgremium erstelle gerade einen Bericht, sagte von Notz "
            "gegenüber der Frankfurter Allgemeinen Zeitung.",
            "Parlamentarische Kontrollgremium",
        ),
        (
            "Es handelt sich nach Angaben des Eidgenössischen Volkswirtschaftsdepartements um "
            "den ersten offiziellen Arbeitsbesuch eines Bundesrats in Libyen.",
            "Eidgenössischen Volkswirtschaftsdepartements",
        ),
        (
            "Die Beteiligung an den Regionalwahlen sei ein wichtiges, von der Ende Juli "
            "eingesetzten Verfassungsgebenden Versammlung aufgestelltes Kriterium gewesen, so "
            "Maduro.",
            "Verfassungsgebenden Versammlung",
        ),
        (
            "Der Zweite Senat befand, das Gesetz habe nicht der Zustimmung des Bundesrates "
            "bedurft.",
            "Zweite Senat",
        ),
    ],
)
def test_a_capitalised_adjective_before_a_bodys_noun_names_the_body(text: str, body: str) -> None:
    assert names(text).get(body) == "ORG", names(text)


def test_a_capitalised_adjective_at_a_sentences_start_names_nothing() -> None:
    found = names("Parlamentarische Kontrolle ist schwer. Zentrale Ausschüsse tagen selten.")
    assert not any(name.startswith(("Parlamentarische", "Zentrale")) for name in found), found


@pytest.mark.parametrize(
    ("text", "person", "absent"),
    [
        (
            # a role, a comma, and two words that are German words too
            "Der Sprecher der Mehrheit im US-Senat, Bill Frist, forderte schnelle Gespräche.",
            "Bill Frist",
            set(),
        ),
        (
            # the model took the surname alone
            "Die US-Außenministerin, Condoleezza Rice, antwortete am Freitag.",
            "Condoleezza Rice",
            {"Rice"},
        ),
        (
            "Der republikanische Senator von Kentucky, Rand Paul, hingegen sagte zu Journalisten.",
            "Rand Paul",
            {"Paul"},
        ),
        (
            # a surname that looks like a German word's form after a first name
            "Es erinnert uns an den ähnlichen Stellvertreterkrieg von 1974 durch Siad Barre in "
            "Somalia.",
            "Siad Barre",
            set(),
        ),
        (
            "Unter ihnen sind der Schriftsteller Stephen King und das Model Chrissy Teigen.",
            "Chrissy Teigen",
            set(),
        ),
    ],
)
def test_people_in_apposition_and_with_foreign_surnames(
    text: str, person: str, absent: set[str]
) -> None:
    assert_names(names(text), {person: "PER"}, absent)


def test_a_first_name_before_a_place_word_is_no_person() -> None:
    found = names(
        "Die größten Stadien sind der Signal Iduna Park in Dortmund mit rund 81.000 Plätzen."
    )
    assert "Iduna Park" not in found, found


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Ende Juli hatte die Türkei das so genannte Ankara-Protokoll unterzeichnet, das die "
            "Zollunion auf die zehn neuen EU-Staaten samt Zypern ausweitet.",
            "Ankara-Protokoll",
        ),
        (
            "Gültigkeit haben die beiden Beschlüsse, die WHO-Konvention und das "
            "Automatenverbot, in den beiden administrativen Sonderregionen Macao und Hongkong.",
            "WHO-Konvention",
        ),
        (
            "Jedoch wurde die Resolution nicht unter Kapitel 7 der UN-Charta verabschiedet, das "
            "für gesetzlich bindende Dokumente verwendet wird.",
            "UN-Charta",
        ),
        (
            "Dazu wurde die bereits gültige Richtlinie 2011/92/EU angepasst.",
            "Richtlinie 2011/92/EU",
        ),
        (
            "Der UN-Sicherheitsrat hat einstimmig die Resolution 1701 beschlossen, die eine "
            "„volle Einstellung der Feindseligkeiten“ fordert.",
            "Resolution 1701",
        ),
    ],
)
def test_treaties_by_a_name_and_acts_by_their_number(text: str, thing: str) -> None:
    assert names(text).get(thing) == "MISC", names(text)


def test_a_domain_with_two_dots_is_a_website_and_a_party_and_state_no_name() -> None:
    found = names(
        "Bis heute um 13:22 Uhr haben sich laut Nopatents.eu.org 3.754 Menschen an der "
        "dazugehörigen Online-Demonstration beteiligt. In einem Brief an den Vorsitzenden des "
        "Auswärtigen Ausschusses, Eliot Engel (D-NY), machte Pompeo am Dienstag deutlich, dass "
        "er nicht kooperieren werde."
    )
    assert found.get("Nopatents.eu.org") == "ORG", found
    assert found.get("Eliot Engel") == "PER", found
    assert "D-NY" not in found, found


def test_a_first_name_before_the_surname_of_someone_named_in_full_is_a_relative() -> None:
    found = names(
        "Der frühere New Yorker Bürgermeister soll als persönlicher Anwalt Trumps Gespräche "
        "geführt haben, um die Einleitung von Ermittlungen gegen Hunter Biden zu erreichen und "
        "somit Joe Biden, einem der möglichen Gegenkandidaten Trumps, zu schaden."
    )
    assert found.get("Hunter Biden") == "PER", found
    assert found.get("Joe Biden") == "PER", found


def test_a_direction_is_no_place_name() -> None:
    found = names(
        "Kämpfer der ehemaligen Rebellenarmee trafen am Donnerstag in Juba ein, das seit dem "
        "Friedensabkommen mit der Regierung als neue Hauptstadt des autonomen Südens gilt. Der "
        "21 Jahre andauernde Bürgerkrieg zwischen Nord- und Südsudan endete im Januar des "
        "Jahres mit einem Friedensabkommen."
    )
    assert found.get("Juba") == "LOC", found
    assert not {"Südens", "Nord", "Nord-"} & set(found), found


def test_a_board_of_a_named_body_is_one_name() -> None:
    found = names(
        "Der Exekutivrat der Weltbank wählte Paul Wolfowitz zum neuen Weltbankpräsidenten."
    )
    assert found.get("Exekutivrat der Weltbank") == "ORG", found
    assert found.get("Paul Wolfowitz") == "PER", found


def test_a_capitalised_adjective_before_a_university_the_model_named_is_part_of_it() -> None:
    found = names(
        "Dirk Helbing, der an der Eidgenössische Technische Hochschule Zürich (ETH Zürich) und "
        "der Technische Universität Delft lehrt, hat sich eingehend mit Social Bots befasst."
    )
    assert found.get("Technische Universität Delft") == "ORG", found
    assert "Universität Delft" not in found, found


def test_a_first_name_and_an_arabic_article_s_surname_are_a_person() -> None:
    found = names(
        "Er galt als möglicher Nachfolger für Aiman al-Sawahiri, den derzeitigen Anführer von "
        "al-Qaida."
    )
    assert found.get("Aiman al-Sawahiri") == "PER", found


def test_a_typographic_apostrophe_after_a_name_s_first_capital_stays_in_the_word() -> None:
    from tui.analysis.pipeline import load_pipeline

    doc = load_pipeline("de").make_doc(
        "Des Weiteren hatte sie dem früheren texanischen Kongressmann Beto O’Rourke die "
        "Meinung unterstellt."
    )
    assert "O’Rourke" in [token.text for token in doc]


def test_an_english_act_in_german_news_is_a_law() -> None:
    found = names(
        "Conway habe mehrfach gegen den sogenannten Hatch Act verstoßen, mit dem die "
        "politischen Äußerungen von Angehörigen der Bundesregierung der Vereinigten Staaten "
        "eingeschränkt werden."
    )
    assert found.get("Hatch Act") == "MISC", found


def test_a_person_ends_with_a_surname_written_with_an_apostrophe() -> None:
    found = names(
        "In der CNN-Sendung „State of the Union“ sagte Cory Booker, einer der beiden Senatoren "
        "von New Jersey, es sei „eher rücksichtslos“, während der frühere Kongressmann Beto "
        "O′Rourke in derselben Sendung Trump vorwarf, politische Gegner anzugreifen."
    )
    assert found.get("Beto O′Rourke") == "PER", found
    assert "Kongressmann Beto" not in found, found


def test_a_town_s_station_named_by_the_common_noun_is_no_name() -> None:
    found = names(
        "Anders wird offenbar die Lage am Hauptbahnhof eingeschätzt. Dort steuerte die "
        "Polizei, ständig rund um den Hauptbahnhof in Kaiserslautern auf Streife zu sein."
    )
    assert "Hauptbahnhof" not in found, found
    assert found.get("Kaiserslautern") == "LOC", found


def test_a_small_capital_and_a_canal_are_known_places() -> None:
    found = names(
        "Das Abkommen wurde vom isländischen Außenminister Davíð Oddsson und dem färöischen "
        "Ministerpräsidenten Jóannes Eidesgaard im Nationalmuseum der Färöer in Hoyvík "
        "unterschrieben, einem Vorort der Inselhauptstadt Tórshavn. Das würde, fast 150 "
        "Jahre nach Eröffnung des Sueskanals, eine Verbindung zwischen Asien und Afrika "
        "schaffen."
    )
    assert found.get("Tórshavn") == "LOC", found
    assert found.get("Sueskanals") == "LOC", found


def test_games_are_an_event() -> None:
    found = names(
        "Die Kampagne wurde am Samstag Abend, einen Tag nach der Eröffnung der Olympischen "
        "Behindertenspiele in Turin, mit einer großen Versammlung auf dem Flughafen "
        "Berlin-Tempelhof gestartet."
    )
    assert found.get("Olympischen Behindertenspiele") == "MISC", found
