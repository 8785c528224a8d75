"""Where phones find an open room, and the refusal to open one: what the program's windows
need before any room opens, without the web stack (`app.room.server` loads aiohttp)."""

from __future__ import annotations

from dataclasses import dataclass

LOOPBACK = "127.0.0.1"
PREFERRED_PORT = 8765  # easy to read aloud and to type; another is taken when it is in use


class RoomOpenError(OSError):
    """The room could not start listening (no free port, an address gone)."""


@dataclass(frozen=True, slots=True)
class RoomAddress:
    """Where phones find the room: the address for the QR code, and a short one with a code."""

    host: str
    port: int
    secret: str
    code: str

    @property
    def short(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.short}/r/{self.secret}"

    @property
    def code_shown(self) -> str:
        half = len(self.code) // 2
        return f"{self.code[:half]}-{self.code[half:]}"
