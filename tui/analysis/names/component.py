"""`limelight_names`: the article's names settled with everything the article gives.

A model labels one sentence at a time; an article names the same people and places
again and again, and a reader of news knows many of them already. This component runs
after the model and repairs its spans with both: titles and stray words trimmed
("Mr Allawi", "Johnson geh"), two names the model merged split where each part is a
name of the document ("Richard Nixon Trump", "Pelosi Trumps"), names from the index
added where the match is unambiguous, every entity labelled once (index, then the
document's majority) and its unlabelled repeats labelled.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from tui.analysis.names.acronyms import is_acronym, spelt_out_names
from tui.analysis.names.aircraft import airliners
from tui.analysis.names.context import (
    ARABIC_ARTICLE,
    DE_ORG_KIND,
    compass_places,
    named_after_kind_nouns,
    organisations_by_kind,
    parties_in_lists,
    peoples_in_lists,
    places_after_in,
    places_after_place_nouns,
    places_by_context,
    prefixed_places,
    quoted_names,
    the_centre_party,
    typed_by_kind_noun,
    waters_of_places,
    websites,
)
from tui.analysis.names.coordinations import (
    adjectives_before_their_noun,
    adjectives_of_position,
    firms_listed_with_firms,
    places_with_their_point,
    truncated_coordinations,
)
from tui.analysis.names.english import (
    bodies_joined_by_and_the,
    bodies_of_listed_names,
    county_teams,
    demonym_adjectives,
    english_label,
    english_words,
    fields_after_in,
    joined_places,
    list_ends,
    ministry_portfolios,
    missed_institutions,
    names_in_script,
    numbered_names,
    numbered_regions,
    peoples_as_subjects,
    places_cut_at_commas,
    platform_x,
    possessive_bodies,
    possessive_streets,
    prefixed_names,
    split_at_and,
    split_at_kind_word,
    split_at_preposition,
    split_at_role,
    split_between_places,
    state_abbreviations,
    storm_name,
    typed_by_noun,
    venue_centres,
)
from tui.analysis.names.english_in_german import english_laws_and_opens, without_english_words
from tui.analysis.names.german import (
    STORM_WORDS_DE,
    adjective_and_nouns,
    adjective_before_a_noun,
    adjective_bodies,
    adjective_cut_off_a_name,
    articles_in_capitals,
    buildings,
    club_numbers,
    common_noun_name,
    english_bodies,
    english_names,
    english_place_heads,
    hyphenated_names,
    inhabitant,
    kind_of_place,
    laws_and_institutions,
    laws_with_short_names,
    looks_like_adjective,
    noun_after_name,
    peoples_as_nouns,
    political_side,
    role_of_adjective,
    role_of_an_abbreviation,
    storms,
    streets_with_am,
    town_adjective_and_noun,
    town_adjective_before_a_noun,
    townspeople,
    without_compass_words,
)
from tui.analysis.names.heads import (
    COUNCIL_WORDS,
    DE_ARTICLES,
    EN_ORG_HEADS,
    EN_PLACE_ONLY_HEADS,
    LOCAL_UNITS,
    STORM_WORDS_EN,
)
from tui.analysis.names.index import Entry, NameIndex, load_index
from tui.analysis.names.local_bodies import (
    districts_after_their_kind,
    firms_after_their_name,
    firms_by_foreign_forms,
    firms_with_their_place,
    hyphenated_places,
    landscapes_of_place_adjectives,
    places_listed_with_places,
    regions_without_their_kind,
    roads,
    saints_places,
    savings_banks,
    stadiums,
    town_works,
    towns_at_their_river,
    venues_of_town_adjectives,
    venues_with_their_town,
)
from tui.analysis.names.museums import named_museums
from tui.analysis.names.patterns import (
    bodies_for,
    bodies_of,
    bracketed_laws,
    capital_district,
    capitals_before,
    cited_years,
    clubs,
    english_head,
    english_organisation_or_place,
    english_organisations,
    german_bodies,
    german_organisation_or_place,
    is_seated,
    join_of_place,
    joined_by_and,
    laws_across_links,
    longer_index_names,
    looks_like_an_organisation,
    organisation_heads,
    organisation_of_place,
    place_events,
    places_run_together,
    portfolio_of_a_minister,
    products_and_laws,
    regnal_numbers,
    rulers_with_epithets,
    seated_institutions,
    town_clubs,
    town_of_adjective,
)
from tui.analysis.names.people import (
    IRISH_PARTICLES,
    NAME_PARTICLES,
    add_people,
    arabic_names,
    article_apart_before_surname,
    english_people,
    english_people_after_titles,
    first_names_no_list_knows,
    first_names_paired,
    genitive_of_a_person_name,
    genitive_people,
    german_people,
    initialled_people,
    join_particles,
    joined_initials,
    o_surnames,
    particles_before_surname,
    people_after_titles,
    people_in_apposition,
    relatives_by_first_name,
    spanish_surnames,
    unknown_roles_before_people,
    whole_names,
)
from tui.analysis.names.products import car_models, models_after_their_noun, numbered_conferences
from tui.analysis.names.romance import romance_names
from tui.analysis.names.sure_labels import sure_label
from tui.analysis.names.teams import teams_by_nickname
from tui.analysis.names.things import (
    acts_and_games,
    laws_prizes_and_aircraft,
    named_wars,
    numbered_acts,
    prizes_of_places,
    treaties,
    treaties_of_towns,
)
from tui.analysis.names.tongues import languages_and_peoples
from tui.analysis.names.vessels import ships
from tui.analysis.names.works import quoted_works, spoken_quotes
from tui.analysis.timex.lexicon import COUNT_NOUNS_DE, COUNT_NOUNS_EN
from tui.analysis.tokens import doc_text, doc_words

_CONJUNCTIONS = frozenset({"and", "und", ",", "/"})
# a settlement's kind between a region's adjective and its name: "das Lausitzer Dorf Horno"
_PLACE_KINDS_DE = frozenset({"Dorf", "Stadt", "Gemeinde", "Ortsteil", "Stadtteil", "Städtchen"})
# the heads of a body's parts and of the bodies that have them ("the States Assembly's
# Scrutiny Panel", "the University of Auckland's … Space Institute")
_PART_HEADS = frozenset(
    {"Committee", "Subcommittee", "Panel", "Institute", "Centre", "Center", "Assembly"}
    | {"Parliament", "Senate", "Congress", "Court", "Tribunal", "Unit", "School"}
)
_LOCATIVE = frozenset({"in", "nach", "aus", "near", "around"})
_MOTION = frozenset({"in", "to", "from", "at", "near", "around", "via"})
# "shares in Tesco", "Anteile an …": "in" after these names a company, not a place
_STAKES = frozenset(
    {"shares", "share", "stake", "stakes", "invest", "invested", "investment", "interest"}
)
_ARTICLES = frozenset({"der", "die", "das", "the"})
# the heads of a German election's compound: GermEval and the gold readings mark none
_ELECTIONS = ("wahl", "wahlen", "wahlkampf", "wahlkampfs", "wahlkampfes")
# "Debswana said", "told the Jamaica Observer": who speaks or is spoken to is no place
# the index does not know
_SPEECH_AFTER = frozenset(
    {"said", "says", "told", "announced", "added", "argued", "warned", "stated", "confirmed"}
)
_SPEECH_BEFORE = frozenset({"told", "telling", "tells"})
# titles only people bear: after one, a name the index does not know is a person
_HONORIFICS = frozenset(
    {
        "Mr",
        "Mr.",
        "Mrs",
        "Mrs.",
        "Ms",
        "Ms.",
        "Miss",
        "Dr",
        "Dr.",
        "Prof",
        "Prof.",
        "Professor",
        "Cllr",
        "Councillor",
        "Sir",
        "Dame",
        "Lord",
        "Baroness",
        "Herr",
        "Herrn",
        "Frau",
        "Det",
        "Insp",
        "Supt",
        "Sgt",
        "Sayyid",
        "Sayyida",
        "Datuk",
        "Dato",
        "Dato'",
        "Datin",
        "Ir",
        "Eng",
        "Eng.",
        "Engr",
        "Engr.",
    }
)
# Malaysian titles of two words ("Tan Sri", "Datuk Seri"): the first word alone is a
# surname ("Tan") or a title already
_TITLE_PAIRS = frozenset({("Tan", "Sri"), ("Puan", "Sri"), ("Toh", "Puan")})
_TITLE_SECONDS = frozenset({"Seri", "Sri"})
# the last word of an English role: what comes before it is the role's field
_ROLE_HEADS = frozenset({"Minister", "Secretary", "Commissioner", "Spokesman", "Spokeswoman"})
# German nouns for a kind of body, never one body's name alone
# a decimal figure, which a unit or a counted noun after it (the dates' list of what a
# number counts) shows is no part of a name ("EV 3.5" is one)
_COUNT_NOUNS = COUNT_NOUNS_EN | COUNT_NOUNS_DE
_MEASURE = re.compile(r"^\d+[.,]\d+$")
_PARLIAMENT = frozenset({"Parlament", "Parlaments", "Parlamente", "Parlamenten"})
# a town's council, never named by more than its town's adjective ("Düsseldorfer Stadtrats"
# is a place's adjective and a noun in GermEval)
_TOWN_COUNCILS = frozenset(
    {"Stadtrat", "Stadtrats", "Stadtrates", "Gemeinderat", "Gemeinderats", "Gemeinderates"}
    | {"Stadtparlament", "Stadtparlaments", "Kreistag", "Kreistags", "Kreistages"}
    | {"Magistrat", "Magistrats", "Stadtverwaltung"}
    # "das Kopenhagener Parlament", "einem Kopenhagener Hospital": a town's assembly or
    # hospital named by its kind, not by a name
    | {"Parlament", "Parlaments", "Hospital", "Krankenhaus", "Krankenhauses"}
)
# a state's bodies, named by a common noun: "das Parlament Boliviens" names Bolivia only
_BODIES_OF_A_STATE = _PARLIAMENT | frozenset(
    {"Regierung", "Armee", "Polizei", "Opposition", "Justiz", "Militär", "Streitkräfte"}
)
# a language's noun: "Englisch", "Französisch", "Deutsch" (an adjective takes an ending)
_LANGUAGE = re.compile(r"^(?:[A-ZÄÖÜ][a-zäöü]+isch|Deutsch)$")
_US_WORDS = frozenset({"USA", "US", "Washington", "Vereinigten", "Vereinigte"})
_DEFINITE_BEFORE = frozenset({"der", "des", "dem", "den", "im", "vom", "beim", "zum"})
# a town's station, airport or centre named by the common noun alone: "am Hauptbahnhof"
_GENERIC_PLACES = frozenset(
    {"Hauptbahnhof", "Hauptbahnhofs", "Bahnhof", "Bahnhofs", "Flughafen", "Flughafens"}
    | {"Busbahnhof", "Fernbahnhof", "Stadtmitte", "Innenstadt"}
)
_GENERIC_BODIES = (
    _PARLIAMENT
    | _GENERIC_PLACES
    | frozenset(
        {
            "Mitgliedstaaten",
            "Mitgliedsstaaten",
            "EU-Mitgliedstaaten",
            "EU-Mitgliedsstaaten",
            "Mitgliedstaat",
            "Mitgliedsstaat",
            "Region",
            "Regionen",
            # a kind of train and a panel: "die S-Bahn fährt", "die Jury lobte"
            "S-Bahn",
            "U-Bahn",
            "Jury",
        }
    )
)
# what follows a dateline's town: a date ("SALALAH, Nov 11 -") or an agency ("(Reuters)")
_DATELINE_AFTER = re.compile(
    r",? *(?:\((?:Reuters|AP|AFP|dpa|Xinhua|Bernama|ONA|WAM|SPA|IANS|PTI)\)"
    r"|,? *(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? +\d{1,2}\b)"
)
# marks the model leaves at a name's end: "Bahnhöfe, Flughäfen ...“"
_TRAILING_MARKS = frozenset({"...", "…", ",", ";", ":", "–", "—", "„", "“", "”", '"'})
_SCORE = re.compile(r"^\d{1,2}[-–:]\d{1,2}$")
# letters after a name that are no part of it: "Rebecca Lowe KC", "Jane Smith MP", an
# Irish barrister "Conor Lavery BL", a Dáil member "TD"
_AFTER_NAME = frozenset(
    {"KC", "QC", "MP", "MEP", "MSP", "OBE", "MBE", "CBE", "MdB", "MdL", "BL", "TD", "MLA"}
)


def _before_a_score(doc: Doc, start: int, end: int) -> int:
    """The end of a name before a match's score ("AS FAR 2-1", "Bayern 2:1")."""
    if end - start > 1 and _SCORE.match(doc[end - 1].text):
        return end - 1
    if (
        end - start > 3
        and doc[end - 2].text in ("-", "–")
        and _SCORE.match(doc[end - 3 : end].text.replace(" ", ""))
    ):
        return end - 3
    return end


@dataclass(frozen=True)
class _Context:
    """What the trimming needs of the whole document, computed once per document."""

    text: str
    surnames: set[str]  # last words of the model's multi-word persons
    inner_words: set[str]  # words of the model's multi-word names
    lowered: set[str]  # words the text writes in lower case


@dataclass
class _DocNames:
    """What the document itself says about its names."""

    german: bool
    votes: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    surnames: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # first names of the article's people that name nothing else ("Jakub" of "Jakub Novak")
    firsts: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # the article's people of more than one word, by their first word
    people: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def key(self, text: str) -> str:
        """A mention's name: genitive off ("Trumps"), a surname or a first name as its
        full name, where one person of the article has it."""
        if self.genitive(text):
            base = text[:-1]  # "Powells Rede" beside "Colin Powell", even if labelled alone
        elif text in self.votes:
            base = text
        elif self.german and text.endswith("s") and text[:-1] in self.votes:
            base = text[:-1]
        else:
            base = text
        full = self.surnames.get(base)
        if full and len(full) == 1:
            return next(iter(full))
        first = self.firsts.get(base)
        if not full and first and len(first) == 1:
            return next(iter(first))  # "Jakub" after "Jakub Novak"
        return base

    def genitive(self, text: str) -> bool:
        """A German -s form of the surname of one person of the article, or of a name
        the article labels a person ("Curveballs Akte" beside "Curveball")."""
        if not (self.german and len(text) > 3 and text.endswith("s") and " " not in text):
            return False
        if text in self.surnames:
            return False  # "Reyes" is a surname of its own
        base = text[:-1]
        if len(self.surnames.get(base, ())) == 1:
            return True
        counter = self.votes.get(base)
        if not counter:
            return False
        return counter.most_common(1)[0][0] == "PER"

    def known(self, text: str, exclude: str = "") -> bool:
        """Whether the document names `text` (or its genitive's base) as an entity or
        as the surname of one; `exclude` is a span whose own words prove nothing."""
        if text in self.votes or self._surname(text, exclude):
            return True
        return (
            self.german
            and len(text) > 3
            and text.endswith("s")
            and (text[:-1] in self.votes or self._surname(text[:-1], exclude))
        )

    def _surname(self, text: str, exclude: str) -> bool:
        full = self.surnames.get(text)
        return full is not None and (len(full) > 1 or exclude not in full)

    def label(self, text: str) -> str | None:
        counter = self.votes.get(self.key(text))
        if not counter and self.german and text.endswith("s"):
            counter = self.votes.get(self.key(text[:-1]))  # "Trumps" -> "Donald Trump"
        return counter.most_common(1)[0][0] if counter else None


def _collect(spans: Sequence[Span], german: bool, index: NameIndex) -> _DocNames:
    names = _DocNames(german)
    for span in spans:
        names.votes[span.text][span.label_] += 1
    for span in spans:
        words = span.text.split()
        if not german and len(span) > 2 and any(t.is_stop for t in span[1:-1]):
            continue  # "Nakamura Holds Off Hedlund": a headline's words, no one's name
        if span.label_ == "PER" and len(words) > 1:
            names.surnames[words[-1]].add(span.text)
            names.people[words[0]].add(span.text)
            if index.get(words[0]) is None and (
                index.is_given_name(words[0])
                # "Chutima" after "Chutima Wongsawat": a first name no list knows, and
                # no word the index knows either
                or (
                    len(words) == 2
                    and words[0].isalpha()
                    and not index.is_surname(words[0])
                    and not looks_like_an_organisation(span.text)  # "Halvora Pharma"
                )
            ):
                names.firsts[words[0]].add(span.text)  # no town's name: "Paris Hilton"
            if len(words) > 2 and words[-2][:1].isupper():
                names.surnames[words[-2]].add(span.text)  # "Jorge Quispe Mamani": "Quispe"
            if ARABIC_ARTICLE.match(words[-1]):  # "Jaafari" after "Ibrahim al-Jaafari"
                names.surnames[ARABIC_ARTICLE.sub("", words[-1])].add(span.text)
    return names


# abbreviated titles that open the next name, never end one
_TITLES_BEFORE_THE_NEXT = frozenset({"Coun", "Coun.", "Cllr", "Cllr.", "Mr", "Mrs", "Ms"})
# titles held for a seat, which names a place: "MSP for Argyll and Bute", "Constable of
# St Ouen" (a Jersey parish's head)
_SEAT_TITLES = frozenset(
    {"MP", "MSP", "MS", "MLA", "TD", "MEP", "MPP", "MNA", "MHA", "Constable", "Deputy"}
)
# a company's legal form after its name
_COMPANY_FORMS = frozenset(
    {"Limited", "Ltd", "Ltd.", "Holdings", "Inc", "Inc.", "Corp", "Corp.", "Corporation"}
    | {"Group", "plc", "PLC", "LLC", "AG", "SA", "S.A.", "GmbH", "Berhad", "Bhd", "NV"}
)


class NameResolver:
    """The component; `lang` decides German rules (genitive -s, declined names)."""

    def __init__(self, lang: str, tables: Path | None = None) -> None:
        self.german = lang == "de"
        self._index: NameIndex | None = None
        self._tables = tables
        self._words: frozenset[str] | None = None

    @property
    def english_words(self) -> frozenset[str]:
        if self._words is None:
            self._words = english_words(self._tables)
        return self._words

    @property
    def index(self) -> NameIndex:
        if self._index is None:
            self._index = load_index()
        return self._index

    def __call__(self, doc: Doc) -> Doc:
        """Repair, then add, then settle labels, then label repeats: each step sees
        the names the one before it found."""
        words = doc_words(doc)
        text = doc_text(doc)
        ents = list(doc.ents)
        context = _Context(
            text=text,
            surnames={e[-1].text for e in ents if e.label_ == "PER" and len(e) > 1},
            inner_words={
                w for e in ents if sum(not t.is_punct for t in e) > 1 for w in e.text.split()
            },
            lowered={w for w in words if w[:1].islower()},
        )
        spans = [self._person_after_title(t) for s in ents if (t := self._trim(s, context))]
        spans = capitals_before(join_of_place(join_particles(spans, self.index)))
        spans = capital_district(spans)
        spans = spanish_surnames(doc, o_surnames(doc, arabic_names(doc, spans, self.index)))
        spans = joined_initials(doc, spans, words, text)
        spans = whole_names(
            spans, self.index, context.lowered, frozenset() if self.german else self.english_words
        )
        if self.german:
            spans = organisation_heads(german_bodies(doc, spans, words, self.index))
            spans = [
                s
                for s in spans
                if self.index.find(s.text) is not None or not town_adjective_and_noun(s, self.index)
            ]
            spans = adjective_bodies(doc, spans, words, self.index)
            spans = bodies_of(doc, bodies_for(doc, spans, words), words, self.index)
            spans = organisation_of_place(doc, spans, words)
            spans = place_events(doc, spans, words, self.index)
        else:
            spans = english_organisations(doc, clubs(spans, self.index), words)
            spans = bodies_joined_by_and_the(
                doc, missed_institutions(doc, spans, words), self.index
            )
            spans = fields_after_in(doc, spans, self.index)
            spans = joined_by_and(doc, ministry_portfolios(doc, spans), self.index)
            spans = bodies_of_listed_names(doc, spans, words)
            spans = list_ends(doc, spans, self.index)
            spans = county_teams(doc, town_clubs(doc, spans, self.index))
            spans = laws_across_links(doc, products_and_laws(doc, spans, self.index))
            spans = cited_years(doc, bracketed_laws(doc, spans, words))
            spans = places_run_together(spans, self.index, self.english_words)
            spans = places_cut_at_commas(spans, self.index)
        spans = romance_names(doc, spans, words)
        spans = seated_institutions(doc, spans, self.index, words)
        spans = longer_index_names(spans, self.index, self.german)
        spans = spelt_out_names(doc, spans, words)
        names = _collect(spans, self.german, self.index)
        spans = [part for s in spans for part in self._split(s, names)]
        spans = self._add_index_matches(doc, spans, words, text)
        if self.german:
            # "Islamrat" + "für die Bundesrepublik Deutschland": the bodies the index added
            spans = bodies_for(doc, spans, words, frozenset({"für"}))
            spans = articles_in_capitals(spans, self.index)
        if self.german:
            spans = add_people(doc, spans, words, self.index)
            spans = first_names_no_list_knows(doc, spans, self.index)
            spans = people_after_titles(doc, spans, words, self.index)
            spans = unknown_roles_before_people(spans, self.index)
            spans = people_in_apposition(doc, spans, words, self.index)
            spans = german_people(spans, self.index, german_organisation_or_place)
            spans = particles_before_surname(doc, genitive_people(doc, spans, words, self.index))
            # the owners the index added
            spans = regnal_numbers(rulers_with_epithets(doc, spans, words, self.index))
            spans = bodies_of(doc, spans, words, self.index)
            spans = english_bodies(doc, hyphenated_names(doc, spans, words, self.index), words)
            spans = english_names(english_place_heads(doc, buildings(doc, spans)), self.index)
            spans = club_numbers(doc, storms(doc, streets_with_am(doc, spans, words), words))
            spans = teams_by_nickname(doc, spans, words, self.index)
            spans = laws_prizes_and_aircraft(doc, treaties(doc, spans, words), words, self.index)
            spans = prizes_of_places(doc, spans, words, self.index)
            spans = treaties_of_towns(doc, named_wars(doc, spans, words), words, self.index)
            spans = acts_and_games(doc, numbered_acts(doc, spans, words))
            spans = laws_with_short_names(doc, laws_and_institutions(spans, self.index), words)
            spans = town_works(
                doc, firms_with_their_place(doc, spans, self.index), words, self.index
            )
            spans = stadiums(
                doc, venues_with_their_town(doc, spans, words, self.index), words, self.index
            )
            spans = venues_of_town_adjectives(doc, spans, words, self.index)
            spans = landscapes_of_place_adjectives(doc, spans, words, self.index)
            spans = firms_by_foreign_forms(doc, spans, words, self.index)
            spans = firms_after_their_name(doc, savings_banks(doc, spans, words), words, self.index)
            spans = roads(doc, districts_after_their_kind(spans), words, self.index)
            spans = saints_places(doc, named_museums(doc, spans, words, self.index), words)
            spans = hyphenated_places(doc, spans, words, self.index)
            spans = towns_at_their_river(doc, spans, words, self.index)
            spans = places_listed_with_places(doc, spans, words, self.index)
            spans = truncated_coordinations(doc, spans, words, self.index)
            spans = adjectives_before_their_noun(doc, spans, words, self.index)
            spans = places_with_their_point(doc, adjectives_of_position(doc, spans, words), words)
            spans = regions_without_their_kind(spans)
        else:
            spans = english_people(
                spans, self.index, english_organisation_or_place, self.english_words
            )
            spans = particles_before_surname(doc, initialled_people(doc, spans, self.index))
            spans = numbered_names(doc, spans, words)
            spans = joined_places(
                doc, possessive_streets(doc, spans, words, self.index), words, self.index
            )
            spans = english_people_after_titles(doc, spans, words, self.index, self.english_words)
            spans = languages_and_peoples(doc, spans, words, self.index)
            spans = platform_x(doc, airliners(doc, spans, words), words)
            spans = possessive_bodies(doc, spans, words, self.index)
            spans = spoken_quotes(doc, quoted_works(doc, spans, words), words)
            spans = storms(doc, spans, words, STORM_WORDS_EN, kind_inside=True)
            spans = venue_centres(numbered_regions(prefixed_names(doc, spans)))
            spans = peoples_as_subjects(doc, demonym_adjectives(doc, spans, self.index), self.index)
            spans = state_abbreviations(doc, spans, words)
        spans = models_after_their_noun(doc, car_models(spans, self.index))
        spans = numbered_conferences(doc, spans, words)
        spans = places_by_context(doc, spans, words, self.index, self.german)
        spans = prefixed_places(doc, spans, words, self._is_word(context.lowered), self.german)
        spans = waters_of_places(doc, spans, words, self.german)
        if self.german:
            spans = named_after_kind_nouns(doc, spans, words, self.index)
            spans = firms_listed_with_firms(doc, spans, words, self.index)
            spans = places_after_place_nouns(doc, spans, words, self.index)
            spans = places_after_in(doc, spans, words, self.index)
            spans = compass_places(doc, spans, words, self.index)
        kinds = typed_by_kind_noun(doc, spans, words, self.index) if self.german else set()
        if self.german:
            spans = quoted_names(doc, organisations_by_kind(doc, spans, kinds), words)
            spans = parties_in_lists(
                doc, peoples_in_lists(spans, words, self.index), words, self.index
            )
            spans = the_centre_party(doc, spans, words)
            spans = without_compass_words(
                peoples_as_nouns(doc, spans, words, self.index), self.index
            )
        spans = ships(doc, spans, words, self.german, self.index.is_common_noun)
        spans = websites(doc, spans, words)
        if self.german:
            spans = english_laws_and_opens(
                doc, without_english_words(doc, spans, self.index), words
            )
        spans = first_names_paired(
            relatives_by_first_name(doc, spans, words, self.index), self.index
        )
        names = _collect(spans, self.german, self.index)
        spans = self._settle_labels(spans, names, text, kinds)
        if not self.german:  # the towns the index added, or the settling made places
            spans = names_in_script(doc, county_teams(doc, town_clubs(doc, spans, self.index)))
        names = _collect(spans, self.german, self.index)
        spans = self._add_repeats(doc, spans, names, words)
        doc.ents = filter_spans(spans)
        return doc

    # -- span repair -------------------------------------------------------------

    def _trim(self, span: Span, context: _Context) -> Span | None:
        """Titles off the front of a person ("Mr Allawi"), lower-case words off the
        end ("Johnson geh"), an adjective made of a place off a party ("Bremer Grünen")."""
        index = self.index
        start, end = span.start, span.end
        doc = span.doc
        text = context.text
        person = village = False
        if _in_word(text, span.end_char) or _in_word(text, span.start_char - 1):
            return None  # a piece of a word ("C3" of a mis-decoded "Österreichische")
        if "://" in span.text or span.text.lower().startswith("www."):
            return None  # "https://apnews.com/hub/nfl": a link, which the reader shows as one
        while len(span) > 1 and span[-1].text in _TRAILING_MARKS:
            span = Span(doc, span.start, span.end - 1, label=span.label_)  # "Flughäfen ..."
            start, end = span.start, span.end
        if (
            self.german
            and len(span) > 1
            and span[-1].text in _TIME_OF_A_MONTH
            and doc[span.end : span.end + 1].text in _GERMAN_MONTHS
        ):
            span = Span(doc, span.start, span.end - 1, label=span.label_)  # "Rat Mitte Mai"
            start, end = span.start, span.end
        breaks = [t.i for t in span if "\n" in t.text]
        if breaks:  # "Moín\n\nCosta": a headline's last word and a paragraph's first
            if breaks[0] == span.start:
                return None
            span = Span(doc, span.start, breaks[0], label=span.label_)
            start, end = span.start, span.end
        if (
            len(span) == 1
            and self._is_title_word(span.text)
            and not (span.label_ == "PER" and self._is_surname(span.text, context.surnames))
        ):
            return None  # "Emir", "des Emirs": a title alone names no one
        if len(span) > 1 and span.text in index.title_words:
            return None  # "First Secretary of State": an office, written as a title
        if span.text == "White" and doc[span.end : span.end + 1].text in ("Paper", "Papers"):
            return None  # "ein White Paper" in German: a kind of document
        if self.german and span[-1].text.endswith("-") and len(span[-1].text) > 2:
            return None  # "EU-Staats- und Regierungschefs": half a compound names nothing
        if span.text in _NO_NAMES or _CATEGORY.match(span.text) or _AMOUNT.match(span.text):
            return None  # "10:00 GMT", "a Category 2 storm", "K50,000"
        if self.german and (
            span.text in _GENERIC_BODIES
            or (
                len(span) == 2 and span[0].lower_ in DE_ARTICLES and span[1].text in _GENERIC_BODIES
            )
        ):
            return None  # "im Parlament", "die Mitgliedstaaten", "am Hauptbahnhof": no name
        if (
            self.german
            and len(span) == 2
            and span[0].lower_ in DE_ARTICLES
            and self.index.find(span.text) is None
            and _a_noun(span[1].text, self.index)
            # "„Die Weber“": a quoted title (not "„Die Börse eilt …“", a quote)
            and doc[span.end : span.end + 1].text not in ("“", "«", "»", '"')
        ):
            return None  # "Die Halle hat uns getragen": an article and a noun, no name
        if (
            self.german
            and len(span) == 2
            and span[1].text in _TOWN_COUNCILS
            and self._place_adjective(span[0].text)
        ):
            return None  # "Im Frankfurter Stadtrat": a town's council, as GermEval reads it
        if self.german and len(span) == 2 and span[0].text in _BODIES_OF_A_STATE:
            owner = self._genitive_owner(span[1].text, context)
            if owner is not None:  # "das Parlament Boliviens", "Parlament Mesas Rücktritt"
                return Span(doc, span.start + 1, span.end, label=owner)
        if (
            self.german
            and len(span) > 2
            and span[-2].text == "von"
            and index.find(span[-1].text) is None
            and index.is_common_noun(span[-1].text)
        ):
            # "im Weißen Haus von Journalisten befragt": the agent, not the name's place
            span = Span(doc, span.start, span.end - 2, label=span.label_)
            start, end = span.start, span.end
        if self.german and span.text == "Kommission" and not _NAMES_THE_EU.search(text):
            return None  # "die Kommission" of a pension reform or of the UN: no name
        if (
            self.german
            and span.text == "Brand"
            and span.start > 0
            and doc[span.start - 1].lower_ == "in"
        ):
            return None  # "in Brand gesteckt": a fire, not the town
        if self.german and len(span) == 1 and inhabitant(span.text, index):
            span = Span(doc, span.start, span.end, label="MISC")  # "die Bregenzerwälderin"
        if self.german and span.text == "Franken" and _an_amount_or_currency(doc, span.start):
            return None  # "298 Millionen Franken", "der starke Franken": the Swiss currency
        if self.german and len(span) == 1 and _after_an_indefinite(doc, span.start):
            entry = index.find(span.text)
            if entry is None or "ctx" in entry.flags or "noun" in entry.flags:
                return None  # "von einer zwischenstaatlichen Kommission": a body, not one
        whole = index.find(span.text, german=self.german)
        if (
            self.german
            and len(span) == 1
            and span.label_ == "LOC"
            and span.start > 0
            and _after_an_article(doc, span.start)
            and whole is not None
            and whole.source == "city"
            and not whole.strong
            and "noun" in whole.flags
            and span.text not in context.inner_words
        ):
            return None  # "aus den Bergen", "der königliche Hof": a noun and its article
        if (
            self.german
            and whole is None
            and common_noun_name(span, index, context.inner_words, context.surnames)
        ):
            return None  # "als Helden gefeiert", "die Völker", "Oberbürgermeister-Stichwahlen"
        if (
            self.german
            and whole is None
            and len(span) > 2
            and town_of_adjective(span[0].text, index) is not None
            and (kind := DE_ORG_KIND.search(span[1].lower_)) is not None
            and kind.start() > 0
            and span[2].text[:1].isupper()
        ):
            # "der Düsseldorfer Rüstungskonzern Rheinmetall": a town's adjective and the
            # kind, no part of the name
            span = Span(doc, span.start + 1, span.end, label=span.label_)
            start = span.start
        kind = DE_ORG_KIND.search(span[0].lower_) if self.german and len(span) > 1 else None
        if (
            kind is not None
            and whole is None
            # a compound: "Terrororganisation", not "Bank Austria"; or a kind no name
            # begins with ("des Konzerns Implenia")
            and (kind.start() > 0 or span[0].text in _KINDS_BEFORE_A_NAME)
            and span[0].text[:1].isupper()
            and span[1].text[:1].isupper()
            # "die Raiffeisenlandesbank Niederösterreich-Wien": a bank named by its seat
            and not (len(span) == 2 and _places_only(span[1].text, index))
        ):
            # "LePen-Partei Rassemblement National", "Terrororganisation Hamas": the kind
            # written apart is no part of the name
            span = Span(doc, span.start + 1, span.end, label="ORG")
            start = span.start
        if self.german and whole is None and adjective_and_nouns(span, index):
            return None  # "Türkische Medien begründeten …": capitalised as a sentence's start
        if self.german and whole is None and adjective_before_a_noun(span, index, context.surnames):
            return None  # "Große Kritik gab es …"
        if self.german and whole is None and town_adjective_and_noun(span, index):
            return None  # "der Essener Industriekonzern", "Berliner Seniorinnen"
        if self.german and whole is None and adjective_cut_off_a_name(span, index):
            return None  # "zum Internationalen Tag der Mathematik"
        if self.german and whole is None and kind_of_place(span, index):
            return None  # "ein aufstrebendes Handelsland", "die Mega-Stadt"
        if (
            self.german
            and whole is None
            and len(span) == 1
            and len(span.text) > 6
            and span.text.endswith(_ELECTIONS)
        ):
            return None  # "Oberbürgermeisterwahl", "Landtagswahlen": an election, no name
        if self.german and whole is None and townspeople(span, index):
            return None  # "die Darmstädter Bürger": a town's people
        if self.german and whole is None and town_adjective_before_a_noun(span, index):
            return None  # "Die Hamburger" of "Die Hamburger Umweltbehörde"
        if self.german and whole is None and role_of_adjective(span, index):
            return None  # "Niedersächsischer Ministerpräsident": a role, not a body
        if self.german and len(span) == 1 and role_of_an_abbreviation(span.text, index):
            return None  # "BLB-Prüfer", "EU-Behörde"
        if (
            self.german
            and len(span) == 1
            and span.label_ == "LOC"
            and span.start > 0
            and doc[span.start - 1].lower_ == "des"
            and span.text.endswith("s")
            and whole is None
            and index.is_common_noun(span.text)
            and span.text not in context.inner_words
        ):
            return None  # "auf dem Weg des Friedens": a noun's genitive, no place
        if (
            self.german
            and len(span) == 1
            and _LANGUAGE.match(span.text)
            and span.text not in context.surnames  # "Gisela Englisch" is a person
        ):
            return None  # "auf Englisch": GermEval marks no language
        if self.german and political_side(span):
            return None  # "radikaler Linken", "die gesamte Linke": the political left

        if whole is not None and not whole.strong:
            whole = None
        if (
            not self.german
            and len(span) == 1
            and span.label_ == "MISC"
            and not span.text.endswith("s")
            and span.end < len(doc)
            and doc[span.end].is_alpha
            and not (whole is not None and whole.label == "MISC" and "ctx" not in whole.flags)
            # the tagger's adjective or a people's word: "the Rača border crossing", "the
            # Prospero satellite" are a place's and a thing's names before their nouns
            and (span[0].tag_ == "JJ" or self._demonym(span.text))
        ):
            return None  # "Iraqi officials", "Scottish ferries": an adjective is no name
        if (
            not self.german
            and len(span) == 1
            and span[0].tag_ in ("NN", "NNS")
            and index.find(span.text, german=False) is None
            # "MANILA, Philippines –": a dateline's city in capitals
            and not (span.text.isupper() and index.find(span.text.title(), german=False))
            and span.text not in context.inner_words
        ):
            return None  # "Championship … was": the tagger knows a common noun
        if (
            not self.german
            and len(span) == 1
            and (span[0].is_sent_start or span.start == 0)
            and span.end < len(doc)
            and doc[span.end].text == "by"
            and span[0].tag_ in ("VBN", "VBD")
        ):
            return None  # "Fed by the Syr Darya river": a participle opening a sentence
        if (
            not self.german
            and span.end < len(doc)
            and doc[span.end].text in ("fever", "virus", "disease")
        ):
            return None  # "Lassa fever", "Zika virus": a disease named after a place
        if (
            not self.german
            and span.label_ != "PER"
            and len(span) > 2
            and span[0].text in _ROLE_HEADS
            and span[1].text in ("for", "of")
            and whole is None
        ):
            return None  # "Commissioner for Health", "Minister of Works": an office
        if (
            not self.german
            and span.label_ != "PER"
            and portfolio_of_a_minister(doc, span.start)
            and whole is None
        ):
            return None  # "Minister of Crown-Indigenous Relations": the office's remit
        if (
            not self.german
            and span.label_ != "PER"
            and span.end < len(doc)
            and doc[span.end].text in _ROLE_HEADS
            and (whole is None or not whole.is_entity)
            and all(t.text.lower() in self.english_words for t in span)
        ):
            return None  # "Federal Transport Minister Stefan Rühl": part of a role
        if (
            not self.german
            and len(span) == 1
            and (span[0].is_sent_start or span.start == 0)
            and span.text.istitle()
            and whole is None
            and self._english_word(span.text.lower())
            and not self.index.is_given_name(span.text)
            and not self.index.is_surname(span.text)
            and span.text not in context.inner_words
            and context.text.count(span.text) == 1
        ):
            return None  # "Turnout was 41%": a word that opens a sentence, once
        if (
            not self.german
            and len(span) == 1
            and (span[0].is_sent_start or span.start == 0)
            and span.text.lower() in context.lowered
            and (whole is None or "ctx" in whole.flags)
            and span.text not in context.inner_words
        ):
            return None  # "Club secretary …" where the text says "club" elsewhere

        if (
            not self.german
            and len(span) == 1
            and span.label_ == "MISC"
            and (span[0].pos_ == "ADJ" or span[0].tag_ == "JJ")
        ):
            return None  # "Iraqi officials": an adjective is no name
        if not self.german and self._demonym(span.text):
            if span.end < len(doc) and _is_lower_word(doc[span.end].text):
                return None  # "the Slovak player", "a Danish painter"
            if span.label_ != "MISC":
                return Span(doc, span.start, span.end, label="MISC")  # "the Slovak won"
        if span.label_ == "PER" and (
            digit := next((t.i for t in span[1:] if any(c.isdigit() for c in t.text)), None)
        ):
            end = digit  # "Aiko Mori 6-4 7-6": a score is no part of a name
        if (
            not self.german
            and len(span) > 1
            and span.label_ == "MISC"
            and span[-1].tag_ == "JJ"
            and span.end < len(doc)
            and doc[span.end].is_alpha
            and whole is None
        ):
            return None  # "South African president": an adjective of two words
        while (
            not self.german
            and end - start > 1
            and (
                (doc[start].lower_ in _COMPASS_WORDS and doc[start].text.islower())
                or (doc[start].is_sent_start and doc[start].is_stop and doc[start].text != "The")
            )
        ):
            start += 1  # "west London", "Across England"
        if (
            not self.german
            and whole is None
            and len(span) > 1
            and span[0].text == "The"
            and (
                ((rest := index.get(span[1:].text)) is not None and rest.is_entity)
                or (span.label_ == "ORG" and not _in_quotes(doc, span))
            )
        ):
            start += 1  # "The Associated Press": the name the list writes has no "The"
        if whole is None or not whole.is_entity:
            bracket = next((t.i for t in span if t.text in "([{"), None)
            if bracket is not None and bracket > start:
                end = bracket  # "… Transportation Authority (Septa": the name ends before
            while (
                end - start > 1
                and _is_lower_word(doc[end - 1].text)
                and not (doc[end - 2].text == "-" and not doc[end - 2].whitespace_)
            ):
                end -= 1  # "Johnson geh", not "Park Jun-seo"
            while (
                end - start > 1
                and _MEASURE.match(doc[end - 1].text)
                and end < len(doc)
                and doc[end].lower_ in _COUNT_NOUNS
            ):
                end -= 1  # "the Brahmaputra 1.1 metres above": a figure and its unit
            while end - start > 1 and (
                doc[end - 1].text in _AFTER_NAME
                or (doc[end - 1].text == "SC" and index.is_given_name(doc[start].text))
                # "Kitchissippi Coun. Harjit Grewal": the next name's title
                or doc[end - 1].text in _TITLES_BEFORE_THE_NEXT
            ):
                end -= 1  # "Rebecca Lowe KC", "Tobias Kwan SC" (not "Hamburger SC")
            end = _before_a_score(doc, start, end)  # "AS FAR 2-1": the match's score
            if (
                not self.german
                and end - start > 2
                and doc[end - 1].text in ("'s", "’s")
                and index.is_given_name(doc[start].text)
            ):
                end -= 1  # "Ernesto Valbuena's side": a person's possessive, outside
            if self.german:
                end = noun_after_name(
                    Span(doc, start, end, label=span.label_), index, text
                )  # "… Fußballgeschichte"
                last = doc[end - 1].text
                if (
                    span.label_ == "PER"
                    and end - start > 1
                    and index.is_common_noun(last, declined_only=True)
                    and not index.is_surname(last)
                    and not index.is_given_name(last)
                ):
                    end -= 1  # "Widodo Häfen": a person and a plural noun after him
                elif (
                    end - start > 1
                    and (
                        index.is_common_noun(last, declined_only=True)
                        or index.is_compound_noun(last)
                    )
                    and (rest := index.find(doc[start : end - 1].text)) is not None
                    and rest.is_entity
                    and rest.strong
                    and rest.label == span.label_ == "ORG"
                    and "ctx" not in rest.flags
                ):
                    end -= 1  # "WTO Gegenzölle": a body the list knows and a noun after it
            if self.german and self._kind_noun_before_a_known_name(doc, start, end):
                start += 1  # "die Umweltverbände Pro Natura", "der Automobilclub ADAC"
            if self.german and self._place_adjective(doc[start].text):
                # "Bremer Grünen": the party, not a place's name
                if end - start == 1 and end < len(doc) and doc[end].text[:1].isupper():
                    return None
                party = index.find(doc[start + 1 : end].text) if end - start > 1 else None
                if party is not None and "party" in party.flags:
                    start += 1
            if (
                self.german
                and end - start > 2
                and doc[start].text.endswith("er")
                and self._is_title_word(doc[start + 1].text)
            ):
                start += 1  # "Urner Gesundheitsdirektor Ruedi Imhof": a place's adjective
            if (
                self.german
                and end - start > 2
                and doc[start].text.endswith("er")
                and doc[start + 1].text in _PLACE_KINDS_DE
            ):
                start += 2  # "das Lausitzer Dorf Horno": the village alone
                village = True
            if (
                span.label_ == "PER"
                and end - start > 2
                and doc[start].text.isupper()
                and index.is_title(doc[start + 1].text)
            ):
                start += 1  # "RCMP Cpl Michael Dufresne": the force before the rank
            title_end = self._title_end(doc, start, end)
            if (
                span.label_ == "PER"
                and end - title_end == 1
                and not self._is_surname(doc[title_end].text, context.surnames)
            ):
                title_end = start  # "Lady Gaga": a title and one word that is no surname
            honorific = title_end > start and (
                doc[start].text in _HONORIFICS
                or (doc[start].text, doc[start + 1].text) in _TITLE_PAIRS
            )
            if title_end > start and (span.label_ == "PER" or title_end < end):
                named = doc[title_end:end].text
                if span.label_ == "PER" or honorific or index.find(named, german=self.german):
                    start = title_end
                if honorific and index.find(named, german=self.german) is None:
                    person = True  # "Ms Sandhu", "Cllr Ellie Whitcombe": a person
                elif self._titled_person(Span(doc, title_end, end, label=span.label_)):
                    start, person = title_end, True  # "Alhaji Musa Garba Danjuma", a body
            if (
                not self.german
                and span.label_ == "PER"
                and start == span.start
                and end - start > 2
                and (doc[start].is_sent_start or start == 0)
                and doc[start].text.istitle()
                and doc[start].text.lower() in self.english_words
                and not index.is_given_name(doc[start].text)
                and not index.is_surname(doc[start].text)
                and index.find(doc[start].text, german=False) is None
            ):
                start += 1  # "Opener Rashan Furbert": a role that opens a sentence
        while end - start > 1 and doc[start].text in ("the", "der", "die", "das"):
            start += 1  # "the Alliance of Small Island States (Aosis" cut at its bracket
            if end - start == 1 and doc[start].tag_ == "JJ":
                return None  # "the Dutch": an adjective for a people is no name
        if start == span.start and end == span.end:
            return span
        trimmed = doc[start:end]
        if len(trimmed) == 1 and self._is_title_word(trimmed.text):
            return None  # "Det Insp": titles all through
        if not trimmed.text[:1].isupper() and not trimmed.text[:1].isdigit():
            return None
        label = span.label_
        if person:
            label = "PER"
        elif village:
            label = "LOC"
        elif start != span.start and span.label_ != "PER":
            entry = index.find(trimmed.text, german=self.german)
            label = entry.label if entry is not None and entry.is_entity else label
        return Span(doc, start, end, label=label)

    def _english_word(self, lower: str) -> bool:
        """ "turnout", "skiers": an English word, or a noun's plural (the lemmatizer's
        tables hold base forms)."""
        words = self.english_words
        return (
            lower in words
            or (lower.endswith("s") and lower[:-1] in words)
            or (lower.endswith("ies") and lower[:-3] + "y" in words)
        )

    def _kind_noun_before_a_known_name(self, doc: Doc, start: int, end: int) -> bool:
        """A compound noun that says what a body is, then a body the index knows as written:
        the noun is no part of the name (unless the index has them together, "Stiftung
        Warentest")."""
        index, first = self.index, doc[start].text
        if end - start < 2 or not (first.isalpha() and first.istitle()):
            return False
        if index.get(first) is not None or self._place_adjective(first):
            return False
        if looks_like_adjective(first) or not (
            index.is_common_noun(first) or index.is_compound_noun(first)
        ):
            return False  # not "Zweiter Golfkrieg", "Sudanesische Volksbefreiungsarmee"
        if index.find(doc[start:end].text) is not None:
            return False
        rest = index.find(doc[start + 1 : end].text)
        return (
            rest is not None
            and rest.is_entity
            and rest.label == "ORG"
            and rest.strong
            and "ctx" not in rest.flags
        )

    def _titled_person(self, named: Span) -> bool:
        """A title's name, which the model called a body or a thing, that begins with a
        first name, in two to four capitalised words that name no body or place the
        index or their last word knows."""
        org_like = german_organisation_or_place if self.german else english_organisation_or_place
        last = named[-1].text
        return (
            2 <= len(named) <= 4
            and named.label_ in ("ORG", "MISC")
            # a surname, or a word no dictionary of the language knows ("King Abdullah
            # Canal" is a canal)
            and (
                self.index.is_surname(last)
                or (self.german and not self.index.is_common_noun(last))
                or (not self.german and last.lower() not in self.english_words)
            )
            and all(t.text[:1].isupper() and t.is_alpha for t in named)
            and self.index.is_given_name(named[0].text)
            and self.index.find(named.text, german=self.german) is None
            and not org_like(named.text)
        )

    def _is_word(self, lowered: set[str]) -> Callable[[str], bool]:
        """Whether a capitalised word is a word of the article's language."""
        if self.german:
            return lambda w: w.lower() in lowered or self.index.is_common_noun(w)
        english = self.english_words
        return lambda w: w.lower() in lowered or w.lower() in english

    def _demonym(self, word: str) -> bool:
        """ "Danish", "Slovak": a people's word of the list, no one's name."""
        entry = self.index.get(word)
        return (
            entry is not None
            and "demonym" in entry.flags
            and not self.index.is_given_name(word)
            and not self.index.is_surname(word)
        )

    def _is_title_word(self, word: str) -> bool:
        entry = self.index.get(word)
        if entry is not None and entry.is_entity:
            return False
        if self.index.is_title(word):
            return True
        return self.german and word.endswith("s") and word[:-1] in self.index.title_words

    def _is_surname(self, word: str, surnames: set[str]) -> bool:
        """A surname of the article (it ends a full name there) or of the index."""
        return self.index.is_surname(word) or word in surnames

    def _person_after_title(self, span: Span) -> Span:
        """ "Premierminister Yoshihiko Noda", "Der Premierminister von Japan, Yoshihiko
        Noda": a name of two words or more after a title is a person."""
        if span.label_ == "PER" or len(span) < 2 or not all(t.text[:1].isupper() for t in span):
            return span
        if self.index.find(span.text, german=self.german) is not None:
            return span
        doc = span.doc
        i = span.start - 1
        if i >= 0 and doc[i].text == ",":
            i -= 1
            # "… von Japan," / "… of Japan,": a place between the title and the name
            if i >= 1 and doc[i].text[:1].isupper() and doc[i - 1].lower_ in ("von", "of"):
                i -= 2
        if i >= 0 and self.index.is_title(doc[i].text):
            return Span(doc, span.start, span.end, label="PER")
        return span

    def _place_adjective(self, word: str) -> bool:
        """ "Bremer", "Berliner", "Münchner": an adjective made of a city's name."""
        if town_of_adjective(word, self.index) is None:
            return False
        own = self.index.get(word)
        return own is None or not own.strong

    def _title_end(self, doc: Doc, start: int, end: int) -> int:
        """The end of the titles that open doc[start:end] ("Secretary of State")."""
        index = self.index
        i = start
        if end - start > 2 and (town := index.get(doc[start : start + 2].text)) is not None:
            after = doc[start + 2].text
            if (
                town.source == "city"
                and town.label == "LOC"
                and not index.is_given_name(after)
                and not index.is_surname(after)
            ):
                return start  # "the Prince Albert Raiders": a town's name, no title
        while i < end - 1:
            word = doc[i].text
            if i + 2 < end and (word, doc[i + 1].text) in _TITLE_PAIRS:
                i += 2  # "Tan Sri Rahman Daud"
                continue
            if (
                word in _TITLE_SECONDS
                and i > 0
                and (doc[i - 1].text in _HONORIFICS or (doc[i - 1].text, word) in _TITLE_PAIRS)
            ):
                i += 1  # "Datuk Seri Anwar Ibrahim", "Sri" of "Tan Sri" left out of the span
                continue
            if index.is_title(word) or (i > start and word in ("of", "State", "General")):
                i += 1
                continue
            break
        while i > start and doc[i - 1].text in ("of",):
            i -= 1
        return i

    def _split(self, span: Span, names: _DocNames) -> list[Span]:
        """Two names the model merged: "Richard Nixon Trump", "Pelosi Trumps",
        "Trumps Kaufinteresse" (a genitive name before a noun is a name of its own)."""
        doc = span.doc
        if len(span) < 2 or self.index.find(span.text, german=self.german) is not None:
            return [span]
        if dated := _split_at_a_spaced_dash(span):
            return [dated[0], *self._split(dated[1], names)]
        if self.german and (parts := self._body_of_a_country(span)):
            return parts
        if (
            not self.german
            and len(span) >= 3
            and span[0].text in _SEAT_TITLES
            and span[1].lower_ in ("for", "of")
            and span[2].text[:1].isupper()
        ):
            return [Span(doc, span.start + 2, span.end, label="LOC")]  # "MSP for Argyll"
        if not self.german and len(span) >= 3 and (parts := split_at_role(span, self.index)):
            return parts  # "Halvora Chief Executive Mette Kjærgaard"
        if not self.german and (tail := self._person_at_the_end(span, names)):
            return tail
        if not self.german and (parts := self._owner_and_part(span)):
            return parts
        if not self.german and (parts := split_between_places(span, self.index)):
            return parts
        if not self.german and (parts := split_at_and(span, self.index)):
            return parts
        if not self.german and (parts := split_at_kind_word(span, self.index, self.english_words)):
            return parts
        if not self.german and (parts := split_at_preposition(span, self.index)):
            return [part for p in parts for part in self._split(p, names)]
        party = self.index.find(doc[span.start].text, german=self.german)
        if (
            len(span) >= 2
            and party is not None
            and "party" in party.flags
            and (
                (len(span) >= 3 and self.index.is_given_name(doc[span.start + 1].text))
                or doc[span.start + 1 : span.end].text in names.surnames
            )
        ):
            # "der Grünen Christiane Hinninger", "der Grünen Seer": a party and its member
            return [
                Span(doc, span.start, span.start + 1, label="ORG"),
                Span(doc, span.start + 1, span.end, label="PER"),
            ]
        if party is not None and "party" in party.flags and span.label_ == "ORG" and len(span) == 2:
            home = self.index.get(doc[span.start + 1].text)
            if home is not None and home.label == "LOC" and home.source in ("list", "city"):
                return [span]  # "NPD Thüringen": the party's branch there
        if parts := self._person_begins_inside(span, names):
            return parts
        # what the rest of the document names (this span's own words prove nothing)
        others = names
        own = span.text
        # a genitive name followed by words that are no name: the name alone
        for i in range(span.start, span.end - 1):
            word = doc[i].text
            rest = doc[i + 1 : span.end].text
            if not (
                self.german
                and word.endswith("s")
                and len(word) > 3
                and others.known(word[:-1], own)  # "Trumps", not "Carlos" in "Juan Carlos I."
            ):
                continue
            body = self.index.find(rest)
            label = others.label(word) or span.label_  # "Trumps Wahlkampfkomitee"
            genitive = Span(doc, span.start, i + 1, label=label)
            if body is None and not others.known(rest, own):
                return self._split(genitive, names)
            if body is not None and body.strong and body.label == "ORG" and label == "PER":
                # "Matteo Salvinis Lega": a person's party
                party_span = Span(doc, i + 1, span.end, label="ORG")
                return [*self._split(genitive, names), party_span]
        if self.german:
            owner = self._genitive_before_nouns(span, names)
            if owner is not None:
                return [owner]
        for i in range(span.start + 1, span.end - 1):
            if doc[i].text in _CONJUNCTIONS:
                # "The Daily Telegraph and Business Insider": two names and a word
                left, right = doc[span.start : i], doc[i + 1 : span.end]
                if (
                    self._index_name(left.text, others, own)
                    and self._index_name(right.text, others, own)
                ) or _two_companies(left, right):
                    parts = []
                    for part in (left, right):
                        entry = self.index.find(part.text, german=self.german)
                        label = others.label(part.text) or (
                            entry.label if entry is not None else span.label_
                        )
                        parts.extend(
                            self._split(Span(doc, part.start, part.end, label=label), names)
                        )
                    return parts

        for cut in range(span.start + 1, span.end):
            # "des Auswärtigen Amtes Togo": a name in the genitive and a place the index
            # knows for sure ("Amnesty International Deutschland" is one: a branch)
            left, right = doc[span.start : cut], doc[cut : span.end]
            known = [self.index.find(part.text, german=self.german) for part in (left, right)]
            if (
                self.german
                and left[-1].text.endswith("es")
                and known[0] is not None
                and known[0].is_entity
                and known[1] is not None
                and known[1].strong
                and known[1].label == "LOC"
            ):
                return [
                    Span(doc, part.start, part.end, label=entry.label)
                    for part, entry in zip((left, right), known, strict=True)
                    if entry is not None
                ]
        last = doc[span.end - 1].text
        if (
            self.german
            and span.label_ == "PER"
            and len(span) >= 3
            and last.endswith("s")
            and others.known(last[:-1], own)
            and any(self.index.is_given_name(t.text) for t in span[:-1])
        ):
            # "Guyanas Präsident Irfaan Ali Maduros Forderung": a person, then another's
            # genitive before what is his
            return [
                Span(doc, span.start, span.end - 1, label="PER"),
                Span(doc, span.end - 1, span.end, label=others.label(last) or "PER"),
            ]
        if (
            self.german
            and len(last) > 3
            and last.endswith("s")
            and others.known(last[:-1], own)
            and others.label(last) == "PER"  # "Sicherheitsrat Japans" is one name
            and (left_entry := self.index.find(span[:-1].text, german=True)) is not None
            and left_entry.is_entity
            and left_entry.strong
        ):
            # "auf Twitter Trumps Kommentare": a name the list knows, then another's
            # genitive before what is his
            return [
                Span(doc, span.start, span.end - 1, label=left_entry.label),
                Span(doc, span.end - 1, span.end, label="PER"),
            ]
        if span.label_ == "ORG" and (parts := self._body_and_person(span, names)):
            return parts
        if self.german and (parts := self._noun_and_person(span, names)):
            return parts
        if self.german and (person := self._person_and_noun(span, names)):
            return [person]
        # "Van Acker", "Ní Fhlatharta": a surname with its particle, not "Van" and "Acker"
        if span.label_ == "PER" and (
            doc[span.start].lower_ in NAME_PARTICLES or doc[span.start].text in IRISH_PARTICLES
        ):
            return [span]
        for cut in range(span.start + 1, span.end):
            left, right = doc[span.start : cut], doc[cut : span.end]
            if (
                self._distinct_name(left.text, others, own)
                and self._distinct_name(right.text, others, own)
                # "Nazmul Karim" after "Mohammad Nazmul Karim": two parts of one person
                and not self._one_person(own, left.text, right.text, others)
                # "the KwaZulu-Natal Department of Health": a place's body, named by it
                and not (
                    not self.german
                    and span.label_ == "ORG"
                    and doc[cut].text in _BODIES_AFTER_A_PLACE
                    and others.label(left.text) == "LOC"
                )
            ):
                return [
                    Span(doc, left.start, left.end, label=others.label(left.text) or span.label_),
                    Span(
                        doc, right.start, right.end, label=others.label(right.text) or span.label_
                    ),
                ]
        return [span]

    def _one_person(self, own: str, left: str, right: str, names: _DocNames) -> bool:
        """ "Nazmul Karim" after "Mohammad Nazmul Karim", "Jon Ander Lasarte": a part's
        name holds this name, or is this name and the other part is no more than itself;
        "Pelosi Trumps" (Nancy Pelosi's surname) and "Ekrem İmamoğlu Istanbul" (a place
        the index knows for sure) split."""
        for part, other in ((left, right), (right, left)):
            key = names.key(part)
            if f" {own} " not in f" {key} ":
                continue
            if key != own:
                return True  # a longer name of the article holds this one
            entry = self.index.find(part, german=self.german)
            if entry is not None and entry.strong and entry.label != "PER":
                continue
            if names.key(other) == other:
                return True
        return False

    def _owner_and_part(self, span: Span) -> list[Span] | None:
        """ "University of Iceland's Institute of Earth Sciences", "the National Assembly's
        Committee on Delegated Legislation": a body and its part, two names."""
        doc = span.doc
        for i in range(span.start + 1, span.end - 1):
            if doc[i].text not in ("'s", "’s"):
                continue
            left, right = doc[span.start : i], doc[i + 1 : span.end]
            owner = self.index.find(left.text, german=False)
            part = right[0].text in EN_ORG_HEADS or (
                right[0].text[:1].isupper() and english_head(right.text) in _PART_HEADS
            )
            if part and (
                english_head(left.text) in EN_ORG_HEADS | _PART_HEADS
                or (owner is not None and owner.label == "ORG")
            ):
                return [
                    Span(doc, left.start, left.end, label="ORG"),
                    Span(doc, right.start, right.end, label="ORG"),
                ]
        return None

    def _person_at_the_end(self, span: Span, names: _DocNames) -> list[Span] | None:
        """ "Minister of Water and Irrigation Raed Khasawneh": a remit the model ran into
        the person after it, whom the article calls by the surname alone elsewhere; the
        person, and the remit only where it is a name of its own."""
        doc = span.doc
        if len(span) < 3 or span.label_ == "PER":
            return None
        first, last = doc[span.end - 2].text, doc[span.end - 1].text
        votes = names.votes.get(last)
        if not (
            votes
            and votes.most_common(1)[0][0] == "PER"
            and self.index.is_given_name(first)
            and not any(self.index.is_given_name(t.text) for t in span[:-2])
        ):
            return None
        person = Span(doc, span.end - 2, span.end, label="PER")
        rest = doc[span.start : span.end - 2]
        entry = self.index.find(rest.text, german=False)
        if (entry is not None and entry.is_entity) or rest.text in names.votes:
            return [Span(doc, rest.start, rest.end, label=span.label_), person]
        return [person]

    def _person_begins_inside(self, span: Span, names: _DocNames) -> list[Span] | None:
        """ "in Straßburg Ursula von der Leyen gewählt": the model's name ran on into the
        first word of a person the article names in full; the name before it, and the
        person."""
        doc = span.doc
        for cut in range(span.start + 1, span.end):
            for full in names.people.get(doc[cut].text, ()):
                if full in span.text:
                    continue
                end = next(
                    (
                        e
                        for e in range(span.end + 1, min(len(doc), cut + 8) + 1)
                        if doc[cut:e].text == full
                    ),
                    None,
                )
                if end is None or names.label(full) != "PER":
                    continue
                left = doc[span.start : cut]
                entry = self.index.find(left.text, german=self.german)
                label = names.label(left.text) or (entry.label if entry is not None else None)
                if label is not None:
                    return [
                        Span(doc, span.start, cut, label=label),
                        Span(doc, cut, end, label="PER"),
                    ]
        return None

    def _body_and_person(self, span: Span, names: _DocNames) -> list[Span] | None:
        """ "der Europäischen Kommission Jacques Delors": a body the index knows and a
        first name with a surname after it are two names (the body's head and its
        person, "Präsident der … Jacques Delors"); so are "die CIA Curveball nicht
        treffen lassen" where the article calls "Curveball" alone a person."""
        doc = span.doc
        for cut in range(span.start + 1, span.end):
            left = doc[span.start : cut]
            right = doc[cut : span.end]
            entry = self.index.find(left.text, german=self.german)
            if entry is None or entry.label != "ORG" or not (entry.strong or len(left) > 1):
                continue
            votes = names.votes.get(right.text)
            whole = names.votes.get(span.text)
            if (
                len(right) <= 3
                and (
                    (len(right) > 1 and self.index.is_given_name(right[0].text))
                    or (
                        # "Curveball" a person four times, "CIA Curveball" once
                        votes is not None
                        and votes["PER"] >= 2
                        and votes.most_common(1)[0][0] == "PER"
                        and (whole is None or whole.total() == 1)
                    )
                )
                and all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES for t in right)
            ):
                return [
                    Span(doc, left.start, left.end, label="ORG"),
                    Span(doc, right.start, right.end, label="PER"),
                ]
        return None

    def _person_and_noun(self, span: Span, names: _DocNames) -> Span | None:
        """ "wie Lafontaine Justizschelte betreiben": the article's person and the common
        noun after it; the person alone."""
        doc, index = span.doc, self.index
        last = doc[span.end - 1].text
        rest = doc[span.start : span.end - 1]
        if (
            span.label_ == "PER"
            and len(span) >= 2
            and (index.is_common_noun(last) or index.is_compound_noun(last))
            # "Präsident Widodo Häfen": a plural is no surname, whatever the lists say
            and (not index.is_surname(last) or index.is_common_noun(last, declined_only=True))
            and not index.is_given_name(last)
            and index.get(last) is None
            and not index.is_given_name(rest[-1].text)  # "Nadine Bernshausen"
            and names.label(rest.text) == "PER"
        ):
            return Span(doc, rest.start, rest.end, label="PER")
        return None

    def _noun_and_person(self, span: Span, names: _DocNames) -> list[Span] | None:
        """ "des Umweltausschusses Pascal Canfin", "des Forschungszentrums Wendt": a
        common noun before a person (a first name, or a person the article names); the
        noun stays a name only where it names a body ("Umweltausschuss")."""
        doc, index = span.doc, self.index
        first = doc[span.start].text
        right = doc[span.start + 1 : span.end]
        entry = index.get(first)
        if (
            len(right) > 3
            # "des Parlaments Edgar Zambrano": a word the corpus also writes as a name
            or (entry is not None and "noun" not in entry.flags)
            or index.is_given_name(first)
            or index.is_surname(first)
            or not (
                index.is_common_noun(first)
                or index.is_compound_noun(first)
                or (entry is not None and "noun" in entry.flags)
            )
            or not all(t.text[:1].isupper() for t in right)
        ):
            return None
        seat = index.get(right[0].text)
        if seat is not None and seat.label == "LOC" and "major" in seat.flags:
            return None  # "vor dem Landgericht Berlin I": a court's seat, no person
        person = index.is_given_name(right[0].text) and not index.is_common_noun(right[0].text)
        # a person the article names apart from this span ("Eddan Katz" proves nothing)
        known = right.text in names.votes and names.label(right.text) == "PER"
        known = known or bool(names.surnames.get(right.text, set()) - {span.text})
        if not (person and len(right) > 1) and not known:
            return None
        parts = [Span(doc, right.start, right.end, label="PER")]
        if looks_like_an_organisation(first):
            parts.insert(0, Span(doc, span.start, span.start + 1, label="ORG"))
        return parts

    def _body_of_a_country(self, span: Span) -> list[Span] | None:
        """ "des Außenministeriums Russlands": a state's body and the country it serves
        in the genitive, two names (as "Senat der Vereinigten Staaten")."""
        doc = span.doc
        if len(span) != 2 or not _MINISTRY_OR_PARLIAMENT.search(doc[span.start].text):
            return None
        country = doc[span.start + 1].text
        entry = self.index.get(country[:-1]) if country.endswith("s") else None
        if entry is None or entry.label != "LOC" or entry.source not in ("country", "list"):
            return None
        return [
            Span(doc, span.start, span.start + 1, label="ORG"),
            Span(doc, span.start + 1, span.end, label="LOC"),
        ]

    def _genitive_before_nouns(self, span: Span, names: _DocNames) -> Span | None:
        """ "George Orwells Roman", "Bayerns Stürmer", "in Epsteins Haus": a genitive
        name and the common nouns it owns; the name alone, a person where it starts with
        a first name or is a person of the article."""
        doc, index = span.doc, self.index
        for i in range(span.start, span.end - 1):
            word = doc[i].text
            rest = doc[i + 1 : span.end]
            if not (word.endswith("s") and len(word) > 3 and word[:-1].isalpha()):
                continue
            if i == span.start and index.is_given_name(word):
                continue  # "Andreas Kleiber": a first name, no genitive
            plain = index.get(word)
            if plain is not None and plain.is_entity and index.get(word[:-1]) is None:
                continue  # "Glarus Süd", "Paris Nord": the -s is the name's own
            owned = index.find(rest.text)
            if (
                owned is not None
                and owned.label == "LOC"
                and ("major" in owned.flags or is_seated(word))
            ):
                continue  # "des Landeskriminalamts Berlin", "… Niedersachsen": a body's seat
            if (owned is not None and "noun" not in owned.flags) or not all(
                t.text[:1].isupper() and self._is_noun(t.text) for t in rest
            ):
                continue  # "Roman" is a town too, and a noun after a genitive
            entry = index.find(doc[span.start : i + 1].text)
            if i > span.start and index.is_given_name(doc[span.start].text):
                label = "PER"
            elif entry is not None and entry.is_entity:
                label = entry.label
            elif i == span.start and span.label_ == "PER" and index.is_surname(word[:-1]):
                label = "PER"  # "Schröders Chinapolitik"
            elif i == span.start and names.label(word) == "PER" and names.known(word, span.text):
                label = "PER"  # "in Epsteins Haus" after "Jeffrey Epstein"
            else:
                continue  # "Federal Funds Rate": an -s that need not be a genitive
            return Span(doc, span.start, i + 1, label=label)
        return None

    def _is_noun(self, word: str) -> bool:
        """A German common noun, a compound of one, or a word the index flags as one."""
        index = self.index
        entry = index.get(word)
        return (
            index.is_common_noun(word)
            or index.is_compound_noun(word)
            or (entry is not None and "noun" in entry.flags)
        )

    def _genitive_owner(self, word: str, context: _Context) -> str | None:
        """The label of a genitive name after a state's body: a place the index knows
        ("Boliviens") or a person of the article ("Mesas" of "Carlos Mesa")."""
        if len(word) < 3 or not word.endswith("s") or not word[:1].isupper():
            return None
        base = word[:-1]
        if base in context.surnames:
            return "PER"
        entry = self.index.find(base, german=True)
        if entry is not None and entry.is_entity and entry.label == "LOC" and entry.strong:
            return "LOC"
        return None

    def _distinct_name(self, text: str, names: _DocNames, exclude: str) -> bool:
        """A part of a merged span that names something of its own: a full name of the
        document, the surname of one, or a place or body the index knows for sure.
        A bare word the model also labelled alone is not enough ("Kim Jong-un")."""
        if not names.known(text, exclude):
            return False
        if (
            not self.german
            and english_head(text) in EN_ORG_HEADS
            and all(w.lower() in self.english_words for w in text.split())
            and self.index.find(text, german=False) is None
        ):
            return False  # "Cricket Club" of "Somerset Cricket Club": a kind, no name
        base = names.key(text)
        if base == exclude and exclude.startswith(text + " "):
            return False  # "Mark" of "Mark Halloran" is that person, not another name
        if " " in base or names._surname(base, exclude) or base != text.removesuffix("s"):
            return True
        entry = self.index.find(text, german=self.german)
        # "Parlament Boliviens" stays one: a word that needs context splits nothing
        return entry is not None and entry.strong and entry.is_entity and "ctx" not in entry.flags

    def _index_name(self, text: str, names: _DocNames, exclude: str) -> bool:
        if names.known(text, exclude):
            return True
        entry = self.index.find(text, german=self.german)
        return entry is not None and entry.is_entity and entry.source != "corpus"

    # -- names from the index ----------------------------------------------------

    def _add_index_matches(
        self, doc: Doc, spans: list[Span], words: list[str], text: str
    ) -> list[Span]:
        """Names the index knows and the model missed, where the match is unambiguous.
        `text`: the document's text (a name's text is cut from it, not made by a Span)."""
        index = self.index
        starts = doc.to_array("IDX").tolist() if len(doc) else []
        covered = [False] * (len(doc) + 1)
        for span in spans:
            for i in range(span.start, span.end):
                covered[i] = True
        # "Senat" alone is a legislature only where the article names one for sure
        legislature = any(
            (e := index.get(s.text)) is not None and "legislature" in e.flags for s in spans
        ) or any(
            ((e := index.get(w)) is not None and "legislature" in e.flags and "ctx" not in e.flags)
            or w in _PARLIAMENT  # "Parlament" is no name, but a parliament is spoken of
            for w in words
        )
        # "den Kongress" in an article about the United States: its Congress
        legislature = legislature or (self.german and _about_the_us(words))
        upper = [w[:1].isupper() for w in words]
        lowered = {w for w, up in zip(words, upper, strict=True) if not up and w[:1].islower()}
        added: list[Span] = []
        replaced: set[int] = set()
        # where the model's places start and end: "Mit Konstanz und Tübingen"
        places = (
            {s.start for s in spans if s.label_ == "LOC"},
            {s.end for s in spans if s.label_ == "LOC"},
        )
        i = 0
        while i < len(words):
            word = words[i]
            if not upper[i] and word not in index.lower_starts and not word[:1].isdigit():
                i += 1
                continue
            match = None
            for n in range(min(index.span_limit(word, german=self.german), len(words) - i), 0, -1):
                last = words[i + n - 1]
                if n > 1 and upper[i] and not upper[i + n - 1] and not last[:1].isdigit():
                    continue  # "FTSE 250", "Formula 1" end in a number
                name = text[starts[i] : starts[i + n - 1] + len(last)] if n > 1 else word
                # "infratest dimap" only as written
                entry = index.find(name, german=self.german) if upper[i] else index.get(name)
                if entry is not None and entry.is_entity:
                    match = (i, i + n, entry)
                    break
            if match is None:
                i += 1
                continue
            start, end, entry = match
            if any(covered[j] for j in range(start, end)):
                # a longer name from a curated list takes in the model's shorter spans, and
                # a town's name of several words the model's shorter places ("Palm Beach")
                inside = (
                    [s for s in spans if s.start < end and start < s.end]
                    if end - start > 1 and "long" not in entry.flags
                    else []
                )
                if not entry.strong and not (
                    entry.label == "LOC" and all(s.label_ == "LOC" for s in inside)
                ):
                    inside = []
                if not (
                    inside
                    and all(start <= s.start and s.end <= end for s in inside)
                    and any(len(s) < end - start for s in inside)
                ):
                    i += 1
                    continue
                replaced.update(id(s) for s in inside)
            elif not self._unambiguous(
                doc[start:end], entry, lowered, legislature
            ) and not _listed_with_a_place(doc[start:end], entry, places):
                i += 1
                continue
            added.append(Span(doc, start, end, label=entry.label))
            for j in range(start, end):
                covered[j] = True
            i = end
        return [s for s in spans if id(s) not in replaced] + added

    def _unambiguous(self, span: Span, entry: Entry, lowered: set[str], legislature: bool) -> bool:
        """Whether an index match is a name here, without the model's word for it."""
        first = span[0]
        sentence_start = first.is_sent_start or first.i == 0
        if "long" in entry.flags:
            return False
        if "party" in entry.flags and _party_after_a_name(span):
            return True  # "Ladina Caduff-Casutt (Die Mitte)", "Gregor Gysi (Linke)"
        if sentence_start and span[0].lower_ in _ARTICLES:
            return False  # "Die Welt ist …": the paper only inside a sentence

        if "ctx" in entry.flags:
            if sentence_start or "legislature" not in entry.flags:
                return False
            # "der Senat", "im Senat" (flag `article`): with the article it is one body
            # (of a state, a town, a court), even where the article names no parliament
            doc = span.doc
            before = doc[first.i - 1].lower_
            # "der Senat der Universität": one of its kind, named by what it belongs to
            after = doc[span.end].lower_ if span.end < len(doc) else ""
            return legislature or (
                "article" in entry.flags
                and before in _DEFINITE_BEFORE
                and after not in ("der", "des")
            )
        if not self.german and first.pos_ and first.pos_ not in ("PROPN", "NOUN"):
            return False
        if self.german and entry.source == "city" and _beside_an_english_joint(span):
            return False  # "in Brecon and Radnorshire": part of an English name
        if len(span) > 1:
            return entry.source != "corpus" or not sentence_start
        word = span.text
        if word.lower() in lowered and word[:1].isupper():
            return False  # "Union" where the text says "union" too; "dpa" is written so
        if entry.source == "list":
            if (
                entry.label == "ORG"
                and "noun" in entry.flags
                and self.german
                and _after_an_indefinite(span.doc, first.i)
            ):
                return False  # "auf einem Volkskongress", "über einen Ethikrat": one of many
            return not (
                "noun" in entry.flags
                and sentence_start
                and (not self.german or self.index.is_common_noun(word))
            )  # German: the lexicon's noun flag is on proper nouns too ("Bundestag")
        if entry.source == "country":
            # every country is a noun to the lexicon; "Polen" opening a sentence may be
            # Poles, "Libyen" is Libya
            if not self.german:
                return not ("noun" in entry.flags and sentence_start)  # "Island …"
            return not (sentence_start and self.index.is_common_noun(word))
        if entry.source == "city":
            person = {"given", "surname"} & entry.flags
            if not person and "noun" not in entry.flags and not sentence_start:
                return True
            if not person and "noun" not in entry.flags and _a_dateline(span):
                return True  # "Wilhelmshaven. Am JadeWeserPort …"
            if (
                self.german
                and "common_noun" not in entry.flags
                and first.i > 0
                and span.doc[first.i - 1].text in _TOWN_PREPOSITIONS_DE
                and (span.end == len(span.doc) or not span.doc[span.end].text[:1].isupper())
            ):
                return True  # "bei Kufstein", "aus Passau": a word form, but no noun
            if (
                not self.german
                and not person
                and "noun" not in entry.flags
                and first.pos_ == "PROPN"
                and span.end < len(span.doc)
                and span.doc[span.end].pos_ in ("VERB", "AUX")
            ):
                return True  # "Gaborone has argued for years": a town as its government
            # "at Old Trafford in Manchester", "in Lausanne": a town that is a surname, a
            # first name or a word too, right after "in"
            doc = span.doc
            return (
                not self.german  # "in Halle 4", "in Art und Weise"
                and first.i > 0
                and doc[first.i - 1].lower_ == "in"
                and span.text not in _MONTHS  # "in March"
                and (span.end == len(doc) or not doc[span.end].text[:1].isupper())
            )
        return False

    # -- labels ------------------------------------------------------------------

    def _settle_labels(
        self, spans: list[Span], names: _DocNames, text: str, kinds: set[str]
    ) -> list[Span]:
        """One label per name: a curated list or official country name decides (not a
        word that needs context: "Polen" the people or the country), then the
        document's majority; a city the model called otherwise is a place where the
        text says so ("in Gateshead"; "bei Toyota" is the company), except a name a
        company's or broadcaster's noun typed (`kinds`)."""
        settled: dict[str, str] = {}
        groups: dict[str, Counter[str]] = defaultdict(Counter)
        located: set[str] = set()
        reached: set[str] = set()
        placed: set[str] = set()  # German: after "von", a place's noun or "im … en"
        located_ends: dict[int, bool] = {}  # ends of mentions after "in": whether in a list
        kind_of_place: set[str] = set()  # "the Rača border crossing": a thing to the model too
        speaking: set[str] = set()  # English: "X said", "told X"
        aged: set[str] = set()  # English: a person's marks, an age or "who" after
        for span in sorted(spans, key=lambda s: s.start):
            key = names.key(span.text)
            # the model reads "Curveballs Akte" as a place as readily as "Bayerns Stürmer"
            groups[key][span.label_] += 1 if names.genitive(span.text) else 2
            after = span.doc[span.end].text if span.end < len(span.doc) else ""
            before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
            if (
                not self.german
                and before not in ("and", "or", "of")
                and (
                    after in _SPEECH_AFTER
                    or before in _SPEECH_BEFORE
                    or (
                        before == "the"
                        and span.start > 1
                        and span.doc[span.start - 2].lower_ in _SPEECH_BEFORE
                    )
                )
            ):
                speaking.add(key)
            if not self.german and (
                (before == "old" and span.start > 2 and span.doc[span.start - 3].lower_ == "year")
                or before.endswith("year-old")
                or (
                    after == ","
                    and span.end + 1 < len(span.doc)
                    and span.doc[span.end + 1].lower_ == "who"
                )
            ):
                aged.add(key)  # "17-year-old Davion Wint", "Malaya Nuvaqiq, who voted"
            if (
                before in _MOTION
                and not (after.isalpha() and after.islower())  # "to Munster crown"
            ):
                reached.add(key)  # "returning to Tunis", "flights from Kigali"
            if self.german and _placed_de(span):
                placed.add(key)
            if (
                (
                    before in _LOCATIVE
                    # "at Kaub", "on Svalbard": one word; "at Capital Economics" works
                    # there, "in a post on X" is the platform
                    or (
                        before in ("at", "on")
                        and not self.german
                        and len(span) == 1
                        and len(span.text) > 1
                    )
                )
                and after not in ("'s", "’s")
                and not names.genitive(span.text)  # "in Curveballs Akte"
                and not (span.start > 1 and span.doc[span.start - 2].lower_ in _STAKES)
            ):
                located.add(key)
                located_ends[span.end] = False
            elif _listed_after(span, located_ends) and after not in ("'s", "’s"):
                located.add(key)  # "in Guinobatan and Camalig", "in Tabaco, Pilar and Matnog"
                located_ends[span.end] = True
            elif not self.german and (
                _before_a_place_noun(span) or self._before_a_known_place(span, spans)
            ):
                located.add(key)
                if _before_a_place_noun(span):
                    kind_of_place.add(key)
        people = {next(iter(full)) for full in names.surnames.values() if len(full) == 1}
        typed = {} if self.german else typed_by_noun(spans, names.key, self.index)
        located -= {names.key(name) for name in kinds}  # "Fernsehsender Press TV" … "in Press TV"
        # "Mr Kehoe", "Prof Lind": a name after a title is a person's, known or not
        titled = {
            names.key(s.text)
            for s in spans
            if s.start > 0 and self.index.is_title(s.doc[s.start - 1].text)
        }
        # "sein Zwillingsbruder Lech": a first name a list also knows as a place
        # a label the words around a mention settle ("sein Zwillingsbruder Lech": a
        # first name a list also knows as a place); the index does not overrule it
        settled_by_words = {names.key(s.text): s.label_ for s in spans if sure_label(s) == s.label_}
        # "MILAN, Oct 5 (Reuters) -": a city in capitals opening a paragraph
        datelines = {
            names.key(s.text): bool(_DATELINE_AFTER.match(text, s.end_char))
            for s in spans
            if s.text.isupper() and (s.start_char == 0 or text[s.start_char - 1] == "\n")
        }
        # "Leeds" after "Leeds United": the first word of one organisation is no person

        heads: dict[str, set[str]] = defaultdict(set)
        # "Clare" of "Clare County Council": the place a council is named by
        council_places = {
            span[0].text
            for span in spans
            if span.label_ == "ORG"
            and len(span) > 2
            and span[1].text in COUNCIL_WORDS
            and span[-1].text == "Council"
        }
        for span in spans:
            first = 1 if span[0].lower_ in _ARTICLES else 0  # "The Goa Coastal … Authority"
            if (
                span.label_ == "ORG"
                and len(span) > first + 1
                # "Clare County Council": a council named by its place, which stays one
                and span[first + 1].text not in COUNCIL_WORDS
            ):
                heads[span[first].text].add(span.text)
        # "Barrick Niugini" of "Barrick Niugini Limited", "Kaveri Cell" of "Kaveri Cell
        # Technologies Ltd": a company without its form (and the word before it)
        companies = {
            span[:k].text
            for span in spans
            if span.label_ == "ORG" and len(span) > 2 and span[-1].text in _COMPANY_FORMS
            for k in range(2, len(span))
        }
        for key, votes in groups.items():
            entry = self.index.find(key, german=self.german)
            label = votes.most_common(1)[0][0]
            if label == "PER" and len(heads.get(key, ())) == 1:
                label = "ORG"
            if key in people and not (entry is not None and entry.strong and entry.label == "LOC"):
                label = "PER"  # "Ghedi" four times as ORG is still Ali Mohammed Ghedi
            elif (
                label == "ORG"
                and " " not in key
                and len(names.surnames.get(key, ())) > 1
                and not heads.get(key)
                and entry is None
            ):
                label = "PER"  # "Lagat" of "Dominic Lagat" and of his brother "Hillary Lagat"

            if entry is not None and entry.is_entity and "ctx" not in entry.flags:
                by_words = settled_by_words.get(key)
                if entry.strong and not (
                    by_words is not None and (by_words != "PER" or "given" in entry.flags)
                ):
                    label = entry.label
                elif entry.source == "city" and label != "LOC" and key in located:
                    label = "LOC"
                elif (
                    self.german
                    and entry.source == "city"
                    and label in ("ORG", "PER")
                    and key in placed
                    and key not in people
                ):
                    label = "LOC"  # "der Attentäter von Christchurch", "die Stadt Jericho"
                elif (
                    not self.german
                    and entry.source == "city"
                    and label == "MISC"
                    and " " not in key
                    and "demonym" not in entry.flags
                    and key in reached
                ):
                    label = "LOC"  # "returning to Tunis": a city the model took for a people
                elif (
                    not self.german
                    and entry.source == "city"
                    and label in ("ORG", "PER")
                    and "org" not in entry.flags
                    and (label == "ORG" or "given" not in entry.flags)
                    and (key not in people or " " in key)  # "Milton Keynes" is a town
                    # "Leeds" after "Leeds United"; "Goa" of "Goa Foundation" and "Goa
                    # Coastal Zone Management Authority" is the place they are named by
                    and len(heads.get(key, ())) != 1
                ):
                    # "Budapest had wanted …": a capital for its government; "Düsseldorf"
                    # is no person
                    label = "LOC"
            elif (
                entry is None
                and (label in ("ORG", "PER") or (label == "MISC" and key in kind_of_place))
                and key in located
                and key not in people
                and not looks_like_an_organisation(key)
            ):
                label = "LOC"  # "in Stone Town", "on Unguja": where a thing happens
            elif (
                not self.german
                and entry is None
                and label in ("ORG", "PER")
                and key in council_places
                and key not in people
            ):
                label = "LOC"  # "east Clare" beside "Clare County Council"
            if (
                self.german
                and label in ("ORG", "LOC")
                and entry is None
                and genitive_of_a_person_name(key, self.index)
            ):
                label = "PER"  # "unter dem Regime Saddams": the model's body
            if (
                label == "LOC"
                and key in speaking
                and entry is None
                and key not in located
                and key.split()[-1] not in EN_PLACE_ONLY_HEADS
                and not self.index.is_given_name(key.split()[0])
            ):
                label = "ORG"  # "Debswana said", "told Mongabay": a place no list knows
            if (
                label in ("LOC", "ORG")
                and key in aged
                and entry is None
                and len(key.split()) == 2
                and key.replace(" ", "").replace("-", "").isalpha()
                and not looks_like_an_organisation(key)
                # "West Coast, who had three players on the bench": a side, no one's name
                and key.split()[0].lower() not in _COMPASS_WORDS
            ):
                label = "PER"
            if label == "PER" and key.isupper() and len(key) > 1 and key not in people:
                label = "ORG"  # "LSEG", "BDLS": an acronym names no person
            if not self.german:
                label = english_label(key, label, self.index, typed.get(key), datelines.get(key))
                if (
                    label == "PER"
                    and " " not in key
                    and key not in people
                    and key not in titled
                    and entry is None
                    and not self.index.is_surname(key)
                    and not self.index.is_given_name(key)
                    and key.isalpha()
                ):
                    label = "ORG"  # "Aslef", "Acas", "Sumar": one word no list knows as a name
            if (
                not self.german
                and label == "PER"
                and " " in key
                and key.rsplit(" ", 1)[1] in _PLACE_LAST_WORDS
                and votes["LOC"] >= votes["PER"]
            ):
                label = "LOC"  # "Orangi Town, who …", "Yell Sound": no person's name
            if label == "PER" and key in companies:
                label = "ORG"
            elif label == "LOC" and key in companies and entry is None and key not in located:
                label = "ORG"  # "Kayu Indah" after "Kayu Indah Timber Ltd": the company
            settled[key] = label
        if not self.german:
            # "Tomas" after "Typhoon Tomas" is the storm
            storms = {key.split()[-1] for key in settled if storm_name(key)}
            settled.update({key: "MISC" for key in settled if key in storms})
        else:  # "Dorian" after "Hurrikan" is the storm wherever the article names it
            storms = {
                names.key(s.text)
                for s in spans
                if s.start > 0 and s.doc[s.start - 1].text in STORM_WORDS_DE
            }
            settled.update({key: "MISC" for key in settled if key in storms})
        self._full_names_of_people(settled, speaking)
        self._acronyms_as_their_names(spans, names, settled)
        return [
            s
            if settled[names.key(s.text)] == s.label_
            else Span(s.doc, s.start, s.end, label=settled[names.key(s.text)])
            for s in spans
        ]

    def _before_a_known_place(self, span: Span, spans: list[Span]) -> bool:
        """ "Calai, Angola", "Matnog, Sorsogon": a body to the model, then a comma and a
        place the index knows (not "Ghana's", nor a list going on)."""
        doc = span.doc
        if span.label_ != "ORG" or span.end + 1 >= len(doc) or doc[span.end].text != ",":
            return False
        place = next((s for s in spans if s.start == span.end + 1), None)
        if place is None or place.label_ != "LOC":
            return False
        entry = self.index.get(place.text)
        after = doc[place.end].text if place.end < len(doc) else ""
        return (
            entry is not None
            and entry.is_known_place
            and after not in ("'s", "’s", ",", "and", "or")
            and not after[:1].isupper()  # "…, Africa CDC,": the place opens a name
        )

    @staticmethod
    def _acronyms_as_their_names(
        spans: list[Span], names: _DocNames, settled: dict[str, str]
    ) -> None:
        """ "Techo International Airport (TIA)": an acronym in brackets after a name of
        several words is the same thing, a place if the name is one (however often the
        model called the acronym alone a body)."""
        by_start = {s.start: s for s in spans}
        for span in spans:
            doc = span.doc
            if len(span) < 2 or span.end + 2 >= len(doc) or doc[span.end].text != "(":
                continue
            short = by_start.get(span.end + 1)
            if short is None or short.end >= len(doc) or doc[short.end].text != ")":
                continue
            label = settled.get(names.key(span.text))
            if label in ("LOC", "ORG", "MISC") and is_acronym(short.text):  # "(JS-SEZ)"
                settled[names.key(short.text)] = label

    def _full_names_of_people(self, settled: dict[str, str], speaking: set[str]) -> None:
        """ "Zouhair Yahyaoui" (a thing to the model) when "Yahyaoui" alone is a person:
        the one two-word name that ends in a person's surname is that person; so is
        one whose last word alone speaks ("Kagiso Ramotswa" … "Ramotswa said")."""
        by_last: dict[str, list[str]] = defaultdict(list)
        for key in settled:
            words = key.split()
            if len(words) == 2:
                by_last[words[1]].append(key)
        for key, label in list(settled.items()):
            full = by_last.get(key, [])
            if " " in key or len(full) != 1:
                continue
            speaks = (
                label != "PER"
                and key in speaking
                and self.index.get(key) is None
                and not looks_like_an_organisation(full[0])
                and full[0].split()[-1] not in EN_ORG_HEADS
            )
            if label != "PER" and not speaks:
                continue
            name = full[0]
            first = name.split()[0]
            if storm_name(name):
                continue
            entry = self.index.find(name, german=self.german)
            if (
                settled[name] in ("MISC", "LOC", "ORG")
                and entry is None
                and first.istitle()
                and first.isalpha()
                and self.index.find(first, german=self.german) is None
                and not self.index.is_title(first)
                and (self.index.is_given_name(first) or not self.index.is_common_noun(first))
            ):
                settled[name] = "PER"  # "Beate Zschäpe": "Beate" ends like a noun's plural
                settled[key] = "PER"

    def _add_repeats(
        self, doc: Doc, spans: list[Span], names: _DocNames, words: list[str]
    ) -> list[Span]:
        """Label later (or earlier) mentions of a name the document already has."""
        forms: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        lowered = {w.lower() for w in words if w[:1].islower()}
        for text, votes in names.votes.items():
            parts = tuple(text.split())
            if len(text) < 3 or parts[0].lower() in lowered or not text[:1].isupper():
                continue
            forms[parts[0]].append((parts, votes.most_common(1)[0][0]))
        for surname, full in names.surnames.items():
            if len(full) == 1 and surname.lower() not in lowered and len(surname) > 2:
                forms[surname].append(((surname,), "PER"))
        covered = [False] * len(words)
        for span in spans:
            for i in range(span.start, span.end):
                covered[i] = True
        added: list[Span] = []
        for i, word in enumerate(words):
            if covered[i]:
                continue
            candidates = forms.get(word)
            if not candidates and self.german and word.endswith("s"):
                candidates = [c for c in forms.get(word[:-1], []) if len(c[0]) == 1]
            for parts, label in sorted(candidates or (), key=lambda c: -len(c[0])):
                end = i + len(parts)
                if end > len(words) or any(covered[j] for j in range(i, end)):
                    continue
                if len(parts) > 1 and tuple(words[i:end]) != parts:
                    continue
                after = words[end] if end < len(words) else ""
                if (
                    after in _GERMAN_MONTHS
                    or after in _MONTHS
                    or (
                        word in _TIME_OF_A_MONTH
                        and (after in ("der", "des") or after[:1].isdigit())
                    )
                ):
                    continue  # "Mitte Dezember", "Mitte der 2030er-Jahre" beside the party
                added.append(Span(doc, i, end, label=label))
                for j in range(i, end):
                    covered[j] = True
                break
        return article_apart_before_surname(
            doc, _join_parts_of_one_person(doc, spans + added, names)
        )


def _join_parts_of_one_person(doc: Doc, spans: list[Span], names: _DocNames) -> list[Span]:
    """Two touching person spans that together are a run of words of one longer name of
    the article are one mention ("Lavaka" "Ata" after "U'lukalala Lavaka Ata")."""
    people = [
        f" {text} "
        for text, votes in names.votes.items()
        if text.count(" ") > 1 and votes.most_common(1)[0][0] == "PER"
    ]
    if not people:
        return spans
    ordered = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    for span in ordered:
        last = out[-1] if out else None
        if (
            last is not None
            and last.end == span.start
            and last.label_ == span.label_ == "PER"
            and any(f" {doc[last.start : span.end].text} " in p for p in people)
        ):
            out[-1] = Span(doc, last.start, span.end, label="PER")
        else:
            out.append(span)
    return out


# time zones, and adjectives German capitalises after a preposition ("vor Kurzem", "von
# Weitem"): no names
# English months and days (not `calendar`'s names, which follow the locale)
_MONTHS = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August"}
    | {"September", "October", "November", "December", "Monday", "Tuesday", "Wednesday"}
    | {"Thursday", "Friday", "Saturday", "Sunday"}
)
# "im Europäischen Rat Mitte Dezember": a time of the month, after a name
_TIME_OF_A_MONTH = frozenset({"Mitte", "Anfang", "Ende"})
_GERMAN_MONTHS = frozenset(
    {"Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August"}
    | {"September", "Oktober", "November", "Dezember"}
)
_NO_NAMES = frozenset(
    {"GMT", "BST", "CET", "CEST", "MEZ", "MESZ", "EST", "EDT", "PST", "UTC"}
    | {"Kurzem", "Langem", "Neuem", "Weitem"}
    # English holidays (no gold reading marks one) and kin written as names
    | {"Christmas", "Christmas Day", "Christmas Eve", "Boxing Day", "New Year", "Easter"}
    | {"New Year's Day", "New Year's Eve", "Good Friday", "Easter Sunday", "Thanksgiving"}
    | {"Mum", "Dad", "Mom", "Mummy", "Daddy", "Grandma", "Grandpa"}
    | {"Fake News"}  # a phrase quoted, no one's name
    # abbreviations of things and units, and a people's adjective
    | {"AI", "CCTV", "GDP", "CEO", "km/h", "mph", "Indigenous", "LNG", "LPG"}
    # diseases: no gold reading marks one ("Malaria" in "to Fight AIDS, Tuberculosis and
    # Malaria" is part of a fund's name)
    | {"Malaria", "Tuberculosis", "Ebola", "Cholera", "Dengue", "Measles", "Mpox", "AIDS"}
    | {"HIV", "HPV", "Covid", "COVID", "Covid-19", "COVID-19"}
    | {"Causa"}  # "die Causa": Austrian and Swiss news's word for a case
)
_CATEGORY = re.compile(r"^Category \d$")


def _a_noun(word: str, index: NameIndex) -> bool:
    """A common noun, or a town's name German uses as one too ("Halle")."""
    entry = index.get(word)
    if entry is not None:
        return "noun" in entry.flags and not entry.strong
    return index.is_common_noun(word)


def _places_only(word: str, index: NameIndex) -> bool:
    """ "Niederösterreich-Wien", "Tirol": a word whose every part is a listed place."""
    parts = word.split("-")
    return all((entry := index.get(part)) is not None and entry.label == "LOC" for part in parts)


# a kind's word that begins no name: "des Konzerns Implenia", "der Hersteller Yaskawa"
_KINDS_BEFORE_A_NAME = frozenset(
    {"Konzern", "Konzerns", "Konzernes", "Unternehmen", "Unternehmens", "Firma", "Hersteller"}
    | {"Herstellers", "Zulieferer", "Zulieferers", "Autobauer", "Autobauers", "Betreiber"}
    | {"Betreibers", "Anbieter", "Anbieters", "Versicherer", "Versicherers", "Discounter"}
)
# what stands before the Swiss currency and never before the region Franken (neuter)
_BEFORE_A_CURRENCY = frozenset(
    {"der", "den", "dem", "des", "ein", "einen", "eines", "einem", "Millionen", "Milliarden"}
    | {"Mio.", "Mrd.", "Tausend", "Hunderttausend", "Franken", "Euro", "Dollar"}
)


def _an_amount_or_currency(doc: Doc, start: int) -> bool:
    """ "298 Millionen Franken", "den starken Franken": the currency, not the region."""
    before = [t for t in doc[max(0, start - 2) : start]]
    if not before:
        return False
    last = before[-1]
    if last.like_num or last.text in _BEFORE_A_CURRENCY:
        return True
    return (
        len(before) == 2
        and last.text[:1].islower()
        and (before[0].text.lower() in _BEFORE_A_CURRENCY or before[0].like_num)
    )


# an amount in a currency written by its letter: "K50,000" (kwacha), "Sh1,500", "N2,000"
_AMOUNT = re.compile(r"^(?:[A-Z][a-z]?|[A-Z]{2,3})\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
# an article about the European Union, whose Commission "die Kommission" alone names
_NAMES_THE_EU = re.compile(r"(?<![\w-])EU(?![\w])|Brüssel")


# the last word of an English place's name that no surname is
_PLACE_LAST_WORDS = frozenset({"Town", "Sound", "Firth", "Loch", "Isle", "Voe", "Broads"})
# an English body's first word after the place it serves
_BODIES_AFTER_A_PLACE = frozenset(
    {"Department", "Ministry", "Office", "Agency", "Bureau", "Authority", "Commission"}
    | {"Police", "Service", "Court", "Museum", "University", "Library", "Hospital"}
)
_COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"}
)
_INDEFINITE = frozenset({"ein", "eine", "einer", "einem", "einen", "eines"})


# what only a company's name ends in: "Philippine Airlines", "Rand Merchant Bank"
_COMPANY_HEADS = frozenset({"Airlines", "Airways", "Bank", "Group", "Holdings", "Motors"})
# a company's legal form after another company's head: "Penta-Ocean Construction and TOA
# Corporation" ("Water Supply and Drainage Corporation" is one body)
_LEGAL_FORMS = frozenset({"Corporation", "Corp", "Inc", "Ltd", "Limited", "Company", "Co"})


# a state's ministry or parliament named by its kind ("Außenministeriums", "Parlaments";
# patterns.py's _STATE_BODY is a body named by its state's abbreviation, "US-Regierung")
_MINISTRY_OR_PARLIAMENT = re.compile(
    r"^[A-ZÄÖÜ]\w*(?:ministerium|ministeriums|parlament|parlaments)$"
)


def _two_companies(left: Span, right: Span) -> bool:
    """ "Cebu Pacific and Philippine Airlines": two names of two words or more each, the
    second a company's ("Arts and Humanities Research Council" is one body)."""
    return (
        len(left) >= 2
        and len(right) >= 2
        and (
            right[-1].text in _COMPANY_HEADS
            or (right[-1].text in _LEGAL_FORMS and left[-1].text in EN_ORG_HEADS)
        )
        and all(t.text[:1].isupper() or t.text == "-" for t in (*left, *right))
    )  # "Penta-Ocean Construction and TOA Corporation"


# English nouns for a kind of place after a name: "the Grmeč mountain", "Kaisosi settlement"
_PLACE_NOUNS_AFTER = frozenset(
    {"mountain", "mountains", "river", "border", "valley", "town", "village", "city"}
    | {"district", "province", "municipality", "region", "county", "township", "settlement"}
    | {"island", "islands", "peninsula", "lake", "coast", "suburb", "borough", "barangay"}
    | {"native", "natives", "resident", "residents"}  # "the Saskatoon native"
    | LOCAL_UNITS
)


def _before_a_place_noun(span: Span) -> bool:
    doc = span.doc
    return span.end < len(doc) and doc[span.end].text in _PLACE_NOUNS_AFTER


def _split_at_a_spaced_dash(span: Span) -> tuple[Span, Span] | None:
    """ "GULU - The Uganda Cancer Institute", "KAMPALA - Parliament": a dash with spaces
    round it after a paragraph's first word in capitals parts the dateline (a place) from
    the name after it (names hold such dashes elsewhere: "We Continue the Change –
    Democratic Bulgaria")."""
    doc = span.doc
    at_start = span.start == 0 or "\n" in doc[span.start - 1].text
    if not at_start or not span[0].text.isupper() or len(span[0].text) < 3:
        return None
    i = span.start + 1
    while i < span.end - 1 and doc[i].text.isupper():
        i += 1  # "PORT LOUIS -"
    if doc[i].text not in ("-", "–", "—") or not (doc[i - 1].whitespace_ and doc[i].whitespace_):
        return None
    return Span(doc, span.start, i, label="LOC"), Span(doc, i + 1, span.end, label=span.label_)


def _listed_with_a_place(span: Span, entry: Entry, places: tuple[set[int], set[int]]) -> bool:
    """ "Mit Konstanz und Tübingen": a town whose name is a word too ("Konstanz") is the
    town beside another place of a list (`places`: the starts and ends of places)."""
    if entry.source != "city" or entry.label != "LOC":
        return False
    if {"given", "surname"} & entry.flags and "major" not in entry.flags:
        return False  # "in Abuja, Kano and Port Harcourt": a city of millions is the city
    doc = span.doc
    joins = ("und", "oder", "and", "or", ",")
    starts, ends = places
    after = span.end < len(doc) - 1 and doc[span.end].lower_ in joins and span.end + 1 in starts
    before = span.start > 1 and doc[span.start - 1].lower_ in joins and span.start - 1 in ends
    return after or before


def _listed_after(span: Span, ends: dict[int, bool]) -> bool:
    """Whether `span` follows, in a list ("A, B and C"), a name ending at one of `ends`
    (true for a name that is itself a list's later member): the names of one list are
    of one kind. A comma alone may end a clause ("In Johannesburg, City Power warned"),
    so it joins only where the list goes on; ", and" only after an earlier comma."""
    doc = span.doc
    joint = doc[span.start - 1].lower_ if span.start > 0 else ""
    if joint in ("and", "or", "und", "oder"):
        if span.start - 1 in ends:
            return True
        return (
            span.start > 1 and doc[span.start - 2].text == "," and ends.get(span.start - 2, False)
        )
    if joint != "," or span.start - 1 not in ends:
        return False
    rest = doc[span.end : span.end + 3]
    return (
        len(rest) >= 2
        and rest[0].lower_ in (",", "and", "or", "und", "oder")
        and (rest[1].text[:1].isupper() or (rest[1].lower_ in ("and", "or") and len(rest) > 2))
    )


def _about_the_us(words: list[str]) -> bool:
    """Whether a German article speaks of the United States ("US-Präsident", "USA")."""
    return any(w.startswith("US-") or w in _US_WORDS for w in words)


def _in_quotes(doc: Doc, span: Span) -> bool:
    """ "“The Long Quiet”": a title in quotation marks keeps its article."""
    return span.start > 0 and doc[span.start - 1].text in ('"', "“", "‘", "'", "„")


_PLACE_PREPOSITIONS_DE = frozenset({"in", "im", "nach", "aus", "von", "vom", "bei", "nahe"})
_TOWN_NOUNS_DE = frozenset(
    {"Stadt", "Hauptstadt", "Ort", "Dorf", "Hafen", "Hafenstadt", "Gemeinde", "Stadtteil"}
)
# "Schwerins Oberbürgermeister": what only a town has, after its genitive
_TOWN_OWNS_DE = frozenset(
    {
        "Oberbürgermeister",
        "Oberbürgermeisterin",
        "Bürgermeister",
        "Bürgermeisterin",
        "Stadtverwaltung",
        "Innenstadt",
        "Altstadt",
        "Stadtteile",
        "Stadtwerke",
        "Hauptbahnhof",
        "Stadtrat",
        "Gemeinderat",
    }
)


def _placed_de(span: Span) -> bool:
    """ "von Christchurch", "im neuseeländischen Christchurch", "die Stadt Jericho",
    "Schwerins Oberbürgermeister": where a German text puts a town (said of a name the
    index knows as a town only)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end].text if span.end < len(doc) else ""
    if span.text.endswith("s") and after in _TOWN_OWNS_DE:
        return True
    if before is None or after in ("'s", "s"):
        return False
    if before.lower_ in _PLACE_PREPOSITIONS_DE or before.text in _TOWN_NOUNS_DE:
        return True
    return (
        span.start > 1
        and before.text.islower()
        and before.text.endswith(("en", "er", "es"))
        and doc[span.start - 2].lower_ in _PLACE_PREPOSITIONS_DE
    )


_DEFINITE = DE_ARTICLES - {"des"}  # "des Friedens" is a genitive: its own rule


def _after_an_article(doc: Doc, i: int) -> bool:
    """ "den Bergen", "der königliche Hof": a definite article before the word, or before
    an adjective before it."""
    before = doc[i - 1]
    if before.lower_ in _DEFINITE:
        return True
    return (
        i > 1
        and before.text.islower()
        and before.text.isalpha()
        and before.text.endswith(("e", "en", "er", "es", "em"))
        and doc[i - 2].lower_ in _DEFINITE
    )


def _after_an_indefinite(doc: Doc, i: int) -> bool:
    """ "einer Kommission", "einer zwischenstaatlichen Kommission"."""
    before = doc[i - 1] if i > 0 else None
    if before is not None and before.text[:1].islower() and before.lower_ not in _INDEFINITE:
        before = doc[i - 2] if i > 1 else None  # one adjective between
    return before is not None and before.lower_ in _INDEFINITE


def _party_after_a_name(span: Span) -> bool:
    """A party alone in brackets right after a capitalised name: a politician's party,
    which news writes so whatever else its name means."""
    doc, i = span.doc, span.start
    return (
        i > 1
        and doc[i - 1].text == "("
        and span.end < len(doc)
        and doc[span.end].text in (")", ",")
        and doc[i - 2].text[:1].isupper()
        and doc[i - 2].text.replace("-", "").isalpha()
    )


# the prepositions a town's name follows without an article ("bei Kufstein", "aus Passau")
_TOWN_PREPOSITIONS_DE = _PLACE_PREPOSITIONS_DE - {"im", "vom"}


def _a_dateline(span: Span) -> bool:
    """ "Wilhelmshaven. Am JadeWeserPort …": a town and a full stop opening a paragraph."""
    doc = span.doc
    text = doc.text
    line_start = span.start_char == 0 or text[span.start_char - 1] == "\n"
    return (
        line_start
        and span.end + 1 < len(doc)
        and doc[span.end].text == "."
        and doc[span.end + 1].text[:1].isupper()
    )


def _beside_an_english_joint(span: Span) -> bool:
    """ "Brecon and Radnorshire", "Isle of …": an English "and" or "of" beside a name in
    German text joins it to a longer English name."""
    doc = span.doc
    before = doc[span.start - 1].text if span.start > 0 else ""
    after = doc[span.end].text if span.end < len(doc) else ""
    return before in ("and", "of") or after in ("and", "of")


def _in_word(text: str, i: int) -> bool:
    """Whether text[i] continues a word: a letter, or a character lost in decoding."""
    return 0 <= i < len(text) and (text[i].isalpha() or text[i] == "\ufffd")


def _is_lower_word(word: str) -> bool:

    return word[:1].islower() and word.isalpha()


@Language.factory("limelight_names", default_config={"lang": "en"})
def make_name_resolver(nlp: Language, name: str, lang: str) -> NameResolver:
    """The document-level name component (see the module's docstring)."""
    path = getattr(nlp, "path", None)
    tables = Path(path) / "lemmatizer" / "lookups" if path is not None else None
    return NameResolver(lang, tables if tables is not None and tables.is_dir() else None)
