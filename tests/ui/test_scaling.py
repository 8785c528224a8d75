"""The program follows the display's scaling (125-200 %) and a larger system font without
cutting text off: every label, button and box title fits, in the main window's pages and
in every dialog. Qt reads the scale factor when the application starts, so each case runs in
a child Python (QT_SCALE_FACTOR) with the system font enlarged (NETIMPACT_FONT_SCALE)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.ui.shell.main_window import MainWindow
from tests.ui.cut_off import cut_off_texts

CHILD = os.environ.get("NETIMPACT_SCALE_CHILD") == "1"
# Logical size of the smallest common scaled screen: 1920x1080 at 150 %, 2560x1440 at 200 %.
WINDOW = (1280, 720)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("scale", "font"), [(1.25, 1.0), (1.5, 1.25), (2.0, 1.0), (2.0, 1.5)], ids=str
)
def test_texts_fit_when_scaled(scale: float, font: float, tmp_path: Path) -> None:
    if CHILD:
        pytest.skip("this is the child")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_SCALE_FACTOR": str(scale),
        "NETIMPACT_FONT_SCALE": str(font),
        "NETIMPACT_SCALE_CHILD": "1",
        "NETIMPACT_SHOTS": str(tmp_path),
    }
    command = [sys.executable, "-m", "pytest", __file__, "-q", "-p", "no:cacheprovider"]
    command += ["-o", "addopts=", f"--basetemp={tmp_path / 'child'}", "-k", "on_this_scale"]
    result = subprocess.run(
        command,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).parents[2],
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "1 passed" in result.stdout
    assert (tmp_path / "scaled-window.png").stat().st_size > 0


@pytest.mark.skipif(not CHILD, reason="runs scaled, in the test above")
def test_nothing_is_cut_off_on_this_scale(qapp, qtbot, tmp_path: Path) -> None:
    from tests.ui.test_accessible_names import EXAMPLE, windows_and_dialogs

    scale = float(os.environ["QT_SCALE_FACTOR"])
    font = qapp.font()
    font.setPointSizeF(font.pointSizeF() * float(os.environ["NETIMPACT_FONT_SCALE"]))
    qapp.setFont(font)  # what a larger system font does to every widget

    from app.ui.control.i18n import LanguageSwitcher
    from app.ui.control.settings import Settings
    from app.ui.shell.application import build_window
    from db.store import Store

    switcher = LanguageSwitcher(qapp)
    settings = Settings.in_file(tmp_path / "settings.ini")
    settings.language = "nl"
    switcher.use("nl")
    store = Store.open(tmp_path / "s.sqlite")
    window: MainWindow = build_window(store, settings, switcher)
    qtbot.addWidget(window)
    window.resize(*WINDOW)
    window.show()
    qtbot.waitExposed(window)
    assert window.devicePixelRatioF() == pytest.approx(scale)
    window.workshop.open_network(store.networks.import_file(EXAMPLE).id)
    cut: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        cut += [f"{window.tabs.tabText(index)}: {text}" for text in cut_off_texts(window)]
    window.grab().save(str(Path(os.environ["NETIMPACT_SHOTS"]) / "scaled-window.png"))
    for name, dialog in windows_and_dialogs(window, tmp_path, qtbot).items():
        if name in ("presentation", "console"):
            continue  # full screen on the projector: the presenter tests look at those
        dialog.show()
        qtbot.waitExposed(dialog)
        cut += [f"{name}: {text}" for text in cut_off_texts(dialog)]
        dialog.hide()
    QApplication.processEvents()
    store.close()
    switcher.use("en")
    assert not cut, "\n".join(cut)
