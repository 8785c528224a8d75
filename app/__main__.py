"""`python -m app` and the `netimpact` command start Netwerkimpact."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from db.loading import pause_collector_until_loaded, resume_collector


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line, with the cycle collector paused while the program loads (the
    store's layer loads last, when the command or the window needs it: `db.loading`)."""
    pause_collector_until_loaded()
    try:
        from app.cli import main as command_line

        return command_line(argv)
    finally:
        resume_collector()  # when nothing loaded the store's layer (--version, a usage error)


if __name__ == "__main__":
    sys.exit(main())
