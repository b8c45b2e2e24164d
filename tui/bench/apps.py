"""The reference apps Limelight is measured against, written out as tiny scripts.

- bare: a Textual app showing the article's text in a `Static`, nothing else. The
  floor for first paint: interpreter, Textual and one frame.
- naive: the bare app, and then in a thread: import spaCy, load the same small
  pipeline Limelight would load, run it over the whole text, list the entities on
  screen. What anyone would write first; the floor for "highlights on screen".

They are scripts, not modules of this package, so they start like any program and
import nothing of Limelight (but the registration that Limelight's own shipped
pipeline needs before spaCy can load it, in the naive app's thread).
"""

from __future__ import annotations

import importlib.util
import json
import re
from dataclasses import dataclass
from pathlib import Path

from tui.analysis.pipeline import candidates, shipped_path

NAIVE_MARKER = re.compile(r"ENTITIES \d+")

BARE = '''\
"""Bare Textual reference: the article text in a Static."""
import sys

from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

TEXT = open(sys.argv[1], encoding="utf-8").read()


class Bare(App[None]):
    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(TEXT, markup=False)


Bare().run()
'''

NAIVE = '''\
"""Naive reader reference: text first, then spaCy in a thread, then the entities."""
import json
import sys
import threading

from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

TEXT = open(sys.argv[1], encoding="utf-8").read()
MODEL = sys.argv[2]
EXCLUDE = json.loads(sys.argv[3])
SETUP = sys.argv[4] if len(sys.argv) > 4 else ""


class Naive(App[None]):
    CSS = "#entities { height: 3; dock: bottom; }"

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(TEXT, markup=False)
        yield Static("loading spaCy...", id="entities", markup=False)

    def on_mount(self) -> None:
        threading.Thread(target=self.analyse, daemon=True).start()

    def analyse(self) -> None:
        if SETUP:  # a pipeline built from custom layers needs them registered first
            import importlib

            module, function = SETUP.split(":")
            getattr(importlib.import_module(module), function)()
        import spacy

        nlp = spacy.load(MODEL, exclude=EXCLUDE)
        nlp.max_length = max(nlp.max_length, len(TEXT) + 1)
        doc = nlp(TEXT)
        names = sorted({(e.label_, e.text) for e in doc.ents})
        listing = ", ".join(f"{text} ({label})" for label, text in names)
        self.call_from_thread(self.show, f"ENTITIES {len(doc.ents)}: {listing}")

    def show(self, text: str) -> None:
        self.query_one("#entities", Static).update(text)


Naive().run()
'''


@dataclass(frozen=True)
class ReferenceApps:
    bare: Path
    naive: Path


def write_apps(folder: Path) -> ReferenceApps:
    folder.mkdir(parents=True, exist_ok=True)
    bare, naive = folder / "bare_reader.py", folder / "naive_reader.py"
    bare.write_text(BARE, encoding="utf-8")
    naive.write_text(NAIVE, encoding="utf-8")
    return ReferenceApps(bare, naive)


# what Limelight's own shipped pipelines need before `spacy.load` (their layers and
# components are registered by it), as "module:function"
SHIPPED_SETUP = "tui.analysis.models:register_architectures"


def base_model(lang: str) -> tuple[str, list[str], str]:
    """What `spacy.load` gets for `lang`: the same choice `pipeline._load_base` makes.

    Returns the package name or model folder, the components it leaves out, and the
    registration to call first ("" for none), so the naive reader loads exactly the
    base pipeline Limelight builds on.
    """
    for name in candidates(lang):
        if name.startswith("shipped:"):
            path = shipped_path(name.split(":", 1)[1])
            if (path / "meta.json").exists():
                return str(path), [], SHIPPED_SETUP
            continue
        if Path(name).is_dir() or importlib.util.find_spec(name) is not None:
            return name, ["lemmatizer"], ""
    raise LookupError(f"no spaCy pipeline for {lang!r} is installed")


def naive_args(lang: str) -> list[str]:
    model, exclude, setup = base_model(lang)
    return [model, json.dumps(exclude), setup]
