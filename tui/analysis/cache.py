"""Analyses kept on disk, so re-opening an article shows its highlights at once.

The key is a hash of everything the result depends on: the article's text and
structure, its language and date, the pipeline that would run (name and version)
and the version of Limelight's own analysis. Finding out which pipeline would run
must not load spaCy, or a warm start would cost as much as a cold one.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import json
import os
from pathlib import Path
from typing import Any

from tui import __version__
from tui.analysis.model import Analysis, CitedSource, DateMention, Entity, Fact, Mention
from tui.analysis.models.english_news import BASE_NAMES, ENGLISH_NER_NAME, shipped_ner_path
from tui.analysis.pipeline import candidates, model_override, shipped_path
from tui.article import atomic
from tui.article.model import Article
from tui.article.paths import cache_dir

CACHE_FORMAT = 1
MAX_CACHE_BYTES = 256 * 1024 * 1024


def pipeline_fingerprint(lang: str) -> str:
    """Name and version of the pipeline `load_pipeline(lang)` would load, cheaply."""
    for name in candidates(lang):
        if name.startswith("shipped:"):
            meta = shipped_path(name.split(":", 1)[1]) / "meta.json"
            if meta.exists():
                info = json.loads(meta.read_text("utf-8"))
                return f"{info.get('name')}-{info.get('version')}-{meta.stat().st_mtime_ns}"
            continue
        if Path(name).is_dir():
            meta = Path(name) / "meta.json"
            return f"{name}-{meta.stat().st_mtime_ns if meta.exists() else 0}"
        spec = importlib.util.find_spec(name)
        if spec is not None:
            stamp = _news_ner_stamp(name) if lang == "en" and model_override(lang) is None else ""
            return f"{name}-{_package_version(name, spec.origin)}{stamp}"
    return "none"


def _news_ner_stamp(name: str) -> str:
    """The English ner weights `load_pipeline` loads over `name` (size and time of the
    file, as the shipped German pipeline's meta.json): retrained weights must not serve
    analyses made with the old ones."""
    if name not in BASE_NAMES:
        return ""
    try:
        stat = (shipped_ner_path() / "model").stat()
    except OSError:
        return ""
    return f"+{ENGLISH_NER_NAME}-{stat.st_size}-{stat.st_mtime_ns}"


def _package_version(name: str, origin: str | None) -> str:
    """A spaCy package's version from the meta.json beside its `__init__`: reading it
    costs less than importing importlib.metadata, which this runs before the first paint."""
    meta = Path(origin).parent / "meta.json" if origin else None
    if meta is not None and meta.is_file():
        with contextlib.suppress(OSError, ValueError):
            return str(json.loads(meta.read_text("utf-8")).get("version", "0"))

    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "0"


@functools.cache
def code_fingerprint() -> str:
    """A digest of the analysis code itself: a changed rule must not serve old results."""
    digest = hashlib.sha256()
    root = Path(__file__).parent
    # the name index is data, but its names decide entities as much as the rules do
    for path in sorted(
        [*root.rglob("*.py"), *root.glob("names/*.tsv.gz"), *root.glob("names/*.json.gz")]
    ):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cache_key(article: Article, lang: str) -> str:
    digest = hashlib.sha256()
    digest.update(article.text.encode("utf-8", "surrogatepass"))
    structure = [(b.kind.value, b.start, b.end, b.analysable) for b in article.blocks]
    sources = [(s.label, s.url, s.start) for s in article.sources]
    published = article.published.isoformat() if article.published else None
    meta = [
        CACHE_FORMAT,
        __version__,
        code_fingerprint(),
        lang,
        published,
        pipeline_fingerprint(lang),
        structure,
        sources,
    ]
    digest.update(json.dumps(meta).encode("utf-8"))
    return digest.hexdigest()


def _path(key: str) -> Path:
    return cache_dir() / "analyses" / f"{key}.json"


def to_dict(analysis: Analysis) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(analysis)


def from_dict(data: dict[str, Any]) -> Analysis:
    return Analysis(
        language=data["language"],
        model=data["model"],
        entities=[
            Entity(e["name"], e["label"], [Mention(**m) for m in e["mentions"]])
            for e in data["entities"]
        ],
        dates=[DateMention(**d) for d in data["dates"]],
        facts=[Fact(**{**f, "entities": tuple(f["entities"])}) for f in data["facts"]],
        sources=[CitedSource(**{**s, "cited_at": tuple(s["cited_at"])}) for s in data["sources"]],
        warnings=list(data.get("warnings", [])),
    )


def load(key: str) -> Analysis | None:
    """The cached analysis for `key`; a damaged entry is dropped, never fatal."""
    path = _path(key)
    try:
        data = json.loads(path.read_text("utf-8"))
        return from_dict(data)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        with contextlib.suppress(OSError):
            path.unlink()
        return None


def store(key: str, analysis: Analysis, max_bytes: int = MAX_CACHE_BYTES) -> None:
    path = _path(key)
    try:
        atomic.write_json(path, to_dict(analysis))
        _prune(path.parent, max_bytes)
    except OSError:
        pass  # a cache that cannot be written costs only time


def _prune(folder: Path, max_bytes: int) -> None:
    """Drop the least recently written entries while the cache is over its size."""
    entries = []
    for item in os.scandir(folder):
        if item.name.endswith(".json"):
            with contextlib.suppress(OSError):
                info = item.stat()
                entries.append((info.st_mtime, info.st_size, item.path))
    total = sum(size for _, size, _ in entries)
    for _, size, path in sorted(entries):
        if total <= max_bytes:
            break
        with contextlib.suppress(OSError):
            os.unlink(path)
            total -= size
