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
    _add_store_safety_parsers(commands)
    return parser


def _add_store_safety_parsers(commands: argparse._SubParsersAction) -> None:
    commands.add_parser(
        "check", help="check the store completely (integrity, references, schema); changes nothing"
    )
    commands.add_parser("backups", help="list the store's backups with their dates and networks")
    restore = commands.add_parser(
        "restore", help="put a backup in the store's place (the current file is kept aside)"
    )
    restore.add_argument(
        "backup", metavar="BACKUP", help="a backup's file, or its name from `netimpact backups`"
    )


def _add_poster_parser(commands: argparse._SubParsersAction) -> None:
    poster = commands.add_parser(
        "poster", help="make an A3 poster (blank or of one reasoning line) or an A4 report as PDF"
    )
    poster.add_argument("--network", metavar="NAME", required=True, help="the network's name or id")
    kind = poster.add_mutually_exclusive_group()
    kind.add_argument("--line", metavar="ID", type=int, help="the poster of reasoning line ID")
    kind.add_argument("--blank", action="store_true", help="the workshop poster (the default)")
    kind.add_argument("--report", action="store_true", help="the overview report (A4, many pages)")
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
        raise CommandError(_store_message(error)) from error


def _store_message(error: StoreError) -> str:
    """The exception's one line; a damaged store adds the way back (its backups)."""
    from db.errors import StoreDamagedError

    if isinstance(error, StoreDamagedError):
        return (
            f"{error}\nits backups: `netimpact backups`; put one back: `netimpact restore BACKUP`"
        )
    return str(error)


def _existing_store(arguments: argparse.Namespace) -> Path:
    """The store's path for `check`, `backups` and `restore`, which never create one."""
    from db import default_store_path

    path = (store_path(arguments) or default_store_path()).expanduser().absolute()
    try:
        present = path.exists()
    except OSError as error:
        raise CommandError(f"{path} cannot be reached: {error.strerror}") from error
    if not present and arguments.command != "restore":
        raise CommandError(f"there is no store at {path}")
    return path


def _run_check(arguments: argparse.Namespace) -> int:
    from db.check import check_store

    result = check_store(_existing_store(arguments))
    if result.healthy:
        print(f"{result.path}: healthy (schema {result.revision}, {result.networks} networks)")
        return EXIT_OK
    shown = "; ".join(result.problems[:3]) + ("; …" if len(result.problems) > 3 else "")
    raise CommandError(
        f"{result.path} is damaged: {shown}\n"
        "its backups: `netimpact backups`; put one back: `netimpact restore BACKUP`"
    )


def _run_backups(arguments: argparse.Namespace) -> int:
    from db.backups import list_backups

    path = _existing_store(arguments)
    found = list_backups(path)
    if not found:
        print(f"No backups of {path} yet.")
    for backup in found:
        networks = "unreadable" if backup.networks is None else f"{backup.networks} networks"
        made = backup.made.strftime("%Y-%m-%d %H:%M:%S")
        print(f"{made}  {backup.reason:<28}  {networks:>12}  {backup.path.name}")
    return EXIT_OK


def _run_restore(arguments: argparse.Namespace) -> int:
    from db.check import restore_backup

    path = _existing_store(arguments)
    backup = Path(arguments.backup).expanduser()
    if not backup.exists() and backup.name == arguments.backup:
        backup = path.with_name(arguments.backup)  # a name from `netimpact backups`
    aside = restore_backup(path, backup)
    print(f"Restored {backup.name} as {path}.")
    if aside is not None:
        print(f"The previous file is kept as {aside.name}.")
    return EXIT_OK


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
        render_blank_poster,
        render_line_poster,
        render_report,
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
    try:
        if arguments.line is not None:
            render_line_poster(output, model, contents, arguments.line, orientation, language)
            made = f"the poster of line {arguments.line}"
        elif arguments.report:
            render_report(output, model, contents, language)
            made = "the report"
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
        "check": _run_check,
        "backups": _run_backups,
        "restore": _run_restore,
    }
    if arguments.self_test:
        from app.ui.self_test import run_self_test

        return run_self_test()
    try:
        return handlers[arguments.command](arguments)
    except CommandError as error:
        print(f"netimpact: {error}", file=sys.stderr)
        return EXIT_FAILED
    except StoreError as error:  # a store that went bad or full in the middle of a command
        print(f"netimpact: {_store_message(error)}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
