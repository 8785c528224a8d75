"""The command line: `netimpact` starts the program; subcommands work without a window.

Errors for people are one or two lines on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from app.cli.common import EXIT_FAILED, CommandError, shown, store_message, store_path
from app.cli.parser import parser
from db.errors import StoreError, quoted
from db.loading import load_store_layer, plain_imports

__all__ = ["main"]

Handler = Callable[[argparse.Namespace], int]


def _run_gui(arguments: argparse.Namespace) -> int:
    import PySide6.QtWidgets  # noqa: F401  Qt first, then the window's modules without its hook

    with plain_imports():
        from app.ui.shell.application import run

    return run(store_path(arguments))


# Each subcommand's function, as "module:function": its module loads when it runs, so
# starting the window loads none of them.
HANDLERS: dict[str | None, Handler | str] = {
    None: _run_gui,
    "gui": _run_gui,
    "list": "app.cli.store_commands:run_list",
    "lines": "app.cli.store_commands:run_lines",
    "check": "app.cli.store_commands:run_check",
    "backups": "app.cli.store_commands:run_backups",
    "restore": "app.cli.store_commands:run_restore",
    "export": "app.cli.outputs:run_export",
    "import": "app.cli.outputs:run_import",
    "import-measurements": "app.cli.measure_import:run_import_measurements",
    "poster": "app.cli.outputs:run_poster",
    "report": "app.cli.outputs:run_report",
    "image": "app.cli.outputs:run_image",
    "take-along": "app.cli.team_commands:run_take_along",
    "bring-back": "app.cli.team_commands:run_bring_back",
    "release-mark": "app.cli.team_commands:run_release_mark",
    "copy": "app.cli.team_commands:run_copy",
}


def _handler(command: str | None) -> Handler:
    handler = HANDLERS[command]
    if callable(handler):
        return handler
    load_store_layer()  # every subcommand works with the store; the window loads it later
    module, function = handler.split(":")
    found: Handler = getattr(importlib.import_module(module), function)
    return found


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parser().parse_args(argv)
    if arguments.self_test:
        load_store_layer()
        from app.ui.shell.self_test import run_self_test

        return run_self_test()
    handler = _handler(arguments.command)
    try:
        if getattr(arguments, "force", False):
            from db.files import overwriting_allowed

            with overwriting_allowed(arguments.output):
                return handler(arguments)
        return handler(arguments)
    except CommandError as error:
        print(shown(f"netimpact: {error}"), file=sys.stderr)
        return EXIT_FAILED
    except StoreError as error:  # a store that went bad or full in the middle of a command
        print(f"netimpact: {store_message(error)}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:  # a path the system refuses outright (too long, a loop)
        name = f" ({shown(quoted(error.filename))})" if error.filename else ""
        reason = error.strerror or str(error)
        print(f"netimpact: {reason}{name}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
