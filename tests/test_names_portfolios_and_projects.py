"""English names that run past where the model stopped, or are labelled by their head:

- a ministry's portfolios after a comma are the rest of its name ("Ministry of
  Education, Science, Culture and Sport"), while a minister's remit is no body ("Minister
  of Crown-Indigenous Relations", "Minister of State for Petroleum Resources");
- a road's number after "Highway" belongs to it ("State Highway 87");
- an amount written with a currency's letter is no name ("K50,000");
- a name headed "Project" or "Incentive" is a programme, not a body;
- a company's name without its legal form is the company ("Kaveri Cell" of "Kaveri Cell
  Technologies Ltd"), not a person;
- languages in a "from … to …" list are languages ("from Greek and Persian to Arabic and
  Latin");
- "Carretera" begins a road's name ("the Carretera Austral");
- the courts of the Commonwealth are courts ("the Summary Court", "the Grand Court").

The sentences are from the stories of `tests/data/realnews/en_unseen25/` (written for the
project, MIT) or written for these tests in their manner.
"""

from __future__ import annotations

from tests.test_names_english_heads import names as english


def test_a_ministry_keeps_its_portfolios() -> None:
    found = english(
        "The restoration was paid for by the Ministry of Education, Science, Culture and "
        "Sport, the institute said."
    )
    assert found.get("Ministry of Education, Science, Culture and Sport") == "ORG", found
    assert "Sport" not in found and "Ministry of Education" not in found, found


def test_a_highway_keeps_its_number_and_an_amount_is_no_name() -> None:
    found = english(
        "Trucks have been sent north along State Highway 87 to reach Outram. Fishers "
        "caught with chambo face fines of up to K50,000, the officer said in Mangochi."
    )
    assert found.get("State Highway 87") == "LOC", found
    assert "State Highway" not in found, found
    assert "K50,000" not in found, found


def test_projects_and_incentives_are_programmes() -> None:
    found = english(
        "The dredging is funded by the Malawi Resilience and Disaster Risk Management "
        "Project, the council said. The company is one of those selected under the "
        "Production Linked Incentive scheme for battery cells."
    )
    assert found.get("Malawi Resilience and Disaster Risk Management Project") == "MISC", found
    assert found.get("Production Linked Incentive") == "MISC", found


def test_a_company_without_its_legal_form_is_the_company() -> None:
    found = english(
        "Kaveri Cell sets price band for IPO\n\nMumbai: Kaveri Cell Technologies Ltd, a "
        "Bengaluru-based maker of battery cells, set the price band on Tuesday. Kaveri Cell "
        "is one of the companies selected under the scheme."
    )
    assert found.get("Kaveri Cell Technologies Ltd") == "ORG", found
    assert found.get("Kaveri Cell") == "ORG", found


def test_languages_from_one_to_another_and_a_spanish_road() -> None:
    found = english(
        "Its holdings include manuscripts in a dozen languages, from Greek and Persian to "
        "Arabic and Latin. The gauge stands beside the Carretera Austral near the lake."
    )
    for language in ("Greek", "Persian", "Arabic", "Latin"):
        assert found.get(language) == "MISC", found
    assert found.get("Carretera Austral") == "LOC", found


def test_commonwealth_courts_are_bodies() -> None:
    found = english(
        "Justice Marisa Holcombe dismissed the appeal against the conviction in the Summary "
        "Court last year. The Grand Court will hear the case again in March."
    )
    assert found.get("Summary Court") == "ORG", found
    assert found.get("Grand Court") == "ORG", found


def test_a_ministers_remit_is_no_body() -> None:
    found = english(
        "In the new cabinet, Rebecca Chartrand becomes Minister of Crown-Indigenous "
        "Relations. The Minister of State for Petroleum Resources, Tonye Briggs-Amachree, "
        "welcomed the cut. The Commissioner of the Metropolitan Police said nothing."
    )
    assert "Crown-Indigenous Relations" not in found, found
    assert "Petroleum Resources" not in found, found
    assert found.get("Tonye Briggs-Amachree") == "PER", found
    assert found.get("Metropolitan Police") == "ORG", found
