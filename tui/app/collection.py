"""The garbage collector waits while the reader starts.

Start-up creates a few hundred thousand objects that live as long as the program
(modules, classes, styles, the article). The collector's passes over them cost the
first frame about 45 ms on this machine, 25 ms of it one full pass in the middle of
the first render; the bare Textual app, with a smaller heap, pays under 20 ms. So
collection pauses until the first frame is on screen, and what start-up made is then
frozen: later full passes, while reading, skip it.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Stop collecting until `resume()` (only if collection is on)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Freeze what exists and collect again; nothing to do unless `pause()` stopped it."""
    global _paused
    if _paused:
        gc.freeze()
        gc.enable()
        _paused = False
