"""The active reasoning line as a chain of steps, each with its guiding questions and story."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.limits import MAX_NAME, MAX_STORY
from app.core.model import Direction
from app.core.plausibility import LEVELS, Plausibility, mark
from app.ui.control.parts import LINES, NETWORK, STORIES, WHEEL
from app.ui.control.workshop import Workshop
from app.ui.dialogs.conflict_dialog import ask_which_text
from app.ui.dialogs.evidence_dialog import EvidenceDialog
from app.ui.dialogs.rework_dialog import ReworkDialog
from app.ui.widgets.date_field import format_day
from app.ui.widgets.id_list import ID_ROLE, current_id, select_id
from app.ui.widgets.photo_icon import photo_icon
from app.ui.widgets.plain import plain_tooltip
from app.ui.widgets.record_labels import status_label
from app.ui.widgets.record_widgets import set_plain_text
from app.ui.widgets.text_limits import limit_line, limit_text
from app.ui.widgets.wrapping_scroll import WrappingScrollArea
from db.errors import EditConflictError
from db.records import Evidence, Line


def plausibility_label(level: Plausibility | None) -> str:
    """The level's pips (a shape, readable without colour) and its name."""
    names = {
        None: QCoreApplication.translate("Plausibility", "not judged yet"),
        Plausibility.NOT_YET: QCoreApplication.translate("Plausibility", "not yet plausible"),
        Plausibility.PARTLY: QCoreApplication.translate("Plausibility", "partly plausible"),
        Plausibility.PLAUSIBLE: QCoreApplication.translate("Plausibility", "plausible"),
        Plausibility.WELL_SUPPORTED: QCoreApplication.translate("Plausibility", "well supported"),
    }
    return f"{mark(level)}  {names[level]}"


class StepEditor(QFrame):
    """One step of the chain: what it is, the questions to ask, the group's story, and (for a
    saved line) how plausible the step is made, with its evidence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.step_key = ""
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.questions = QLabel()
        self.questions.setTextFormat(Qt.TextFormat.PlainText)
        self.questions.setWordWrap(True)
        italic = self.questions.font()
        italic.setItalic(True)
        self.questions.setFont(italic)
        self.story = QPlainTextEdit()
        self.story_limit = limit_text(self.story, MAX_STORY)
        self.story.setMinimumHeight(70)
        self.story.setMaximumHeight(140)
        for label in (self.heading, self.questions):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.plausibility = QComboBox()
        for level in (None, *LEVELS):
            self.plausibility.addItem(plausibility_label(level), level)
        self.evidence = QListWidget()
        self.evidence.setMaximumHeight(90)
        self.evidence.setWordWrap(True)
        self.add_evidence = QPushButton()
        self.edit_evidence = QPushButton()
        self.delete_evidence = QPushButton()
        evidence_buttons = QHBoxLayout()
        for button in (self.add_evidence, self.edit_evidence, self.delete_evidence):
            evidence_buttons.addWidget(button)
        evidence_buttons.addStretch(1)
        self.judgement = QWidget()
        judgement = QVBoxLayout(self.judgement)
        judgement.setContentsMargins(0, 0, 0, 0)
        judgement.addWidget(self.plausibility)
        judgement.addWidget(self.evidence)
        judgement.addLayout(evidence_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.questions)
        layout.addWidget(self.story)
        layout.addWidget(self.judgement)

    def show_texts(self, heading: str, questions: str) -> None:
        self.heading.setText(heading)
        self.story.setAccessibleName(
            QCoreApplication.translate("LinePanel", "Story: %1").replace("%1", heading)
        )
        self.questions.setText(questions)


class LinePanel(WrappingScrollArea):
    """Investigate the line on the focus sightline: direction, story per step, assumptions."""

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        body = QWidget()
        layout = QVBoxLayout(body)
        self.empty = QLabel(self.tr("Open or create a network; then turn the rings to a line."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.title = limit_line(QLineEdit(), MAX_NAME)
        self.state = QLabel()
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setWordWrap(True)  # "Turned away from “a long title”: …" fits the panel
        self.direction = QComboBox()
        for direction in Direction:
            self.direction.addItem("", direction)
        self.title_label = QLabel()
        self.direction_label = QLabel()
        form.addRow(self.title_label, self.title)
        form.addRow(self.direction_label, self.direction)
        self.title_label.setBuddy(self.title)  # a screen reader names a field by its label
        self.direction_label.setBuddy(self.direction)
        form.addRow(self.state)
        content_layout.addLayout(form)
        self.direction_help = QLabel()
        self.direction_help.setWordWrap(True)
        self.direction_help.setTextFormat(Qt.TextFormat.PlainText)
        content_layout.addWidget(self.direction_help)
        self.steps = [StepEditor() for _ in workshop.model.step_keys]
        for editor in self.steps:
            content_layout.addWidget(editor)
            editor.story.textChanged.connect(lambda editor=editor: self._story_typed(editor))
            editor.plausibility.activated.connect(
                lambda index, editor=editor: self._judged(editor, index)
            )
            editor.add_evidence.clicked.connect(lambda _=False, e=editor: self.add_evidence(e))
            editor.edit_evidence.clicked.connect(lambda _=False, e=editor: self.edit_evidence(e))
            editor.evidence.itemDoubleClicked.connect(lambda _item, e=editor: self.edit_evidence(e))
            editor.delete_evidence.clicked.connect(
                lambda _=False, e=editor: self.delete_evidence(e)
            )
        self.assumptions_label = QLabel()
        self.assumptions = QPlainTextEdit()
        self.assumptions_limit = limit_text(self.assumptions, MAX_STORY)
        self.assumptions.setMaximumHeight(110)
        content_layout.addWidget(self.assumptions_label)
        content_layout.addWidget(self.assumptions)
        self.assumptions_label.setBuddy(self.assumptions)
        self.save = QPushButton()
        content_layout.addWidget(self.save)
        self.update_line = QPushButton()
        self.update_line.clicked.connect(self.rework_line)
        content_layout.addWidget(self.update_line)
        layout.addWidget(self.content)
        layout.addStretch(1)
        self.setWidget(body)
        self.title.textEdited.connect(lambda text: self._text_typed("title", text))
        self.assumptions.textChanged.connect(
            lambda: self._text_typed("assumptions", self.assumptions.toPlainText())
        )
        self.direction.activated.connect(
            lambda index: self.workshop.set_direction(Direction(self.direction.itemData(index)))
        )
        self.save.clicked.connect(self.save_line)
        workshop.networkOpened.connect(self.refresh)
        workshop.view.currentLineChanged.connect(self.refresh)
        workshop.noticed.connect(self._noticed)
        self._typing = False  # inside a story editor's own signal
        self._behind = False  # a notice came meanwhile: refresh after it
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Title"))
        self.direction_label.setText(self.tr("Direction"))
        self.assumptions_label.setText(self.tr("Assumptions we make along this line"))
        self.assumptions.setPlaceholderText(
            self.tr("What must be true for one step to lead to the next?")
        )
        self.save.setText(self.tr("Save line (Ctrl+S)"))
        self.setAccessibleName(self.tr("Reasoning line"))
        self.update_line.setAccessibleName(self.tr("Update the saved line"))
        for editor in self.steps:
            editor.evidence.setAccessibleName(self.tr("Evidence for this step"))
            editor.plausibility.setToolTip(self.tr("How plausible is this step made?"))
            for index in range(editor.plausibility.count()):
                editor.plausibility.setItemText(
                    index, plausibility_label(editor.plausibility.itemData(index))
                )
            editor.add_evidence.setText(self.tr("Add evidence…"))
            editor.edit_evidence.setText(self.tr("Edit…"))
            editor.delete_evidence.setText(self.tr("Delete"))
        language = self.workshop.language
        for index, direction in enumerate(Direction):
            self.direction.setItemText(
                index, self.workshop.model.directions[direction].label.in_(language)
            )
        self.refresh()

    def _noticed(self, changes: Changes) -> None:
        if changes.made_by(self):
            return  # typed here: the editors show it already
        if changes.touches(LINES | STORIES | WHEEL | NETWORK):
            if self._typing:
                self._behind = True  # not inside the editor's own signal: after it
                return
            self.refresh()

    def _story_typed(self, editor: StepEditor) -> None:
        text = editor.story.toPlainText()
        self._typing, self._behind = True, False
        try:
            with self.workshop.on_behalf_of(self):
                self.workshop.set_story(editor.step_key, text)
        except EditConflictError as conflict:
            if not isinstance(conflict.theirs, str):
                raise  # no text of theirs to choose from: said in a message, as note_dialog does
            self._typing = False
            self._resolve_story(editor, text, conflict.theirs)
        finally:
            self._typing = False
            if self._behind:
                self._behind = False
                self.refresh()

    def _resolve_story(self, editor: StepEditor, mine: str, theirs: str) -> None:
        """Someone else saved this story while it was typed here: show both texts, keep
        what is chosen (saved over their version; nothing is overwritten unseen)."""
        line = self.workshop.current_line()
        if line is None:
            return
        step = self.workshop.model.ring(editor.step_key).short_label.in_(self.workshop.language)
        chosen = ask_which_text(
            self.tr("the story of the step “%1”").replace("%1", step), mine, theirs, self
        )
        self.workshop.resolve_story(editor.step_key, chosen)
        self.refresh()

    def _text_typed(self, field: str, text: str) -> None:
        with self.workshop.on_behalf_of(self):
            self.workshop.set_line_text(field, text)

    def save_line(self, parent: QWidget | None = None) -> bool:
        """Save the line in focus (Ctrl+S, or S while presenting); False if nothing was saved.
        After turning away from a saved line, ask first: update that line, or save a new one
        under a title asked for (the draft's, or the line's own words, offered). `parent`:
        the window the questions stand over (the presenter's console, say); else the panel."""
        if not self.workshop.has_network or self.workshop.saved_focus_line() is not None:
            return False
        reworked = self.workshop.line_edits.rework_candidate()
        if reworked is not None:
            choice = self.ask_update_or_new(reworked, parent)
            if choice is None:
                return False
            if choice == "update":
                return self.rework_line(parent)
            offered = self.workshop.draft_title.strip() or self.workshop.wording().default_title(
                self.workshop.focus_line()
            )
            title = self.ask_new_title(offered, parent)
            if title is None:
                return False
            self.workshop.set_line_text("title", title)
        self.workshop.save_line()
        return True

    def ask_new_title(self, offered: str, parent: QWidget | None = None) -> str | None:
        """The new line's title (None: cancelled), `offered` filled in and selected."""
        dialog = QInputDialog(parent or self)
        dialog.setWindowTitle(self.tr("Save as a new line"))
        dialog.setLabelText(self.tr("Title of the new line:"))
        dialog.setTextValue(offered)
        dialog.setOkButtonText(self.tr("Save"))
        try:
            if dialog.exec() != QInputDialog.DialogCode.Accepted:
                return None
            return dialog.textValue().strip()[:MAX_NAME] or offered
        finally:
            dialog.deleteLater()

    def ask_update_or_new(self, line: Line, parent: QWidget | None = None) -> str | None:
        """'update', 'new' or None (cancelled)."""
        box = QMessageBox(parent or self)
        box.setWindowTitle(self.tr("Save line"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "You turned the rings away from “%1”. Update that line, or save a new one?"
            ).replace("%1", line.title)
        )
        update = box.addButton(self.tr("Update this line…"), QMessageBox.ButtonRole.AcceptRole)
        new = box.addButton(self.tr("Save as a new line"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "update" if clicked is update else "new" if clicked is new else None

    def rework_line(self, parent: QWidget | None = None) -> bool:
        """Update the line the wheel was turned away from (asks about each changed step)."""
        line = self.workshop.line_edits.rework_candidate()
        if line is None:
            return False
        return bool(ReworkDialog(self.workshop, line, parent or self).exec())

    def _judged(self, editor: StepEditor, index: int) -> None:
        line = self.workshop.current_line()
        if line is not None:
            level = editor.plausibility.itemData(index)
            self.workshop.line_edits.set_step_plausibility(line.id, editor.step_key, level)

    def _chosen_evidence(self, editor: StepEditor) -> Evidence | None:
        line = self.workshop.current_line()
        evidence_id = current_id(editor.evidence)
        if line is None or evidence_id is None:
            return None
        return next((e for e in self.workshop.contents.evidence if e.id == evidence_id), None)

    def add_evidence(self, editor: StepEditor) -> None:
        line = self.workshop.current_line()
        if line is not None:
            EvidenceDialog(self.workshop, line.id, editor.step_key, parent=self).exec()

    def edit_evidence(self, editor: StepEditor) -> None:
        line, evidence = self.workshop.current_line(), self._chosen_evidence(editor)
        if line is not None and evidence is not None:
            EvidenceDialog(self.workshop, line.id, editor.step_key, evidence, self).exec()

    def delete_evidence(self, editor: StepEditor) -> None:
        evidence = self._chosen_evidence(editor)
        if evidence is not None:
            self.workshop.line_edits.delete_evidence(evidence.id)  # Edit → Undo brings it back

    def refresh(self) -> None:
        workshop = self.workshop
        self.empty.setVisible(not workshop.has_network)
        self.content.setVisible(workshop.has_network)
        if not workshop.has_network:
            return
        line = workshop.current_line()
        focus = workshop.focus_line()
        reasoning = line.reasoning_line if line is not None else focus
        direction = reasoning.direction
        self.direction.setCurrentIndex(list(Direction).index(direction))
        language = workshop.language
        self.direction_help.setText(workshop.model.directions[direction].description.in_(language))
        reworked = workshop.line_edits.rework_candidate()
        if line is None:
            set_plain_text(self.title, workshop.draft_title)
            self.title.setPlaceholderText(workshop.wording().default_title(focus))
            self.state.setText(self.tr("Not saved yet: the stories are kept until you save."))
            if reworked is not None:
                self.state.setText(
                    self.tr(
                        "Turned away from “%1”: update that line, or save this one as a new line."
                    ).replace("%1", reworked.title)
                )
            stories = workshop.draft_stories()
            if reworked is not None:
                self._keep_stories(reworked)
            set_plain_text(self.assumptions, workshop.draft_assumptions)
        else:
            set_plain_text(self.title, line.title)
            self.title.setPlaceholderText("")
            weakest = line.weakest_step
            self.state.setText(
                self.tr("Saved line · %1 · weakest step: %2 (%3)")
                .replace("%1", status_label(line.status))
                .replace("%2", workshop.model.ring(weakest.key).short_label.in_(workshop.language))
                .replace("%3", plausibility_label(weakest.plausibility))
            )
            stories = {step.key: step.story for step in line.steps}
            set_plain_text(self.assumptions, line.assumptions)
        self.save.setVisible(line is None)
        self.save.setText(
            self.tr("Save as a new line") if reworked else self.tr("Save line (Ctrl+S)")
        )
        self.update_line.setVisible(reworked is not None)
        if reworked is not None:
            self.update_line.setText(self.tr("Update “%1”…").replace("%1", reworked.title))
        wording = workshop.wording()
        for editor, (step, questions) in zip(
            self.steps, reasoning.guiding_questions(workshop.model, language), strict=True
        ):
            editor.step_key = step.ring_key
            editor.show_texts(
                wording.step_title(step).one_line(),
                "\n".join(f"• {question}" for question in questions),
            )
            editor.story.setPlaceholderText(self.tr("The story of this step…"))
            set_plain_text(editor.story, stories.get(step.ring_key, ""))
            self._show_judgement(editor, line)
        self.fit_page()

    def _keep_stories(self, reworked: Line) -> None:
        """Turned away from a saved line: the steps whose segment stayed show (and carry
        into an update or a new line) the stories they keep, unless typed over already."""
        changed = {key for key, _old, _new in self.workshop.line_edits.rework_changes()}
        drafts = self.workshop.draft_stories()
        for step in reworked.steps:
            if step.key not in changed and step.story and not drafts.get(step.key):
                self.workshop.set_story(step.key, step.story)

    def _show_judgement(self, editor: StepEditor, line: Line | None) -> None:
        """A saved line's judgement and evidence for the step (a draft has none yet)."""
        editor.judgement.setVisible(line is not None)
        if line is None:
            return
        level = line.step(editor.step_key).plausibility
        editor.plausibility.setCurrentIndex(editor.plausibility.findData(level))
        chosen = current_id(editor.evidence)
        editor.evidence.clear()
        moments = {m.id: m.label for m in self.workshop.contents.moments}
        for item in self.workshop.contents.evidence_of(line.id, editor.step_key):
            where = [part for part in (item.source, format_day(item.date)) if part]
            if item.moment_id in moments:
                where.append(moments[item.moment_id])
            text = item.text + (f" — {', '.join(where)}" if where else "")
            row = QListWidgetItem(text)
            if item.photo is not None:  # a photo that came with a story from the room
                row.setIcon(photo_icon(item.photo, 48))
            row.setData(ID_ROLE, item.id)
            row.setToolTip(plain_tooltip(text))
            editor.evidence.addItem(row)
        if chosen is not None:
            select_id(editor.evidence, chosen)
        editor.evidence.setVisible(editor.evidence.count() > 0)
