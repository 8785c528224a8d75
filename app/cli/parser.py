"""The command line's arguments: the program, the store's subcommands and the outputs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NoReturn, TypeAlias

from app import __version__

# What add_subparsers returns (generic for the type checker only).
Commands: TypeAlias = "argparse._SubParsersAction[OneLineParser]"

EXPORT_FORMATS = ("json", "xlsx", "csv", "iati")


class OneLineParser(argparse.ArgumentParser):
    """A usage error is one line on stderr with the way to help, not argparse's usage block
    (issue 27); `--help` still shows everything. Subcommands' parsers are of this class too."""

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: {message} (see `{self.prog} --help`)", file=sys.stderr)
        raise SystemExit(2)


def output_path(text: str) -> Path:
    """`-o`'s value: a file name; an empty one is a usage error (Path('') would be '.')."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty file name; give the file to write")
    return Path(text)


def _upper(text: str) -> str:
    return text.upper()


def _lower(text: str) -> str:
    return text.lower()


def _add_force(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--force",
        action="store_true",
        help="overwrite FILE even if it is an SQLite database (never the store or its backups)",
    )


def parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="netimpact",
        description="Netwerkimpact: the network impact model as a turnable wheel.",
    )
    parser.add_argument("--version", action="version", version=f"netimpact {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offscreen (window, ring, poster) and exit",
    )
    _add_db(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("gui", help="start the program (the default)")
    commands.add_parser("list", help="list the networks in the store")
    export = commands.add_parser(
        "export",
        help="write one network as exchange JSON, an Excel workbook, CSV files or IATI results",
    )
    export.add_argument("network", metavar="NETWORK", help="the network's name or id")
    export.add_argument(
        "-o", "--output", metavar="FILE", type=output_path, required=True, help="the file to write"
    )
    export.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        help="json, xlsx, csv (a zip of CSV files) or iati (IATI 2.03 results XML); "
        "default: from FILE's extension, else json",
    )
    export.add_argument(
        "--separator",
        choices=(",", ";"),
        default=",",
        help="the CSV separator (';' with decimal commas for Dutch Excel); default: ','",
    )
    export.add_argument(
        "--language",
        type=_lower,
        choices=("nl", "en"),
        default="nl",
        help="xlsx/csv headers, IATI narratives; default: nl",
    )
    export.add_argument(
        "--iati-identifier",
        metavar="ID",
        help="IATI: the activity's identifier (the organisation ref, '-', a name); kept with "
        "the network, so given once",
    )
    export.add_argument(
        "--iati-org",
        metavar="REF",
        help="IATI: the reporting organisation's ref, as NL-KVK-12345678; kept with the network",
    )
    _add_force(export)
    lines = commands.add_parser("lines", help="list a network's reasoning lines")
    lines.add_argument("network", metavar="NETWORK", help="the network's name or id")
    import_ = commands.add_parser("import", help="add a network from an exchange JSON file")
    import_.add_argument("file", metavar="FILE", type=Path, help="the JSON file to read")
    _add_measure_import_parser(commands)
    _add_poster_parser(commands)
    _add_report_parser(commands)
    _add_image_parser(commands)
    _add_store_safety_parsers(commands)
    _add_team_store_parsers(commands)
    for command in commands.choices.values():
        _add_db(command, argparse.SUPPRESS)  # unset after the subcommand: the first one stays
    return parser


def _add_team_store_parsers(commands: Commands) -> None:
    take = commands.add_parser(
        "take-along",
        help="copy a network from a team store into this computer's store (--db) for offline "
        "use; the team store shows it as taken along",
    )
    take.add_argument("network", metavar="NETWORK", help="the network's name or id there")
    take.add_argument(
        "--from",
        dest="source",
        metavar="URL",
        required=True,
        help="the team store: postgresql://… or a store file",
    )
    back = commands.add_parser(
        "bring-back",
        help="write a network taken along back into its team store; if it was changed there "
        "meanwhile, nothing is overwritten and both versions are kept (exit code 3)",
    )
    back.add_argument("network", metavar="NETWORK", help="the network's name or id here")
    back.add_argument(
        "--to", metavar="URL", required=True, help="the team store: postgresql://… or a store file"
    )
    release = commands.add_parser(
        "release-mark",
        help="take away a network's 'taken along' mark in a team store when its copy will not "
        "come back (a lost laptop, a deleted copy); that copy can then no longer be brought back; "
        "where several laptops have it, --by and --machine say whose",
    )
    release.add_argument("network", metavar="NETWORK", help="the network's name or id there")
    release.add_argument(
        "--at", metavar="URL", required=True, help="the team store: postgresql://… or a store file"
    )
    release.add_argument("--by", metavar="USER", help="whose mark, where several laptops have it")
    release.add_argument(
        "--machine", metavar="NAME", help="which laptop's mark, where several have it"
    )
    copy = commands.add_parser(
        "copy",
        help="copy every network of a store file into an empty team store (or file), ids kept",
    )
    copy.add_argument(
        "--from", dest="source", metavar="FILE", required=True, help="the store file to copy"
    )
    copy.add_argument(
        "--to", metavar="URL", required=True, help="an empty team store or a new store file"
    )


def _add_report_parser(commands: Commands) -> None:
    report = commands.add_parser(
        "report",
        help="the overview report of a network: an editable Word document (.docx) or an A4 PDF",
    )
    report.add_argument("network", metavar="NETWORK", help="the network's name or id")
    report.add_argument(
        "--format",
        choices=("docx", "pdf"),
        help="docx (Word) or pdf; default: from FILE's extension, else docx",
    )
    report.add_argument(
        "--language", type=_lower, choices=("nl", "en"), default="nl", help="default: nl"
    )
    report.add_argument(
        "-o", "--output", metavar="FILE", type=output_path, required=True, help="the file to write"
    )
    _add_force(report)


def _add_image_parser(commands: Commands) -> None:
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
    image.add_argument(
        "--language", type=_lower, choices=("nl", "en"), default="nl", help="default: nl"
    )
    image.add_argument(
        "-o", "--output", metavar="FILE", type=output_path, required=True, help="a .png or .svg"
    )
    _add_force(image)


def _add_store_safety_parsers(commands: Commands) -> None:
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


def _add_poster_parser(commands: Commands) -> None:
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
        type=_upper,
        choices=("A3", "A2", "A1", "A0"),
        default="A3",
        help="the poster's sheet (default: A3; not for the report)",
    )
    poster.add_argument(
        "--tile",
        type=_upper,
        choices=("A4", "A3"),
        help="print the poster in tiles on this office paper, with overlap and cut marks",
    )
    poster.add_argument(
        "--portrait", action="store_true", help="portrait (the blank and line posters only)"
    )
    poster.add_argument(
        "--language", type=_lower, choices=("nl", "en"), default="nl", help="default: nl"
    )
    poster.add_argument(
        "-o",
        "--output",
        metavar="FILE.pdf",
        type=output_path,
        required=True,
        help="the PDF to write",
    )
    _add_force(poster)


def _add_measure_import_parser(commands: Commands) -> None:
    parser = commands.add_parser(
        "import-measurements",
        help="add measurement entries from a CSV or Excel sheet (columns indicator, moment, "
        "value, text, source, date, group)",
    )
    parser.add_argument("network", metavar="NETWORK", help="the network's name or id")
    parser.add_argument("file", metavar="FILE", type=Path, help="the .csv or .xlsx to read")
    parser.add_argument(
        "--dry-run", action="store_true", help="show what would be imported; write nothing"
    )
    parser.add_argument(
        "--skip-bad", action="store_true", help="import the good rows even if some are refused"
    )


DB_HELP = (
    "the store: a file, or a team store's URL (postgresql://USER@HOST/DATABASE, "
    "postgresql:///?service=NAME; passwords from ~/.pgpass) "
    "(default: $NETIMPACT_DB, else the file in the user's data folder)"
)


def _add_db(command: argparse.ArgumentParser, default: object) -> None:
    """`--db` on the program and on each subcommand (after the subcommand it wins)."""
    command.add_argument("--db", metavar="PATH|URL", default=default, help=DB_HELP)
