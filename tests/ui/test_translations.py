"""Every interface string has a Dutch translation, and the compiled catalogue loads."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DUTCH = ROOT / "resources" / "i18n" / "netimpact_nl.ts"


def _lupdate() -> Path:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    if not tool.exists():
        pytest.fail("pyside6-lupdate is missing from the virtual environment")
    return tool


def _sources() -> list[str]:
    return sorted(str(path) for path in (ROOT / "app").rglob("*.py"))


@pytest.mark.slow
def test_every_interface_string_has_a_dutch_translation(tmp_path: Path) -> None:
    # Extract afresh from the code into a copy of the catalogue: a string added to the code
    # without a translation shows up as unfinished here.
    catalogue = tmp_path / "netimpact_nl.ts"
    shutil.copy(DUTCH, catalogue)
    subprocess.run(
        [str(_lupdate()), *_sources(), "-ts", str(catalogue), "-no-obsolete", "-locations", "none"],
        check=True,
        capture_output=True,
    )
    missing = []
    count = 0
    for context in ElementTree.parse(catalogue).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            translation = message.find("translation")
            forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") == "unfinished" or not all(f and f.strip() for f in forms):
                missing.append(f"{name}: {message.findtext('source')!r}")
    assert count > 0, "no interface strings were found: is lupdate reading the sources?"
    assert not missing, "strings without a Dutch translation (run `make ts`, then translate):\n" + (
        "\n".join(missing)
    )


def test_no_translation_wrapper_hides_strings_from_lupdate() -> None:
    # lupdate only sees literal tr("…") and translate("Context", "…") calls; a helper such as
    # `def _tr(text): return translate("X", text)` would let untranslated strings through.
    pattern = re.compile(r"^\s*def _?tr\(", re.MULTILINE)
    wrappers = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "app").rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert not wrappers, f"translation wrappers found in {wrappers}"


def test_the_compiled_dutch_catalogue_translates(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from app.ui.control.i18n import LanguageSwitcher

    switcher = LanguageSwitcher(qapp)
    switcher.use("nl")
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Bestand"
    finally:
        switcher.use("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
