"""The help: how a session goes (inside out and outside in), the model's own appendices
(Bijlage 1: what every part of the wheel means; Bijlage 2: the six steps to meaningful
indicators) from the model file, and the keys, with a search over all of it.

Shown as formatted help (headings, lists, links between the topics), built by
`app.core.help_topics.page_html` from plain text that it escapes: nothing the model file
holds is ever read as markup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.help_topics import (
    HelpPage,
    definition_pages,
    direction_text,
    indicator_plan_page,
    matching,
    page_html,
    related_pages,
)
from app.core.model import Direction, Language, Model
from app.ui.presenting.keys import key_help, keyboard_help

KEY_ROLE = Qt.ItemDataRole.UserRole


class HelpWindow(QDialog):
    """A list of pages beside the page shown; the search field narrows the list."""

    def __init__(self, model: Model, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_window")
        self.setWindowTitle(self.tr("Netwerkimpact help"))
        self.language: Language = language
        self.pages = self._pages(model, language)
        self.search = QLineEdit()
        self.search.setObjectName("help_search")
        self.search.setPlaceholderText(self.tr("Search the help (for example: bereik, stap 4)"))
        self.search.setClearButtonEnabled(True)
        self.contents = QListWidget()
        self.contents.setObjectName("help_contents")
        self.contents.setWordWrap(True)
        self.page = QTextBrowser()
        self.page.setObjectName("help_page")
        self.page.setOpenLinks(False)  # links go to other topics here, never out
        self.page.anchorClicked.connect(self._follow)
        self.page.setTabChangesFocus(True)
        self.search.setAccessibleName(self.tr("Search the help"))
        self.contents.setAccessibleName(self.tr("Contents"))
        self.page.setAccessibleName(self.tr("Help page"))
        self.found = QLabel()
        self.found.setTextFormat(Qt.TextFormat.PlainText)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.page)
        splitter.setStretchFactor(1, 3)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.found)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.search.textChanged.connect(self.show_matching)
        self.contents.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.resize(980, 680)
        splitter.setSizes([320, 660])
        self.show_matching("")

    def _pages(self, model: Model, language: Language) -> tuple[HelpPage, ...]:
        session = HelpPage(
            "session", self.tr("How a session goes"), self._session_text(model, language)
        )
        plan = indicator_plan_page(
            model, language, self.tr("Appendix 2: six steps to meaningful indicators")
        )
        definitions = tuple(
            HelpPage(page.key, self.tr("Appendix 1: %1").replace("%1", page.title), page.body)
            for page in definition_pages(model, language)
        )
        keys = "\n".join(
            f"• {shortcut}: {meaning}" for shortcut, meaning in key_help() + keyboard_help()
        )
        return (session, *definitions, plan, HelpPage("keys", self.tr("Keys"), keys))

    def _session_text(self, model: Model, language: Language) -> str:
        inside = direction_text(model, Direction.INSIDE_OUT, language)
        outside = direction_text(model, Direction.OUTSIDE_IN, language)
        return "\n\n".join(
            [
                self.tr(
                    "A session investigates one or more reasoning lines with a group: the wheel "
                    "on a projector or a poster on the wall, the facilitator at the keys. Fill in "
                    "the core first (the Core tab): partners, identity and purpose, resources, "
                    "activities. Add a moment on the learning path (A, B, …) with its focus, so "
                    "measurements and post-its of this session belong together."
                ),
                "# " + self.tr("Inside out: evaluating what the network did"),
                inside,
                self.tr(
                    "1. Start at the core: what did we do? Select ring 1 (key 1) and turn it "
                    "(→ or PageDown) until the direct result you want to discuss is at "
                    "12 o'clock.\n"
                    "2. Which direct results did it lead to? Tell it in the Reasoning line tab.\n"
                    "3. Turn ring 2 and ring 3: to which influences and effects did that "
                    "logically contribute?\n"
                    "4. Turn the outer ring to the stakeholder group: effective for whom?\n"
                    "5. Write the story of every step and the assumptions; save the line "
                    "(Ctrl+S, or S in presentation mode).\n"
                    "6. Support the line with indicators (the Indicators tab, along the six "
                    "steps of appendix 2) and record what they show at this moment."
                ),
                "# " + self.tr("Outside in: planning what the network wants"),
                outside,
                self.tr(
                    "1. Start at the outer ring: for which stakeholder group do we want to make "
                    "a difference? Turn it to 12 o'clock (key 4).\n"
                    "2. Turn ring 3: which third-degree impact do we want for them?\n"
                    "3. Turn ring 2: which second-degree impact would logically contribute?\n"
                    "4. Turn ring 1: which direct results must we realise together? Then the "
                    "core: what does that ask of partners, resources and activities?\n"
                    "5. Set the line's direction to outside in, tell every step and the "
                    "assumptions, and save the line.\n"
                    "6. Choose indicators from 'what do we want to know?', not from the data "
                    "at hand, and plan the moment at which you will look again."
                ),
                "# " + self.tr("During and after"),
                self.tr(
                    "Double-click a segment to stick a post-it on it with what the group says. "
                    "Lock a ring that should stay put (right-click it); View → Focus dims "
                    "everything but one ring or one stakeholder group. F5 starts presentation "
                    "mode. With a large group, work in small groups with a poster each "
                    "(File → Poster). Afterwards, File offers the report as PDF, the tables for "
                    "Excel or CSV, and an image of the wheel for slides."
                ),
            ]
        )

    def show_matching(self, query: str) -> None:
        """List the pages holding every word of `query`, and show the first of them."""
        shown = matching(self.pages, query)
        current = self.contents.currentItem()
        keep = current.data(KEY_ROLE) if current is not None else None
        self.contents.blockSignals(True)
        self.contents.clear()
        for page in shown:
            item = QListWidgetItem(page.title)
            item.setData(KEY_ROLE, page.key)
            self.contents.addItem(item)
        self.contents.blockSignals(False)
        if query.strip():
            self.found.setText(self.tr("%n page(s)", "", len(shown)))
        else:
            self.found.setText("")
        keys = [page.key for page in shown]
        self.contents.setCurrentRow(keys.index(keep) if keep in keys else 0 if keys else -1)
        if not keys:
            self.page.setPlainText(
                self.tr("Nothing in the help matches “%1”.").replace("%1", query)
            )
        else:
            self._show(self.contents.currentItem())

    def show_page(self, key: str) -> None:
        for row in range(self.contents.count()):
            if self.contents.item(row).data(KEY_ROLE) == key:
                self.contents.setCurrentRow(row)
                return

    def _follow(self, url: QUrl) -> None:
        """A link to another topic ("help:KEY"): show it (the search is cleared if it hid it)."""
        key = url.toString().removeprefix("help:")
        if key not in {page.key for page in matching(self.pages, self.search.text())}:
            self.search.clear()
        self.show_page(key)

    def shown_key(self) -> str | None:
        item = self.contents.currentItem()
        if item is None:
            return None
        key: str = item.data(KEY_ROLE)
        return key

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        page = next(page for page in self.pages if page.key == item.data(KEY_ROLE))
        related = related_pages(self.pages, page.key)
        self.page.setHtml(page_html(page, related, self.tr("See also:")))
        words = self.search.text().split()
        if words:  # select the first place the first word is found
            self.page.moveCursor(self.page.textCursor().MoveOperation.Start)
            self.page.find(words[0], QTextDocument.FindFlag(0))
