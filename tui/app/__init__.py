"""The Textual reader: `run_reader(article)` is what `limelight FILE` opens."""

from tui.app.reader import ReaderApp, precomputed, run_reader

__all__ = ["ReaderApp", "precomputed", "run_reader"]
