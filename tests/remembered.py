"""A store with one network ("Start") that the program's settings remember as the network
left last: the state a next start of the program finds. Made in a child process, so the
settings go where the child's environment (HOME, XDG_CONFIG_HOME) says."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

_REMEMBER = (
    "import sys\n"
    "from PySide6.QtCore import QCoreApplication\n"
    "from app.ui.control.settings import Settings\n"
    "from db.store import Store\n"
    "qt = QCoreApplication([])\n"
    "qt.setApplicationName('Netwerkimpact'); qt.setOrganizationName('Netwerkimpact')\n"
    "with Store.open(sys.argv[1]) as store:\n"
    "    network = store.networks.create_network('Start')\n"
    "settings = Settings(); settings.remember_network(network.id); settings.sync()\n"
)


def remember_a_network(store: Path, env: Mapping[str, str]) -> None:
    """Make the store (a new one: at the head revision, with Alembic) and its network."""
    subprocess.run([sys.executable, "-c", _REMEMBER, str(store)], env=dict(env), check=True)
