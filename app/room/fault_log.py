"""Faults of the room's server written to the log once per period, never once per socket.

At a low limit of open files every refused connection raised the same error, and asyncio wrote
a traceback for each: 223,000 of them (104 MB) in a few seconds, and the room stalled (issue
27). `OncePerPeriod` is the event loop's exception handler: the first fault of a kind is logged
with its traceback, further ones of that kind only as a count, at most once per `period`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

PERIOD_SECONDS = 60.0
MAX_KINDS = 64  # kinds remembered; an attacker cannot grow the table without end

log = logging.getLogger("netimpact.room")


class OncePerPeriod:
    """An asyncio exception handler that logs each kind of fault at most once per period."""

    def __init__(
        self,
        logger: logging.Logger = log,
        period: float = PERIOD_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.logger = logger
        self.period = period
        self.clock = clock
        self._kinds: dict[tuple[str, str, object], tuple[float, int]] = {}
        self._traced: set[tuple[str, str, object]] = set()

    def __call__(self, _loop: asyncio.AbstractEventLoop | None, context: dict[str, Any]) -> None:
        message = str(context.get("message") or "a fault in the room's server")
        error = context.get("exception")
        kind = (message, type(error).__name__, getattr(error, "errno", None))
        now = self.clock()
        logged, left_out = self._kinds.get(kind, (None, 0))
        if logged is not None and now - logged < self.period:
            self._kinds[kind] = (logged, left_out + 1)
            return
        if kind not in self._kinds and len(self._kinds) >= MAX_KINDS:
            self._kinds.pop(next(iter(self._kinds)))
        self._kinds[kind] = (now, 0)
        more = f" ({left_out:,} more like it since)" if left_out else ""
        first = kind not in self._traced
        if first and len(self._traced) < MAX_KINDS:
            self._traced.add(kind)
        detail = f": {error}" if error is not None and not first else ""
        self.logger.error(
            "%s%s%s", message, detail, more, exc_info=error if first and error else None
        )
