"""The time-expression tagger: a phrase table per language, negatives, the seed's dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis.timex import TimexState, find_candidates, tag_dates

REF = date(2024, 10, 21)  # a Monday, in ISO week 43
SEED = Path(__file__).resolve().parent.parent / "samples" / "microsoft-openai.de.txt"


def tags(text: str, lang: str = "de", ref: date | None = REF) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.value, m.mod) for m in tag_dates(text, lang, ref)]


def only(text: str, lang: str = "de", ref: date | None = REF) -> tuple[str, str, str | None]:
    got = tags(text, lang, ref)
    assert len(got) == 1, got
    return got[0]


# phrase, the expression found, value, mod
GERMAN = [
    ("Im Herbst 2023 bat er um Geld.", "Herbst 2023", "2023-FA", None),
    ("Das Rechenzentrum soll bis Mitte 2026 fertig sein.", "Mitte 2026", "2026", "MID"),
    ("Anfang März 2024 begann der Bau.", "Anfang März 2024", "2024-03", "START"),
    ("Zum Ende des Jahres 1939 war Polen besetzt.", "Ende des Jahres 1939", "1939", "END"),
    ("Im Spätsommer 1940 griff Italien an.", "Spätsommer 1940", "1940-SU", "END"),
    ("Im Frühjahr 1862 zog er nach Süden.", "Frühjahr 1862", "1862-SP", None),
    ("Der Umsatz im ersten Halbjahr 2024 stieg.", "ersten Halbjahr 2024", "2024-H1", None),
    ("Im dritten Quartal 2024 stieg er weiter.", "dritten Quartal 2024", "2024-Q3", None),
    ("Die Zahlen für Q3 2024 liegen vor.", "Q3 2024", "2024-Q3", None),
    ("Der Vertrag wurde am 10.11.2024 unterschrieben.", "10.11.2024", "2024-11-10", None),
    ("Der Angriff ist am 1.9.39 zu führen.", "1.9.39", "1939-09-01", None),
    ("Am 21. Oktober 2024 berichtete die Zeitung.", "21. Oktober 2024", "2024-10-21", None),
    ("Die Verhandlungen dauerten zwei Wochen.", "zwei Wochen", "P2W", None),
    ("Der Krieg dauerte über drei Jahre.", "über drei Jahre", "P3Y", "MORE_THAN"),
    ("Der neunmonatige Dienst begann.", "neunmonatige", "P9M", None),
    ("Gestern sagte der Sprecher", "Gestern", "2024-10-20", None),
    ("Das war vorgestern.", "vorgestern", "2024-10-19", None),
    ("Er kommt morgen zurück.", "morgen", "2024-10-22", None),
    ("Das Treffen fand letzte Woche statt.", "letzte Woche", "2024-W42", None),
    ("Er trat vor zwei Wochen zurück.", "vor zwei Wochen", "2024-W41", None),
    ("Das Unternehmen hat kürzlich Geld gesammelt.", "kürzlich", "PAST_REF", None),
    ("In den letzten Monaten blieb Microsoft standhaft.", "letzten Monaten", "PXM", None),
    ("Der Konflikt prägte das 20. Jahrhundert.", "20. Jahrhundert", "19", None),
    ("Seit den 1990er Jahren wächst die Stadt.", "den 1990er Jahren", "199", None),
    ("Die Schlacht von Marathon fand 490 v. Chr. statt.", "490 v. Chr.", "BC0490", None),
    ("Die Zahlen für 2024 sind schlecht.", "2024", "2024", None),
    ("Die Bilanz ist heute erschienen.", "heute", "2024-10-21", None),
    ("Die Offensive zu Weihnachten 1966 scheiterte.", "Weihnachten 1966", "1966-12-25", None),
    ("Ostern 2024 blieb es ruhig.", "Ostern 2024", "2024-03-31", None),
    ("Er lief 1,5 Jahre lang.", "1,5 Jahre", "P18M", None),
    ("Der Kampf dauerte sechs Wochen und drei Tage.", "sechs Wochen und drei Tage", "P45D", None),
    ("Das geschah im späten 18. Jahrhundert.", "späten 18. Jahrhundert", "17", "END"),
    ("Die Waffen schwiegen um 8 Uhr abends.", "8 Uhr abends", "2024-10-21T20:00", None),
    ("Anfang der 1960er Jahre wuchs die Wirtschaft.", "Anfang der 1960er Jahre", "196", "START"),
    ("Er wurde über vierzehn Monate hinweg bombardiert.", "vierzehn Monate", "P14M", None),
    ("Das Land war seit Jahren gerüstet.", "Jahren", "PXY", None),
    ("Die Schlacht bei Cannae fand im Jahr 216 v. Chr. statt.", "Jahr 216 v. Chr.", "BC0216", None),
]

ENGLISH = [
    ("In the fall of 2023 Altman asked for money.", "the fall of 2023", "2023-FA", None),
    ("The data centre could be ready by mid-2026.", "mid-2026", "2026", "MID"),
    ("Sales fell last week.", "last week", "2024-W42", None),
    ("Revenue in Q3 2024 rose.", "Q3 2024", "2024-Q3", None),
    ("Profit in the third quarter of 2024 fell.", "the third quarter of 2024", "2024-Q3", None),
    ("Growth slowed in the first half of 2024.", "the first half of 2024", "2024-H1", None),
    ("He resigned two weeks ago.", "two weeks ago", "2024-W41", None),
    ("On October 21, 2024, the paper reported", "October 21, 2024", "2024-10-21", None),
    ("On 21 October 2024 the paper reported", "21 October 2024", "2024-10-21", None),
    ("Shares rose in early 2024.", "early 2024", "2024", "START"),
    ("The deal closed in late October.", "late October", "2024-10", "END"),
    ("Talks lasted for three years.", "three years", "P3Y", None),
    ("The company recently raised money.", "recently", "PAST_REF", None),
    ("He spoke yesterday.", "yesterday", "2024-10-20", None),
    ("It changed the world in the 1990s.", "the 1990s", "199", None),
    ("Empires fell in the 20th century.", "the 20th century", "19", None),
    ("The report is due by the end of the year.", "the end of the year", "2024", "END"),
    ("He will return in the coming months.", "the coming months", "PXM", None),
    ("The store closed on Christmas Eve 2023.", "Christmas Eve 2023", "2023-12-24", None),
    ("The meeting ended at 2 p.m. sharp.", "2 p.m.", "2024-10-21T14:00", None),
    ("Sales doubled over the past two weeks.", "the past two weeks", "P2W", None),
    ("It started in the early 1990s.", "the early 1990s", "199", "START"),
]


@pytest.mark.parametrize(("sentence", "span", "value", "mod"), GERMAN)
def test_german_phrases(sentence: str, span: str, value: str, mod: str | None) -> None:
    assert only(sentence) == (span, value, mod)


@pytest.mark.parametrize(("sentence", "span", "value", "mod"), ENGLISH)
def test_english_phrases(sentence: str, span: str, value: str, mod: str | None) -> None:
    assert only(sentence, "en") == (span, value, mod)


def test_numeric_dates_follow_the_locale() -> None:
    text = "It was signed on 10/11/2024."
    assert only(text, "en") == ("10/11/2024", "2024-10-11", None)
    assert only(text, "en-GB") == ("10/11/2024", "2024-11-10", None)
    assert only("Unterzeichnet am 10.11.2024.", "de") == ("10.11.2024", "2024-11-10", None)


def test_ranges_give_two_years() -> None:
    assert tags("Der Erste Weltkrieg (1914–1918) war verheerend.") == [
        ("1914", "1914", None),
        ("1918", "1918", None),
    ]
    assert tags("Der Nordfeldzug 1926–28 einte das Land.") == [
        ("1926", "1926", None),
        ("28", "1928", None),
    ]
    assert tags("Im Winter 1940/41 froren sie.") == [
        ("Winter 1940", "1940-WI", None),
        ("41", "1941", None),
    ]


def test_narrative_expressions_take_the_year_of_the_story() -> None:
    got = tags(
        "Im Jahr 1916 begann die Offensive. Am 30. Juli griffen sie an. Im Sommer "
        "ruhte die Front. Zwei Tage später fiel die Stadt."
    )
    assert ("Jahr 1916", "1916", None) in got
    assert ("30. Juli", "1916-07-30", None) in got
    assert ("Sommer", "1916-SU", None) in got


def test_relative_days_count_from_the_last_date() -> None:
    got = tags(
        "Die Kapitulation wurde am 7. Mai 1945 unterzeichnet. Zwei Tage später trat "
        "sie in Kraft; am selben Tag um 23:01 Uhr schwiegen die Waffen."
    )
    assert ("Zwei Tage später", "1945-05-09", None) in got
    assert ("am selben Tag", "1945-05-09", None) in got
    assert ("23:01 Uhr", "1945-05-09T23:01", None) in got


def test_deictic_expressions_count_from_the_reference_date() -> None:
    assert only("Gestern trat er zurück.", ref=date(2023, 11, 18)) == (
        "Gestern",
        "2023-11-17",
        None,
    )
    assert only("He quit yesterday.", "en", ref=date(2023, 11, 18)) == (
        "yesterday",
        "2023-11-17",
        None,
    )


def test_years_before_christ_carry_through_the_story() -> None:
    got = tags(
        "Der Krieg dauerte von 218 bis 201 v. Chr. Im Jahr 216 siegte Hannibal. "
        "Im folgenden Jahr zog er weiter. Im Winter 218/217 v. Chr. rastete er."
    )
    assert ("218", "BC0218", None) in got
    assert ("Jahr 216", "BC0216", None) in got
    assert ("folgenden Jahr", "BC0215", None) in got
    assert ("Winter 218", "BC0218-WI", None) in got


def test_news_background_years_do_not_anchor_later_dates() -> None:
    got = tags(
        "Officials expect two cuts in 2025. The bank, founded in 1913, earned more in "
        "the second quarter. The window closes on Nov. 5.",
        "en",
    )
    assert ("the second quarter", "2024-Q2", None) in got
    assert ("Nov. 5", "2024-11-05", None) in got


def test_a_following_year_in_a_coordination_applies_to_the_first_month() -> None:
    assert tags("Im Juni und Juli 1944 landeten die Alliierten.") == [
        ("Juni", "1944-06", None),
        ("Juli 1944", "1944-07", None),
    ]


def test_heading_years_hold_against_digressions() -> None:
    text = (
        "1862\n\nDer Kongress tagte. Die Räuber plünderten bis 1881 Banken.\n\n"
        "Die Union stellte im Oktober Truppen auf."
    )
    assert ("Oktober", "1862-10", None) in tags(text)


def test_state_carries_context_across_pieces() -> None:
    state = TimexState()
    tag_dates("Am 22. Juni 1941 begann der Angriff.", "de", REF, state=state)
    got = tag_dates("Im Oktober stand die Armee vor Moskau.", "de", REF, state=state)
    assert [(m.text, m.value) for m in got] == [("Oktober", "1941-10")]
    fresh = tag_dates("Im Oktober stand die Armee vor Moskau.", "de", REF)
    assert [(m.text, m.value) for m in fresh] == [("Oktober", "2024-10")]


NEGATIVE_DE = [
    "OpenAI sicherte sich 6,6 Milliarden US-Dollar.",
    "Die Investition von 13,75 Milliarden US-Dollar",
    "Das Spiel endete 2:1 für die Gäste.",
    "Siehe S. 1945 im Anhang.",
    "Die Firma und Sam Altman sprachen mit 19 Beteiligten.",
    "Die Rote Armee griff mit 1500 Panzern und 3000 Flugzeugen an.",
    "Karl Mai sagte, Herr Sommer und Frau Winter seien eingeladen.",
    "Quelle: https://www.nytimes.com/2024/10/17/technology/deal.html",
    "Telefon +49 30 1984 2024",
    "Die Temperatur lag bei 20,5 Grad und 2.000 Menschen kamen.",
]
NEGATIVE_EN = [
    "OpenAI raised $6.6 billion and Microsoft invested $13.75 billion.",
    "The team won 3-1 after a 2:1 lead.",
    "See page 1945 of the report.",
    "Theresa May said you may go.",
    "About 1500 soldiers and 2000 tanks.",
    "Sam said the fall of Rome was a march of folly.",
]


@pytest.mark.parametrize("sentence", NEGATIVE_DE)
def test_german_negatives(sentence: str) -> None:
    assert tags(sentence) == []


@pytest.mark.parametrize("sentence", NEGATIVE_EN)
def test_english_negatives(sentence: str) -> None:
    assert tags(sentence, "en") == []


def test_skip_spans_yield_nothing() -> None:
    text = "Am 3. Mai 2024 und am 4. Mai 2024."
    assert [m.text for m in tag_dates(text, "de", REF, skip=[(3, 14)])] == ["4. Mai 2024"]


def _seed_dates() -> list[tuple[str, str, str, str | None]]:
    from tui.article import load_article

    article = load_article(SEED)
    skip = [(b.start, b.end) for b in article.blocks if b.boilerplate or b.in_sources]
    found = tag_dates(article.text, "de", article.published, skip=skip)
    return [(m.text, m.value, m.granularity, m.mod) for m in found]


def test_seed_gold_dates_exactly() -> None:
    got = _seed_dates()
    concrete = [d for d in got if not d[1].endswith("_REF") and d[2] != "duration"]
    assert concrete == [
        ("October 21, 2024", "2024-10-21", "day", None),
        ("November 2023", "2023-11", "month", None),
        ("Herbst 2023", "2023-FA", "season", None),
        ("November 2023", "2023-11", "month", None),
        ("2024", "2024", "year", None),
        ("Juni 2024", "2024-06", "month", None),
        ("Mitte 2026", "2026", "year", "MID"),
    ]
    vague = {d[0]: d[1] for d in got if d[1].endswith("_REF") or d[2] == "duration"}
    assert "seitdem" not in vague  # an adverb of sequence, no time expression (HeidelTime)
    assert vague["letzten Monaten"] == "PXM"
    assert vague["kürzlich"] == "PAST_REF"


def test_seed_numbers_are_never_dates() -> None:
    text = SEED.read_text(encoding="utf-8")
    for m in tag_dates(text, "de", REF):
        assert not any(x in m.text for x in ("6,6", "13,75", "19 ", "Sam", "http")), m


def test_indexed_finder_matches_trying_every_position() -> None:
    text = SEED.read_text(encoding="utf-8") + "\n\n" + " ".join(s for s, *_ in GERMAN)
    slow = find_candidates(text, "de", indexed=False)
    fast = find_candidates(text, "de", indexed=True)
    assert [(c.start, c.end, c.spec) for c in fast] == [(c.start, c.end, c.spec) for c in slow]
    english = " ".join(s for s, *_ in ENGLISH)
    assert [(c.start, c.end) for c in find_candidates(english, "en", indexed=True)] == [
        (c.start, c.end) for c in find_candidates(english, "en", indexed=False)
    ]


WIKIWARS = Path(__file__).resolve().parents[2] / "shared" / "data" / "dates" / "wikiwarsde"


@pytest.mark.skipif(not (WIKIWARS / "keyinline").is_dir(), reason="WikiWarsDE not present")
def test_indexed_finder_on_long_narratives() -> None:
    from tui.analysis.evaluation.dates import read_document

    for path in sorted((WIKIWARS / "keyinline").glob("*.xml"))[:6]:
        text = read_document(path).text
        slow = [(c.start, c.end, c.spec) for c in find_candidates(text, "de", indexed=False)]
        fast = [(c.start, c.end, c.spec) for c in find_candidates(text, "de", indexed=True)]
        assert set(slow) - set(fast) == set(), path.name


def test_empty_and_odd_input() -> None:
    assert tag_dates("", "de", None) == []
    assert tag_dates("\x00\n\n  ", "en", None) == []
    assert tag_dates("İstanbul 1453 fiel die Stadt.", "de", REF)[0].value == "1453"
    assert tag_dates("Ein Satz.", "fr", REF) == []


def test_import_is_cheap() -> None:
    import subprocess
    import sys

    code = (
        "import sys, time; t = time.perf_counter(); import tui.analysis.timex; "
        "print('spacy' in sys.modules, 'dateparser' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "False"]


_PIECES = [
    "Am",
    "3.",
    "Mai",
    "1945",
    "v. Chr.",
    "Jahr",
    "Winter",
    "/",
    "–",
    "41",
    "Uhr",
    "4:45",
    "zwei",
    "Tage",
    "später",
    "Mitte",
    "Ende",
    "des",
    "Jahres",
    "heute",
    ",",
    "Q3",
    "2024",
    "the",
    "fall",
    "of",
    "last",
    "week",
    "ago",
    "\n\n",
    "1862",
    "Sam",
    "die",
    "6,6",
    "İ",
    "ß",
    "13,75",
    "10.11.2024",
    "10/11/2024",
    "Ostern",
    "nach",
    "gestern",
    "morgen",
    "vor",
    "Wochen",
    "letzte",
    "Woche",
    "nächstes",
    "yesterday",
    "Monday",
    "next",
    "month",
]


@given(
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=6)), max_size=40),
    st.sampled_from(["de", "en", "en-GB"]),
    st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))),
)
@settings(max_examples=300, deadline=None)
def test_any_text_gives_consistent_mentions(pieces: list[str], lang: str, ref: date | None) -> None:
    text = " ".join(pieces)
    found = tag_dates(text, lang, ref)
    previous_end = 0
    for m in found:
        assert text[m.start : m.end] == m.text and m.text.strip() == m.text
        assert m.start >= previous_end  # sorted, never overlapping
        previous_end = m.end
        assert m.value and m.granularity


def test_prev_word_skips_any_space_and_stops_at_any_line_break() -> None:
    from tui.analysis.timex.rules import prev_word

    assert prev_word("bis\u00a0Mai", 4) == "bis"  # no-break space: still the same line
    assert prev_word("bis\u2028Mai", 4) is None  # a line separator: Mai starts a line
    assert prev_word("Karl \x0cMai", 6) is None
    assert prev_word("   Mai", 3) is None
