"""OPML, the list of subscriptions feed readers exchange: read (defusedxml) and write 2.0."""

from __future__ import annotations

import email.utils
from collections.abc import Sequence
from xml.etree import ElementTree

from tui.article.sanitize import sanitise
from tui.feeds.parse import FeedError, web_link
from tui.store.feeds import Subscription


def read_opml(data: bytes) -> list[tuple[str, str]]:
    """(url, title) of every feed outline, nested folders included, in document order.

    Outlines whose feed is not an http(s) address are skipped.
    """
    from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        root = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (EntitiesForbidden, ExternalReferenceForbidden, DTDForbidden):
        raise FeedError("the OPML file declares XML entities; refused for safety") from None
    except ParseError as exc:
        raise FeedError(f"not an OPML file ({exc})") from None
    if root.tag.lower() != "opml":
        raise FeedError("not an OPML file (no <opml> element)")
    feeds: list[tuple[str, str]] = []
    seen: set[str] = set()
    for outline in root.iter("outline"):
        attributes = {k.lower(): v for k, v in outline.attrib.items()}
        url = web_link(attributes.get("xmlurl", ""))
        if url and url not in seen:
            seen.add(url)
            title = attributes.get("title") or attributes.get("text") or ""
            feeds.append((url, " ".join(sanitise(title).split())[:300]))  # text, not markup
    return feeds


def write_opml(subscriptions: Sequence[Subscription]) -> str:
    """OPML 2.0 for the subscriptions, in their order."""
    root = ElementTree.Element("opml", version="2.0")
    head = ElementTree.SubElement(root, "head")
    ElementTree.SubElement(head, "title").text = "Limelight subscriptions"
    ElementTree.SubElement(head, "dateCreated").text = email.utils.formatdate(usegmt=True)
    body = ElementTree.SubElement(root, "body")
    for sub in subscriptions:
        attributes = {"type": "rss", "text": sub.name, "title": sub.name, "xmlUrl": sub.url}
        if sub.site:
            attributes["htmlUrl"] = sub.site
        ElementTree.SubElement(body, "outline", attributes)
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(
        root, encoding="unicode"
    )
