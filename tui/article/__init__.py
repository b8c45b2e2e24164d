"""Loading articles and recovering their structure. Knows nothing of NLP or Textual."""

from tui.article.errors import ArticleError
from tui.article.loader import load_article, parse_text
from tui.article.model import Article, Block, BlockKind, Section, Source

__all__ = [
    "Article",
    "ArticleError",
    "Block",
    "BlockKind",
    "Section",
    "Source",
    "load_article",
    "parse_text",
]
