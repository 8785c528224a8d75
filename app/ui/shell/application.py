"""Starting the program: Qt, settings and language, the network left last on the screen as
soon as Qt can paint it, then the store (with a way out if it is damaged) and the rest.

The first look comes before the store's layer loads: SQLAlchemy, the schema and the panels
take longer than Qt and the wheel together, and a facilitator starting the program in front
of a group should see the wheel at once. The window is then furnished on the whole network
read the same way (`db.glance.first_contents`) and answers while the store is still to come
(`db.arriving`): once the window has painted, the store's layer loads on a thread of its own
and the store then opens as always (checks, backup), or sooner when an edit asks for it.
If it cannot, the window goes and the questions come as before. Where the network cannot be
read so (a first start, a store to upgrade, damage the read meets), the store opens first
and the window is furnished after.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.canvas.fonts import with_emoji
from app.core.model import Model, default_model
from app.room.descriptors import raise_open_files_limit
from app.ui.control.i18n import LanguageSwitcher, TranslationsMissingError
from app.ui.control.settings import Settings
from app.ui.shell.main_window import MainWindow
from app.ui.shell.single_instance import StoreInstance
from app.ui.widgets.readable_palette import readable_palette
from db.arriving import StoreToCome
from db.errors import StoreError
from db.files import default_store_path
from db.glance import first_contents, first_look
from db.loading import load_store_layer, prepare_objects, resume_collector

if TYPE_CHECKING:
    from app.ui.store.store_recovery import Ask
    from db.records import NetworkContents
    from db.store import Store

# The longest wait for the first look's first paint (a window started minimised, or a slow
# machine): the start goes on without it, and the look is painted when Qt gets to it.
FIRST_PAINT_WAIT_MS = 500
# Once the window is up: the store's objects are prepared when the first look has settled
# (`db.loading.prepare_objects`), not while the window is still being shown.
PREPARE_AFTER_MS = 300
# How often a window whose store is coming looks whether its layer has loaded on its thread.
LOADED_LOOK_MS = 10


def application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Netwerkimpact")
    app.setOrganizationName("Netwerkimpact")
    app.setApplicationDisplayName("Netwerkimpact")
    app.setFont(with_emoji(app.font()))  # every widget falls back to the bundled emoji font
    app.setPalette(readable_palette(app.palette()))  # selections and muted texts read 4.5:1
    return app


def build_window(
    store: Store,
    settings: Settings,
    switcher: LanguageSwitcher,
    window: MainWindow | None = None,
    contents: NetworkContents | None = None,
) -> MainWindow:
    """The main window for `store`, showing the network left last; `window`: the frame that
    shows that network's first look, furnished now; `contents`: that network, as read with
    the first look (the store is not asked for it)."""
    from app.ui.control.workshop import Workshop

    workshop = Workshop(store)
    if window is None:
        window = MainWindow(settings, workshop.model)
    window.furnish(workshop)
    window.languageChosen.connect(switcher.use)
    if contents is not None:
        workshop.open_network(contents.network.id, contents)
        return window
    known = {network.id for network in store.networks.list_names()}
    if settings.last_network in known:
        workshop.open_network(settings.last_network)
    return window


def run(store_file: Path | str | None) -> int:
    """Start the program's event loop; returns the exit code. `store_file`: a store file,
    a team store's `postgresql://` URL, or None for the default file."""
    # Phones' connections must never take the descriptors Qt and the store need.
    raise_open_files_limit()
    app = application()
    if isinstance(store_file, str):
        return run_team_store(app, store_file)
    path = store_file or default_store_path()
    claim = StoreInstance(path, bring_forward)
    if not claim.held:  # one copy per store: that one comes forward
        claim.ask_holder()
        print(
            f"netimpact: {path} is open in Netwerkimpact already; its window is brought forward",
            file=sys.stderr,
        )
        return 0
    settings = Settings()
    switcher = LanguageSwitcher(app)
    try:
        switcher.use(settings.language)
    except TranslationsMissingError as error:
        print(f"netimpact: {error}; continuing in English", file=sys.stderr)
    try:
        return run_windows(app, path, settings, switcher, first=show_first_look(path, settings))
    finally:
        claim.close()


def bring_forward() -> None:
    """Another start asked for this store: show its window on top (unminimised)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            if widget.isMinimized():
                widget.showNormal()
            widget.raise_()
            widget.activateWindow()
            widget.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Netwerkimpact was started again on this store: here it is"
                ),
                6000,
            )


def show_first_look(path: Path, settings: Settings) -> MainWindow | None:
    """The window's frame showing the network left last, as the store holds it, painted
    once; None when there is no such network to show (a first start, a store that needs
    its checks or an upgrade first), and the start goes the usual way."""
    if settings.last_network is None:
        return None
    model = default_model()
    look = first_look(path, settings.last_network, model)
    if look is None:
        return None
    window = MainWindow(settings, model)
    window.look_store = path.name
    window.show_look(look)
    _show(window, settings)
    _until_painted(window.view.viewport())
    return window


def _show(window: MainWindow, settings: Settings) -> None:
    if settings.window_geometry is None:
        window.showMaximized()  # first start: the wheel wants the whole screen
    else:
        window.show()


class _Painted(QObject):
    """Ends an event loop after the first paint of the widget it watches has been handled."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self.loop.quit)
        return False


def _until_painted(widget: QWidget) -> None:
    """Let Qt run until `widget` has been painted (or a while has passed)."""
    loop = QEventLoop()
    painted = _Painted(loop)
    widget.installEventFilter(painted)
    QTimer.singleShot(FIRST_PAINT_WAIT_MS, loop.quit)
    loop.exec()
    widget.removeEventFilter(painted)


def run_windows(
    app: QApplication,
    path: Path,
    settings: Settings,
    switcher: LanguageSwitcher,
    ask: Ask | None = None,
    first: MainWindow | None = None,
) -> int:
    """Open the store (asking when it cannot be used) and show the window; a store found
    damaged while the window is open brings the question back, with its backups.

    `first`: a frame showing a first look of the store at `path`: furnished on the network
    as read with it, the store coming once the window is up (`_run_on_the_first_look`); else
    furnished once the store opens. If the store cannot be opened, the frame goes before the
    first question."""
    problem: StoreError | None = None
    if first is not None:
        ran = _run_on_the_first_look(app, path, settings, switcher, first)
        if ran is not None:
            code, problem = ran
            if problem is None:
                return code
            first = None
    load_store_layer()
    from app.ui.store.recovery_dialog import ask_with_dialogs
    from app.ui.store.store_guard import StoreGuard
    from app.ui.store.store_recovery import open_store_or_ask
    from db.store import Store

    ask = ask or ask_with_dialogs()

    def opener(at: Path) -> Store:
        nonlocal first
        try:
            return Store.open(at)
        except Exception:
            if first is not None:  # the questions come without a network behind them
                first.hide()
                first.deleteLater()
                first = None
            raise

    while True:
        store = open_store_or_ask(path, ask, opener, problem=problem)
        if store is None:
            return 1
        if store.path is not None:
            path = store.path
        with store:
            window = build_window(store, settings, switcher, first)
            first = None
            with StoreGuard(window) as guard:
                _show(window, settings)
                QTimer.singleShot(PREPARE_AFTER_MS, prepare_objects)
                code = app.exec()
        if guard.damaged is None:
            return code
        problem = guard.damaged


def _run_on_the_first_look(
    app: QApplication, path: Path, settings: Settings, switcher: LanguageSwitcher, first: MainWindow
) -> tuple[int, StoreError | None] | None:
    """Furnish `first` on the network it shows, read as its first look was (`db.glance`), and
    run the window while the store comes (`_Arrival`), or sooner by whatever asks it for
    something. Returns the exit code and the store's problem that took the window away
    (None: the user closed it); None when the network could not be read so, and the start
    goes the usual way."""
    if settings.last_network is None:
        return None
    contents = first_contents(path, settings.last_network, first.model)
    if contents is None:
        return None
    from app.ui.store.store_guard import StoreGuard

    model = first.model
    to_come = StoreToCome(path, model, lambda at: _open_store(at, model))
    window = build_window(cast("Store", to_come), settings, switcher, first, contents)
    arrival = _Arrival(window, to_come)
    with to_come, StoreGuard(window, leaves=lambda error: error is to_come.failed) as guard:
        _show(window, settings)
        code = app.exec()
        arrival.end()
    if arrival.crashed is not None:  # a fault nobody foresaw: the start ends as it would have
        raise arrival.crashed
    problem = to_come.failed or guard.damaged
    if problem is not None:
        window.deleteLater()
    return code, problem


class _Arrival(QObject):
    """The store coming to a window furnished before it (`db.arriving`). Once the window
    has painted, the store's layer is imported on a thread of its own, while the window
    answers; then the store opens here, on the window's thread, and what waited for it runs
    (`Workshop.store_came`). A store that cannot be opened closes the window, so that the
    start asks what to do; `crashed`: an error nobody foresaw, for the start to raise.

    The thread touches nothing of Qt: it says it is done through `_loaded`, which a timer of
    the window's thread looks at (`LOADED_LOOK_MS`). Once the window's run is over (`end`),
    nothing of this acts any more."""

    def __init__(self, window: MainWindow, to_come: StoreToCome) -> None:
        super().__init__(window)
        self.window = window
        self.to_come = to_come
        self.crashed: BaseException | None = None
        self._started = False
        self._over = False
        self._loaded = threading.Event()
        self._loading: threading.Thread | None = None
        self._looking = QTimer(self)
        self._looking.setInterval(LOADED_LOOK_MS)
        self._looking.timeout.connect(self._look)
        application = QApplication.instance()
        assert application is not None
        self.application: QCoreApplication = application
        application.installEventFilter(self)
        self._fallback = QTimer(self)  # for a window that never paints
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._load)
        self._fallback.start(FIRST_PAINT_WAIT_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or self._started:
            return False
        if isinstance(watched, QWidget) and watched.window() is self.window:
            QTimer.singleShot(0, self._load)  # once this paint has been handled
        return False

    def end(self) -> None:
        """The window's run is over: no loading starts and no store opens for it any more;
        a loading under way is waited for (the collector is resumed here, once it is done)."""
        self._over = True
        self._stop_watching()
        if self._loading is not None:
            self._loading.join()
            resume_collector()

    def _stop_watching(self) -> None:
        self._fallback.stop()
        self._looking.stop()
        self.application.removeEventFilter(self)

    def _load(self) -> None:
        if self._started or self._over:
            return
        self._started = True
        self._stop_watching()
        self._loading = threading.Thread(target=_load_layer, args=(self._loaded,), daemon=True)
        self._loading.start()
        self._looking.start()

    def _look(self) -> None:
        if self._over or not self._loaded.is_set():
            return
        self._looking.stop()
        resume_collector()
        self._open()

    def _open(self) -> None:
        try:
            self.to_come.arrive()
        except StoreError:  # the window goes; the start asks what to do
            QApplication.closeAllWindows()
            return
        except Exception as error:
            self.crashed = error
            QApplication.closeAllWindows()
            return
        self.window.workshop.store_came()


def _load_layer(loaded: threading.Event) -> None:
    """The store's layer and the ORM's mappings, on the loading thread; `loaded` set once
    done (what failed fails again as the store opens, where it is said)."""
    try:
        load_store_layer(resume=False)  # the window's thread resumes the collector (`_look`)
        prepare_objects()
    finally:
        loaded.set()


def _open_store(path: Path, model: Model) -> Store:
    """The store at `path`, its layer loaded first (`db.loading`)."""
    load_store_layer()
    from db.store import Store

    return Store.open(path, model)


def run_team_store(app: QApplication, url: str) -> int:
    """Open the team store at `url` and show its window; a store that cannot be used is
    said in one translated message (no backups to offer: those are the server's)."""
    settings = Settings().for_team_store(url)
    switcher = LanguageSwitcher(app)
    try:
        switcher.use(settings.language)
    except TranslationsMissingError as error:
        print(f"netimpact: {error}; continuing in English", file=sys.stderr)
    load_store_layer()
    from app.ui.store.store_messages import describe
    from db.store import Store

    try:
        store = Store.open(url)
    except StoreError as error:
        from PySide6.QtWidgets import QMessageBox

        told = describe(error)
        box = QMessageBox(QMessageBox.Icon.Critical, told.title, told.text)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText(told.details)
        box.exec()
        print(f"netimpact: {error}", file=sys.stderr)
        return 1
    from app.ui.store.store_guard import StoreGuard

    with store:
        window = build_window(store, settings, switcher)
        with StoreGuard(window) as guard:  # a store error anywhere: one translated message
            _show(window, settings)
            QTimer.singleShot(PREPARE_AFTER_MS, prepare_objects)
            code = app.exec()
    if guard.damaged is not None:  # its backups are the server's: say so and stop
        print(f"netimpact: {guard.damaged}", file=sys.stderr)
        return 1
    return code
