"""The interface language: Qt translators for our strings and Qt's own, switched at run time.

Source strings in the code are English; `resources/i18n/netimpact_nl.ts` holds the Dutch
translations, compiled to `.qm` by `make` (pyside6-lrelease). Dutch is the default.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core.model import LANGUAGES, Language
from app.core.resources import resource_path

DEFAULT_LANGUAGE: Language = "nl"


class TranslationsMissingError(RuntimeError):
    """The compiled translations are not there (run `make` to build them)."""


def _qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


class LanguageSwitcher:
    """Owns the installed translators; `use(language)` swaps them (widgets get LanguageChange)."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.language: Language = "en"

    def use(self, language: Language) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()
        if language != "en":
            ours = QTranslator(self._app)
            compiled = resource_path("i18n", f"netimpact_{language}.qm")
            if not ours.load(str(compiled)):
                raise TranslationsMissingError(
                    f"{compiled} is missing or unreadable; build it with `make translations`"
                )
            self._translators.append(ours)
            qt_own = QTranslator(self._app)
            if qt_own.load(QLocale(language), "qtbase", "_", str(_qt_translations_dir())):
                self._translators.append(qt_own)
        for translator in self._translators:
            self._app.installTranslator(translator)
        self.language = language
        QLocale.setDefault(
            QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English)
        )
