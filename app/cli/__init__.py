"""The command line: `netimpact` starts the program; subcommands work without a window.

Errors for people are one or two lines on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from app.cli import outputs, store_commands
from app.cli.common import EXIT_FAILED, CommandError, shown, store_message, store_path
from app.cli.parser import parser
from db.errors import StoreError
from db.loading import load_store_layer

__all__ = ["main"]


def _run_gui(arguments: argparse.Namespace) -> int:
    from app.ui.shell.application import run

    return run(store_path(arguments))


HANDLERS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: _run_gui,
    "gui": _run_gui,
    "list": store_commands.run_list,
    "lines": store_commands.run_lines,
    "check": store_commands.run_check,
    "backups": store_commands.run_backups,
    "restore": store_commands.run_restore,
    "export": outputs.run_export,
    "import": outputs.run_import,
    "poster": outputs.run_poster,
    "image": outputs.run_image,
}


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parser().parse_args(argv)
    if arguments.self_test:
        from app.ui.shell.self_test import run_self_test

        return run_self_test()
    if arguments.command not in (None, "gui"):
        load_store_layer()  # every subcommand works with the store; the window loads it later
    try:
        return HANDLERS[arguments.command](arguments)
    except CommandError as error:
        print(shown(f"netimpact: {error}"), file=sys.stderr)
        return EXIT_FAILED
    except StoreError as error:  # a store that went bad or full in the middle of a command
        print(f"netimpact: {store_message(error)}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
