"""Argument types shared by the commands (`--max-size 8M`, `--jobs 2`, `--top 10`)."""

from __future__ import annotations

import argparse

_UNITS = {"k": 1024, "m": 1024**2, "g": 1024**3}


def size(value: str) -> int:
    """Sizes such as 16M, 500k or 2G, in bytes."""
    text = value.strip().lower().removesuffix("b")
    factor = _UNITS.get(text[-1:], 1)
    try:
        number = int(float(text[:-1] if text[-1:] in _UNITS else text) * factor)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {value!r}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be above 0: {value!r}")
    return number


def count(value: str) -> int:
    """A whole number of at least 1 (jobs, results)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {value!r}")
    return number
