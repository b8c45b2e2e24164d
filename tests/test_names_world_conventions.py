"""Names written as their own countries write them: a Mongolian initial joined to a name
by a dot ("B.Enkhtuvshin"), a Turkish club with its sponsor or a town's "-spor", a
Spanish person's two surnames joined by "y", a "son of" whose father the model took for
a body ("Muhammad ibn Zayid Al Nahyan"), the parts of a Tongan name, the local units of
other states ("Uvurkhangai aimag") and places listed before a plural place noun.

The English sentences are from stories written for the project
(`tests/data/realnews/en*/`, MIT), the German ones from Wikinews
(`tests/data/realnews/de_unseen21/`; Source: Wikinews, https://de.wikinews.org/,
CC BY 2.5), as written.
"""

from __future__ import annotations

from tests.test_names_english_heads import names as english
from tests.test_names_german import assert_names
from tests.test_names_german import names as german


def test_a_mongolian_initial_joined_by_a_dot_is_a_person() -> None:
    found = english(
        "Head of the National Center for Cultural Heritage B.Enkhtuvshin said the work would "
        "cost about MNT 18 billion. Archaeologist Ts.Odgerel, who has worked at the site for "
        '15 years, said the excavations could reveal more. "Every time we dig in Kharkhorin, '
        'we find something we did not expect," Odgerel said. Members of the State Great '
        "Khural from Uvurkhangai aimag welcomed the project."
    )
    assert_names(
        found,
        {
            "B.Enkhtuvshin": "PER",
            "Ts.Odgerel": "PER",
            "Odgerel": "PER",
            "State Great Khural": "ORG",
            "Uvurkhangai": "LOC",
        },
        {"Archaeologist Ts", "Ts"},
    )


def test_turkish_clubs_with_their_sponsors_are_clubs() -> None:
    found = english(
        "Fenerbahçe Medicana took third place on Saturday after beating Türk Hava Yolları "
        "(THY) 3-0 in Ankara. Galatasaray Daikin finished fifth, while Nilüfer Belediyespor "
        "and Aydın Büyükşehir Belediyespor were relegated. The coach praised the defender "
        "and the striker, and the manager said the midfielder had a fine season."
    )
    assert_names(
        found,
        {
            "Fenerbahçe Medicana": "ORG",
            "Türk Hava Yolları": "ORG",
            "Galatasaray Daikin": "ORG",
            "Nilüfer Belediyespor": "ORG",
            "Aydın Büyükşehir Belediyespor": "ORG",
        },
        set(),
    )


def test_a_product_after_a_company_stays_a_product() -> None:
    found = english(
        "The thieves escaped in a Volkswagen Golf that was later found burnt out near the "
        "port of Antwerp, police said."
    )
    assert found.get("Volkswagen Golf") != "ORG", found


def test_people_named_after_towns_are_people_where_the_text_says_so() -> None:
    found = english(
        "Tonse Alliance spokesperson Mutale Kabwe said the low turnout showed that Zambians "
        "were tired of politicians who only appeared at election time. Residents of Kabushi "
        "interviewed on Friday were divided. Febby Mwanza, a marketeer at Masala Market, said "
        "she hoped the new MP would repair roads."
    )
    assert_names(found, {"Mutale Kabwe": "PER", "Febby Mwanza": "PER"}, set())


def test_places_listed_before_a_plural_place_noun_and_a_law() -> None:
    found = english(
        "The case was brought by 46 residents of the Neapolis and Agia Trias neighbourhoods "
        "and by the Limassol Residents' Initiative. The company said it had paid all fees "
        "required under the Town and Country Planning Law."
    )
    assert_names(
        found,
        {"Neapolis": "LOC", "Agia Trias": "LOC", "Town and Country Planning Law": "MISC"},
        set(),
    )


def test_a_climate_conference_a_weather_pattern_and_a_country_s_letters() -> None:
    found = english(
        "The new target counts towards the UAE's pledge, announced before Cop28 in Dubai, to "
        'plant 100 million mangroves by 2030. "El Niño in 2023 reduced the harvest by almost '
        'a third," she said. Drukair and Bhutan Airlines have both said they will start '
        "flights from Gelephu once the airport opens."
    )
    assert_names(
        found,
        {
            "UAE": "LOC",
            "Cop28": "MISC",
            "El Niño": "MISC",
            "Drukair": "ORG",
            "Bhutan Airlines": "ORG",
        },
        {"Drukair and Bhutan Airlines"},
    )


def test_the_parts_of_a_tongan_name_are_one_person() -> None:
    found = german(
        "Die Teilnehmer der Demonstration forderten unter anderem auch den tongolesischen "
        "Ministerpräsidenten U'lukalala Lavaka Ata auf, zurückzutreten. Lavaka Ata ist ein "
        "Sohn des Monarchen."
    )
    assert_names(found, {"U'lukalala Lavaka Ata": "PER", "Lavaka Ata": "PER"}, {"Lavaka", "Ata"})


def test_son_of_and_two_spanish_surnames_and_a_summit() -> None:
    found = german(
        "Der Gipfel fand unter der Schirmherrschaft von Scheich Muhammad ibn Zayid Al Nahyan, "
        "Kronprinz von Abu Dhabi, statt. Einer der Hauptredner ist Felipe de Borbón y Grecia, "
        "Kronprinz von Spanien. Der World Future Energy Summit ist das wichtigste Ereignis "
        "nach der Klimakonferenz in Kopenhagen."
    )
    assert_names(
        found,
        {
            "Muhammad ibn Zayid Al Nahyan": "PER",
            "Felipe de Borbón y Grecia": "PER",
            "World Future Energy Summit": "MISC",
        },
        {"Muhammad", "Zayid Al Nahyan", "Felipe de Borbón"},
    )


def test_the_un_general_assembly_with_its_prefix_is_a_body() -> None:
    found = german(
        "Vorgestern hat die UN-Vollversammlung in New York mit großer Mehrheit die Gründung "
        "eines UN-Menschenrechtsrates beschlossen."
    )
    assert_names(found, {"UN-Vollversammlung": "ORG", "UN-Menschenrechtsrates": "ORG"}, set())


def test_the_commission_alone_is_the_eu_s_only_in_an_article_about_the_eu() -> None:
    pension = german(
        "Der Auftrag der Kommission ist es bis zum März 2020 ein neues Konzept für die "
        "Rentenversicherung vorzulegen. Die Vorschläge der Kommission betreffen den Zeitraum "
        "ab 2025."
    )
    assert "Kommission" not in pension, pension
    europe = german(
        "Nach einem Treffen mit EU-Kommissionspräsident José Manuel Barroso in London "
        "kündigte Blair einen Krisen-Gipfel im Herbst an, auf dem er sich um eine Einigung "
        "über die EU-Finanzierung 2007 bis 2013 bemühen wolle. Barroso kündigte für den "
        "Sondergipfel Vorschläge der Kommission für ein europäisches Sozialmodell an."
    )
    assert europe.get("Kommission") == "ORG", europe


def test_an_english_department_treaties_and_an_alliance_in_german_text() -> None:
    found = german(
        "Das United States Department of Health and Human Services betrachtet jeden als arm, "
        "der weniger verdient. Soldaten wurde gesagt, dass die Genfer Konventionen nicht "
        "anzuwenden seien. Im Jahr 2003 hatte sich Tonga der Koalition der Willigen "
        "angeschlossen."
    )
    assert_names(
        found,
        {
            "United States Department of Health and Human Services": "ORG",
            "Genfer Konventionen": "MISC",
            "Koalition der Willigen": "ORG",
        },
        {"United States"},
    )


def test_an_english_office_and_a_white_paper_in_german_text_name_no_one() -> None:
    found = german(
        "Neben dem Außenministerium wird Raab auch First Secretary of State und damit "
        "Stellvertreter Johnsons. George Muir von der Association of Train Operating "
        "Companies sagte, das White Paper sei der „erste sinnvolle Plan für den Ausbau der "
        "Eisenbahn“ in den letzten Jahren."
    )
    assert not {"Secretary of State", "First Secretary of State", "White"} & set(found), found
    assert found.get("George Muir") == "PER", found


def test_a_joined_initial_and_the_name_alone_are_one_person() -> None:
    from tui.analysis.analyzer import analyze
    from tui.article import parse_text

    result = analyze(
        parse_text(
            "Report\n\nArchaeologist Ts.Odgerel, who has worked at the site for 15 years, said "
            'the excavations could reveal more. "Every time we dig in Kharkhorin, we find '
            'something we did not expect," Odgerel said.',
            lang="en",
        ),
        use_cache=False,
    )
    person = next(e for e in result.entities if e.name == "Ts.Odgerel")
    assert {m.text for m in person.mentions} == {"Ts.Odgerel", "Odgerel"}
