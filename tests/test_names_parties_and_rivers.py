"""Names on written German news (session 29, on pair 30 and the written set 33 as working
sets):

- an abbreviation in brackets after a person's name is the person's party, not a second
  person ("Marc Thillens (CSV)", "Nationalrätin Petra Huber (SP)"), while an abbreviation
  after a body's or a line's name still takes that name's label ("Thomson-East Coast
  Line (TEL)");
- a town with "an den" and a river after it is someone going there, no town at its river
  ("kam aus Heidelberg an den Main"; "Frankfurt am Main" and "Mülheim an der Ruhr" stay
  whole);
- the first parts of a truncated coordination belong to the name after them ("des
  Innovations- und Technologiezentrums Wasserstoff");
- after the plural of a kind of firm or body, the name listed beside the first is one of
  them too ("die Netzbetreiber Creos und GRTgaz", "den Konzernen Fanuc und Yaskawa", not
  a place), but not a common noun ("die Parteien SPD und Grüne" keeps its labels, "die
  Gewerkschaften Verdi und Kollegen" adds no "Kollegen");
- the people of a state or a canton as a noun is a people's word ("die Saarländer",
  "den Tirolern"), not a town's adjective before a noun ("die Wiener
  Landtagsabgeordnete");
- a name the model ended on an adjective goes on to its noun ("vom Bayerischen Obersten
  Rechnungshof"); a point of the compass before a thing's side is no place ("am
  Nordportal"; "Nordkorea" is); Bavaria's district governments, the TU Bergakademie
  Freiberg, Luxembourg's statistics office and steel and construction firms from the
  lists ("die Regierung von Schwaben", "Implenia", "die SMS group");
- a town's square named after its building ("auf dem Domplatz", "am Münsterplatz"; not "ein
  Marktplatz");
- a name and "Museum", "Theater" or "Tunnel" joined by a hyphen is a place
  ("das Gutenberg-Museum", "im Lötschberg-Basistunnel");
- a first name that German writes as a word too, after a title, is the person's ("von
  SG-Kapitän Anders Kjærgaard");
- English: a dateline in capitals and a dash part from the name after it ("GULU - The
  Uganda Cancer Institute"), while a name holding a spaced dash stays whole ("We Continue
  the Change – Democratic Bulgaria").

The sentences are shortened from `tests/data/realnews/de_unseen30/` and `de_written33/`
(written for the project, MIT) or written for these tests.
"""

from __future__ import annotations

from tests.test_names_english_heads import names as english
from tests.test_names_german import names as german


def test_a_party_in_brackets_after_a_person() -> None:
    found = german(
        "Der Abgeordnete Marc Thillens (CSV) sprach von einem Durchbruch. Carole "
        "Weis-Schmit (LSAP) widersprach. Nationalrätin Petra Huber (SP) fordert mehr Geld."
    )
    for party in ("CSV", "LSAP", "SP"):
        assert found.get(party) == "ORG", (party, found)
    for person in ("Marc Thillens", "Carole Weis-Schmit", "Petra Huber"):
        assert found.get(person) == "PER", (person, found)


def test_an_abbreviation_after_a_line_keeps_the_lines_label() -> None:
    found = english("Commuters on the Thomson-East Coast Line (TEL) waited an hour.")
    assert found.get("TEL") == found.get("Thomson-East Coast Line") == "LOC", found


def test_a_town_and_a_river_someone_goes_to() -> None:
    found = german("Sie selbst kam vor vier Jahren aus Heidelberg an den Main.")
    assert found.get("Heidelberg") == "LOC", found
    assert "Heidelberg an den Main" not in found, found
    whole = german("Er wechselte von Mülheim an der Ruhr nach Frankfurt am Main.")
    assert whole.get("Mülheim an der Ruhr") == "LOC", whole
    assert whole.get("Frankfurt am Main") == "LOC", whole


def test_a_truncated_coordination_belongs_to_the_name() -> None:
    found = german(
        "Das Zentrum ist der sächsische Standort des Innovations- und "
        "Technologiezentrums Wasserstoff, das der Bund an mehreren Orten aufbaut."
    )
    assert found.get("Innovations- und Technologiezentrums Wasserstoff") == "ORG", found
    assert "Technologiezentrums Wasserstoff" not in found, found


def test_firms_listed_after_their_kind() -> None:
    found = german(
        "Die Leitung bauen die Netzbetreiber Creos und GRTgaz gemeinsam. Neben den "
        "japanischen Konzernen Fanuc und Yaskawa wachsen chinesische Anbieter. Die "
        "Gewerkschaften OGBL und LCGB protestierten."
    )
    for firm in ("Creos", "GRTgaz", "Fanuc", "Yaskawa", "OGBL", "LCGB"):
        assert found.get(firm) == "ORG", (firm, found)
    plain = german("Es protestierten die Gewerkschaften Verdi und Kollegen aus Polen.")
    assert "Kollegen" not in plain, plain


def test_the_people_of_a_state_as_a_noun() -> None:
    found = german(
        "Im Wettlauf um grünen Stahl sind die Saarländer nicht allein. Den Tirolern "
        "gefällt das nicht."
    )
    assert found.get("Saarländer") == "MISC", found
    assert found.get("Tirolern") == "MISC", found
    plain = german(
        "Das Amt hatten die Justizministerin Karin Miklautsch und die Wiener "
        "Landtagsabgeordnete Heike Trammer inne."
    )
    assert "Wiener" not in plain, plain


def test_a_dateline_and_a_dash_part_from_the_name_after_it() -> None:
    found = english(
        "GULU - The Uganda Cancer Institute has opened its first regional cancer centre.\n"
        "Its rivals We Continue the Change – Democratic Bulgaria voted against."
    )
    assert found.get("Uganda Cancer Institute") == "ORG", found
    assert not any(name.startswith("GULU") and " " in name for name in found), found
    assert "We Continue the Change – Democratic Bulgaria" in found or (
        "Continue the Change – Democratic Bulgaria" in found
    ), found


def test_an_adjective_ends_no_name_and_a_compass_side_is_no_place() -> None:
    found = german(
        "Kritik kam auch vom Bayerischen Obersten Rechnungshof. Am Nordportal in Frutigen "
        "beginnen die Arbeiten, das Südportal folgt. Nordkorea schweigt."
    )
    assert found.get("Bayerischen Obersten Rechnungshof") == "ORG", found
    assert "Nordportal" not in found and "Südportal" not in found, found
    assert found.get("Nordkorea") == "LOC", found


def test_district_governments_universities_and_firms_from_the_lists() -> None:
    found = german(
        "Die Regierung von Schwaben prüft den Antrag. Forscher der TU Bergakademie "
        "Freiberg arbeiten mit Saarstahl, Implenia und der SMS group zusammen."
    )
    for name in ("Regierung von Schwaben", "TU Bergakademie Freiberg", "Saarstahl", "Implenia"):
        assert found.get(name) == "ORG", (name, found)
    assert found.get("SMS group") == "ORG", found


def test_a_square_named_after_its_building() -> None:
    found = german(
        "Die Festspiele auf dem Domplatz beginnen. Am Münsterplatz und vor dem Schlossplatz "
        "stehen Buden. Ein Marktplatz fehlt."
    )
    for square in ("Domplatz", "Münsterplatz", "Schlossplatz"):
        assert found.get(square) == "LOC", (square, found)
    assert "Marktplatz" not in found, found


def test_a_museum_a_theatre_and_a_tunnel_by_their_names() -> None:
    found = german(
        "Das Gutenberg-Museum öffnet wieder. Im Cuvilliés-Theater und im "
        "Lötschberg-Basistunnel wird gearbeitet. Das Kinder-Theater bleibt zu."
    )
    for place in ("Gutenberg-Museum", "Cuvilliés-Theater", "Lötschberg-Basistunnel"):
        assert found.get(place) == "LOC", (place, found)
    assert "Kinder-Theater" not in found, found


def test_a_first_name_that_is_a_word_after_a_title() -> None:
    found = german(
        "Es trafen zwei Siebenmeter von SG-Kapitän Anders Kjærgaard. Danach kam die Pause."
    )
    assert found.get("Anders Kjærgaard") == "PER", found
