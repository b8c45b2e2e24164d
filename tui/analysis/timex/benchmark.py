"""Speed of the tagger beside dateparser's `search_dates` on the same texts.

    python -m tui.analysis.timex.benchmark [FILE…] [--lang de] [--repeat 3]

FILE may be plain text or inline-TIMEX2 (.xml: the tags are stripped first). Without
files it measures the samples that ship with Limelight. Prints a table; the tagger's
figure is per 1,000 words once its rules are compiled (the first call compiles them).
Times are CPU time of this process (`time.process_time`), so a busy machine does not
inflate them.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from .tagger import tag_dates

SAMPLES = Path(__file__).resolve().parents[3] / "samples"


def _text(path: Path) -> str:
    if path.suffix == ".xml":
        from tui.analysis.evaluation.dates import read_document

        return read_document(path).text
    return path.read_text(encoding="utf-8", errors="replace")


def _best(fn, repeat: int) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    best, found = float("inf"), 0
    for _ in range(repeat):
        t0 = time.process_time()
        found = len(fn() or [])
        best = min(best, time.process_time() - t0)
    return best, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tui.analysis.timex.benchmark")
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--lang", default=None, help="de or en (default: from the file name)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-dateparser", action="store_true")
    args = parser.parse_args(argv)
    files = args.files or sorted(p for p in SAMPLES.glob("*.*") if p.suffix in (".txt", ".md"))
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Time expressions: Limelight's tagger and dateparser.search_dates")
    for col in (
        "text",
        "words",
        "tagger ms",
        "ms/1k words",
        "found",
        "search_dates ms",
        "ms/1k words",
        "found",
    ):
        table.add_column(col, justify="left" if col == "text" else "right")
    tag_dates("Am 1. Mai 2024.", "de", None)  # compile the rules once
    tag_dates("On May 1, 2024.", "en", None)
    totals = [0, 0.0, 0.0]
    for path in files:
        text = _text(path)
        lang = args.lang or ("en" if ".en." in path.name else "de")
        words = len(text.split()) or 1
        t, n = _best(lambda text=text, lang=lang: tag_dates(text, lang, None), args.repeat)
        row = [path.name, str(words), f"{t * 1000:.1f}", f"{t * 1e6 / words:.2f}", str(n)]
        totals[0] += words
        totals[1] += t
        if args.no_dateparser:
            row += ["–", "–", "–"]
        else:
            from dateparser.search import search_dates

            settings = {"DATE_ORDER": "DMY" if lang == "de" else "MDY"}
            d, dn = _best(
                lambda text=text, lang=lang, settings=settings: search_dates(
                    text, languages=[lang], settings=settings
                ),
                1,
            )
            totals[2] += d
            row += [f"{d * 1000:.0f}", f"{d * 1e6 / words:.1f}", str(dn)]
        table.add_row(*row)
    words_total = int(totals[0]) or 1
    table.add_row(
        "all",
        str(words_total),
        f"{totals[1] * 1000:.1f}",
        f"{totals[1] * 1e6 / words_total:.2f}",
        "",
        "–" if args.no_dateparser else f"{totals[2] * 1000:.0f}",
        "–" if args.no_dateparser else f"{totals[2] * 1e6 / words_total:.1f}",
        "",
    )
    Console().print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
