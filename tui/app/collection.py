"""The garbage collector waits while the reader starts.

Start-up creates a few hundred thousand objects that live as long as the program
(modules, classes, styles, the article). The collector's passes over them cost the
first frame about 45 ms on this machine, 25 ms of it one full pass in the middle of
the first render; the bare Textual app, with a smaller heap, pays under 20 ms. So
collection pauses until the first frame is on screen, from before Textual is imported
(`launch.run`): passes during the imports cost another 5-8 ms. The garbage left at the
first frame is small (~1,700 objects, freed by a later pass or, frozen, never).

Then, with the analysis in a worker process, start-up's objects are frozen (`settle`):
the reader's heap is then mostly long-lived (Textual, the article and its layout), and
full passes over it took 20-57 ms twice in 4 s of paging a 100 KB article, stalling the
key under way; frozen, a full pass over what came since costs 5-10 ms. Not with spaCy
in the reader's own process (an injected analysis in a thread): with nothing counted as
long-lived, full passes over spaCy's new objects came more often, and space p95 during
an analysis went from 24 to 60-75 ms in the benchmark.
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


def settle(*, freeze: bool) -> None:
    """The first frame is on screen: collect again; with `freeze`, every object made so
    far is left out of later collections (see the module's docstring)."""
    resume()
    if freeze:
        gc.freeze()
