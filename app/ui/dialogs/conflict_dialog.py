"""Two people changed the same text: show both and let the second one choose (issue 22).

On a team store a save made from an older version is refused (`EditConflictError`); this
dialog shows what this person typed and what the other saved meanwhile, as plain text, and
asks which to keep: mine, theirs, or both (mine, a blank line, theirs). Closing it keeps
both, so nothing typed is ever lost without a choice.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class Keep(enum.Enum):
    MINE = "mine"
    THEIRS = "theirs"
    BOTH = "both"


def both_texts(mine: str, theirs: str) -> str:
    """Mine, then theirs, with a blank line between (only one of them when the other is
    empty or they are the same)."""
    if not theirs.strip() or mine == theirs:
        return mine
    if not mine.strip():
        return theirs
    return f"{mine.rstrip()}\n\n{theirs.lstrip()}"


def kept_text(keep: Keep, mine: str, theirs: str) -> str:
    if keep is Keep.MINE:
        return mine
    if keep is Keep.THEIRS:
        return theirs
    return both_texts(mine, theirs)


class ConflictDialog(QDialog):
    """`what` names the text in a sentence ("het verhaal van deze stap", translated by the
    caller); `mine` and `theirs` are shown exactly as typed, never as HTML."""

    def __init__(self, what: str, mine: str, theirs: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mine_text = mine
        self.theirs_text = theirs
        self.keep = Keep.BOTH  # also when the dialog is closed: nothing is lost
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setAccessibleName(self.tr("Changed by someone else"))
        self.setMaximumSize(980, 700)
        self.resize(760, 440)
        layout = QVBoxLayout(self)
        self.explanation = QLabel(
            self.tr(
                "Someone else saved %1 while you were typing. Your text is not saved yet. "
                "Which text do you want to keep?"
            ).replace("%1", what)
        )
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        texts = QGridLayout()
        self.mine_label = QLabel(self.tr("Your text"))
        self.theirs_label = QLabel(self.tr("Their text (saved)"))
        for label in (self.mine_label, self.theirs_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.mine = self._text_box(mine, self.tr("Your text"))
        self.theirs = self._text_box(theirs, self.tr("Their text (saved)"))
        self.mine_label.setBuddy(self.mine)
        self.theirs_label.setBuddy(self.theirs)
        texts.addWidget(self.mine_label, 0, 0)
        texts.addWidget(self.theirs_label, 0, 1)
        texts.addWidget(self.mine, 1, 0)
        texts.addWidget(self.theirs, 1, 1)
        layout.addLayout(texts, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.keep_theirs = QPushButton(self.tr("Keep theirs"))
        self.keep_both = QPushButton(self.tr("Keep both"))
        self.keep_mine.setAccessibleName(self.tr("Keep my text"))
        self.keep_theirs.setAccessibleName(self.tr("Keep their text"))
        self.keep_both.setAccessibleName(self.tr("Keep both texts, mine first"))
        for button, keep in (
            (self.keep_mine, Keep.MINE),
            (self.keep_theirs, Keep.THEIRS),
            (self.keep_both, Keep.BOTH),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, keep=keep: self.choose(keep))
            buttons.addWidget(button)
        self.keep_both.setDefault(True)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.mine, self.theirs)
        QWidget.setTabOrder(self.theirs, self.keep_mine)
        QWidget.setTabOrder(self.keep_mine, self.keep_theirs)
        QWidget.setTabOrder(self.keep_theirs, self.keep_both)
        self.keep_both.setFocus()

    def _text_box(self, text: str, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setPlainText(text)
        box.setReadOnly(True)
        box.setTabChangesFocus(True)
        box.setAccessibleName(name)
        return box

    def choose(self, keep: Keep) -> None:
        self.keep = keep
        self.accept()

    def text(self) -> str:
        """The text to save for the choice made."""
        return kept_text(self.keep, self.mine_text, self.theirs_text)


def ask_which_text(what: str, mine: str, theirs: str, parent: QWidget | None) -> str:
    """Show the dialog (modal) and return the text to keep."""
    dialog = ConflictDialog(what, mine, theirs, parent)
    try:
        dialog.exec()
        return dialog.text()
    finally:
        dialog.deleteLater()
