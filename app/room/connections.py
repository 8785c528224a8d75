"""Connection caps and deadlines for the room: no guest can hold the server (or the program's
descriptors) by opening many connections or by sending a request a byte at a time.

`ConnectionGuard` wraps aiohttp's protocol factory. Each accepted connection counts against a
total cap and a cap per address; past the per-address cap it is refused at once (a short 503
and closed), and past the total cap a newcomer from an address with fewer connections takes the
place of the oldest idle connection of the busiest address, so an honest phone still gets in
while one machine hogs the room. A connection must deliver its request headers within
`header_seconds` of opening (or of its previous answer); the handler reads bodies under its own
deadline. Refusals and expiries are logged once per period. Runs in the server's event loop.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Callable

from app.room.once import OncePerPeriod

PER_ADDRESS = 16  # a phone's browser opens at most 6; a whole classroom behind one NAT a few more
HEADER_SECONDS = 10.0  # a phone on weak Wi-Fi sends its headers in well under a second
BODY_SECONDS = 30.0  # a photo over weak Wi-Fi; a note needs a fraction of a second
REFUSAL = (
    b"HTTP/1.1 503 Service Unavailable\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"Retry-After: 5\r\n"
    b"Connection: close\r\n"
    b"Content-Length: 60\r\n"
    b"\r\n"
    b"Te druk, probeer het zo opnieuw. / Busy, please try again.\n"
)

log = logging.getLogger("netimpact.room")


class _Guarded(asyncio.Protocol):
    """One connection: counted by the guard, timed while it waits for a request, and
    otherwise aiohttp's own handler, to which everything is passed on."""

    def __init__(self, guard: ConnectionGuard) -> None:
        self._guard = guard
        self.inner: asyncio.Protocol | None = None
        self.transport: asyncio.Transport | None = None
        self.address = ""
        self.busy = False
        self._deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        peer = transport.get_extra_info("peername")
        self.address = str(peer[0]) if peer else ""
        if not self._guard.admit(self):
            transport.write(REFUSAL)
            transport.close()
            return
        self.inner = self._guard.factory()
        self.inner.connection_made(transport)
        self.wait_for_request()

    def wait_for_request(self) -> None:
        """Idle: the next request's headers must come within the guard's header time."""
        self.busy = False
        self._cancel()
        loop = asyncio.get_running_loop()
        self._deadline = loop.call_later(self._guard.header_seconds, self._expire)

    def handling(self) -> None:
        """A whole request's headers arrived: the handler's own deadlines apply now."""
        self.busy = True
        self._cancel()

    def _cancel(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expire(self) -> None:
        self._deadline = None
        self._guard.said.say("slow", "room: closed connections that were too slow to ask")
        self.drop()

    def drop(self) -> None:
        if self.transport is not None:
            self.transport.abort()

    def data_received(self, data: bytes) -> None:
        if self.inner is not None:
            self.inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self.inner.eof_received() if self.inner is not None else None

    def pause_writing(self) -> None:
        if self.inner is not None:
            self.inner.pause_writing()

    def resume_writing(self) -> None:
        if self.inner is not None:
            self.inner.resume_writing()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel()
        self._guard.release(self)
        if self.inner is not None:
            self.inner.connection_lost(exc)


class ConnectionGuard:
    """Counts the room's connections by address and enforces the caps (see the module)."""

    def __init__(
        self,
        factory: Callable[[], asyncio.Protocol],
        total: int,
        per_address: int = PER_ADDRESS,
        header_seconds: float = HEADER_SECONDS,
        said: OncePerPeriod | None = None,
    ) -> None:
        self.factory = factory
        self.total = total
        self.per_address = min(per_address, total)
        self.header_seconds = header_seconds
        self.said = said or OncePerPeriod(log)
        self.refused = 0
        self.evicted = 0
        self._by_address: dict[str, OrderedDict[_Guarded, None]] = {}
        self._by_transport: dict[asyncio.BaseTransport, _Guarded] = {}
        self._count = 0

    def __call__(self) -> asyncio.Protocol:
        return _Guarded(self)

    def __len__(self) -> int:
        return self._count

    def admit(self, connection: _Guarded) -> bool:
        """Count `connection` in if the caps allow (making room by fair eviction)."""
        own = self._by_address.get(connection.address)
        if own is not None and len(own) >= self.per_address:
            return self._refuse("room: refused connections from an address over its cap")
        if self._count >= self.total and not self._evict_for(connection.address):
            return self._refuse("room: refused connections, the room is full")
        self._by_address.setdefault(connection.address, OrderedDict())[connection] = None
        assert connection.transport is not None
        self._by_transport[connection.transport] = connection
        self._count += 1
        return True

    def _refuse(self, message: str) -> bool:
        self.refused += 1
        self.said.say(message, message)
        return False

    def _evict_for(self, address: str) -> bool:
        """Drop the oldest idle connection of the address holding the most, if that address
        holds more than `address` does: a crowd from one machine yields to a new phone."""
        mine = len(self._by_address.get(address, ()))
        busiest = max(self._by_address.values(), key=len, default=None)
        if busiest is None or len(busiest) <= mine + 1:
            return False
        idle = next((c for c in busiest if not c.busy), None)
        if idle is None:
            return False
        self.evicted += 1
        self.said.say("evicted", "room: full; closed idle connections of the busiest address")
        self._forget(idle)
        idle.drop()
        return True

    def _forget(self, connection: _Guarded) -> bool:
        own = self._by_address.get(connection.address)
        if own is None or connection not in own:
            return False
        del own[connection]
        if not own:
            del self._by_address[connection.address]
        if connection.transport is not None:
            self._by_transport.pop(connection.transport, None)
        self._count -= 1
        return True

    def release(self, connection: _Guarded) -> None:
        self._forget(connection)

    def connection(self, transport: asyncio.BaseTransport | None) -> _Guarded | None:
        """The guarded connection a request came in on (None when it is not ours)."""
        return self._by_transport.get(transport) if transport is not None else None

    def abort_all(self) -> None:
        for own in list(self._by_address.values()):
            for connection in list(own):
                connection.drop()
