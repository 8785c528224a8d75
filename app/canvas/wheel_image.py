"""The wheel as a picture for slides and reports: a PNG at a chosen size, or an SVG.

A fresh scene of its own is drawn (never the window's, whose hover, selection and locks are
for the room, not for a slide), in the arrangement, language, colours, focus and names given,
with or without the post-its and the beam. Items are drawn without their caches, so an SVG
holds vectors and text, not pixmaps; in an SVG the ring labels are text, one character at a
time along the arc. Files go through `db.files.write_output` (never half a file, never the store).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from app.canvas.label_paths import ArcBand, LabelShaper
from app.canvas.scene import WheelScene
from app.canvas.shapes import point_at
from app.core.geometry import Arrangement
from app.core.model import Language, Model
from app.core.reasoning import arrangement_for
from app.core.wheel_layout import CALM, Palette, reads_clockwise
from db.files import write_output
from db.records import NetworkContents

MIN_SIZE = 200
MAX_SIZE = 4000  # pixels a side: 64 MB of image, sharp on any slide or A3 print
SVG_SIZE = 1080  # the SVG's nominal size in pixels; it scales without loss


class ImageError(ValueError):
    """The image cannot be made as asked (a size out of range, an unknown file type)."""


@dataclass(frozen=True, slots=True)
class WheelPicture:
    """What a picture of the wheel shows."""

    arrangement: Arrangement
    language: Language = "nl"
    palette: Palette = CALM
    network_name: str = ""
    core_summary: Mapping[str, Sequence[str]] = field(default_factory=dict)
    stakeholder_names: Mapping[str, str] = field(default_factory=dict)
    partial_focus: str | None = None
    notes: tuple[tuple[int, str, str, str], ...] = ()  # (id, segment key, text, colour)
    beam: bool = True


def picture_of(
    model: Model,
    contents: NetworkContents,
    language: Language = "nl",
    palette: Palette = CALM,
    *,
    line_id: int | None = None,
    notes: bool = True,
    beam: bool = True,
) -> WheelPicture:
    """The picture of a stored network: its wheel as left, or turned to saved line `line_id`."""
    wheel = contents.wheel
    arrangement = wheel.arrangement
    if line_id is not None:
        line = next((line for line in contents.lines if line.id == line_id), None)
        if line is None:
            raise ImageError(f"the network has no line with id {line_id}")
        arrangement = arrangement_for(model, line.reasoning_line)
    summary: dict[str, list[str]] = {}
    for entry in contents.core:
        summary.setdefault(entry.kind, []).append(entry.text)
    return WheelPicture(
        arrangement=arrangement,
        language=language,
        palette=palette,
        network_name=contents.network.name,
        core_summary=summary,
        stakeholder_names={g.key: g.name for g in contents.network.stakeholders},
        partial_focus=wheel.focus_ring or wheel.focus_stakeholder,
        notes=tuple((n.id, n.segment_key, n.text, n.colour) for n in contents.notes)
        if notes
        else (),
        beam=beam,
    )


def picture_scene(model: Model, picture: WheelPicture, text_labels: bool = False) -> WheelScene:
    """A scene showing `picture`, drawn without item caches (`text_labels`: labels as text)."""
    scene = WheelScene(model, picture.language, picture.palette)
    scene.set_network_name(picture.network_name)
    scene.set_core_summary(picture.core_summary)
    scene.set_stakeholder_names(picture.stakeholder_names)
    scene.set_arrangement(picture.arrangement, animate=False)
    scene.set_partial_focus(picture.partial_focus)
    scene.set_notes(picture.notes)
    for part in (scene.base, scene.core, scene.marks):
        part.show_beam = picture.beam
    for graphic in scene.items():
        graphic.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    scene.core.pixel_cache = False
    if text_labels:
        shaper = LabelShaper()  # the scene's font and reference size: the same placement
        for ring in model.rings:
            item = scene.rings[ring.key]
            labels = []
            for index, label in enumerate(item.labels):
                band = ArcBand(item.inner, item.outer, index * item.step, item.step)
                labels.append(
                    (
                        shaper.characters(label.fit, band, True),
                        shaper.characters(label.fit, band, False),
                    )
                )
            item.set_text_labels(labels, shaper.reference_font)
    return scene


def _render(scene: WheelScene, painter: QPainter, target: QRectF) -> None:
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing
        | QPainter.RenderHint.TextAntialiasing
        | QPainter.RenderHint.SmoothPixmapTransform
    )
    scene.render(painter, target, scene.sceneRect())


def render_png(model: Model, picture: WheelPicture, size: int) -> QImage:
    """The wheel as a square image of `size` pixels a side."""
    if not MIN_SIZE <= size <= MAX_SIZE:
        raise ImageError(f"an image is {MIN_SIZE} to {MAX_SIZE} pixels wide, not {size}")
    scene = picture_scene(model, picture)
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(picture.palette.background))
    painter = QPainter(image)
    try:
        _render(scene, painter, QRectF(0, 0, size, size))
    finally:
        painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # stub says bytes; runtime needs str
        raise ImageError("the image could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())


def svg_bytes(model: Model, picture: WheelPicture, title: str = "Netwerkimpact") -> bytes:
    """The wheel as SVG, made by Qt's SVG generator, its labels as text."""
    scene = picture_scene(model, picture, text_labels=True)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(SVG_SIZE, SVG_SIZE))
    generator.setViewBox(QRectF(0, 0, SVG_SIZE, SVG_SIZE))
    generator.setTitle(title)
    generator.setDescription(picture.network_name)
    painter = QPainter(generator)
    try:
        _render(scene, painter, QRectF(0, 0, SVG_SIZE, SVG_SIZE))
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data()).replace(b"</svg>", _whole_labels(model, scene) + b"</svg>", 1)


def _whole_labels(model: Model, scene: WheelScene) -> bytes:
    """Each ring label once more as one straight, invisible SVG text in the middle of its
    segment: Qt's generator writes the curved labels a character at a time, which nothing
    (Inkscape, PowerPoint, a screen reader, a search) can read as words; as in the PDF."""
    rect = scene.sceneRect()
    scale = SVG_SIZE / rect.width()
    texts = []
    for ring in model.rings:
        item = scene.rings[ring.key]
        for index, (segment, label) in enumerate(zip(ring.segments, item.labels, strict=True)):
            middle = item.mapToScene(point_at((item.inner + item.outer) / 2, index * item.step))
            x, y = (middle.x() - rect.left()) * scale, (middle.y() - rect.top()) * scale
            size = label.fit.size * scale
            angle = item.rotation() + index * item.step  # along the ring, upright
            turn = angle if reads_clockwise(angle) else angle - 180.0
            texts.append(
                f'<text x="{x:.1f}" y="{y + size * 0.35:.1f}" font-size="{size:.1f}" '
                f'text-anchor="middle" transform="rotate({turn:.1f} {x:.1f} {y:.1f})">'
                f"{escape(scene.label_text(segment.key))}</text>"
            )
    group = (
        '<g id="labels" font-family="DejaVu Sans" fill="#000000" fill-opacity="0" '
        'stroke="none">' + "".join(texts) + "</g>\n"
    )
    return group.encode("utf-8")


def image_kind(path: Path | str) -> str:
    """'png' or 'svg' from the file's extension."""
    suffix = Path(path).suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ImageError(f"{path}: an image is a .png or an .svg file")
    return suffix[1:]


def write_image(
    path: Path | str,
    model: Model,
    picture: WheelPicture,
    size: int = 2000,
    stores: tuple[Path, ...] | None = None,
) -> Path:
    """Write the picture to `path` as PNG (`size` pixels a side) or SVG, by its extension."""
    if image_kind(path) == "svg":
        data = svg_bytes(model, picture)
    else:
        data = png_bytes(render_png(model, picture, size))
    write_output(path, data, stores)
    return Path(path)
