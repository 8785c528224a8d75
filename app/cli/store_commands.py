"""Subcommands that read the store or look after it: list, lines, check, backups, restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import (
    EXIT_OK,
    CommandError,
    local_time,
    open_store,
    shown,
    store_message,
    store_path,
)
from db.errors import StoreError

SERVER_BACKUPS = (
    "backups of a team store are the server's own (pg_dump and pg_restore); "
    'see docs/team-store.md, "Backups"'
)


def existing_store(arguments: argparse.Namespace) -> Path:
    """The store file for `check`, `backups` and `restore`, which never create one; a team
    store on a server has its backups on the server, and says so in one line."""
    from db import default_store_path

    chosen = store_path(arguments) or default_store_path()
    if isinstance(chosen, str):
        raise CommandError(SERVER_BACKUPS)
    path = chosen.expanduser().absolute()
    try:
        present = path.exists()
    except OSError as error:
        raise CommandError(f"{path} cannot be reached: {error.strerror}") from error
    if not present and arguments.command != "restore":
        raise CommandError(f"there is no store at {path}")
    return path


def run_check(arguments: argparse.Namespace) -> int:
    from db.check import StoreCheck, check_store

    chosen = store_path(arguments)
    result: StoreCheck
    if isinstance(chosen, str):
        from db.server import check_server

        result = check_server(chosen)
    else:
        result = check_store(existing_store(arguments))
    if result.healthy:
        print(f"{result.path}: healthy (schema {result.revision}, {result.networks} networks)")
        return EXIT_OK
    shown = "; ".join(result.problems[:3]) + ("; …" if len(result.problems) > 3 else "")
    way_back = (
        'its backups are the server\'s: see docs/team-store.md, "Backups"'
        if isinstance(chosen, str)
        else "its backups: `netimpact backups`; put one back: `netimpact restore BACKUP`"
    )
    raise CommandError(f"{result.path} is damaged: {shown}\n{way_back}")


def run_backups(arguments: argparse.Namespace) -> int:
    from db.backups import list_backups

    path = existing_store(arguments)
    found = list_backups(path)
    if not found:
        print(f"No backups of {path} yet.")
    for backup in found:
        networks = "unreadable" if backup.networks is None else f"{backup.networks} networks"
        made = backup.made.strftime("%Y-%m-%d %H:%M:%S")
        print(f"{made}  {backup.reason:<28}  {networks:>12}  {backup.path.name}")
    return EXIT_OK


def run_restore(arguments: argparse.Namespace) -> int:
    from db.check import restore_backup

    path = existing_store(arguments)
    backup = Path(arguments.backup).expanduser()
    if not backup.exists() and backup.name == arguments.backup:
        backup = path.with_name(arguments.backup)  # a name from `netimpact backups`
    aside = restore_backup(path, backup)
    print(f"Restored {backup.name} as {path}.")
    if aside is not None:
        print(f"The previous file is kept as {aside.name}.")
    return EXIT_OK


def run_list(arguments: argparse.Namespace) -> int:
    from db.take_along import all_taken_along

    with open_store(arguments) as store:
        networks = store.networks.list_networks()
        away = all_taken_along(store)
        if not networks:
            print(shown(f"No networks in {store.location}."))
        for network in networks:
            lines = f"{network.line_count} line" + ("" if network.line_count == 1 else "s")
            changed = local_time(network.updated_at)
            taken = "".join(
                f", taken along by {mark.taken_by} on {mark.machine} since "
                f"{local_time(mark.taken_at)}"
                for mark in away.get(network.id, ())
            )
            print(shown(f"{network.id:>4}  {network.name}  ({lines}, changed {changed}{taken})"))
    return EXIT_OK


def run_lines(arguments: argparse.Namespace) -> int:
    with open_store(arguments) as store:
        try:
            network = store.networks.find_network(arguments.network)
            lines = store.lines.list_lines(network.id)
            model = store.model
        except StoreError as error:
            raise CommandError(store_message(error)) from error
    if not lines:
        print(f"{shown(network.name)} has no saved reasoning lines.")
    for line in lines:
        # In the line's own reading order: outside-in starts at the stakeholders.
        steps = line.reasoning_line.steps(model)
        segments = " > ".join(step.segment_key for step in steps if step.segment_key)
        print(f"{line.id:>5}  {line.status.value:<13}  {shown(line.title)}")
        print(f"       {segments}")
    return EXIT_OK
