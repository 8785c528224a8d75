"""The command line: `netimpact` starts the program; subcommands work without a window.

Errors for people are one or two lines on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from db.errors import StoreError

if TYPE_CHECKING:
    from db.store import Store

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
        "--self-test",
        action="store_true",
        help="check this installation offscreen (window, ring, poster) and exit",
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        type=Path,
        help="the store file (default: $NETIMPACT_DB, else the user's data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("gui", help="start the program (the default)")
    commands.add_parser("list", help="list the networks in the store")
    export = commands.add_parser("export", help="write one network as exchange JSON")
    export.add_argument("network", metavar="NETWORK", help="the network's name or id")
    export.add_argument(
        "-o", "--output", metavar="FILE", type=Path, required=True, help="the JSON file to write"
    )
    import_ = commands.add_parser("import", help="add a network from an exchange JSON file")
    import_.add_argument("file", metavar="FILE", type=Path, help="the JSON file to read")
    _add_poster_parser(commands)
    return parser


def _add_poster_parser(commands: argparse._SubParsersAction) -> None:
    poster = commands.add_parser(
        "poster", help="make an A3 poster (blank or of one reasoning line) or an A4 report as PDF"
    )
    poster.add_argument("--network", metavar="NAME", required=True, help="the network's name or id")
    kind = poster.add_mutually_exclusive_group()
    kind.add_argument("--line", metavar="ID", type=int, help="the poster of reasoning line ID")
    kind.add_argument("--blank", action="store_true", help="the workshop poster (the default)")
    kind.add_argument("--report", action="store_true", help="the overview report (A4, many pages)")
    kind.add_argument(
        "--session",
        action="store_true",
        help="the session poster: the wheel with every post-it, their texts listed beside it",
    )
    poster.add_argument(
        "--size",
        choices=("A3", "A2", "A1", "A0"),
        default="A3",
        help="the session poster's sheet (default: A3)",
    )
    poster.add_argument(
        "--tile",
        choices=("A4", "A3"),
        help="print the session poster in tiles on this office paper, with overlap and cut marks",
    )
    poster.add_argument(
        "--portrait", action="store_true", help="A3 portrait (posters only; the report is A4)"
    )
    poster.add_argument("--language", choices=("nl", "en"), default="nl", help="default: nl")
    poster.add_argument(
        "-o", "--output", metavar="FILE.pdf", type=Path, required=True, help="the PDF to write"
    )


def store_path(arguments: argparse.Namespace) -> Path | None:
    """The store file chosen on the command line or in NETIMPACT_DB; None for the default."""
    if arguments.db is not None:
        return arguments.db
    from_environment = os.environ.get("NETIMPACT_DB")
    return Path(from_environment) if from_environment else None


def _run_gui(arguments: argparse.Namespace) -> int:
    from app.ui.application import run

    return run(store_path(arguments))


def _open_store(arguments: argparse.Namespace) -> Store:
    """The store for a subcommand, with store problems turned into messages for people."""
    from db import Store, default_store_path

    path = store_path(arguments) or default_store_path()
    try:
        return Store.open(path)
    except StoreError as error:
        raise CommandError(str(error)) from error


def _run_list(arguments: argparse.Namespace) -> int:
    with _open_store(arguments) as store:
        networks = store.list_networks()
        if not networks:
            print(f"No networks in {store.path}.")
        for network in networks:
            lines = f"{network.line_count} line" + ("" if network.line_count == 1 else "s")
            changed = network.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
            print(f"{network.id:>4}  {network.name}  ({lines}, changed {changed})")
    return EXIT_OK


def _run_export(arguments: argparse.Namespace) -> int:
    with _open_store(arguments) as store:
        try:
            network = store.find_network(arguments.network)
            store.export_network_to(network.id, arguments.output)
        except StoreError as error:
            raise CommandError(str(error)) from error
    print(f"Exported {network.name!r} to {arguments.output}.")
    return EXIT_OK


def _run_import(arguments: argparse.Namespace) -> int:
    with _open_store(arguments) as store:
        try:
            network = store.import_file(arguments.file)
        except StoreError as error:
            raise CommandError(f"{arguments.file} was not imported: {error}") from error
    print(f"Imported {network.name!r} (id {network.id}) into {store.path}.")
    return EXIT_OK


def _run_poster(arguments: argparse.Namespace) -> int:
    from app.poster import (
        Orientation,
        PosterError,
        PosterSize,
        SheetSize,
        render_blank_poster,
        render_line_poster,
        render_report,
        render_session_poster,
    )

    with _open_store(arguments) as store:
        try:
            network = store.find_network(arguments.network)
            contents = store.load_network(network.id)
        except StoreError as error:
            raise CommandError(str(error)) from error
        model = store.model
    orientation = Orientation.PORTRAIT if arguments.portrait else Orientation.LANDSCAPE
    language, output = arguments.language, arguments.output
    if not arguments.session and (arguments.size != "A3" or arguments.tile):
        raise CommandError("--size and --tile are for the session poster (--session)")
    try:
        if arguments.line is not None:
            render_line_poster(output, model, contents, arguments.line, orientation, language)
            made = f"the poster of line {arguments.line}"
        elif arguments.report:
            render_report(output, model, contents, language)
            made = "the report"
        elif arguments.session:
            size, tile = PosterSize(arguments.size), arguments.tile
            render_session_poster(
                output,
                model,
                contents,
                language,
                size=size,
                tile=SheetSize(tile) if tile else None,
            )
            made = f"the session poster ({size.value}{f' on {tile} tiles' if tile else ''})"
        else:
            render_blank_poster(output, model, contents.network, orientation, language)
            made = "the workshop poster"
    except PosterError as error:
        raise CommandError(str(error)) from error
    print(f"Wrote {made} of {network.name!r} to {output}.")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    arguments = parser.parse_args(argv)
    handlers = {
        None: _run_gui,
        "gui": _run_gui,
        "list": _run_list,
        "export": _run_export,
        "import": _run_import,
        "poster": _run_poster,
    }
    if arguments.self_test:
        from app.ui.self_test import run_self_test

        return run_self_test()
    try:
        return handlers[arguments.command](arguments)
    except CommandError as error:
        print(f"netimpact: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
