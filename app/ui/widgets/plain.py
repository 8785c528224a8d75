"""User and model text shown as it is written, wherever Qt would read markup into it."""

from __future__ import annotations

import html


def literal_ampersands(text: str) -> str:
    """Menus, buttons, tabs and group-box titles read "&" as a shortcut marker; keep it visible.

    "Ontmoeting & bereik" must not become "Ontmoeting _bereik" with a B shortcut.
    """
    return text.replace("&", "&&")


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as typed: Qt reads a tooltip that looks like markup as
    markup ("<b>" in a description would turn bold), so the text goes in escaped, as a
    paragraph (which also lets a long text wrap)."""
    return f"<p>{html.escape(text)}</p>"
