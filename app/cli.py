"""The command line: `netimpact` starts the program; subcommands work without a window.

Errors for people are one or two lines on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_FAILED = 1


class CommandError(Exception):
    """A failure to report to the person at the terminal, in one or two lines."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netimpact",
        description="Netwerkimpact: the network impact model as a turnable wheel.",
    )
    parser.add_argument("--version", action="version", version=f"netimpact {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        type=Path,
        help="the store file (default: $NETIMPACT_DB, else the user's data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("gui", help="start the program (the default)")
    return parser


def store_path(arguments: argparse.Namespace) -> Path | None:
    """The store file chosen on the command line or in NETIMPACT_DB; None for the default."""
    if arguments.db is not None:
        return arguments.db
    from_environment = os.environ.get("NETIMPACT_DB")
    return Path(from_environment) if from_environment else None


def _run_gui(arguments: argparse.Namespace) -> int:
    from app.ui.application import run

    return run(store_path(arguments))


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    arguments = parser.parse_args(argv)
    handlers = {None: _run_gui, "gui": _run_gui}
    try:
        return handlers[arguments.command](arguments)
    except CommandError as error:
        print(f"netimpact: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
