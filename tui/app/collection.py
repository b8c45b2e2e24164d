"""The garbage collector waits while the reader starts.

Start-up creates a few hundred thousand objects that live as long as the program
(modules, classes, styles, the article). The collector's passes over them cost the
first frame about 45 ms on this machine, 25 ms of it one full pass in the middle of
the first render; the bare Textual app, with a smaller heap, pays under 20 ms. So
collection pauses until the first frame is on screen.

(Freezing start-up's objects then, with `gc.freeze()`, made keys slower while spaCy
loads: with nothing counted as long-lived, full passes over the new objects come
more often; space p95 during an analysis went from 24 to 60-75 ms in the benchmark.)
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
    """Collect again; nothing to do unless `pause()` stopped it."""
    global _paused
    if _paused:
        gc.enable()
        _paused = False
