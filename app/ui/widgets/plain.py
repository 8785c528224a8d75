"""User and model text shown as it is written, wherever Qt would read markup into it."""

from __future__ import annotations


def literal_ampersands(text: str) -> str:
    """Menus, buttons, tabs and group-box titles read "&" as a shortcut marker; keep it visible.

    "Ontmoeting & bereik" must not become "Ontmoeting _bereik" with a B shortcut.
    """
    return text.replace("&", "&&")
