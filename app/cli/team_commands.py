"""Subcommands between the laptop's store and a team store (issue 22): take-along,
bring-back, release-mark and copy. Each fault is one line on stderr and a non-zero exit."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import EXIT_OK, CommandError, local_time, open_store, shown, store_message
from db.errors import StoreError, quoted

if TYPE_CHECKING:
    from db.store import Store

# Brought back, but the team store had changed meanwhile: both versions are kept and the
# facilitator has to choose (not a fault, but a script should not take it for done).
EXIT_KEPT_BOTH = 3

_CHANGES = {
    "laptop": "changed on this computer",
    "server": "changed in the team store",
    "both_same": "changed on both sides, the same way",
    "both": "changed on both sides, differently",
}
_PARTS = {
    "core": "core",
    "lines": "reasoning lines",
    "stories": "stories and evidence",
    "indicators": "indicators",
    "learning": "learning path and measurements",
    "notes": "post-its",
    "wheel": "wheel and stakeholder groups",
}


def is_url(location: str) -> bool:
    return "://" in location


def open_location(location: str, *, create: bool = False) -> Store:
    """A team store by URL, or a store file by path (which must exist unless `create`)."""
    from db import Store

    if not is_url(location):
        path = Path(location).expanduser()
        if not create and not path.exists():
            raise CommandError(f"there is no store at {shown(str(path))}")
        location = str(path)
    try:
        return Store.open(location)
    except StoreError as error:
        raise CommandError(store_message(error)) from error


def run_take_along(arguments: argparse.Namespace) -> int:
    from db.take_along import take_along

    source = arguments.source
    with open_location(source) as team, open_store(arguments) as laptop:
        try:
            copy = take_along(team, laptop, arguments.network, source)
        except StoreError as error:
            raise CommandError(store_message(error)) from error
        print(
            shown(
                f"Took {quoted(copy.name)} along from {team.describe()} "
                f"(network {copy.id} here). Bring it back with "
                f"`netimpact bring-back {copy.id} --to URL`."
            )
        )
    return EXIT_OK


def run_bring_back(arguments: argparse.Namespace) -> int:
    from db.take_along import bring_back

    with open_store(arguments) as laptop, open_location(arguments.to) as team:
        try:
            result = bring_back(laptop, team, arguments.network)
        except StoreError as error:
            raise CommandError(store_message(error)) from error
        where = team.describe()
    if result.kept_network is None:
        print(shown(f"Brought {quoted(result.network.name)} back into {where}."))
        return EXIT_OK
    print(
        shown(
            f"{quoted(result.network.name)} was changed in {where} since it was taken along: "
            f"nothing was overwritten; this computer's version is kept beside it as "
            f"{quoted(result.kept_network.name)}. Choose which to keep, then delete the other."
        )
    )
    for difference in result.differences:
        if difference.change.value != "none":
            print(f"  {_PARTS[difference.part.value]}: {_CHANGES[difference.change.value]}")
    return EXIT_KEPT_BOTH


def run_release_mark(arguments: argparse.Namespace) -> int:
    from db.take_along import release, taken_along

    with open_location(arguments.at) as team:
        try:
            network = team.networks.find_network(arguments.network)
            marks = [
                mark
                for mark in taken_along(team, network.id)
                if arguments.by in (None, mark.taken_by)
                and arguments.machine in (None, mark.machine)
            ]
            if not marks:
                raise CommandError(
                    f"{quoted(network.name)} is not taken along"
                    + (" by that user or machine" if arguments.by or arguments.machine else "")
                    + ": there is no mark to release"
                )
            if len(marks) > 1:
                listed = "; ".join(
                    f"by {m.taken_by} ({m.machine}) since {local_time(m.taken_at)}" for m in marks
                )
                raise CommandError(
                    f"{quoted(network.name)} is taken along {len(marks)} times ({listed}): "
                    "say which with --by and --machine"
                )
            release(team, marks[0])
        except StoreError as error:
            raise CommandError(store_message(error)) from error
        where = team.describe()
    mark = marks[0]
    print(
        shown(
            f"Released {quoted(network.name)} in {where}: it was taken along by "
            f"{mark.taken_by} ({mark.machine}) since {local_time(mark.taken_at)}; that copy "
            "can no longer be brought back."
        )
    )
    return EXIT_OK


def run_copy(arguments: argparse.Namespace) -> int:
    from db.copy_store import copy_store

    with (
        open_location(arguments.source) as source,
        open_location(arguments.to, create=True) as target,
    ):
        try:
            copied = copy_store(source, target)
        except StoreError as error:
            raise CommandError(store_message(error)) from error
        names = source.describe(), target.describe()
    networks = f"{copied.networks} network" + ("" if copied.networks == 1 else "s")
    print(shown(f"Copied {networks} ({copied.rows} rows) from {names[0]} to {names[1]}, ids kept."))
    return EXIT_OK
