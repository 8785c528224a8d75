"""A small picture of a photo from the room (a cleaned JPEG), for the queue and the evidence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage, QPixmap


def photo_icon(photo: bytes, side: int = 64) -> QIcon:
    image = QImage.fromData(photo)
    scaled = image.scaled(
        side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    return QIcon(QPixmap.fromImage(scaled))
