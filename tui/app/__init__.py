"""The Textual reader: `run(target)` is what `limelight [FILE|DIR|URL]` opens."""

from tui.app.launch import build_app, run
from tui.app.reader import ReaderApp, precomputed

__all__ = ["ReaderApp", "build_app", "precomputed", "run"]
