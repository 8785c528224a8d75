"""Logging that says a recurring event once per period, not once per socket.

A hostile guest can make the same thing happen thousands of times a second (a refused
connection, "too many open files"); the log gets the first one in full and then one line per
period with how many more there were. Pure logic with a given clock; small on purpose, so the
program's general fault handling can use it or replace it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

PERIOD = 60.0  # seconds between two log lines about the same kind of event


class OncePerPeriod:
    """`say(key, message)` logs at most once per `period` seconds per `key`, counting the rest."""

    def __init__(
        self,
        logger: logging.Logger,
        period: float = PERIOD,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._logger = logger
        self._period = period
        self._clock = clock
        self._last: dict[str, float] = {}
        self._quiet: dict[str, int] = {}

    def say(
        self,
        key: str,
        message: str,
        level: int = logging.WARNING,
        exc_info: BaseException | None = None,
    ) -> bool:
        """Log `message` unless `key` was logged less than a period ago; True if it was logged."""
        now = self._clock()
        last = self._last.get(key)
        if last is not None and now - last < self._period:
            self._quiet[key] = self._quiet.get(key, 0) + 1
            return False
        quiet = self._quiet.pop(key, 0)
        if quiet and last is not None:
            message = f"{message} (and {quiet:,} more like it in the last {now - last:.0f} s)"
        self._last[key] = now
        self._logger.log(level, message, exc_info=exc_info)
        return True

    def suppressed(self, key: str) -> int:
        """How many times `key` happened since it was last logged."""
        return self._quiet.get(key, 0)


MAX_TRACED = 64  # kinds of error logged with a traceback; a guest cannot grow the set

LoopErrorHandler = Callable[[asyncio.AbstractEventLoop, dict[str, Any]], None]


def loop_error_handler(said: OncePerPeriod) -> LoopErrorHandler:
    """An asyncio exception handler that says each kind of error (such as "too many open
    files" on accept) once per period, with its traceback the first time: never a traceback
    per socket (at a limit of 256 open files that was 223,000 of them, 104 MB, in seconds)."""

    traced: set[str] = set()

    def handle(_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        message = str(context.get("message") or "a fault in the room's server")
        key = f"loop:{type(error).__name__}:{getattr(error, 'errno', None)}:{message}"
        first = key not in traced and len(traced) < MAX_TRACED
        if said.say(key, f"room: {message}", logging.ERROR, error if first else None) and first:
            traced.add(key)

    return handle
