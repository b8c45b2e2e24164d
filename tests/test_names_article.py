"""Names as the article gives them: cut-off headlines, initials, titles of works, roles."""

from __future__ import annotations

from pathlib import Path

from tui.analysis.analyzer import analyze
from tui.analysis.entities import RawSpan, group_entities
from tui.article.headline import cut_off_tail
from tui.article.loader import load_article, parse_text

REALNEWS = Path(__file__).parent / "data" / "realnews" / "de"


def _names(path: Path) -> dict[str, str]:
    return {e.name: e.label for e in analyze(load_article(path), use_cache=False).entities}


def test_a_headline_cropped_from_its_address_ends_in_no_name() -> None:
    article = load_article(REALNEWS / "article_346.txt")
    tail = cut_off_tail(article)
    assert tail is not None and article.text[tail[0] : tail[1]] == "Guanta"
    names = _names(REALNEWS / "article_346.txt")
    assert "Guanta" not in names
    assert "Guantanamo Bay" in names
    article = load_article(REALNEWS / "article_51.txt")
    tail = cut_off_tail(article)
    assert tail is not None and article.text[tail[0] : tail[1]] == "Außenp"


def test_a_whole_last_word_is_no_fragment() -> None:
    text = (
        "Der Bundestag stimmt dem Haushalt für das kommende Jahr mit großer Mehrheit in Kolumbien\n\n"
        "Der Bundestag hat abgestimmt. Die Regierung Kolumbiens war nicht vertreten.\n"
    )
    assert cut_off_tail(parse_text(text, lang="de")) is None  # "Kolumbiens": an ending
    short = "Alexander Acosta tritt zurück\n\nDer Minister ist zurückgetreten.\n"
    assert cut_off_tail(parse_text(short, lang="de")) is None  # not cropped: too short


def _group(text: str, surface: str, label: str) -> list[str]:
    start = text.index(surface)
    spans = [RawSpan(start, start + len(surface), label)]
    return [e.name for e in group_entities(text, spans, [(0, len(text))])]


def test_an_initial_keeps_its_full_stop() -> None:
    assert _group("Derweil freut sich Nico G. auf seinen Einsatz.", "Nico G.", "PER") == ["Nico G."]
    assert _group("Der Umsatz von Google Inc. stieg.", "Google Inc.", "ORG") == ["Google Inc."]
    # a sentence's full stop after a word is still no part of the name
    assert _group("Er wohnt in Berlin.", "Berlin.", "LOC") == ["Berlin"]


def test_an_english_title_inside_a_german_sentence_keeps_its_article() -> None:
    text = "Er ist Regisseur der Revue The Rat Pack in London."
    assert _group(text, "The Rat Pack", "MISC") == ["The Rat Pack"]
    text = "The Guardian reported it first."
    assert _group(text, "The Guardian", "ORG") == ["Guardian"]  # a sentence's own article


def test_a_place_after_von_in_a_role_stays_a_place() -> None:
    text = (
        "Am Sonntag seien 14 Flüchtige in Kandahar gefangen genommen worden, sagte der "
        "Polizeichef von Kandahar, Sajed Agha Sakeb."
    )
    result = analyze(parse_text(text, lang="de"), use_cache=False)
    labels = {e.name: e.label for e in result.entities}
    assert labels.get("Kandahar") == "LOC"
    assert labels.get("Sajed Agha Sakeb") == "PER"
