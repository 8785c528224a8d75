"""`netimpact import-measurements NETWORK FILE`: measurement entries from a CSV or Excel
sheet, with the reason for every row that cannot be imported. All or nothing unless
`--skip-bad` says to import the good rows anyway; `--dry-run` only shows what would happen."""

from __future__ import annotations

import argparse

from app.cli.common import EXIT_OK, CommandError, open_store, shown, store_message
from app.core.measure_sheet import IndicatorChoice, read_entries
from db.errors import StoreError

EXIT_ROWS_REFUSED = 1
PROBLEMS = {
    "no indicator": "no indicator",
    "unknown indicator": "the network has no indicator of this name or id",
    "ambiguous indicator": "more than one indicator has this name: use its id",
    "no moment": "no moment",
    "unknown moment": "the network has no moment of this name",
    "not a number": "the value is not a number",
    "bad date": "the date is not a date (write 2025-03-12 or 12-03-2025)",
    "empty": "neither a value nor a text",
    "text too long": "the text is too long",
    "source too long": "the source is too long",
}
SHEET_PROBLEMS = {
    "empty sheet": "the sheet is empty",
    "no indicator column": "the sheet has no column 'indicator'",
    "no moment column": "the sheet has no column 'moment'",
    "no value or text column": "the sheet has neither a column 'value' nor 'text'",
}


def run_import_measurements(arguments: argparse.Namespace) -> int:
    from app.ui.postits.sheets import SheetError, read_rows
    from db.records import NewMeasurement

    try:
        rows = read_rows(arguments.file)
    except SheetError as error:
        raise CommandError(f"{arguments.file} was not read: {error}") from error
    with open_store(arguments) as store:
        try:
            network = store.networks.find_network(arguments.network)
            contents = store.networks.load_network(network.id)
            indicators = [
                IndicatorChoice(i.id, i.name, i.kind.value == "quantitative")
                for i in contents.indicators
            ]
            moments = [(moment.id, moment.label) for moment in contents.moments]
            entries = read_entries(rows, indicators, moments)
            if isinstance(entries, str):
                raise CommandError(f"{arguments.file}: {SHEET_PROBLEMS.get(entries, entries)}")
            refused = [entry for entry in entries if entry.problem]
            for entry in refused:
                print(shown(f"row {entry.row}: {PROBLEMS.get(entry.problem, entry.problem)}"))
            good = [
                NewMeasurement(
                    e.indicator_id, e.moment_id, e.value, e.text, e.source, e.measured_on, e.note
                )
                for e in entries
                if not e.problem and e.indicator_id is not None and e.moment_id is not None
            ]
            if arguments.dry_run or (refused and not arguments.skip_bad):
                verb = "would be" if arguments.dry_run else "were not"
                print(
                    shown(
                        f"{len(good)} entries {verb} imported into {network.name!r}; "
                        f"{len(refused)} rows refused"
                        + ("" if arguments.dry_run else " (use --skip-bad to import the rest)")
                    )
                )
                return EXIT_ROWS_REFUSED if refused else EXIT_OK
            store.measures.add_measurements(good)
        except StoreError as error:
            raise CommandError(store_message(error)) from error
    print(
        shown(
            f"Imported {len(good)} measurement entries into {network.name!r}"
            + (f"; {len(refused)} rows refused." if refused else ".")
        )
    )
    return EXIT_OK
