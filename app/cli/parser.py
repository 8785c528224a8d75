"""The command line's arguments: the program, the store's subcommands and the outputs."""

from __future__ import annotations

import argparse
from pathlib import Path

from app import __version__

EXPORT_FORMATS = ("json", "xlsx", "csv", "iati")


def parser() -> argparse.ArgumentParser:
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
        "export",
        help="write one network as exchange JSON, an Excel workbook, CSV files or IATI results",
    )
    export.add_argument("network", metavar="NETWORK", help="the network's name or id")
    export.add_argument(
        "-o", "--output", metavar="FILE", type=Path, required=True, help="the file to write"
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
    lines = commands.add_parser("lines", help="list a network's reasoning lines")
    lines.add_argument("network", metavar="NETWORK", help="the network's name or id")
    import_ = commands.add_parser("import", help="add a network from an exchange JSON file")
    import_.add_argument("file", metavar="FILE", type=Path, help="the JSON file to read")
    _add_poster_parser(commands)
    _add_report_parser(commands)
    _add_image_parser(commands)
    _add_store_safety_parsers(commands)
    return parser


def _add_report_parser(commands: argparse._SubParsersAction) -> None:
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
    report.add_argument("--language", choices=("nl", "en"), default="nl", help="default: nl")
    report.add_argument(
        "-o", "--output", metavar="FILE", type=Path, required=True, help="the file to write"
    )


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
