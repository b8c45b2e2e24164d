"""A figure found in text: the common result of the money, percent and count scanners."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Figure:
    """An amount with its offsets in the scanned text.

    kind is "money", "percent" or "quantity"; unit is an ISO currency code, "%" or "pp"
    (percentage points), or the counted noun as written ("Personen", "employees").
    """

    kind: str
    start: int
    end: int
    text: str
    value: float | None
    unit: str
    vague: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


def resolve_overlaps(figures: list[Figure]) -> list[Figure]:
    """Keep the earliest, then longest, of overlapping figures."""
    kept: list[Figure] = []
    for fig in sorted(figures, key=lambda f: (f.start, -(f.end - f.start))):
        if not any(k.overlaps(fig.start, fig.end) for k in kept):
            kept.append(fig)
    return kept
