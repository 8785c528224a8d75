"""Hatch build hook: compile the Dutch catalogue (resources/i18n/*.ts) into .qm files for the
wheel, so `pip install` gives a Dutch program even from a fresh checkout that never ran make.

The compiled files are made in a temporary folder and force-included next to the other
resources (`app/resources/i18n/` in the wheel); nothing is written into the source tree.
PySide6's own lrelease does the work (PySide6 is a build requirement for that reason).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _lrelease() -> list[str]:
    """The command that runs PySide6's lrelease in this (build) environment."""
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


class CustomBuildHook(BuildHookInterface):  # type: ignore[misc]  # hatchling ships no types
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        catalogues = sorted(Path(self.root, "resources", "i18n").glob("*.ts"))
        if not catalogues:
            raise RuntimeError("no translation catalogues in resources/i18n")
        self._folder = tempfile.TemporaryDirectory(prefix="netimpact-qm-")
        for catalogue in catalogues:
            compiled = Path(self._folder.name, catalogue.with_suffix(".qm").name)
            result = subprocess.run(
                [*_lrelease(), "-silent", str(catalogue), "-qm", str(compiled)],
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode != 0 or not compiled.is_file():
                raise RuntimeError(f"lrelease could not compile {catalogue}: {result.stderr}")
            build_data["force_include"][str(compiled)] = f"app/resources/i18n/{compiled.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        folder = getattr(self, "_folder", None)
        if folder is not None:
            folder.cleanup()
