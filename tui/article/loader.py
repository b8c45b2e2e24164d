"""Open what the user named and hand back an `Article`, or one clear error."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from tui.article.decode import decode
from tui.article.errors import ArticleError
from tui.article.language import SUPPORTED, detect_language
from tui.article.markdown import parse_markdown
from tui.article.model import Article
from tui.article.plaintext import parse_plain_text
from tui.article.sanitize import is_mostly_controls, sanitise

DEFAULT_MAX_BYTES = 16 * 1024 * 1024
_MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}


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
        raise ArticleError(f"{path}: over the {max_bytes / 1e6:.0f} MB limit (raise it with --max-size)")
    return data


def parse_text(text: str, *, markdown: bool = False, lang: str | None = None) -> Article:
    """Build an article from already-decoded text (sanitised here)."""
    if is_mostly_controls(text):
        raise ArticleError("binary data, not an article")
    clean = sanitise(text)
    if not clean.strip():
        raise ArticleError("the article is empty")
    article = parse_markdown(clean) if markdown else parse_plain_text(clean)
    if not article.blocks:
        raise ArticleError("the article is empty")
    set_language(article, lang)
    return article


def set_language(article: Article, lang: str | None) -> None:
    if lang:
        if lang not in SUPPORTED:
            raise ArticleError(f"unsupported language {lang!r} (choose from {', '.join(SUPPORTED)})")
        article.language = lang
    else:
        article.language = detect_language(article.text)


def load_article(
    path: str | os.PathLike[str],
    *,
    lang: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Load a plain-text or Markdown article from a file."""
    file = Path(path)
    text, _encoding = decode(read_bytes(file, max_bytes))
    article = parse_text(text, markdown=file.suffix.lower() in _MARKDOWN_SUFFIXES, lang=lang)
    article.path = str(file)
    return article
