"""Small files written so that a crash or a second instance never leaves half of one.

Write to a temporary file in the same directory, flush it to disk, then rename it
over the target: readers see the old file or the new one, never a mix.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any


def write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_json(path: Path, value: Any) -> None:
    write_bytes(path, json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8"))


def read_json(path: Path, default: Any) -> tuple[Any, str | None]:
    """Read a JSON file; a corrupt one is moved aside and reported, not lost or fatal.

    Returns (value, warning) where warning is None when all was well.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return default, None
    except OSError as exc:
        return default, f"could not read {path}: {exc.strerror or exc}"
    try:
        value = json.loads(data.decode("utf-8"))
        if not isinstance(value, type(default)):
            raise ValueError("unexpected structure")
        return value, None
    except (ValueError, UnicodeDecodeError):
        aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        with contextlib.suppress(OSError):
            os.replace(path, aside)
        return default, f"{path.name} was corrupt; moved aside to {aside.name}"
