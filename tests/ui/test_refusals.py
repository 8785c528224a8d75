"""A store that refuses a save from a record dialog: the dialog stays open with what was typed,
nothing is stored, and the message is in the user's language, as plain text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.core.limits import MAX_NOTE, MAX_TEXT
from app.ui.control.i18n import LanguageSwitcher
from app.ui.control.workshop import Workshop
from app.ui.dialogs.evidence_dialog import EvidenceDialog
from app.ui.dialogs.target_dialog import TargetDialog


@pytest.fixture
def shown(monkeypatch) -> list[QMessageBox]:
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    return boxes


@pytest.fixture
def dutch(qapp):
    switcher = LanguageSwitcher(qapp)
    switcher.use("nl")
    yield
    switcher.use("en")


def test_refused_evidence_keeps_the_dialog_and_speaks_dutch(
    workshop: Workshop, qtbot, shown, dutch
) -> None:
    line_id = workshop.save_line()
    dialog = EvidenceDialog(workshop, line_id, "ring1")
    qtbot.addWidget(dialog)
    typed = "<b>verslag</b> " + "x" * MAX_TEXT  # over the store's limit, and looks like HTML
    dialog.text.setPlainText(typed)
    dialog.source.setText("map")
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != EvidenceDialog.DialogCode.Accepted
    assert dialog.text.toPlainText() == typed
    assert workshop.contents.evidence_of(line_id) == ()
    (box,) = shown
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.windowTitle() == "Onderbouwing niet opgeslagen"
    assert box.text().startswith("Deze waarde kan niet worden bewaard:")
    assert "the evidence" in box.detailedText() or "the evidence" in box.text()


def test_evidence_with_only_spaces_is_not_sent_to_the_store(workshop: Workshop, qtbot, shown):
    line_id = workshop.save_line()
    dialog = EvidenceDialog(workshop, line_id, "ring1")
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("   ")
    dialog.source.setText("y" * MAX_NOTE)
    dialog.accept()
    assert shown == [] and workshop.contents.evidence_of(line_id) == ()


def test_refused_target_keeps_the_dialog(workshop: Workshop, qtbot, shown) -> None:
    from app.core.model import IndicatorKind

    line_id = workshop.save_line()
    indicator_id = workshop.learning.add_indicator(
        line_id, "ring1", "Deelnemers", IndicatorKind.QUANTITATIVE
    )
    moment_id = workshop.learning.add_moment("Nulmeting")
    indicator = next(i for i in workshop.contents.indicators if i.id == indicator_id)
    dialog = TargetDialog(workshop, indicator)
    qtbot.addWidget(dialog)
    dialog.moment.setCurrentIndex(max(dialog.moment.findData(moment_id), 0))
    dialog.value.setText("12")
    dialog.reason.setText("r" * (MAX_TEXT + 1))
    dialog.accept()
    assert not [t for t in workshop.contents.targets if t.indicator_id == indicator_id]
    (box,) = shown
    assert box.textFormat() == Qt.TextFormat.PlainText


def test_evidence_with_a_ticked_date_that_is_no_date_is_not_saved(
    workshop: Workshop, qtbot, shown
) -> None:
    line_id = workshop.save_line()
    dialog = EvidenceDialog(workshop, line_id, "ring1")
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("Verslag")
    dialog.has_date.setChecked(True)
    dialog.date.setText("31-02-2025")  # no such day: not silently saved without a date
    dialog.accept()
    assert shown == [] and workshop.contents.evidence_of(line_id) == ()
    dialog.date.setText("28-02-2025")
    dialog.accept()
    (item,) = workshop.contents.evidence_of(line_id)
    assert str(item.date) == "2025-02-28"
