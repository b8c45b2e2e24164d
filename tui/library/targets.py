"""What `limelight index PATH…` means by PATH: files, folders, links and subscriptions."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tui.article.errors import ArticleError
from tui.library.jobs import StoredText

# articles, not feeds: a feed file in a folder is subscribed to, not indexed as a page
_ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})
_NOT_ARTICLES = ("README", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING", "NOTICE")


@dataclass(frozen=True)
class Target:
    location: str
    entry: StoredText | None = None


def folder_articles(folder: Path) -> list[Path]:
    """Article files under `folder` and its subfolders, by path; hidden ones left out."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=None):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if (
                name.startswith(".")
                or name.upper().startswith(_NOT_ARTICLES)
                or Path(name).suffix.lower() not in _ARTICLE_SUFFIXES
            ):
                continue
            found.append(Path(root, name).resolve())
    return found


def feed_targets(names: Iterable[str] | None) -> list[Target]:
    """The stored entries of the subscriptions named (all of them for None)."""
    from tui.store.feeds import FeedStore

    store = FeedStore()
    if names is None:
        subscriptions = store.subscriptions()
    else:
        subscriptions = []
        for name in names:
            found = store.find(name)
            if not found:
                raise ArticleError(f"{name}: no such file, folder, link or subscription")
            subscriptions.extend(found)
    targets: list[Target] = []
    for sub in subscriptions:
        for listed in store.entries(sub.id):
            entry = store.entry(listed.id)
            if entry is None:
                continue
            text = StoredText(
                entry.title,
                entry.link,
                entry.published.date() if entry.published else None,
                entry.summary,
                entry.content,
                entry.author,
            )
            targets.append(Target(entry.link or f"feed:{sub.url}#{entry.id}", text))
    return targets


def expand(paths: Iterable[str], *, feeds: bool = False) -> list[Target]:
    """Targets in the order named, each location once. A PATH that is no file, folder or
    link may name a subscription (its URL or title): its entries are indexed."""
    from tui.article.fetch import is_url

    targets: list[Target] = []
    subscriptions: list[str] = []
    for path in paths:
        if is_url(path):
            targets.append(Target(path))
            continue
        candidate = Path(path)
        if candidate.is_dir():
            targets.extend(Target(str(p)) for p in folder_articles(candidate))
        elif candidate.exists():
            targets.append(Target(str(candidate.resolve())))
        else:
            subscriptions.append(path)
    if subscriptions:
        targets.extend(feed_targets(subscriptions))
    if feeds:
        targets.extend(feed_targets(None))
    unique: dict[str, Target] = {}
    for target in targets:
        unique.setdefault(target.location, target)
    return list(unique.values())
