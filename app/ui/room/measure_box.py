"""The room panel's part for measuring with the room: which indicator of the current line the
phones answer and at which moment, and whether they may tell stories of change (the queue
below counts the answers). Self-contained: the panel adds it under the question for the
phones. Compact (label beside field), so the queue keeps its room at 1024×768; in a narrow dock
a field goes under its label and the check box's text wraps, so the window fits its screen."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QWidget

from app.ui.room.controller import Room
from app.ui.widgets.check_label import CheckLabel, wrapping_check


class MeasureBox(QWidget):
    def __init__(self, room: Room, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.indicators = QComboBox()
        self.indicators.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.indicators.setMinimumContentsLength(12)  # the list shows names whole
        self.moments = QComboBox()
        self.groups = QCheckBox()  # the group question, for an indicator split by group
        self.groups.setChecked(True)  # asked by default where the indicator is split
        self.groups_label = CheckLabel(self.groups)
        self.stories = QCheckBox()
        self.stories_label = CheckLabel(self.stories)  # wraps: the dock stays narrow
        self.indicator_label = QLabel()
        self.indicator_label.setBuddy(self.indicators)
        self.moment_label = QLabel()
        self.moment_label.setBuddy(self.moments)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addRow(self.indicator_label, self.indicators)
        layout.addRow(self.moment_label, self.moments)
        layout.addRow(wrapping_check(self.groups, self.groups_label))
        layout.addRow(wrapping_check(self.stories, self.stories_label))
        self.indicators.activated.connect(self._chosen)
        self.moments.activated.connect(self._chosen)
        self.groups.toggled.connect(self._chosen)
        self.stories.toggled.connect(self._chosen)
        room.questionChanged.connect(self.fill)  # asked from elsewhere (a test, a key)
        room.workshop.view.currentLineChanged.connect(self.fill)
        room.workshop.changed.connect(lambda _parts: self.fill())
        room.workshop.networkOpened.connect(self.fill)
        self.retranslate()

    def retranslate(self) -> None:
        self.indicator_label.setText(self.tr("&Indicator"))
        self.moment_label.setText(self.tr("At &moment"))
        self.groups_label.setText(self.tr("Phones say their &group"))
        self.stories_label.setText(self.tr("Phones may tell &stories of change"))
        self.groups.setAccessibleName(self.tr("Phones say which group their answer is for"))
        self.indicators.setAccessibleName(self.tr("Indicator the phones measure"))
        self.moments.setAccessibleName(self.tr("Moment of the measurement"))
        self.stories.setAccessibleName(self.tr("Phones may tell stories of change"))
        self.fill()

    def fill(self) -> None:
        """The current line's indicators and the network's moments; the asked ones stay."""
        room = self.room
        asked = room.indicator
        for combo in (self.indicators, self.moments):
            combo.blockSignals(True)
            combo.clear()
        self.indicators.addItem(self.tr("No indicator"), None)
        for indicator in room.indicator_choices():
            self.indicators.addItem(indicator.name, indicator.id)
            if asked is not None and asked.indicator_id == indicator.id:
                self.indicators.setCurrentIndex(self.indicators.count() - 1)
        moments = room.workshop.contents.moments if room.workshop.has_network else ()
        for moment in moments:
            self.moments.addItem(moment.label, moment.id)
            if asked is not None and asked.moment_id == moment.id:
                self.moments.setCurrentIndex(self.moments.count() - 1)
        for combo in (self.indicators, self.moments):
            combo.blockSignals(False)
        has_moments = self.moments.count() > 0
        self.indicators.setEnabled(has_moments and self.indicators.count() > 1)
        self.moments.setEnabled(has_moments)
        split = self._split(self.indicators.currentData())
        self.groups.blockSignals(True)
        if asked is not None and split:
            self.groups.setChecked(bool(asked.dimensions))
        self.groups.blockSignals(False)
        self.groups.setEnabled(split)
        self.groups_label.setEnabled(split)
        self.stories.blockSignals(True)
        self.stories.setChecked(room.stories is not None)
        self.stories.blockSignals(False)
        self.stories.setEnabled(room.workshop.has_network)
        self.stories_label.setEnabled(room.workshop.has_network)

    def _split(self, indicator_id: object) -> bool:
        """Whether the indicator is split by group (so the phones may say theirs)."""
        workshop = self.room.workshop
        if not isinstance(indicator_id, int) or not workshop.has_network:
            return False
        return bool(workshop.contents.dimensions_of(indicator_id))

    def _chosen(self, *_args: object) -> None:
        room = self.room
        moment_id = self.moments.currentData()
        indicator_id = self.indicators.currentData()
        asked = room.indicator
        split = self._split(indicator_id)
        self.groups.setEnabled(split)
        self.groups_label.setEnabled(split)
        groups = split and self.groups.isChecked()
        current = (
            (asked.indicator_id, asked.moment_id, bool(asked.dimensions))
            if asked
            else (None, None, False)
        )
        wanted = (
            (indicator_id, moment_id, groups) if indicator_id is not None else (None, None, False)
        )
        if current != wanted:
            room.ask_indicator(wanted[0], wanted[1], groups)
        if self.stories.isChecked() != (room.stories is not None) or (
            room.stories is not None and room.stories.moment_id != moment_id
        ):
            room.invite_stories(self.stories.isChecked(), moment_id)
