"""The Textual reader: `run(target)` is what `limelight [FILE|DIR|URL]` opens.

The names below are imported on first use, so that the parts without Textual (the
reading model, the layout) can be imported, and tested, without loading it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tui.app.analysis_client import precomputed
    from tui.app.launch import build_app, run
    from tui.app.reader import ReaderApp

__all__ = ["ReaderApp", "build_app", "precomputed", "run"]

_HOMES = {
    "ReaderApp": "tui.app.reader",
    "build_app": "tui.app.launch",
    "precomputed": "tui.app.analysis_client",
    "run": "tui.app.launch",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'tui.app' has no attribute {name!r}")
