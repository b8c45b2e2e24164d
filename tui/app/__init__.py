"""The Textual reader: `run(target)` is what `limelight [FILE|DIR|URL]` opens."""

from tui.app.analysis_client import precomputed
from tui.app.launch import build_app, run
from tui.app.reader import ReaderApp

__all__ = ["ReaderApp", "build_app", "precomputed", "run"]
