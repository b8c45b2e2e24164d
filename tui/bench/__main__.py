import sys

from tui.bench.runner import main

if __name__ == "__main__":
    sys.exit(main())
