"""Open-file descriptors: the room may use only what the rest of the program can spare.

Every phone connection is a descriptor, and so is every font, store file and X connection of
the program. At the usual limit of 1,024 a few hundred idle sockets would leave Qt and SQLite
without any. So at start the soft limit is raised to the hard limit where the system allows
it, and the room sizes its connection cap from what is left after a reserve.
"""

from __future__ import annotations

import contextlib
import os
import sys

RESERVE = 256  # descriptors kept for the program itself: fonts, store, X, dialogs, exports
MAX_CONNECTIONS = 512  # the room never needs more: 35 phones use one or two each
MIN_CONNECTIONS = 16  # even at a tiny limit a few phones get in
RAISE_CEILING = 65_536  # an "unlimited" hard limit is not a number to set the soft one to


def raise_open_files_limit() -> tuple[int, int] | None:
    """Raise the soft limit on open files to the hard limit where allowed; the (soft, hard)
    now in force, or None where the system has no such limit (Windows)."""
    try:
        import resource
    except ImportError:
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = RAISE_CEILING if hard == resource.RLIM_INFINITY else min(hard, RAISE_CEILING)
    if sys.platform == "darwin":
        wanted = min(wanted, 10_240)  # macOS refuses more than OPEN_MAX per process
    if soft != resource.RLIM_INFINITY and soft < wanted:
        # Not allowed here: the room's connection cap follows the lower limit.
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)


def open_descriptors() -> int:
    """How many descriptors this process has open now (0 where the system does not say)."""
    for folder in ("/proc/self/fd", "/dev/fd"):
        try:
            return len(os.listdir(folder))
        except OSError:
            continue
    return 0


def connection_budget(reserve: int = RESERVE) -> int:
    """How many phone connections the room may hold: the soft limit less what is open and
    the reserve, between MIN_CONNECTIONS and MAX_CONNECTIONS."""
    limits = raise_open_files_limit()
    if limits is None:
        return MAX_CONNECTIONS  # Windows: sockets are not counted against a small limit
    soft = limits[0]
    if soft < 0:  # RLIM_INFINITY
        return MAX_CONNECTIONS
    spare = soft - open_descriptors() - reserve
    return max(MIN_CONNECTIONS, min(MAX_CONNECTIONS, spare))
