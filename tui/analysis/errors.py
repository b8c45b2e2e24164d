"""Errors of the analysis layer that a user can cause or fix (a missing model)."""


class AnalysisError(Exception):
    """Analysis could not run; the message is one line for the user."""
