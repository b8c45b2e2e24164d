"""The articles the benchmark reads: the samples, and long articles built from them.

Long articles repeat the samples' prose (headings renumbered so every section is its
own) until they reach a size, so they read like one long dossier and keep the
samples' density of names and dates. Every article is also written out as its flat
text, which the reference apps show, so Limelight and the references paint the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from tui.article import load_article
from tui.article.model import Article, BlockKind

SAMPLE_SUFFIXES = (".txt", ".md")
SEED_NAME = "microsoft-openai.de.txt"
# a title and a date line per language, so long articles get a title and a reference date
_LONG_HEAD = {
    "de": ("Langes Dossier zum Benchmark ({size})", "Freigegeben: October 21, 2024"),
    "en": ("A long dossier for the benchmark ({size})", "Published: March 14, 2025"),
}
_PART = {"de": "Teil", "en": "Part"}
_BODY_KINDS = (BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.QUOTE)


@dataclass(frozen=True)
class BenchArticle:
    name: str  # file name of a sample, or "long-100k.de"
    path: Path  # the file Limelight opens
    text_path: Path  # the article's flat text, shown by the reference apps
    article: Article
    long: bool = False

    @property
    def lang(self) -> str:
        return self.article.language if self.article.language in ("de", "en") else "en"

    @property
    def words(self) -> int:
        return len(self.article.text.split())

    @property
    def size(self) -> int:
        return self.path.stat().st_size

    @property
    def title_marker(self) -> re.Pattern[str]:
        return title_marker(self.article.title or self.article.text.split("\n", 1)[0])


def title_marker(title: str) -> re.Pattern[str]:
    """A pattern for the title on screen: its longest run of ASCII words.

    ASCII only, because a terminal without a UTF-8 locale shows other letters as "_";
    spaces match any run of blanks, as a wrapped or padded title may show.
    """
    runs: list[list[str]] = [[]]
    for word in title.split():
        if word.isascii():
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    best = max(runs, key=lambda r: len(" ".join(r)))
    words = best[:6] or title.split()[:1]
    return re.compile(r"\s+".join(re.escape(w) for w in words))


def sample_paths(folder: Path) -> list[Path]:
    """The samples, the seed article first (it is the reference input of the project)."""
    paths = sorted(
        p
        for p in folder.iterdir()
        if p.suffix in SAMPLE_SUFFIXES and p.stem.upper() not in ("README", "LICENSE")
    )
    return sorted(paths, key=lambda p: p.name != SEED_NAME)


def default_samples_folder() -> Path | None:
    folder = Path(__file__).resolve().parents[2] / "samples"
    return folder if folder.is_dir() else None


def prose_blocks(article: Article) -> list[tuple[BlockKind, str]]:
    """The body as (kind, text): headings and prose, no title, metadata or sources."""
    return [
        (b.kind, b.text(article.text))
        for b in article.blocks
        if b.analysable and b.kind in _BODY_KINDS and b.end > b.start
    ]


def long_text(sources: list[Article], size: int, lang: str, label: str) -> str:
    """Plain text of about `size` bytes (UTF-8) repeating the sources' prose."""
    title, date_line = _LONG_HEAD[lang]
    parts = [title.format(size=label), date_line]
    total = sum(len(p.encode("utf-8")) + 2 for p in parts)
    bodies = [prose_blocks(a) for a in sources]
    if not any(bodies):
        raise ValueError("no prose in the samples to build a long article from")
    part = 0
    while total < size:
        part += 1
        for body in bodies:
            for kind, text in body:
                piece = f"{text} – {_PART[lang]} {part}" if kind is BlockKind.HEADING else text
                if kind is BlockKind.LIST_ITEM:
                    piece = f"- {piece}"
                parts.append(piece)
                total += len(piece.encode("utf-8")) + 2
    return "\n\n".join(parts) + "\n"


def size_label(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):g} MB"
    return f"{size / 1024:g} KB"


def parse_size(text: str) -> int:
    """Sizes such as 100k, 1m or 20000, in bytes."""
    units = {"k": 1024, "m": 1024 * 1024}
    value = text.strip().lower().removesuffix("b")
    factor = units.get(value[-1:], 1)
    number = value[:-1] if value[-1:] in units else value
    return int(float(number) * factor)


def _bench_article(path: Path, workdir: Path, *, long: bool = False) -> BenchArticle:
    article = load_article(path)
    text_path = workdir / "flat" / f"{path.name}.flat.txt"
    text_path.parent.mkdir(parents=True, exist_ok=True)
    text_path.write_text(article.text, encoding="utf-8")
    return BenchArticle(path.name, path, text_path, article, long)


def load_samples(folder: Path, workdir: Path) -> list[BenchArticle]:
    return [_bench_article(p, workdir) for p in sample_paths(folder)]


def build_long(
    samples: list[BenchArticle], sizes: list[int], langs: tuple[str, ...], workdir: Path
) -> list[BenchArticle]:
    """One long article per size and language (languages without samples are skipped)."""
    out: list[BenchArticle] = []
    for lang in langs:
        sources = [s.article for s in samples if s.lang == lang]
        if not sources:
            continue
        for size in sizes:
            label = size_label(size)
            tag = label.replace(" ", "").lower()
            path = workdir / "long" / f"long-{tag}.{lang}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(long_text(sources, size, lang, label), encoding="utf-8")
            out.append(_bench_article(path, workdir, long=True))
    return out
