"""`netimpact image --network NAME [--line ID] -o wheel.png|svg`, offscreen."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtGui import QImage

from app.cli import main
from app.core.examples import example_file
from db import Store


def test_png_and_svg_from_the_command_line(qapp, tmp_path, monkeypatch, capsys) -> None:
    path = tmp_path / "store.sqlite"
    monkeypatch.setenv("NETIMPACT_DB", str(path))
    with Store.open(path) as store:
        network = store.networks.import_file(example_file("samen-tegen-drugscriminaliteit"))
        preventive = store.networks.load_network(network.id).lines[1].id
    png = tmp_path / "wheel.png"
    arguments = ["image", "--network", network.name, "--size", "500", "--no-beam"]
    assert main([*arguments, "--line", str(preventive), "-o", str(png)]) == 0
    assert QImage(str(png)).width() == 500
    svg = tmp_path / "wheel.svg"
    assert main(["image", "--network", str(network.id), "--no-notes", "-o", str(svg)]) == 0
    ET.parse(svg)
    assert main(["image", "--network", network.name, "-o", str(tmp_path / "w.gif")]) == 1
    assert main(["image", "--network", network.name, "--line", "77", "-o", str(png)]) == 1
    error = capsys.readouterr().err
    assert "Traceback" not in error and "no line with id 77" in error
