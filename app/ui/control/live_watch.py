"""Others' changes to a team store, heard while the window is open (issue 22).

The store's `Listener` (db.live, no Qt) LISTENs on a connection of its own; a `QSocketNotifier`
on its socket wakes the event loop when a notice arrives, and each notice of the open network
from another program enters the Workshop's change stream as `Origin.ELSEWHERE`. Notices that
arrive together are joined into one change per network, so a burst reads the network once.

When the connection is lost (the server stopped, the network broke) the window keeps what it
shows, the store refuses edits with a plain message (`Store.set_offline`), and the listener
tries again by itself, waiting longer each time (up to `MAX_RETRY_MS`); when it is back the
Workshop reads the open network again, since notices sent meanwhile were never heard.
A store file has no listener: then this does nothing.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from app.core.changes import Changes, Origin, Part
from app.ui.control.workshop import Workshop
from db.errors import ListenerLostError

if TYPE_CHECKING:
    from db.live import Listener, Notice

FIRST_RETRY_MS = 250
MAX_RETRY_MS = 8000


class LiveWatch(QObject):
    """Hears the store's notices for one Workshop; `connected` says whether it can."""

    connectionChanged = Signal(bool)  # lost (False) or back (True)
    heard = Signal(Changes)  # someone else's change, after the Workshop applied it
    networksChanged = Signal()  # someone else added, renamed or removed a network, or its lines

    def __init__(self, workshop: Workshop, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self._listener: Listener | None = workshop.store.listener()
        self._notifier: QSocketNotifier | None = None
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._connect)
        self._delay = FIRST_RETRY_MS
        self.connected = False
        self._was_lost = False
        self.latencies: list[float] = []  # seconds from a notice's arrival to applied (bench)
        if self._listener is not None:
            self._connect()

    @property
    def listening(self) -> bool:
        """Whether this store has changes to hear at all (a team store)."""
        return self._listener is not None

    def _connect(self) -> None:
        listener = self._listener
        if listener is None:
            return
        try:
            listener.connect()
        except ListenerLostError:
            self._lost()
            return
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self.read)
        self._delay = FIRST_RETRY_MS
        self.connected = True
        if self._was_lost:
            self._was_lost = False
            self.workshop.store.reconnected()
            self.workshop.connection_back()
            self.connectionChanged.emit(True)
        self.read()  # anything that arrived between connecting and watching

    def read(self) -> None:
        """Read what arrived and hand others' changes of the open network to the Workshop."""
        listener = self._listener
        if listener is None or not listener.connected:
            return
        try:
            notices = listener.read()
        except ListenerLostError:
            self._lost()
            return
        start = time.perf_counter()
        others = Part.NETWORK | Part.LINES  # what the list of networks shows
        own, network_id = self.workshop.store.sender, self.workshop.network_id
        if any(
            n.sender != own and n.network_id != network_id and n.parts & others for n in notices
        ):
            self.networksChanged.emit()
        for changes in self._joined(notices):
            self.workshop.apply_elsewhere(changes)
            self.heard.emit(changes)
            self.latencies.append(time.perf_counter() - start)

    def _joined(self, notices: list[Notice]) -> list[Changes]:
        """Others' notices of the open network, joined into one change."""
        own = self.workshop.store.sender
        network_id = self.workshop.network_id
        parts = unnamed = Part(0)
        ids: dict[Part, set[int]] = {}
        for notice in notices:
            if notice.sender == own or notice.network_id != network_id:
                continue
            parts |= notice.parts
            for part in Part:
                if part & notice.parts and part not in notice.ids:
                    unnamed |= part  # some records of this part are not named: read it all
            for part, values in notice.ids.items():
                ids.setdefault(part, set()).update(values)
        if not parts:
            return []
        named = {part: values for part, values in ids.items() if not part & unnamed}
        return [Changes.of([parts], Origin.ELSEWHERE, None, named)]

    def _lost(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        self.connected = False
        if not self._was_lost:
            self._was_lost = True
            self.workshop.store.set_offline(True)
            self.workshop.connection_lost()
            self.connectionChanged.emit(False)
        self._retry.start(self._delay)
        self._delay = min(self._delay * 2, MAX_RETRY_MS)

    def close(self) -> None:
        self._retry.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if self._listener is not None:
            self._listener.close()
