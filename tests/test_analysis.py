"""The analysis of the samples, through the JSON contract that tools and tests read."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tui.analysis import analyze
from tui.analysis.cache import from_dict, to_dict
from tui.analysis.entities import RawSpan, group_entities
from tui.analysis.pipeline import load_pipeline
from tui.article import load_article

ROOT = Path(__file__).parent.parent
SAMPLES = ROOT / "samples"
SEED_GOLD = {
    "Sam Altman": "PER",
    "Satya Nadella": "PER",
    "Microsoft": "ORG",
    "OpenAI": "ORG",
    "Oracle": "ORG",
    "Nvidia": "ORG",
    "MGX": "ORG",
    "Morgan Stanley": "ORG",
    "Goldman Sachs": "ORG",
    "New York Times": "ORG",
    "Wall Street Journal": "ORG",
    "Texas": "LOC",
    # the whole name, not the adjectives alone, named in its base form (the only mention
    # is the dative "Vereinigten Arabischen Emiraten")
    "Vereinigte Arabische Emirate": "LOC",
}
SEED_NOT_ENTITIES = (
    "Unternehmen",
    "Investitionen",
    "KI-Landschaft",
    "Milliardenhöhe",
    "Alternativen",
)


@pytest.fixture(scope="module")
def seed_document(tmp_path_factory) -> dict:
    cache = tmp_path_factory.mktemp("cache")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tui",
            "analyze",
            str(SAMPLES / "microsoft-openai.de.txt"),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={**__import__("os").environ, "LIMELIGHT_CACHE_DIR": str(cache)},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_contract_fields(seed_document):
    doc = seed_document
    assert doc["schema"] == 1
    assert (
        doc["title"]
        == "Microsoft überdenkt Investitionsstrategie nach Altmans Entlassung bei OpenAI"
    )
    assert doc["language"] == "de"
    assert doc["published"] == "2024-10-21"
    assert len(doc["sections"]) == 5
    assert len(doc["sources"]) == 10
    text = doc["text"]
    for entity in doc["entities"]:
        assert entity["label"] in ("PER", "ORG", "LOC", "MISC")
        for mention in entity["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
    for item in doc["dates"] + doc["facts"]:
        assert text[item["start"] : item["end"]] == item["text"]


def test_seed_entities(seed_document):
    labels = {e["name"]: e["label"] for e in seed_document["entities"]}
    for name, label in SEED_GOLD.items():
        assert labels.get(name) == label, (name, labels.get(name))
    for noun in SEED_NOT_ENTITIES:
        assert noun not in labels


def test_seed_mentions_are_grouped(seed_document):
    by_name = {e["name"]: {m["text"] for m in e["mentions"]} for e in seed_document["entities"]}
    assert {"Sam Altman", "Altmans"} <= by_name["Sam Altman"]
    assert {"Microsoft", "Microsofts"} <= by_name["Microsoft"]
    assert "Nadella" in by_name["Satya Nadella"]


def test_no_entity_or_fact_from_boilerplate_or_sources(seed_document):
    doc = seed_document
    excluded = [(b["start"], b["end"]) for b in doc["blocks"] if b["boilerplate"] or b["sources"]]
    spans = [(m["start"], m["end"]) for e in doc["entities"] for m in e["mentions"]]
    spans += [(d["start"], d["end"]) for d in doc["dates"]] + [
        (f["start"], f["end"]) for f in doc["facts"]
    ]
    for start, end in spans:
        assert not any(s <= start < e for s, e in excluded), doc["text"][start:end]


def test_seed_money(seed_document):
    money = {f["text"]: f["value"] for f in seed_document["facts"] if f["kind"] == "money"}
    assert money["6,6 Milliarden US-Dollar"] == pytest.approx(6.6e9)
    assert money["4 Milliarden US-Dollar"] == pytest.approx(4e9)
    assert money["13,75 Milliarden US-Dollar"] == pytest.approx(1.375e10)
    assert any(
        text.startswith("10-Milliarden-Dollar") and value == pytest.approx(1e10)
        for text, value in money.items()
    )
    assert all(f["unit"] == "USD" for f in seed_document["facts"] if f["kind"] == "money")


def test_seed_dates_are_never_numbers(seed_document):
    values = {d["text"]: d["value"] for d in seed_document["dates"]}
    assert values.get("Herbst 2023") == "2023-FA"
    assert values.get("Juni 2024") == "2024-06"
    for text in values:
        assert "6,6" not in text and "13,75" not in text


def test_english_sample():
    article = load_article(SAMPLES / "chip-plant.en.txt")
    analysis = analyze(article, use_cache=False)
    labels = {e.name: e.label for e in analysis.entities}
    assert labels.get("Intel") == "ORG"
    assert labels.get("Pat Gelsinger") == "PER"
    assert labels.get("Ohio") == "LOC"
    gelsinger = next(e for e in analysis.entities if e.name == "Pat Gelsinger")
    assert "Gelsinger" in {m.text for m in gelsinger.mentions}
    money = {f.text: f.value for f in analysis.facts if f.kind == "money"}
    assert any(v == pytest.approx(2e10) for v in money.values()), money
    assert any(v == pytest.approx(7.86e9) for v in money.values()), money
    assert "mid-2026" in {d.text for d in analysis.dates}


def test_pipelines_show_limelight_components():
    for lang in ("de", "en"):
        names = load_pipeline(lang).pipe_names
        assert {"limelight_labels", "limelight_timex", "limelight_facts"} <= set(names)


def test_analysis_round_trips_through_the_cache_format():
    article = load_article(SAMPLES / "bahn-ausbau.de.md")
    analysis = analyze(article, use_cache=False)
    assert from_dict(json.loads(json.dumps(to_dict(analysis)))) == analysis


def test_cache_serves_the_second_run(tmp_path, monkeypatch):
    monkeypatch.setenv("LIMELIGHT_CACHE_DIR", str(tmp_path))
    article = load_article(SAMPLES / "chip-plant.en.txt")
    first = analyze(article)
    assert list((tmp_path / "analyses").glob("*.json"))
    assert analyze(article) == first


def test_grouping_rules():
    text = "Angela Merkel sprach. Merkels Rede und Merkel. Die New York Times (NYT) berichtete."

    def span(form: str, label: str) -> RawSpan:
        start = text.index(form)
        return RawSpan(start, start + len(form), label)

    spans = [
        span("Angela Merkel", "PER"),
        span("Merkels", "LOC"),
        span("Die New York Times", "ORG"),
        span("NYT", "ORG"),
    ]
    entities = {e.name: e for e in group_entities(text, spans, [(0, len(text))])}
    assert [m.text for m in entities["Angela Merkel"].mentions] == [
        "Angela Merkel",
        "Merkels",
        "Merkel",
    ]
    assert entities["Angela Merkel"].label == "PER"
    assert [m.text for m in entities["New York Times"].mentions] == ["New York Times", "NYT"]


def test_declined_forms_of_a_name_are_one_entity_named_in_the_nominative():
    text = (
        "Die Deutsche Bahn baut. Laut der Deutschen Bahn fehlt Geld. Peter Müller und Petra Müller."
    )
    spans = [
        RawSpan(text.index(form), text.index(form) + len(form), label)
        for form, label in [
            ("Deutschen Bahn", "ORG"),
            ("Deutsche Bahn", "ORG"),
            ("Peter Müller", "PER"),
            ("Petra Müller", "PER"),
        ]
    ]
    entities = {e.name: e for e in group_entities(text, spans, [(0, len(text))])}
    assert [m.text for m in entities["Deutsche Bahn"].mentions] == [
        "Deutsche Bahn",
        "Deutschen Bahn",
    ]
    assert {"Peter Müller", "Petra Müller"} <= set(entities)  # people's names are not declined


def test_a_name_only_declined_in_the_text_is_named_as_a_list_writes_it():
    text = "Das sagte er der Süddeutschen Zeitung. Die Europäischen Zentralbank? Nein."
    spans = [
        RawSpan(text.index(form), text.index(form) + len(form), "ORG")
        for form in ("Süddeutschen Zeitung", "Europäischen Zentralbank")
    ]
    listed = ["Süddeutsche Zeitung", "Deutsche Bank"]
    names = [e.name for e in group_entities(text, spans, [(0, len(text))], nominatives=listed)]
    assert names == ["Süddeutsche Zeitung", "Europäischen Zentralbank"]


def test_markdown_sample_names_its_sources_as_its_source_list_does():
    """The Markdown sample cites "der Süddeutschen Zeitung"; its source list says how the
    paper is called."""
    article = load_article(ROOT / "samples" / "bahn-ausbau.de.md")
    names = {e.name for e in analyze(article).entities}
    assert "Süddeutsche Zeitung" in names
    assert "Süddeutschen Zeitung" not in names
    # the model misses it; "Laut dem Bundesrechnungshof" cites the source list's entry
    assert "Bundesrechnungshof" in names


def test_a_name_cut_after_its_adjectives_takes_in_the_noun() -> None:
    import spacy
    from spacy.tokens import Span

    from tui.analysis.labels import complete_adjective_names

    nlp = spacy.blank("de")
    doc = nlp("Die Vereinigten Arabischen Emiraten und die Europäischen Zentralbank sowie Texas .")
    cut = [
        Span(doc, 1, 3, "LOC"),
        Span(doc, 6, 7, "ORG"),
        Span(doc, 7, 8, "ORG"),
        Span(doc, 9, 10, "LOC"),
    ]
    whole = complete_adjective_names(doc, cut)
    assert [(s.text, s.label_) for s in whole] == [
        ("Vereinigten Arabischen Emiraten", "LOC"),
        ("Europäischen Zentralbank", "ORG"),
        ("Texas", "LOC"),
    ]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_dash_between_two_names_parts_them(lang: str) -> None:
    text = {
        "de": "Die Strecke Hamburg–Berlin wird bis 2030 ausgebaut.",
        "en": "The Hamburg–Berlin line will be upgraded by 2030.",
    }[lang]
    from tui.article.loader import parse_text

    names = {e.name for e in analyze(parse_text(text, lang=lang)).entities}
    assert {"Hamburg", "Berlin"} <= names
    assert "Hamburg–Berlin" not in names
    # years and hyphenated words stay whole
    tokens = [t.text for t in load_pipeline(lang).tokenizer("1990–1995 Baden-Württemberg")]
    assert "1990–1995" in tokens


def test_a_name_ending_in_a_legal_form_is_a_company() -> None:
    import spacy
    from spacy.tokens import Span

    from tui.analysis.labels import companies_by_legal_form

    nlp = spacy.blank("de")
    doc = nlp("Die Robert Bosch GmbH und die Siemens AG sowie Peter Müller .")
    found = [Span(doc, 1, 4, "PER"), Span(doc, 6, 7, "ORG"), Span(doc, 9, 11, "PER")]
    assert [(s.text, s.label_) for s in companies_by_legal_form(doc, found)] == [
        ("Robert Bosch GmbH", "ORG"),
        ("Siemens AG", "ORG"),
        ("Peter Müller", "PER"),
    ]


@pytest.mark.parametrize(
    "path",
    [
        "samples/bahn-ausbau.de.md",
        "tests/data/facts/bundesliga.de.txt",
        "tests/data/facts/quartalszahlen.de.txt",
        "tests/data/facts/election.en.txt",
    ],
)
def test_facts_name_only_entities_of_the_analysis(path: str) -> None:
    """Contract: a fact's `entities` are names from `entities` (no currency of an amount,
    no genitive form of a name)."""
    analysis = analyze(load_article(ROOT / path))
    names = {e.name for e in analysis.entities}
    named = {n for fact in analysis.facts for n in fact.entities}
    assert named, "the articles' facts concern some entities"
    assert named <= names


def test_an_english_name_found_again_leaves_its_possessive_out():
    """The headline's "Qosh Tepa Canal's" is the canal the text names; the reader marks
    the name, not its 's (a story written for the project, MIT)."""
    text = "Qosh Tepa Canal's Second Phase Nears Completion\n\nWork on the Qosh Tepa Canal goes on."
    start = text.rindex("Qosh Tepa Canal")
    spans = [RawSpan(start, start + len("Qosh Tepa Canal"), "LOC")]
    entities = group_entities(text, spans, [(0, len(text))], genitive=False)
    assert [m.text for m in entities[0].mentions] == ["Qosh Tepa Canal", "Qosh Tepa Canal"]


def test_a_longer_name_found_again_takes_the_place_of_the_parts_inside_it():
    """The headline, read apart from the text, gave "Bahay" and "Lola"; the text names
    the film "Bahay ni Lola", which is what the headline says too (a story written for
    the project, MIT)."""
    text = "'Bahay ni Lola' leads box office\n\nThe horror film \"Bahay ni Lola\" leads."
    film = text.rindex("Bahay ni Lola")
    spans = [
        RawSpan(1, 6, "LOC"),
        RawSpan(10, 14, "LOC"),
        RawSpan(film, film + len("Bahay ni Lola"), "MISC"),
    ]
    entities = group_entities(text, spans, [(0, len(text))], genitive=False)
    assert [(e.name, e.label) for e in entities] == [("Bahay ni Lola", "MISC")]
    assert [m.start for m in entities[0].mentions] == [1, film]


def test_repeats_are_found_as_whole_words_with_a_genitive_and_inside_their_region():
    """A name the text repeats is found where it stands as a word (with a German genitive
    "s"), not inside a longer word or a compound ("SPD-Fraktion"), and only inside the
    analysed region."""
    text = "Die SPD tagte. Der SPDler ging. Die SPD-Fraktion stimmte. Des SPDs wegen. SPD"
    region_end = text.rindex(" SPD")
    spans = [RawSpan(4, 7, "ORG")]
    entities = group_entities(text, spans, [(0, region_end)])
    starts = [m.start for m in entities[0].mentions]
    assert [text[m.start : m.end] for m in entities[0].mentions] == ["SPD", "SPDs"]
    assert text.index("SPDs") in starts and len(text) - 3 not in starts
    english = group_entities(
        "Qosh Tepa's canal. Qosh Tepa grew.", [RawSpan(0, 9, "LOC")], [(0, 34)], genitive=False
    )
    assert [m.text for m in english[0].mentions] == ["Qosh Tepa", "Qosh Tepa"]


def test_repeats_of_long_and_hyphenated_names_and_those_the_text_writes_small():
    """The search looks where words begin: a long name in the genitive ("Siemens'" of
    "Siemensstadt" is no repeat), a hyphenated one, one a word ends inside ("Bayern" of
    "Oberbayern" is none), and a name the text also writes in lower case is not searched."""
    text = (
        "Baden-Württemberg und Siemens planen. In Siemensstadt und Oberbayern nicht. "
        "Baden-Württembergs Plan, Siemens' Werk. Die Bayern. Bayern wächst."
    )
    spans = [
        RawSpan(0, 17, "LOC"),
        RawSpan(22, 29, "ORG"),
        RawSpan(text.index("Die Bayern") + 4, text.index("Die Bayern") + 10, "MISC"),
    ]
    entities = {e.name: e for e in group_entities(text, spans, [(0, len(text))])}
    baden = [m.text for m in entities["Baden-Württemberg"].mentions]
    assert baden == ["Baden-Württemberg", "Baden-Württembergs"], baden
    assert [m.start for m in entities["Siemens"].mentions] == [22, text.index("Siemens'")]
    bayern = [m.start for m in entities["Bayern"].mentions]
    assert text.index("Oberbayern") + 4 not in bayern and len(bayern) == 2, bayern
    small = "Die Grünen tagen. Die grünen Wiesen blühen. Grünen"
    found = group_entities(small, [RawSpan(4, 10, "ORG")], [(0, len(small))])
    assert [m.start for m in found[0].mentions] == [4]
