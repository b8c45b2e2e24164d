"""Open what the user named and hand back an `Article`, or one clear error."""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

from tui.article.decode import decode
from tui.article.errors import ArticleError
from tui.article.feed import Feed, FeedEntry, looks_like_feed, parse_feed
from tui.article.language import SUPPORTED, detect_language
from tui.article.model import Article
from tui.article.plaintext import parse_plain_text
from tui.article.sanitize import is_mostly_controls, sanitise

DEFAULT_MAX_BYTES = 4 * 1024 * 1024  # a long news article is 100 KB; bigger is rarely an article
FULL_TEXT_CHARS = 300  # a feed entry this long carries the story itself, not a teaser
_MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_HTML_SNIFF = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|meta)[\s>]", re.I | re.S
)


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a regular file, refusing FIFOs, devices, directories and oversized files."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ArticleError(f"{path}: too many levels of symbolic links") from None
        raise ArticleError(f"{path}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise ArticleError(f"{path}: is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise ArticleError(f"{path}: not a regular file")
    if info.st_size > max_bytes:
        raise ArticleError(
            f"{path}: {info.st_size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit "
            "(raise it with --max-size)"
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise ArticleError(f"{path}: permission denied") from None
    except OSError as exc:
        raise ArticleError(f"{path}: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise ArticleError(
            f"{path}: over the {max_bytes / 1e6:.0f} MB limit (raise it with --max-size)"
        )
    return data


def parse_text(text: str, *, markdown: bool = False, lang: str | None = None) -> Article:
    """Build an article from already-decoded text (sanitised here)."""
    if is_mostly_controls(text):
        raise ArticleError("binary data, not an article")
    clean = sanitise(text)
    if not clean.strip():
        raise ArticleError("the article is empty")
    if markdown:
        from tui.article.markdown import parse_markdown  # markdown-it costs 35 ms to import

        article = parse_markdown(clean)
    else:
        article = parse_plain_text(clean)
    if not article.blocks:
        raise ArticleError("the article is empty")
    set_language(article, lang)
    return article


def set_language(article: Article, lang: str | None) -> None:
    if lang:
        if lang not in SUPPORTED:
            raise ArticleError(
                f"unsupported language {lang!r} (choose from {', '.join(SUPPORTED)})"
            )
        article.language = lang
    else:
        article.language = detect_language(article.text)


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML_SNIFF.match(data[:4096]))


def article_from_bytes(
    data: bytes, *, name: str = "", content_type: str = "", lang: str | None = None
) -> Article | Feed:
    """Read bytes as whatever they are: a feed, an HTML page, Markdown or plain text."""
    suffix = Path(name.split("?", 1)[0]).suffix.lower()
    if looks_like_feed(data):
        return parse_feed(data, url=name if "://" in name else "")
    if "html" in content_type or suffix in _HTML_SUFFIXES or looks_like_html(data):
        from tui.article.html import parse_html

        article = parse_html(data, url=name if "://" in name else "")
        set_language(article, lang)
        return article
    text, _encoding = decode(data)
    return parse_text(text, markdown=suffix in _MARKDOWN_SUFFIXES, lang=lang)


def open_path(
    path: str | os.PathLike[str],
    *,
    lang: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article | Feed:
    """Open a file as an article or a feed."""
    file = Path(path)
    result = article_from_bytes(read_bytes(file, max_bytes), name=file.name, lang=lang)
    if isinstance(result, Article):
        result.path = str(file)
    return result


def load_article(
    path: str | os.PathLike[str],
    *,
    lang: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Load an article (plain text, Markdown or HTML) from a file."""
    result = open_path(path, lang=lang, max_bytes=max_bytes)
    if isinstance(result, Feed):
        raise ArticleError(
            f"{path}: is a feed; open it with `limelight {path}` or `limelight list`"
        )
    return result


def open_url(
    url: str, *, lang: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Article | Feed:
    from tui.article.fetch import fetch

    fetched = fetch(url, max_bytes=max_bytes)
    result = article_from_bytes(
        fetched.data, name=fetched.url, content_type=fetched.content_type, lang=lang
    )
    if isinstance(result, Article):
        result.path = fetched.url
    return result


def open_location(
    location: str | os.PathLike[str],
    *,
    lang: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article | Feed:
    """A file or an http(s) link, opened as the reader opens it (same cache, same limits)."""
    text = os.fspath(location)
    if "://" in text:
        from tui.article.fetch import is_url

        if is_url(text):
            return open_url(text, lang=lang, max_bytes=max_bytes)
    return open_path(location, lang=lang, max_bytes=max_bytes)


def load_location(
    location: str | os.PathLike[str],
    *,
    lang: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """`load_article` for a file or an http(s) link: `limelight analyze URL` reads the page."""
    result = open_location(location, lang=lang, max_bytes=max_bytes)
    if isinstance(result, Feed):
        raise ArticleError(
            f"{location}: is a feed; open it with `limelight {location}` or `limelight list`"
        )
    return result


def entry_article(entry: FeedEntry, *, lang: str | None = None) -> Article:
    """A feed entry's full text: from the feed when it carries it, else from its link."""
    from tui.article.html import parse_html

    carried = re.sub(r"<[^>]*>", "", entry.content_html)
    if len(carried.strip()) >= FULL_TEXT_CHARS or not entry.link:
        if not entry.content_html.strip():
            raise ArticleError("this entry has no text and no link")
        page = (
            f"<html><head><title>{_escape(entry.title)}</title></head><body><article>"
            f"<h1>{_escape(entry.title)}</h1>{entry.content_html}</article></body></html>"
        )
        article = parse_html(page, url=entry.link)
        if entry.published and not article.published:
            article.published = entry.published
        set_language(article, lang)
        return article
    result = open_url(entry.link, lang=lang)
    if isinstance(result, Feed):
        raise ArticleError(f"{entry.link}: the entry links to another feed")
    return result


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=True)
