"""Neutralise control characters so article text can never drive the terminal.

Articles are untrusted: an ESC, a C1 CSI (U+009B) or a bidi override in them could
rewrite the screen, set the window title or reorder what the reader sees. Such
characters are replaced by visible placeholders, as `less` shows them without `-R`.
"""

from __future__ import annotations

import re

_C1_PLACEHOLDER = "\ufffd"
# Bidi embeddings, overrides and isolates: U+202A..U+202E, U+2066..U+2069, plus LRM/RLM marks.
_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x20):
        if code not in (0x09, 0x0A):
            table[code] = chr(0x2400 + code)  # control pictures: ␛ for ESC, ␀ for NUL
    table[0x7F] = "\u2421"  # ␡
    for code in range(0x80, 0xA0):
        table[code] = _C1_PLACEHOLDER
    for ch in _BIDI:
        table[ord(ch)] = _C1_PLACEHOLDER
    table[0x09] = " "  # tabs would break cell-width measuring in the reader
    for code in (0x2028, 0x2029, 0x0085):
        table[code] = "\n"  # Unicode line/paragraph separators and NEL end lines
    table[0xFEFF] = ""  # a stray BOM or zero-width no-break space
    return table


_TABLE = _build_table()
_NEWLINES = re.compile(r"\r\n?")


def normalise_newlines(text: str) -> str:
    return _NEWLINES.sub("\n", text)


def sanitise(text: str) -> str:
    """Return `text` with newlines normalised and every control character made visible."""
    return normalise_newlines(text).translate(_TABLE)


def is_mostly_controls(text: str, sample: int = 4096) -> bool:
    """True for decoded text that is really binary data (many control characters)."""
    head = text[:sample]
    if not head:
        return False
    bad = sum(
        1
        for ch in head
        if (ord(ch) < 0x20 and ch not in "\n\r\t\f\x1b\x07")
        or 0x7F <= ord(ch) < 0xA0
        or ch == "\ufffd"
    )
    # escape sequences are text that misbehaves, not binary: ESC and BEL are not counted
    return bad / len(head) > (0.05 if len(head) >= 512 else 0.2)
