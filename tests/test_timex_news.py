"""Time expressions on real news (issue 13): anchoring, tense, sets, spans, ages."""

from __future__ import annotations

import datetime as dt
from datetime import date

import pytest

from tui.analysis.timex import tag_dates


def tags(text: str, lang: str = "de", ref: date | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in tag_dates(text, lang, ref)]


# --- an undated article: nothing from the reader's clock ---------------------------

UNDATED_EN = [
    ("He resigned on Friday.", ("Friday", "XXXX-WXX-5")),
    ("Fighting went on into Friday night.", ("Friday night", "XXXX-WXX-5TNI")),
    ("The talks collapsed last May.", ("last May", "XXXX-05")),
    ("Work will start in the spring.", ("the spring", "XXXX-SP")),
    ("Profits fell in the third quarter.", ("the third quarter", "XXXX-Q3")),
    ("A year ago the plant closed.", ("A year ago", "PAST_REF")),
    ("He was appointed earlier this month.", ("earlier this month", "PAST_REF")),
    ("Prices rose recently.", ("recently", "PAST_REF")),
    ("The minister said today that she would stay.", ("today", "PRESENT_REF")),
    ("Talks resume this week.", ("this week", "PRESENT_REF")),
    ("The party is now in the lead.", ("now", "PRESENT_REF")),
    ("A decision is expected next week.", ("next week", "FUTURE_REF")),
    ("Growth will slow in the coming year.", ("the coming year", "FUTURE_REF")),
    ("The ferry sank at 2230GMT.", ("2230GMT", "XXXX-XX-XXT22:30")),
    ("Sales rose in March.", ("March", "XXXX-03")),
]


@pytest.mark.parametrize(("sentence", "expected"), UNDATED_EN)
def test_undated_english_keeps_underspecified_values(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert expected in tags(sentence, "en-GB")


UNDATED_DE = [
    ("Am Freitag trat er zurück.", ("Freitag", "XXXX-WXX-5")),
    ("Das war gestern.", ("gestern", "PAST_REF")),
    ("Heute stimmt der Bundestag ab.", ("Heute", "PRESENT_REF")),
    ("Im März stiegen die Preise.", ("März", "XXXX-03")),
    ("Nächste Woche wird abgestimmt.", ("Nächste Woche", "FUTURE_REF")),
    ("Im Frühjahr beginnt der Bau.", ("Frühjahr", "XXXX-SP")),
]


@pytest.mark.parametrize(("sentence", "expected"), UNDATED_DE)
def test_undated_german_keeps_underspecified_values(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert expected in tags(sentence)


def test_a_date_in_the_text_anchors_what_follows_it() -> None:
    got = tags("Revenue rose in 2005-6. The following year it fell.", "en-GB")
    assert ("The following year", "2007") in got
    got = tags("Am 25. Februar 2021 wurde verhandelt. Am 5. März fiel das Urteil.")
    assert ("5. März", "2021-03-05") in got


def test_a_bare_year_does_not_date_a_later_month_in_an_undated_article() -> None:
    got = tags("Die Firma wurde 1998 gegründet. Sie wuchs. Im März stiegen die Preise.")
    assert ("März", "XXXX-03") in got


def test_undated_analysis_is_the_same_on_two_days(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "On Friday he said that this week was hard. Today, a year ago, in March, next week."

    class Frozen(dt.date):
        day_of_reading = dt.date(2026, 12, 5)

        @classmethod
        def today(cls) -> Frozen:  # type: ignore[override]
            d = cls.day_of_reading
            return cls(d.year, d.month, d.day)

    import tui.analysis.timex.spec as spec
    import tui.analysis.timex.tagger as tagger

    monkeypatch.setattr(tagger, "date", Frozen)
    monkeypatch.setattr(spec, "date", Frozen)
    first = tag_dates(text, "en-GB", None)
    Frozen.day_of_reading = dt.date(2031, 6, 30)
    second = tag_dates(text, "en-GB", None)
    assert first == second
    assert not any(m.value[:4].isdigit() for m in first)


# --- day and month without a year: nearest, by the sentence's tense ------------------


def test_day_and_month_before_new_year_belong_to_the_old_year() -> None:
    got = tags(
        "Die Wahl fand am 31. Dezember statt. Am 27. Dezember war es ruhig.", ref=date(2020, 1, 5)
    )
    assert got == [("31. Dezember", "2019-12-31"), ("27. Dezember", "2019-12-27")]


def test_tense_picks_last_or_next_month() -> None:
    ref = date(2013, 3, 14)
    assert tags("Sales rose in August.", "en-GB", ref) == [("August", "2012-08")]
    assert tags("Carney, who leaves in July, said so.", "en-GB", ref) == [("July", "2013-07")]
    assert tags("Profits fell in the fourth quarter.", "en-GB", ref) == [
        ("the fourth quarter", "2012-Q4")
    ]


def test_a_past_verb_does_not_push_a_near_date_a_year_back() -> None:
    got = tags(
        "Trump hat seinen Staatsbesuch am 2. September in Dänemark abgesagt.", ref=date(2019, 8, 22)
    )
    assert got == [("2. September", "2019-09-02")]


def test_last_year_counts_from_the_article_not_from_an_aside() -> None:
    ref = date(2013, 3, 14)
    text = "The bank was rescued in 2008 and sold in 2010. Last year profits rose. Next year they will fall."
    got = tags(text, "en-GB", ref)
    assert ("Last year", "2012") in got
    assert ("Next year", "2014") in got


# --- German weekdays and weekends ----------------------------------------------------


def test_am_montag_looks_ahead_in_the_future_and_back_in_the_past() -> None:
    ref = date(2019, 9, 11)  # a Wednesday
    assert tags("Am Montag wird der Bundestag abstimmen.", ref=ref) == [("Montag", "2019-09-16")]
    assert tags("Am Montag hatte der Bundestag abgestimmt.", ref=ref) == [("Montag", "2019-09-09")]
    assert tags("Am Sonntag wählen die Bürger.", ref=ref) == [("Sonntag", "2019-09-08")]
    assert tags("Bis Dienstag um Mitternacht haben die Siedler Zeit.", ref=date(2005, 8, 15)) == [
        ("Dienstag um Mitternacht", "2005-08-16T24:00")
    ]


def test_weekends() -> None:
    ref = date(2019, 9, 11)
    assert tags("Am Wochenende gab es Proteste.", ref=ref) == [("Wochenende", "2019-W36-WE")]
    assert tags("Am kommenden Wochenende wird gewählt.", ref=ref) == [
        ("kommenden Wochenende", "2019-W37-WE")
    ]
    assert tags("Protests grew at the weekend.", "en-GB", ref) == [("the weekend", "2019-W36-WE")]
    assert tags("Am Wochenende gab es Proteste.") == [("Wochenende", "XXXX-WXX-WE")]


def test_a_weekday_beside_its_date_takes_the_date() -> None:
    ref = date(2019, 9, 19)
    got = tags("Am Dienstag (17. September) sprach er.", ref=ref)
    assert got == [("Dienstag", "2019-09-17"), ("17. September", "2019-09-17")]
    got = tags("Am Mittwochabend, 21. August, trat Conte zurück.", ref=date(2019, 8, 23))
    assert got == [("Mittwochabend, 21. August", "2019-08-21TEV")]
    got = tags("Die Nacht zum Montag blieb ruhig.", ref=ref)
    assert got == [("Nacht zum Montag", "2019-09-16TNI")]


def test_month_and_season_of_the_last_year() -> None:
    ref = date(2020, 5, 1)
    assert ("April letzten Jahres", "2019-04") in tags("Im April letzten Jahres kam er.", ref=ref)
    assert ("letztem Frühjahr", "2004-SP") in tags(
        "Das ist seit letztem Frühjahr untersagt.", ref=date(2005, 3, 31)
    )
    assert ("2013", "2013") in tags("Er ist seit 2013 im Amt.", ref=ref)


def test_date_and_clock_time_after_a_comma_are_one_expression() -> None:
    assert tags("Pjöngjang, 19.12.2011, 16:00 – Kim ist tot.", ref=date(2011, 12, 20)) == [
        ("19.12.2011, 16:00", "2011-12-19T16:00")
    ]


# --- no time expressions ---------------------------------------------------------------

NOT_TIME = [
    ("de", "Der 46-jährige Minister trat zurück."),
    ("de", "Der 59-Jährige schwieg."),
    ("de", "Die Eltern des 26-Jährigen klagen."),
    ("de", "Er wurde 69 Jahre alt."),
    ("de", "Die Partie endete 2:1."),
    ("de", "Siehe Seite 2013 des Berichts."),
    ("de", "Theresa Mai sprach."),
    ("de", "Der Ölpreis stieg in die hohen 70er."),
    ("en", "The man, aged 46, was arrested."),
    ("en", "The 59-year-old denied the charge."),
    ("en", "United won 2-1."),
]


@pytest.mark.parametrize(("lang", "sentence"), NOT_TIME)
def test_ages_scores_and_names_are_no_time_expressions(lang: str, sentence: str) -> None:
    assert tags(sentence, lang, date(2020, 5, 1)) == []


def test_a_span_of_years_before_a_noun_is_still_a_duration() -> None:
    assert tags("Die dreijährige Amtszeit endet.", ref=date(2020, 5, 1)) == [("dreijährige", "P3Y")]


# --- vague spans, sets -----------------------------------------------------------------

SPANS = [
    ("de", "In den kommenden Jahren wird gebaut.", ("kommenden Jahren", "PXY")),
    ("de", "In den nächsten Tagen fällt die Entscheidung.", ("nächsten Tagen", "PXD")),
    ("de", "Die vergangenen Monate waren schwer.", ("vergangenen Monate", "PXM")),
    ("de", "Seit Wochen wird gestreikt.", ("Wochen", "PXW")),
    ("de", "Das Treffen findet jedes Jahr statt.", ("jedes Jahr", "P1Y")),
    ("de", "Die Zinsen werden jährlich angepasst.", ("jährlich", "P1Y")),
    ("de", "In naher Zukunft ändert sich nichts.", ("naher Zukunft", "FUTURE_REF")),
    ("en", "Costs rise annually.", ("annually", "P1Y")),
    ("en", "He jogs every morning.", ("every morning", "XXXX-XX-XXTMO")),
    ("en", "Roads flood every winter.", ("every winter", "XXXX-WI")),
    ("en", "Prices will rise in the next few months.", ("the next few months", "PXM")),
    ("en", "Sales slowed in recent weeks.", ("recent weeks", "PXW")),
    ("en", "The talks took a fortnight.", ("a fortnight", "P2W")),
    ("en", "The index hit its lowest level in eight months.", ("eight months", "P8M")),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), SPANS)
def test_vague_spans_and_sets(lang: str, sentence: str, expected: tuple[str, str]) -> None:
    assert expected in tags(sentence, lang, date(2013, 3, 14))


def test_sets_are_marked_as_sets() -> None:
    (mention,) = tag_dates("Costs rise annually.", "en", date(2013, 3, 14))
    assert mention.granularity == "set"


def test_english_news_with_a_date_line() -> None:
    ref = date(1998, 2, 6)  # a Friday
    text = (
        "Sales for the year ended Dec. 31 fell. The stock has doubled over the past year. "
        "A spokesman said the attack happened at 3 p.m. local time Monday. It was the "
        "third time in a decade. In the last months it fell."
    )
    got = tags(text, "en", ref)
    assert ("Dec. 31", "1997-12-31") in got
    assert ("the past year", "P1Y") in got
    assert ("3 p.m. local time Monday", "1998-02-02T15:00") in got
    assert ("a decade", "P1DE") in got
    assert ("the last months", "PXM") in got
    assert ("The following decade", "201") in tags(
        "Growth came in 2005. The following decade saw more.", "en", ref
    )


def test_in_two_weeks_is_a_date_ahead_in_the_future_tense() -> None:
    assert tags("The vote will be held in two weeks.", "en-GB", date(2013, 3, 14)) == [
        ("in two weeks", "2013-W13")
    ]


def test_years_served_are_a_duration_not_a_date() -> None:
    """ "der nach 14 Jahren als Oberbürgermeister …" (held-out Wikinews article 157): time
    in office, not 14 years after the article."""
    from datetime import date

    from tui.analysis.timex import tag_dates

    found = tag_dates(
        "Roland Methling, der nach 14 Jahren als Oberbürgermeister aufhört.",
        "de",
        date(2019, 6, 17),
    )
    assert [(d.text, d.value) for d in found] == [("14 Jahren", "P14Y")]
    found = tag_dates("Nach drei Tagen kam er zurück.", "de", date(2019, 6, 17))
    assert [d.value for d in found] == ["2019-06-20"]
