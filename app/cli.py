"""The command line: `netimpact` starts the program; subcommands work without a window.

Errors for people are one or two lines on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from db.errors import StoreError

if TYPE_CHECKING:
    from db.store import Store

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_FAILED = 1
EXPORT_FORMATS = ("json", "xlsx", "csv")


class CommandError(Exception):
    """A failure to report to the person at the terminal, in one or two lines."""


def shown(text: str) -> str:
    """`text` safe for a terminal: control characters, bidi overrides, zero-width and other
    invisible characters (a received file's names) are written as escapes like `\\u202e`, so
    they cannot move the cursor, recolour or reverse what follows. Line breaks stay."""
    return "".join(
        character if character.isprintable() or character == "\n" else _escape(character)
        for character in text
    )


def _escape(character: str) -> str:
    code = ord(character)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


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
    export = commands.add_parser(
        "export", help="write one network as exchange JSON, an Excel workbook or CSV files"
    )
    export.add_argument("network", metavar="NETWORK", help="the network's name or id")
    export.add_argument(
        "-o", "--output", metavar="FILE", type=Path, required=True, help="the file to write"
    )
    export.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        help="json, xlsx or csv (a zip of CSV files); default: from FILE's extension, else json",
    )
    export.add_argument(
        "--separator",
        choices=(",", ";"),
        default=",",
        help="the CSV separator (';' with decimal commas for Dutch Excel); default: ','",
    )
    export.add_argument(
        "--language", choices=("nl", "en"), default="nl", help="xlsx/csv headers; default: nl"
    )
    lines = commands.add_parser("lines", help="list a network's reasoning lines")
    lines.add_argument("network", metavar="NETWORK", help="the network's name or id")
    import_ = commands.add_parser("import", help="add a network from an exchange JSON file")
    import_.add_argument("file", metavar="FILE", type=Path, help="the JSON file to read")
    _add_poster_parser(commands)
    _add_image_parser(commands)
    _add_store_safety_parsers(commands)
    return parser


def _add_image_parser(commands: argparse._SubParsersAction) -> None:
    image = commands.add_parser("image", help="an image of the wheel as PNG or SVG")
    image.add_argument("--network", metavar="NAME", required=True, help="the network's name or id")
    image.add_argument(
        "--line", metavar="ID", type=int, help="turn the wheel to saved line ID (default: as left)"
    )
    image.add_argument(
        "--size", metavar="PIXELS", type=int, default=2000, help="PNG width and height (200-4000)"
    )
    image.add_argument("--no-notes", action="store_true", help="leave the post-its out")
    image.add_argument("--no-beam", action="store_true", help="leave the focus beam out")
    image.add_argument("--high-contrast", action="store_true", help="the high-contrast colours")
    image.add_argument("--language", choices=("nl", "en"), default="nl", help="default: nl")
    image.add_argument(
        "-o", "--output", metavar="FILE", type=Path, required=True, help="a .png or .svg file"
    )


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
        "poster",
        help="make a poster (blank, of one reasoning line or of a session's notes; A3 to A0, "
        "tiled if asked) or an A4 report as PDF",
    )
    poster.add_argument("--network", metavar="NAME", required=True, help="the network's name or id")
    kind = poster.add_mutually_exclusive_group()
    kind.add_argument(
        "--line",
        metavar="LINE",
        help="the poster of a reasoning line, by id or title (see `netimpact lines NETWORK`)",
    )
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
        help="the poster's sheet (default: A3; not for the report)",
    )
    poster.add_argument(
        "--tile",
        choices=("A4", "A3"),
        help="print the poster in tiles on this office paper, with overlap and cut marks",
    )
    poster.add_argument(
        "--portrait", action="store_true", help="portrait (the blank and line posters only)"
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
    from app.ui.shell.application import run

    return run(store_path(arguments))


def _store_file(arguments: argparse.Namespace) -> Path:
    from db import default_store_path

    return store_path(arguments) or default_store_path()


def _open_store(arguments: argparse.Namespace) -> Store:
    """The store for a subcommand, with store problems turned into messages for people."""
    from db import Store

    try:
        return Store.open(_store_file(arguments))
    except StoreError as error:
        raise CommandError(_store_message(error)) from error


def _refuse_store_output(arguments: argparse.Namespace) -> None:
    """Stop before anything is opened if `-o` names the store, its -wal/-shm or a backup.

    Writing there would destroy every network; the write itself refuses too (db.files), but
    saying so up front keeps the store closed and untouched.
    """
    from db.files import refuse_store_target

    try:
        refuse_store_target(arguments.output, (_store_file(arguments),))
    except StoreError as error:
        raise CommandError(_store_message(error)) from error


def _store_message(error: Exception) -> str:
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
            print(shown(f"No networks in {store.path}."))
        for network in networks:
            lines = f"{network.line_count} line" + ("" if network.line_count == 1 else "s")
            changed = local_time(network.updated_at)
            print(f"{network.id:>4}  {shown(network.name)}  ({lines}, changed {changed})")
    return EXIT_OK


def export_format(arguments: argparse.Namespace) -> str:
    """The chosen format, else the one the output file's extension names, else JSON."""
    if arguments.format is not None:
        return str(arguments.format)
    return {".xlsx": "xlsx", ".zip": "csv", ".csv": "csv"}.get(
        arguments.output.suffix.lower(), "json"
    )


def local_time(moment: datetime) -> str:
    """`moment` in the local time zone, or in UTC where the zone cannot show it (a year like
    9999 east of UTC overflows; stores from before the importer refused such years have them)."""
    try:
        return moment.astimezone().strftime("%Y-%m-%d %H:%M")
    except (OverflowError, ValueError, OSError):
        return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _run_lines(arguments: argparse.Namespace) -> int:
    with _open_store(arguments) as store:
        try:
            network = store.find_network(arguments.network)
            lines = store.list_lines(network.id)
        except StoreError as error:
            raise CommandError(_store_message(error)) from error
    if not lines:
        print(f"{shown(network.name)} has no saved reasoning lines.")
    for line in lines:
        segments = " > ".join(line.segment_keys)
        print(f"{line.id:>5}  {line.status.value:<13}  {shown(line.title)}")
        print(f"       {segments}")
    return EXIT_OK


def _run_export(arguments: argparse.Namespace) -> int:
    from db.table_files import write_network_tables

    _refuse_store_output(arguments)
    chosen = export_format(arguments)
    with _open_store(arguments) as store:
        try:
            network = store.find_network(arguments.network)
            if chosen == "json":
                store.export_network_to(network.id, arguments.output)
            else:
                write_network_tables(
                    arguments.output,
                    store.load_network(network.id),
                    store.model,
                    chosen,  # type: ignore[arg-type]  # argparse's choices keep it xlsx or csv
                    arguments.language,
                    arguments.separator,
                )
        except StoreError as error:
            raise CommandError(_store_message(error)) from error
    print(shown(f"Exported {network.name!r} to {arguments.output} ({chosen})."))
    return EXIT_OK


def _run_import(arguments: argparse.Namespace) -> int:
    with _open_store(arguments) as store:
        try:
            network = store.import_file(arguments.file)
        except StoreError as error:
            raise CommandError(f"{arguments.file} was not imported: {error}") from error
    print(shown(f"Imported {network.name!r} (id {network.id}) into {store.path}."))
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

    _refuse_store_output(arguments)
    with _open_store(arguments) as store:
        try:
            network = store.find_network(arguments.network)
            line_id = (
                store.find_line(network.id, arguments.line).id
                if arguments.line is not None
                else None
            )
            contents = store.load_network(network.id)
        except StoreError as error:
            raise CommandError(_store_message(error)) from error
        model = store.model
    orientation = Orientation.PORTRAIT if arguments.portrait else Orientation.LANDSCAPE
    language, output = arguments.language, arguments.output
    if arguments.report and (arguments.size != "A3" or arguments.tile):
        raise CommandError("--size and --tile are for posters; the report is A4 (leave --report)")
    size = PosterSize(arguments.size)
    tile = SheetSize(arguments.tile) if arguments.tile else None
    sized = f" ({size.value}{f' on {tile.value} tiles' if tile else ''})"
    try:
        if line_id is not None:
            render_line_poster(
                output, model, contents, line_id, orientation, language, size=size, tile=tile
            )
            made = f"the poster of line {line_id}{sized}"
        elif arguments.report:
            render_report(output, model, contents, language)
            made = "the report"
        elif arguments.session:
            render_session_poster(output, model, contents, language, size=size, tile=tile)
            made = f"the session poster{sized}"
        else:
            render_blank_poster(
                output, model, contents.network, orientation, language, size=size, tile=tile
            )
            made = f"the workshop poster{sized}"
    except PosterError as error:
        raise CommandError(_store_message(error)) from error
    print(shown(f"Wrote {made} of {network.name!r} to {output}."))
    return EXIT_OK


def _run_image(arguments: argparse.Namespace) -> int:
    _refuse_store_output(arguments)
    # Before any QApplication exists: the command line runs without a screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.canvas.wheel_image import ImageError, image_kind, picture_of, write_image
    from app.core.wheel_layout import CALM, HIGH_CONTRAST
    from app.ui.shell.application import application

    try:
        image_kind(arguments.output)
    except ImageError as error:
        raise CommandError(_store_message(error)) from error
    application()
    with _open_store(arguments) as store:
        try:
            network = store.find_network(arguments.network)
            picture = picture_of(
                store.model,
                store.load_network(network.id),
                arguments.language,
                HIGH_CONTRAST if arguments.high_contrast else CALM,
                line_id=arguments.line,
                notes=not arguments.no_notes,
                beam=not arguments.no_beam,
            )
            write_image(arguments.output, store.model, picture, arguments.size)
        except (StoreError, ImageError) as error:
            raise CommandError(_store_message(error)) from error
    print(shown(f"Wrote the wheel of {network.name!r} to {arguments.output}."))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    arguments = parser.parse_args(argv)
    handlers = {
        None: _run_gui,
        "gui": _run_gui,
        "list": _run_list,
        "lines": _run_lines,
        "export": _run_export,
        "import": _run_import,
        "poster": _run_poster,
        "image": _run_image,
        "check": _run_check,
        "backups": _run_backups,
        "restore": _run_restore,
    }
    if arguments.self_test:
        from app.ui.shell.self_test import run_self_test

        return run_self_test()
    try:
        return handlers[arguments.command](arguments)
    except CommandError as error:
        print(shown(f"netimpact: {error}"), file=sys.stderr)
        return EXIT_FAILED
    except StoreError as error:  # a store that went bad or full in the middle of a command
        print(f"netimpact: {_store_message(error)}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
