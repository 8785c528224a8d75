"""The user's preferences, kept with QSettings: language, theme, last network, window state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from app.core.model import LANGUAGES, Language
from app.core.wheel_layout import PALETTES
from app.ui.control.i18n import DEFAULT_LANGUAGE

RECENT_LIMIT = 8


class Settings:
    """Typed access to QSettings; bad or missing values fall back to defaults."""

    def __init__(self, backend: QSettings | None = None) -> None:
        self._backend = backend if backend is not None else QSettings()

    @classmethod
    def in_file(cls, path: Path) -> Settings:
        """Settings kept in an INI file (tests, and a portable install)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def _text(self, key: str, default: str) -> str:
        value = self._backend.value(key, default)
        return value if isinstance(value, str) else default

    @property
    def language(self) -> Language:
        value = self._text("language", DEFAULT_LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: Language) -> None:
        self._backend.setValue("language", value)

    @property
    def theme(self) -> str:
        value = self._text("theme", "calm")
        return value if value in PALETTES else "calm"

    @theme.setter
    def theme(self, value: str) -> None:
        self._backend.setValue("theme", value)

    @property
    def last_network(self) -> int | None:
        value = self._backend.value("last_network")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    @last_network.setter
    def last_network(self, value: int | None) -> None:
        if value is None:
            self._backend.remove("last_network")
        else:
            self._backend.setValue("last_network", value)

    @property
    def recent_networks(self) -> list[int]:
        raw = self._backend.value("recent_networks", [])
        items = raw if isinstance(raw, list) else [raw]
        result = []
        for item in items:
            try:
                result.append(int(str(item)))
            except (TypeError, ValueError):
                continue
        return result

    def remember_network(self, network_id: int) -> None:
        recent = [network_id, *(n for n in self.recent_networks if n != network_id)]
        self._backend.setValue("recent_networks", recent[:RECENT_LIMIT])
        self.last_network = network_id

    def forget_network(self, network_id: int) -> None:
        self._backend.setValue(
            "recent_networks", [n for n in self.recent_networks if n != network_id]
        )
        if self.last_network == network_id:
            self.last_network = None

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._backend.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._backend.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._backend.value("window/state")
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._backend.setValue("window/state", value)

    @property
    def presentation_screen(self) -> str | None:
        """The name of the screen chosen for presentations (None: the one not the laptop's)."""
        value = self._text("presentation/screen", "")
        return value or None

    @presentation_screen.setter
    def presentation_screen(self, value: str | None) -> None:
        if value is None:
            self._backend.remove("presentation/screen")
        else:
            self._backend.setValue("presentation/screen", value)

    @property
    def team_store(self) -> str:
        """The team store connected to last (its URL without a password), or ""."""
        return self._text("team_store/address", "")

    @team_store.setter
    def team_store(self, value: str) -> None:
        from db.addresses import without_password

        self._backend.setValue("team_store/address", without_password(value))

    def sync(self) -> None:
        self._backend.sync()
