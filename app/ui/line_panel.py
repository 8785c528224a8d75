"""The active reasoning line as a chain of steps, each with its guiding questions and story."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.limits import MAX_NAME, MAX_STORY
from app.core.model import Direction
from app.core.reasoning import ReasoningLine, Step
from app.ui.core_panel import set_plain_text
from app.ui.parts import LINES, NETWORK, WHEEL
from app.ui.text_limits import limit_line, limit_text
from app.ui.workshop import Workshop
from app.ui.wrapping_scroll import WrappingScrollArea
from db.records import LineStatus


def status_label(status: LineStatus) -> str:
    labels = {
        LineStatus.IDEA: QCoreApplication.translate("LineStatus", "Idea"),
        LineStatus.INVESTIGATING: QCoreApplication.translate("LineStatus", "Being investigated"),
        LineStatus.SUPPORTED: QCoreApplication.translate("LineStatus", "Supported by evidence"),
        LineStatus.LET_GO: QCoreApplication.translate("LineStatus", "Let go"),
    }
    return labels[status]


class StepEditor(QFrame):
    """One step of the chain: what it is, the questions to ask, and the group's story."""

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
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.questions)
        layout.addWidget(self.story)

    def show_texts(self, heading: str, questions: str) -> None:
        self.heading.setText(heading)
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
        self.direction = QComboBox()
        for direction in Direction:
            self.direction.addItem("", direction)
        self.title_label = QLabel()
        self.direction_label = QLabel()
        form.addRow(self.title_label, self.title)
        form.addRow(self.direction_label, self.direction)
        form.addRow(self.state)
        content_layout.addLayout(form)
        self.direction_help = QLabel()
        self.direction_help.setWordWrap(True)
        self.direction_help.setTextFormat(Qt.TextFormat.PlainText)
        content_layout.addWidget(self.direction_help)
        self.steps = [StepEditor() for _ in workshop.model.step_keys]
        for editor in self.steps:
            content_layout.addWidget(editor)
            editor.story.textChanged.connect(
                lambda editor=editor: self.workshop.set_story(
                    editor.step_key, editor.story.toPlainText()
                )
            )
        self.assumptions_label = QLabel()
        self.assumptions = QPlainTextEdit()
        self.assumptions_limit = limit_text(self.assumptions, MAX_STORY)
        self.assumptions.setMaximumHeight(110)
        content_layout.addWidget(self.assumptions_label)
        content_layout.addWidget(self.assumptions)
        self.save = QPushButton()
        content_layout.addWidget(self.save)
        layout.addWidget(self.content)
        layout.addStretch(1)
        self.setWidget(body)
        self.title.textEdited.connect(lambda text: self.workshop.set_line_text("title", text))
        self.assumptions.textChanged.connect(
            lambda: self.workshop.set_line_text("assumptions", self.assumptions.toPlainText())
        )
        self.direction.activated.connect(
            lambda index: self.workshop.set_direction(Direction(self.direction.itemData(index)))
        )
        self.save.clicked.connect(self.save_line)
        workshop.networkOpened.connect(self.refresh)
        workshop.currentLineChanged.connect(self.refresh)
        workshop.changed.connect(self._changed)
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
        language = self.workshop.language
        for index, direction in enumerate(Direction):
            self.direction.setItemText(
                index, self.workshop.model.directions[direction].label.in_(language)
            )
        self.refresh()

    def _changed(self, parts: frozenset[str]) -> None:
        if parts & {LINES, WHEEL, NETWORK}:
            self.refresh()

    def save_line(self) -> bool:
        """Save the line in focus; False if there is nothing new to save."""
        if not self.workshop.has_network or self.workshop.saved_focus_line() is not None:
            return False
        self.workshop.save_line()
        return True

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
        if line is None:
            set_plain_text(self.title, workshop.draft_title)
            self.title.setPlaceholderText(workshop.default_title(focus))
            self.state.setText(self.tr("Not saved yet: the stories are kept until you save."))
            stories = workshop.draft_stories()
            set_plain_text(self.assumptions, workshop.draft_assumptions)
        else:
            set_plain_text(self.title, line.title)
            self.title.setPlaceholderText("")
            self.state.setText(self.tr("Saved line · %1").replace("%1", status_label(line.status)))
            stories = {step.key: step.story for step in line.steps}
            set_plain_text(self.assumptions, line.assumptions)
        self.save.setVisible(line is None)
        for editor, (step, questions) in zip(
            self.steps, reasoning.guiding_questions(workshop.model, language), strict=True
        ):
            editor.step_key = step.ring_key
            editor.show_texts(
                self.step_heading(reasoning, step),
                "\n".join(f"• {question}" for question in questions),
            )
            editor.story.setPlaceholderText(self.tr("The story of this step…"))
            set_plain_text(editor.story, stories.get(step.ring_key, ""))
        self.fit_page()

    def step_heading(self, line: ReasoningLine, step: Step) -> str:
        model = self.workshop.model
        language = self.workshop.language
        ring = model.ring(step.ring_key)
        if step.segment_key is None:
            return ring.label.in_(language)
        if step.segment_key == line.stakeholder_key:
            segment = self.workshop.stakeholder_label(step.segment_key)
        else:
            segment = model.segment(step.segment_key).label.in_(language)
        return f"{ring.label.in_(language)}: {segment}"
