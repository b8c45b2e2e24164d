"""The training recipes under `training/` are scripts, not a package: tests load one by
its path."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def training_script(folder: str, name: str) -> ModuleType:
    """`training/FOLDER/NAME.py` as a module, loaded once per process."""
    if name in sys.modules:
        return sys.modules[name]
    path = ROOT / "training" / folder / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
