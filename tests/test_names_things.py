"""German names of laws, prizes, treaties, summits and aircraft, councils named with the
article, bodies named with their seat, and streets named "Am …", on sentences of real
articles.

The sentences are from German Wikinews (https://de.wikinews.org/, CC BY 2.5), articles
5, 24, 28, 84, 102, 113, 135, 195, 215, 220, 242, 299, 355, 377, 383 and 391 of `../shared/data/articles/de_wikinews/`.
"""

from __future__ import annotations

import pytest

from tests.test_names_german import names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In Deutschland trat das entsprechende nationale Gesetz, das Elektro- und "
            "Elektronikgerätegesetz (ElektroG), bereits am 24. März 2005 in Kraft.",
            "Elektro- und Elektronikgerätegesetz",
        ),
        (
            "Dass Greta Thunberg jüngst für den Friedensnobelpreis vorgeschlagen wurde, "
            "wurde dabei kritisiert.",
            "Friedensnobelpreis",
        ),
        (
            "Später, mit dem Vertrag von Lissabon, stärkte sie die gesetzgebende Rolle des "
            "Parlaments.",
            "Vertrag von Lissabon",
        ),
        (
            "Die beiden befanden sich am 15. Februar 2018 als Piloten der Maschine vom Typ "
            "Boeing 747-400 an Bord.",
            "Boeing 747-400",
        ),
        (
            "Der Pilot des am Donnerstagnachmittag über Litauen abgestürzten russischen "
            "Kampfflugzeuges Su-27, befindet sich noch immer in Gewahrsam.",
            "Su-27",
        ),
        (
            "Tausende Menschen zogen in einem Protestmarsch für den Schuldenerlass, um auf "
            "den G8-Gipfel Druck auszuüben.",
            "G8-Gipfel",
        ),
        (
            "Die Weltbank und die Vereinten Nationen verwalten einen Treuhandfond von einer "
            "Milliarde Dollar für den Irak, die von internationalen Geberländern nach der "
            "Madrid-Konferenz im Jahre 2003 aufgebracht worden waren.",
            "Madrid-Konferenz",
        ),
    ],
)
def test_a_law_a_prize_a_treaty_a_plane_and_a_summit_are_named(text: str, name: str) -> None:
    found = names(text)
    assert found.get(name) == "MISC", found


def test_a_law_s_abbreviation_names_it_in_every_mention() -> None:
    found = names(
        "In Deutschland trat das entsprechende nationale Gesetz, das Elektro- und "
        "Elektronikgerätegesetz (ElektroG), bereits am 24. März 2005 in Kraft. Das ElektroG "
        "regelt die Rücknahme."
    )
    assert found.get("ElektroG") == "MISC"
    assert "Lissabon" not in names("Später, mit dem Vertrag von Lissabon, stärkte sie es.")


@pytest.mark.parametrize(
    "text",
    [
        "Bei einer Demonstration gegen ein neues Versammlungsgesetz in Nordrhein-Westfalen "
        "ist es zu Polizeigewalt gekommen.",
        "Es handelt sich um ein deutsches Bundesgesetz, das jedoch die 16 Bundesländer ausführen.",
        "Der Ölpreis stieg, der Kaufpreis blieb, und das Wahlgesetz wurde geändert.",
    ],
)
def test_a_law_of_a_kind_and_a_price_are_no_names(text: str) -> None:
    found = names(text)
    assert not any(w in found for w in ("Versammlungsgesetz", "Bundesgesetz", "Wahlgesetz"))
    assert not any(w in found for w in ("Ölpreis", "Kaufpreis")), found


def test_a_council_named_with_the_article_is_a_body() -> None:
    found = names(
        "Oberbürgermeister Klaus Weichel erklärte, alle Beteiligten seien allein am Wohl der "
        "Stadt und ihrer Bürger interessiert. Der Stadtrat sei in alle Entscheidungen "
        "eingebunden gewesen."
    )
    assert found.get("Stadtrat") == "ORG"
    found = names("Im nächsten Schritt werden der Ministerrat und die EU-Kommission dazu gehört.")
    assert found.get("Ministerrat") == "ORG"
    assert "Stadtrat" not in names("Ein Stadtrat der SPD sagte, er stimme nicht zu.")


def test_the_senate_with_the_article_is_a_body() -> None:
    found = names(
        "Der Präsident des Obersten Gerichtshofs unterschrieb das Gesetz wenige Stunden nach "
        "der Verabschiedung durch den Senat am Dienstagabend."
    )
    assert found.get("Senat") == "ORG"
    assert "Senat" not in names("Ein Senat des Gerichts entschied anders.")


def test_a_college_and_a_party_s_branch_named_with_their_seat() -> None:
    found = names(
        "Zum Protest aufgerufen haben die Studentenräte der Universität und der "
        "Fachhochschule Jena, Gewerkschaften und das Theaterhaus Jena. Darüber hinaus hat "
        "der Bundesgeschäftsführer der NPD und Landesvorsitzende der NPD Thüringen, Frank "
        "Schwerdt, angekündigt, bis vor das Bundesverfassungsgericht zu ziehen."
    )
    assert found.get("Fachhochschule Jena") == "ORG"
    assert found.get("NPD Thüringen") == "ORG"


def test_a_street_named_am() -> None:
    found = names(
        "Die Route war: Markt → Katharinenstraße → Brühl → Am Hallischen Tor → "
        "Willy-Brandt-Platz → Georgiring → Augustusplatz."
    )
    assert found.get("Am Hallischen Tor") == "LOC"
    assert "Am Montag" not in names("Am Montag demonstrierten in Leipzig Tausende.")


def test_a_people_and_a_religion_are_named() -> None:
    found = names(
        "Liz Cheney aus Wyoming hatte ihr vorgeworfen, das Andenken an die im Holocaust "
        "umgebrachten Juden zu verharmlosen. Aschura ist im schiitischen Islam der "
        "wichtigste Feiertag."
    )
    assert found.get("Juden") == "MISC" and found.get("Islam") == "MISC"
