"""`python -m app` and the `netimpact` command start Netwerkimpact."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (which loads the store's layer when a command needs it:
    `db.loading`)."""
    from app.cli import main as command_line

    return command_line(argv)


if __name__ == "__main__":
    sys.exit(main())
