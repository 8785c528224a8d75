"""Subcommands that write files from the store or read one into it: export, import, poster
and image. Each refuses an output that is the store (or its -wal, -shm or a backup) first."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from app.cli.common import (
    EXIT_OK,
    CommandError,
    open_store,
    refuse_store_output,
    shown,
    store_message,
)
from db.errors import StoreError

if TYPE_CHECKING:
    from db import Store
    from db.records import Network


def export_format(arguments: argparse.Namespace) -> str:
    """The chosen format, else the one the output file's extension names, else JSON."""
    if arguments.format is not None:
        return str(arguments.format)
    return {".xlsx": "xlsx", ".zip": "csv", ".csv": "csv", ".xml": "iati"}.get(
        arguments.output.suffix.lower(), "json"
    )


def run_export(arguments: argparse.Namespace) -> int:
    from db.table_files import write_network_tables

    refuse_store_output(arguments)
    chosen = export_format(arguments)
    with open_store(arguments) as store:
        try:
            network = store.networks.find_network(arguments.network)
            if chosen == "json":
                store.networks.export_network_to(network.id, arguments.output)
            elif chosen == "iati":
                _export_iati(store, network, arguments)
            else:
                write_network_tables(
                    arguments.output,
                    store.networks.load_network(network.id),
                    store.model,
                    chosen,  # type: ignore[arg-type]  # argparse's choices keep it xlsx or csv
                    arguments.language,
                    arguments.separator,
                )
        except StoreError as error:
            raise CommandError(store_message(error)) from error
    print(shown(f"Exported {network.name!r} to {arguments.output} ({chosen})."))
    return EXIT_OK


def _export_iati(store: Store, network: Network, arguments: argparse.Namespace) -> None:
    """Keep an IATI identity given on the command line with the network, then write."""
    from db.exchange.iati import write_iati
    from db.group_specs import IatiIdentityError, check_iati_identity

    identifier = arguments.iati_identifier or network.iati_identifier
    org_ref = arguments.iati_org or network.iati_org_ref
    try:
        check_iati_identity(identifier, org_ref)
    except IatiIdentityError as error:
        option = "--iati-org" if error.field == "organisation" else "--iati-identifier"
        raise CommandError(f"{option}: {error}") from error
    if (identifier, org_ref) != (network.iati_identifier, network.iati_org_ref):
        store.groups.set_iati_identity(network.id, identifier, org_ref)
    write_iati(
        arguments.output,
        store.networks.load_network(network.id),
        store.model,
        arguments.language,
        (store.path,) if store.path is not None else (),
    )


def run_import(arguments: argparse.Namespace) -> int:
    with open_store(arguments) as store:
        try:
            network = store.networks.import_file(arguments.file)
        except StoreError as error:
            raise CommandError(f"{arguments.file} was not imported: {error}") from error
    print(shown(f"Imported {network.name!r} (id {network.id}) into {store.location}."))
    return EXIT_OK


def run_poster(arguments: argparse.Namespace) -> int:
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

    if arguments.portrait and (arguments.session or arguments.report):
        kind = "session poster" if arguments.session else "report"
        raise CommandError(
            f"--portrait is for the blank and line posters; the {kind} has one orientation "
            "(leave --portrait)"
        )
    if arguments.report and (arguments.size != "A3" or arguments.tile):
        raise CommandError("--size and --tile are for posters; the report is A4 (leave --report)")
    refuse_store_output(arguments)
    with open_store(arguments) as store:
        try:
            network = store.networks.find_network(arguments.network)
            line_id = (
                store.lines.find_line(network.id, arguments.line).id
                if arguments.line is not None
                else None
            )
            contents = store.networks.load_network(network.id)
        except StoreError as error:
            raise CommandError(store_message(error)) from error
        model = store.model
    orientation = Orientation.PORTRAIT if arguments.portrait else Orientation.LANDSCAPE
    language, output = arguments.language, arguments.output
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
        raise CommandError(store_message(error)) from error
    print(shown(f"Wrote {made} of {network.name!r} to {output}."))
    return EXIT_OK


def run_report(arguments: argparse.Namespace) -> int:
    """The overview report as .docx (the default) or as the A4 PDF."""
    from app.poster import PosterError, render_report
    from app.poster.docx_report import render_docx_report

    refuse_store_output(arguments)
    chosen = arguments.format or ("pdf" if arguments.output.suffix.lower() == ".pdf" else "docx")
    with open_store(arguments) as store:
        try:
            network = store.networks.find_network(arguments.network)
            contents = store.networks.load_network(network.id)
        except StoreError as error:
            raise CommandError(store_message(error)) from error
        model = store.model
    try:
        if chosen == "pdf":
            render_report(arguments.output, model, contents, arguments.language)
        else:
            render_docx_report(arguments.output, model, contents, arguments.language)
    except PosterError as error:
        raise CommandError(store_message(error)) from error
    print(shown(f"Wrote the report of {network.name!r} to {arguments.output} ({chosen})."))
    return EXIT_OK


def run_image(arguments: argparse.Namespace) -> int:
    refuse_store_output(arguments)
    # Before any QApplication exists: the command line runs without a screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.canvas.wheel_image import ImageError, image_kind, picture_of, write_image
    from app.core.wheel_layout import CALM, HIGH_CONTRAST
    from app.ui.shell.application import application

    try:
        image_kind(arguments.output)
    except ImageError as error:
        raise CommandError(store_message(error)) from error
    application()
    with open_store(arguments) as store:
        try:
            network = store.networks.find_network(arguments.network)
            picture = picture_of(
                store.model,
                store.networks.load_network(network.id),
                arguments.language,
                HIGH_CONTRAST if arguments.high_contrast else CALM,
                line_id=arguments.line,
                notes=not arguments.no_notes,
                beam=not arguments.no_beam,
            )
            write_image(arguments.output, store.model, picture, arguments.size)
        except (StoreError, ImageError) as error:
            raise CommandError(store_message(error)) from error
    print(shown(f"Wrote the wheel of {network.name!r} to {arguments.output}."))
    return EXIT_OK
