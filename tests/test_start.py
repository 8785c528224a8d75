"""A quick start: what the window does not need at start loads when first used, and the
`netimpact` entry loads the program with the cycle collector paused and running again after.

Each check runs in a fresh interpreter, where nothing was imported before it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.remembered import remember_a_network

ROOT = Path(__file__).resolve().parents[1]
# Loaded by the first export, poster, room or migration; never by opening the window.
LATER = (
    "aiohttp",
    "alembic",
    "psutil",
    "reportlab",
    "segno",
    "xlsxwriter",
    "app.poster",
    "app.room.server",
    "app.room.addresses",
    "db.table_files",
    "app.ui.dialogs.settings_dialog",
    "app.ui.presenting.presentation",
    "app.ui.shell.about_dialog",
    "app.ui.shell.help_window",
)


def _environment(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / ".config"),
        "NETIMPACT_DB": str(tmp_path / "store.sqlite"),
    }


def _python(code: str, tmp_path: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.slow
def test_what_is_loaded_later_exists(tmp_path: Path) -> None:
    """(A module renamed away would pass the checks below without being looked for.)"""
    code = (
        "import importlib.util\n"
        f"print([name for name in {LATER!r} if importlib.util.find_spec(name) is None])\n"
    )
    assert _python(code, tmp_path).strip() == "[]"


@pytest.mark.slow
def test_the_window_and_its_panels_load_without_what_they_use_later(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "import app.cli, app.ui.shell.application, app.ui.shell.main_window\n"
        f"print(sorted(name for name in {LATER!r} if name in sys.modules))\n"
    )
    assert _python(code, tmp_path).strip() == "[]"


@pytest.mark.slow
def test_a_window_showing_a_network_of_a_store_at_head_has_not_loaded_them(
    tmp_path: Path,
) -> None:
    remember_a_network(tmp_path / "store.sqlite", _environment(tmp_path))
    show = (
        "import os, sys\n"
        "from app.ui.control.i18n import LanguageSwitcher\n"
        "from app.ui.control.settings import Settings\n"
        "from app.ui.shell.application import application, build_window\n"
        "from db.store import Store\n"
        "qt = application()\n"
        "with Store.open(os.environ['NETIMPACT_DB']) as store:\n"
        "    window = build_window(store, Settings(), LanguageSwitcher(qt))\n"
        "    window.show()\n"
        "    qt.processEvents()\n"
        "    print(window.workshop.contents.network.name)\n"
        f"    print(sorted(name for name in {LATER!r} if name in sys.modules))\n"
        "    window.close()\n"
    )
    assert _python(show, tmp_path).splitlines() == ["Start", "[]"]


@pytest.mark.slow
def test_the_entry_runs_the_command_with_the_collector_running_again(tmp_path: Path) -> None:
    code = (
        "import gc\n"
        "from app.__main__ import main\n"
        "code = main(['list'])\n"
        "print(code, gc.isenabled(), gc.get_freeze_count() > 10_000)\n"
    )
    printed = _python(code, tmp_path).splitlines()
    assert printed[0].startswith("No networks in ")
    assert printed[-1] == "0 True True"


def test_every_subcommand_names_a_function_that_exists() -> None:
    """(The subcommands' modules load when they run; a renamed function would fail only then.)"""
    from app.cli import HANDLERS, _handler
    from app.cli.parser import parser

    (subcommands,) = [
        action for action in parser()._actions if isinstance(action, argparse._SubParsersAction)
    ]
    commands = subcommands.choices
    assert set(commands) | {None} == set(HANDLERS)
    for command in HANDLERS:
        assert callable(_handler(command))


@pytest.mark.slow
def test_the_collector_runs_again_after_a_command_that_loads_nothing(tmp_path: Path) -> None:
    code = (
        "import gc\n"
        "from app.__main__ import main\n"
        "try:\n"
        "    main(['--version'])\n"
        "except SystemExit as done:\n"
        "    print(done.code, gc.isenabled())\n"
    )
    assert _python(code, tmp_path).splitlines()[-1] == "0 True"
