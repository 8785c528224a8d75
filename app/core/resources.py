"""Where the shipped resources (model file, fonts, translations, icons) live."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` folder: in a PyInstaller bundle, an installed wheel or the source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = []
    if bundle:
        candidates.append(Path(bundle) / "resources")
    package_dir = Path(__file__).resolve().parent.parent
    candidates.append(package_dir / "resources")  # wheel: force-included as app/resources
    candidates.append(package_dir.parent / "resources")  # source tree / editable install
    for candidate in candidates:
        if (candidate / "model.json").is_file():
            return candidate
    raise FileNotFoundError(
        "The resources folder (with model.json) was not found; looked in: "
        + ", ".join(str(c) for c in candidates)
    )


def resource_path(*parts: str) -> Path:
    """A file below `resources/`."""
    return resources_dir().joinpath(*parts)
