"""Per-client rate limit for the room: a token bucket per phone, pure logic with a given clock.

A phone may send a burst of `burst` notes, then one per `interval` seconds: enough for a
participant who writes fast, too little for a script that floods the facilitator's queue.
The clock is passed in, so tests (and the server) decide what "now" is.
"""

from __future__ import annotations

from dataclasses import dataclass

NOTE_INTERVAL = 2.0  # seconds per note once the burst is spent (the room's issue: 1 note / 2 s)
NOTE_BURST = 5
MAX_CLIENTS = 10_000  # past this, clients whose bucket is full again are forgotten first


@dataclass(frozen=True, slots=True)
class Decision:
    """Whether a request may go on; if not, how many seconds until it may."""

    allowed: bool
    retry_after: float = 0.0


@dataclass(slots=True)
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """A token bucket per client key (the phone's address): `take` spends one token."""

    def __init__(self, interval: float = NOTE_INTERVAL, burst: int = NOTE_BURST) -> None:
        if interval <= 0 or burst < 1:
            raise ValueError("interval must be positive and burst at least 1")
        self.interval = interval
        self.burst = burst
        self._buckets: dict[str, _Bucket] = {}

    def _refill(self, bucket: _Bucket, now: float) -> None:
        # A clock that steps back never gives tokens: elapsed time is never negative.
        elapsed = max(0.0, now - bucket.updated)
        bucket.tokens = min(float(self.burst), bucket.tokens + elapsed / self.interval)
        bucket.updated = max(bucket.updated, now)

    def take(self, client: str, now: float) -> Decision:
        """Spend one token of `client` at time `now` (seconds), if there is one."""
        bucket = self._buckets.get(client)
        if bucket is None:
            self._forget_rested(now)
            bucket = self._buckets[client] = _Bucket(float(self.burst), now)
        self._refill(bucket, now)
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return Decision(True)
        return Decision(False, (1.0 - bucket.tokens) * self.interval)

    def _forget_rested(self, now: float) -> None:
        """Keep memory bounded: drop clients whose bucket has filled up again."""
        if len(self._buckets) < MAX_CLIENTS:
            return
        full_after = self.burst * self.interval
        self._buckets = {
            key: bucket
            for key, bucket in self._buckets.items()
            if now - bucket.updated < full_after
        }

    def __len__(self) -> int:
        return len(self._buckets)
