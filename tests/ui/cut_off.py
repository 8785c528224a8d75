"""Which texts of a window are cut off: a label, button or box narrower or lower than its
text needs (the widgets' own size hints say what the text needs at the current font)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QWidget,
)

SLACK = 1  # a pixel of rounding


def _text_size(button: QAbstractButton) -> QSize:
    """The size the button's text and its frame need (without a style's minimum width)."""
    metrics = button.fontMetrics()
    shown = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = QSize(metrics.horizontalAdvance(shown), metrics.height())
    if isinstance(button, QPushButton):
        style = button.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
        return text + QSize(margin + 2 * frame, 2 * frame)
    return button.sizeHint()


def cut_off_texts(root: QWidget) -> list[str]:
    """Every visible label, button and check box whose text does not fit, described."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
            text = widget.text()
            if not text.strip() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
                continue
            if widget.wordWrap():
                needed_height = widget.heightForWidth(widget.width())
                if needed_height > widget.height() + SLACK:
                    found.append(
                        f"label {text[:40]!r}: {widget.height()} high, needs {needed_height}"
                    )
                continue
            shown = text.split("\n")[0]
            if widget.buddy() is not None:  # "&Taal": the & marks the mnemonic, not shown
                shown = shown.replace("&&", "\0").replace("&", "").replace("\0", "&")
            needed = widget.fontMetrics().horizontalAdvance(shown)
            if needed > widget.contentsRect().width() + SLACK:
                found.append(f"label {text[:40]!r}: {widget.width()} wide, needs {needed}")
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton)):
            text = widget.text().replace("&&", "&")
            if not text.strip():
                continue
            hint = _text_size(widget)
            if widget.width() + SLACK < hint.width() or widget.height() + SLACK < hint.height():
                found.append(
                    f"{type(widget).__name__} {text[:40]!r}: {widget.width()}x{widget.height()},"
                    f" needs {hint.width()}x{hint.height()}"
                )
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(widget.title())
            if needed > widget.width():
                found.append(
                    f"group {widget.title()[:40]!r}: {widget.width()} wide, needs {needed}"
                )
    return found
