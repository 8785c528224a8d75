"""`python -m app` and the `netimpact` command start Netwerkimpact."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Load the program with Python's cycle collector paused, then run the command line.

    Loading the store's layer (SQLAlchemy, the schema) makes a few hundred thousand objects
    that live as long as the program and hardly any garbage cycles; a collector running
    meanwhile scans them over and over (some 60 ms of a cold start). Once loaded they are
    frozen (left out of every later scan) and the collector runs again as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        from app.cli import main as command_line
    finally:
        if was_enabled:
            gc.freeze()
            gc.enable()
    return command_line(argv)


if __name__ == "__main__":
    sys.exit(main())
