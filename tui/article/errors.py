"""Errors a user can cause by what they ask Limelight to open."""


class ArticleError(Exception):
    """Input that cannot be read as an article; the message is one line for the user."""
