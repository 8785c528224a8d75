"""File → Poster (PDF)…: each kind is made from the open network, as a real PDF, the posters
in any size from A3 to A0 and in tiles."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.poster import Orientation
from app.ui.dialogs.poster_dialog import BLANK, LINE, REPORT, PosterDialog, make_poster

A3_LANDSCAPE = (1190.55, 841.89)


def test_the_dialog_offers_the_line_poster_only_for_a_saved_line(workshop, qtbot) -> None:
    dialog = PosterDialog(workshop)
    qtbot.addWidget(dialog)
    assert not dialog.line.isEnabled()
    assert dialog.kind == BLANK
    workshop.save_line()
    again = PosterDialog(workshop)
    qtbot.addWidget(again)
    assert again.line.isEnabled()
    assert again.kind == LINE
    again.portrait.setChecked(True)
    assert again.orientation is Orientation.PORTRAIT
    assert again.size_choice.isEnabled() and again.tile.isEnabled()
    again.report.setChecked(True)  # the report is A4: no size, tiles or orientation
    assert not again.size_choice.isEnabled() and not again.tile.isEnabled()
    assert not again.portrait.isEnabled()
    again.line.setChecked(True)
    assert again.size_choice.isEnabled() and again.portrait.isEnabled()


@pytest.mark.parametrize("kind", [BLANK, LINE])
def test_the_blank_and_line_posters_in_a_size_and_in_tiles(
    workshop, tmp_path: Path, kind: str
) -> None:
    from app.poster import PosterSize, SheetSize

    workshop.save_line()
    path = make_poster(workshop, kind, Orientation.PORTRAIT, tmp_path / "a0.pdf", PosterSize.A0)
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width), 2), round(float(box.height), 2)) == (2383.94, 3370.39)
    tiles = make_poster(
        workshop, kind, Orientation.LANDSCAPE, tmp_path / "t.pdf", PosterSize.A2, SheetSize.A3
    )
    reader = PdfReader(tiles)
    assert len(reader.pages) == 4  # A2 is two A3s; the windows' overlap and margins make four
    assert all(
        sorted((round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2)))
        == [841.89, 1190.55]
        for p in reader.pages
    )


@pytest.mark.parametrize("kind", [BLANK, LINE, REPORT])
def test_every_kind_is_written_from_the_open_network(workshop, tmp_path: Path, kind: str) -> None:
    workshop.core_edits.add_core_entry("core.partners", "Gemeente Leiden")
    workshop.set_story("stakeholders", "Studenten vonden sneller een stage")
    workshop.save_line()
    path = make_poster(workshop, kind, Orientation.LANDSCAPE, tmp_path / f"{kind}.pdf")
    reader = PdfReader(path)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "LEF" in text
    if kind == REPORT:
        assert len(reader.pages) >= 2
    else:
        box = reader.pages[0].mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(A3_LANDSCAPE, abs=0.01)
    if kind != BLANK:
        assert "Studenten vonden sneller een stage" in text


def test_the_session_poster_from_the_window_in_a_size_and_in_tiles(
    window, monkeypatch, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from app.ui.dialogs.poster_dialog import SESSION, ask_and_make_poster
    from app.ui.widgets.saved_notice import SavedNotice
    from tests.ui.conftest import answer_file_dialogs

    workshop = window.workshop
    workshop.create_network("Binnenkring")
    workshop.learning.add_note("ring2.attitude_behaviour", "Ouders komen vaker", "#FFF27A")
    chosen = {"size": 2, "tile": 1}  # A1, then tiles on A4

    def answer(dialog: PosterDialog) -> int:
        dialog.session.setChecked(True)
        assert dialog.kind == SESSION
        dialog.size_choice.setCurrentIndex(chosen["size"])
        dialog.tile.setCurrentIndex(chosen["tile"])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PosterDialog, "exec", answer)
    answer_file_dialogs(monkeypatch, tmp_path / "sessie.pdf")
    height = window.statusBar().height()
    modals: list[str] = []

    def close_a_question() -> None:  # a modal question would wait here for a click
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modals.append(modal.windowTitle())
            modal.close()

    timer = QTimer(window)
    timer.timeout.connect(close_a_question)
    timer.start(100)
    made = ask_and_make_poster(window, workshop)
    timer.stop()
    assert made is not None
    # Issue 23, item 16: no modal "Open it now?" (it swallowed a click), but a notice in the
    # status bar with an Open button, which leaves the wheel where it is.
    assert modals == []
    (notice,) = [n for n in window.statusBar().findChildren(SavedNotice) if n.isVisible()]
    assert notice.path == made and made.name in notice.label.text()
    assert notice.open_button.text() and notice.open_button.accessibleName()
    assert window.statusBar().height() == height
    reader = PdfReader(made)
    assert len(reader.pages) > 4  # A1 on A4 tiles
    chosen["tile"] = 0
    made = ask_and_make_poster(window, workshop)
    assert made is not None
    reader = PdfReader(made)
    box = reader.pages[0].mediabox
    assert (round(float(box.width), 2), round(float(box.height), 2)) == (2383.94, 1683.78)
    # on a card on its segment, wrapped over lines
    assert "Ouderskomenvaker" in "".join(reader.pages[0].extract_text().split())
