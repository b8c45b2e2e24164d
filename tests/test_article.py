"""Loading and structure on the samples and on inputs that arrive broken."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tui.article import ArticleError, BlockKind, load_article, parse_text
from tui.article.decode import decode
from tui.article.language import detect_language

SAMPLES = Path(__file__).parent.parent / "samples"
SEED = SAMPLES / "microsoft-openai.de.txt"


@pytest.fixture(scope="module")
def seed():
    return load_article(SEED)


def test_seed_metadata(seed):
    assert (
        seed.title == "Microsoft überdenkt Investitionsstrategie nach Altmans Entlassung bei OpenAI"
    )
    assert seed.published == date(2024, 10, 21)
    assert seed.language == "de"


def test_seed_has_five_body_sections(seed):
    assert [s.title for s in seed.sections] == [
        "Altmans Absetzung verunsichert Microsoft",
        "OpenAI sucht nach Alternativen",
        "Herausforderungen bei der Umwandlung von Investitionen in Eigenkapital",
        "Bemühungen um eine geeinte öffentliche Front",
        "Auswirkungen auf die KI-Landschaft",
    ]
    for section in seed.sections:
        body = seed.text[section.start : section.end]
        assert "Quellen" not in body and "https://" not in body


def test_seed_sources(seed):
    assert len(seed.sources) == 10
    first = seed.sources[0]
    assert first.label == "The New York Times"
    assert first.url.startswith("https://www.nytimes.com/2024/10/17/")
    assert first.outlet == "nytimes.com"
    assert seed.text[first.start : first.end].startswith("- The New York Times")
    assert [s.label for s in seed.sources][-1] == "Reuters"


def test_seed_boilerplate_is_flagged_not_deleted(seed):
    flagged = [seed.text[b.start : b.end] for b in seed.blocks if b.boilerplate]
    assert "Artikel jetzt als Podcast anhören" in flagged
    assert "No items found." in flagged
    assert "Das Expertenteam von Mindverse freut sich darauf, Ihnen zu helfen." in flagged
    assert "Artikel jetzt als Podcast anhören" in seed.text
    for section in seed.sections:
        for block in seed.blocks:
            if block.boilerplate:
                assert not (section.start <= block.start < section.end)


def test_seed_offsets_are_consistent(seed):
    previous = 0
    for block in seed.blocks:
        assert previous <= block.start <= block.end <= len(seed.text)
        previous = block.end
    assert seed.blocks[0].kind is BlockKind.TITLE


def test_english_sample():
    article = load_article(SAMPLES / "chip-plant.en.txt")
    assert article.language == "en"
    assert article.published == date(2025, 3, 14)
    assert [s.title for s in article.sections] == [
        "A slower timeline",
        "Pressure from rivals",
        "What comes next",
    ]
    assert len(article.sources) == 3
    flagged = [article.text[b.start : b.end] for b in article.blocks if b.boilerplate]
    assert "Listen to this article" in flagged
    assert any("Subscribe" in line for line in flagged)


def test_markdown_sample():
    article = load_article(SAMPLES / "bahn-ausbau.de.md")
    assert article.format == "markdown"
    assert article.title == "Bahn investiert Milliarden in das Schienennetz"
    assert article.published == date(2024, 11, 12)
    assert article.language == "de"
    assert [s.title for s in article.sections] == [
        "Generalsanierung der Hauptstrecken",
        "Kritik von Fahrgastverbänden",
    ]
    inline = [
        s
        for s in article.sources
        if not any(b.in_sources and b.start <= s.start < b.end for b in article.blocks)
    ]
    assert inline and article.text[inline[0].start : inline[0].end] == "Deutschen Bahn"
    listed = [s.label for s in article.sources if s not in inline]
    assert listed == ["Deutsche Bahn", "Bundesrechnungshof", "Süddeutsche Zeitung"]


def test_forced_language():
    article = load_article(SEED, lang="en")
    assert article.language == "en"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Kanzler sagte am Montag, dass die Regierung mit den Ländern verhandeln werde.", "de"),
        ("The chancellor said on Monday that the government would talk to the states.", "en"),
        ("12345 67890", "und"),
        # headlines: few function words
        ("Die Strecke Hamburg–Berlin wird ausgebaut", "de"),
        ("Bahn verschiebt Ausbau für Milliarden", "de"),
        ("Intel delays its Ohio chip plant", "en"),
        ("Apple Banana", "und"),
    ],
)
def test_language_detection(text, expected):
    assert detect_language(text) == expected


def test_encodings_are_decoded():
    text = "Überschrift\n\nGrüße aus Köln, sagte der Bürgermeister am Montag."
    for data in (
        text.encode("utf-8"),
        b"\xef\xbb\xbf" + text.encode("utf-8"),
        text.encode("utf-16"),
        text.encode("utf-16-le"),
        text.encode("latin-1"),
        text.encode("cp1252"),
    ):
        decoded, _ = decode(data)
        assert decoded.lstrip("\ufeff") == text


def test_escape_sequences_are_neutralised():
    hostile = (
        "Title\x1b]0;pwned\x07\n\nBody \x1b[2J text \x9b31m and \u202eevil\x1b]52;c;Zm9v\x07 end."
    )
    article = parse_text(hostile)
    assert (
        "\x1b" not in article.text and "\x9b" not in article.text and "\u202e" not in article.text
    )
    assert "\x07" not in article.text
    assert "␛[2J" in article.text  # visible placeholder, as less shows it


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\n\t  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"abc\x00\x01\x02\x03" * 100, "binary"),
    ],
)
def test_bad_files_raise_one_line(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError) as info:
        load_article(path)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_invalid_utf8_falls_back(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(
        "Titel\n\nDie Straße in München ist gesperrt, sagte die Polizei.".encode("latin-1")
    )
    article = load_article(path)
    assert "Straße in München" in article.text


def test_missing_directory_and_oversized(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        load_article(tmp_path / "missing.txt")
    with pytest.raises(ArticleError, match="is a directory"):
        load_article(tmp_path)
    big = tmp_path / "big.txt"
    big.write_text("Titel\n\n" + "Wort " * 1000)
    with pytest.raises(ArticleError, match="--max-size"):
        load_article(big, max_bytes=1000)
