"""The layering in DESIGN.md holds: app/cli → analysis → article, no Textual below the app."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_import_contracts_hold():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports())",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert " kept, 0 broken" in result.stdout  # every contract of pyproject.toml


def test_importing_the_article_layer_loads_no_nlp_or_ui():
    code = (
        "import sys, tui.article, tui.analysis; "
        "print(sorted(m for m in ('spacy', 'textual', 'dateparser') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == "[]", result.stdout + result.stderr
