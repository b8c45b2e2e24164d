"""News outlets and agencies that articles cite, with their short forms and domains.

The NER model may miss "NYT" or tag "Reuters" as a person; an attribution cue followed by
a known outlet name is reliable evidence on its own. Domains let `sources.link_sources`
match an attribution to the article's source list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]


OUTLETS: tuple[Outlet, ...] = (
    Outlet(
        "New York Times",
        ("New York Times", "NYT", "NY Times", "New Yorker Times"),
        ("nytimes.com",),
    ),
    Outlet("Wall Street Journal", ("Wall Street Journal", "WSJ", "Journal"), ("wsj.com",)),
    Outlet("Washington Post", ("Washington Post", "WaPo"), ("washingtonpost.com",)),
    Outlet("Financial Times", ("Financial Times", "FT"), ("ft.com",)),
    Outlet("New Yorker", ("New Yorker",), ("newyorker.com",)),
    Outlet("Reuters", ("Reuters", "Nachrichtenagentur Reuters"), ("reuters.com",)),
    Outlet("Bloomberg", ("Bloomberg", "Bloomberg News"), ("bloomberg.com",)),
    Outlet("Associated Press", ("Associated Press", "AP"), ("apnews.com",)),
    Outlet("dpa", ("dpa", "Deutsche Presse-Agentur", "Deutschen Presse-Agentur"), ("dpa.com",)),
    Outlet("AFP", ("AFP", "Agence France-Presse"), ("afp.com",)),
    Outlet("CNBC", ("CNBC",), ("cnbc.com",)),
    Outlet("CNN", ("CNN",), ("cnn.com",)),
    Outlet("BBC", ("BBC",), ("bbc.com", "bbc.co.uk")),
    Outlet("Guardian", ("Guardian",), ("theguardian.com",)),
    Outlet("Forbes", ("Forbes",), ("forbes.com",)),
    Outlet("GeekWire", ("GeekWire",), ("geekwire.com",)),
    Outlet("The Information", ("The Information",), ("theinformation.com",)),
    Outlet("The Verge", ("The Verge", "Verge"), ("theverge.com",)),
    Outlet("TechCrunch", ("TechCrunch",), ("techcrunch.com",)),
    Outlet("Axios", ("Axios",), ("axios.com",)),
    Outlet("Politico", ("Politico",), ("politico.com", "politico.eu")),
    Outlet("Economist", ("Economist",), ("economist.com",)),
    Outlet("Wired", ("Wired",), ("wired.com",)),
    Outlet("Business Insider", ("Business Insider", "Insider"), ("businessinsider.com",)),
    Outlet("Handelsblatt", ("Handelsblatt",), ("handelsblatt.com",)),
    Outlet("Spiegel", ("Spiegel", "Der Spiegel"), ("spiegel.de",)),
    Outlet(
        "Frankfurter Allgemeine Zeitung",
        ("Frankfurter Allgemeine Zeitung", "Frankfurter Allgemeinen Zeitung", "FAZ"),
        ("faz.net",),
    ),
    Outlet(
        "Süddeutsche Zeitung",
        ("Süddeutsche Zeitung", "Süddeutschen Zeitung", "SZ"),
        ("sueddeutsche.de",),
    ),
    Outlet("Zeit", ("Zeit", "Die Zeit", "Zeit Online"), ("zeit.de",)),
    Outlet("Bild", ("Bild", "Bild-Zeitung"), ("bild.de",)),
    Outlet("tagesschau", ("tagesschau", "Tagesschau", "ARD"), ("tagesschau.de",)),
    Outlet("ZDF", ("ZDF",), ("zdf.de",)),
    Outlet("heise", ("heise", "Heise", "heise online", "c't"), ("heise.de",)),
    Outlet("Golem", ("Golem", "Golem.de"), ("golem.de",)),
    Outlet("Tagesspiegel", ("Tagesspiegel",), ("tagesspiegel.de",)),
    Outlet("Welt", ("Welt", "Die Welt"), ("welt.de",)),
    Outlet("Wikipedia", ("Wikipedia",), ("wikipedia.org",)),
)

# words a German or English article puts before an outlet's name
_LEADING = re.compile(r"^(?:the|The|der|die|das|dem|den|des|Der|Die|Das|Dem|Den|Des)\s+")
# German genitive and inflection on outlet names: "der New York Times'", "des Spiegels"
_TRAILING = re.compile(r"(?:'s|’s|'|’|s)$")


def normalise_name(name: str) -> str:
    """Strip articles and punctuation so "the New York Times" matches "New York Times"."""
    return _LEADING.sub("", name.strip().strip("\"'„“”»«,.;:")).strip()


def find_outlet(name: str) -> Outlet | None:
    """The outlet a name (or alias) refers to: "NYT" → New York Times."""
    key = normalise_name(name)
    for variant in (key, _TRAILING.sub("", key)):
        for outlet in OUTLETS:
            if any(
                variant == a or (variant.lower() == a.lower() and len(a) > 4)
                for a in outlet.aliases
            ):
                return outlet
    return None


def alias_pattern() -> str:
    """A regex alternation of every alias, longest first."""
    aliases = sorted({a for o in OUTLETS for a in o.aliases}, key=len, reverse=True)
    return "|".join(re.escape(a) for a in aliases)
