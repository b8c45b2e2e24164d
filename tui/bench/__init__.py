"""`limelight bench` / `python -m tui.bench`: Limelight's speed beside its references.

The command line offers `add_arguments(parser)` and `run(args) -> int`, like the
evaluation commands; importing this package loads neither Textual nor spaCy.
"""

from tui.bench.runner import add_arguments, main, run

__all__ = ["add_arguments", "main", "run"]
