"""Where Limelight keeps data and caches: the platform's user directories.

LIMELIGHT_DATA_DIR / LIMELIGHT_CACHE_DIR override them (tests, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir


def data_dir() -> Path:
    return Path(os.environ.get("LIMELIGHT_DATA_DIR") or user_data_dir("limelight", appauthor=False))


def cache_dir() -> Path:
    return Path(
        os.environ.get("LIMELIGHT_CACHE_DIR") or user_cache_dir("limelight", appauthor=False)
    )
