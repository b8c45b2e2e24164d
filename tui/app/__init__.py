"""The Textual reader: `run(target)` is what `limelight [FILE|DIR|URL]` opens."""

from tui.app.launch import build_app, run
from tui.app.reader import ReaderApp, precomputed, run_reader

__all__ = ["ReaderApp", "build_app", "precomputed", "run", "run_reader"]
