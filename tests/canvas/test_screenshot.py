"""Pictures of the wheel as a room would see it, written under pytest's tmp dir to look at."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from app.canvas import WheelView
from app.core.geometry import Arrangement
from app.core.wheel_layout import CALM, HIGH_CONTRAST


@pytest.mark.parametrize(
    ("name", "size", "palette", "turned"),
    [
        ("wheel-1920x1080", (1920, 1080), CALM, False),
        ("wheel-1024x768", (1024, 768), CALM, False),
        ("wheel-turned-1920x1080", (1920, 1080), CALM, True),
        ("wheel-high-contrast-1920x1080", (1920, 1080), HIGH_CONTRAST, True),
    ],
)
def test_screenshot(qtbot, tmp_path: Path, model, name, size, palette, turned) -> None:
    view = WheelView(model, "nl", palette)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    scene = view.wheel
    scene.set_network_name("Onderwijsnetwerk Holland Rijnland")
    parts = [part.key for part in model.core.segments]
    scene.set_core_summary(
        {parts[0]: ["mboRijnland", "Hogeschool Leiden", "gemeente Leiden"], parts[3]: ["Leerlab"]}
    )
    if turned:
        scene.set_stakeholder_names(
            {model.stakeholder_ring.segments[1].key: "Doelgroep: studenten van mboRijnland"}
        )
        scene.set_arrangement(Arrangement((1, 2, 3, 1)), animate=False)
        scene.select_ring(model.ring_keys[2])
        scene.set_locked(model.ring_keys[0], True)
        ring2 = scene.rings[model.ring_keys[1]]
        ring2.setRotation(ring2.rotation() + 20)  # caught mid-turn
    image = view.grab().toImage()
    path = tmp_path / f"{name}.png"
    assert image.save(str(path))
    print(path)
    width, height = size
    assert image.width() == width and image.height() == height
    axis = view.mapFromScene(0, 260)  # in the core, below its text
    assert QColor(image.pixel(axis)).name() == palette.core.fill
    top = QColor(image.pixel(width // 2, max(2, int(height * 0.012)))).name()
    assert top == palette.beam  # the focus pointer at 12 o'clock
