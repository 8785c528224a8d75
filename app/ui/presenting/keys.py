"""The keys of the wheel and of presentation mode, as the help, the About box and the
presenter's console list them, and the saved line the N and P keys turn to."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.records import Line

translate = QCoreApplication.translate


def key_help() -> list[tuple[str, str]]:
    """The keys of the wheel and of presentation mode, for the help: (keys, what they do)."""
    return [
        (
            translate("Presentation", "F5 or F11"),
            translate("Presentation", "Start presentation mode (full screen)"),
        ),
        (translate("Presentation", "Esc"), translate("Presentation", "Leave presentation mode")),
        (
            translate("Presentation", "PageDown, →"),
            translate("Presentation", "Turn the selected ring one segment clockwise"),
        ),
        (
            translate("Presentation", "PageUp, ←"),
            translate("Presentation", "Turn the selected ring one segment anticlockwise"),
        ),
        (
            translate("Presentation", "1, 2, 3, 4"),
            translate("Presentation", "Select a ring, from the inside out"),
        ),
        (
            translate("Presentation", "Tab"),
            translate("Presentation", "Select the next ring"),
        ),
        (
            translate("Presentation", "Shift+Tab"),
            translate("Presentation", "Select the previous ring"),
        ),
        (
            translate("Presentation", "S, Ctrl+S"),
            translate("Presentation", "Save the active reasoning line"),
        ),
        (
            translate("Presentation", "B, ."),
            translate(
                "Presentation", "Black screen on the projector, and back (a clicker's “blank” key)"
            ),
        ),
        (
            translate("Presentation", "W, C, Q"),
            translate(
                "Presentation",
                "Show the wheel only, the chain only, the room's QR code; again: both",
            ),
        ),
        (
            translate("Presentation", "T"),
            translate("Presentation", "Check the projector: contrast steps, smallest label"),
        ),
        (
            translate("Presentation", "N, P"),
            translate("Presentation", "Turn to the next or previous saved line"),
        ),
        (
            translate("Presentation", "H"),
            translate("Presentation", "High contrast on or off (for a washed-out projector)"),
        ),
        (
            translate("Presentation", "R"),
            translate("Presentation", "Open or close the room (phones send post-its)"),
        ),
        (
            translate("Presentation", "F9"),
            translate("Presentation", "Show or hide the side panel (main window)"),
        ),
        (
            translate("Presentation", "Mouse, finger"),
            translate("Presentation", "Drag or flick a ring to turn it; it stops on a segment"),
        ),
    ]


def keyboard_help() -> list[tuple[str, str]]:
    """The keys for working without a mouse in the main window and its dialogs (help, keys)."""
    return [
        (
            translate("KeyboardHelp", "Tab, Shift+Tab"),
            translate(
                "KeyboardHelp", "Next or previous field; on the wheel, first its rings one by one"
            ),
        ),
        (
            translate("KeyboardHelp", "← →"),
            translate(
                "KeyboardHelp",
                "On a row of tabs (the side panel, the wheel or the wall): choose the page",
            ),
        ),
        (
            translate("KeyboardHelp", "↑ ↓"),
            translate(
                "KeyboardHelp",
                "In a list or a tree: choose an item; in the post-its beside the wheel: the next",
            ),
        ),
        (
            translate("KeyboardHelp", "Space"),
            translate("KeyboardHelp", "Press the button or tick the box that has the focus"),
        ),
        (
            translate("KeyboardHelp", "Enter"),
            translate("KeyboardHelp", "In a dialog: OK; in the room's queue: accept the post-it"),
        ),
        (
            translate("KeyboardHelp", "Esc"),
            translate("KeyboardHelp", "Close a dialog without changing anything"),
        ),
        (
            translate("KeyboardHelp", "Alt, F10"),
            translate("KeyboardHelp", "Open the menu bar (then the arrow keys and Enter)"),
        ),
        (
            translate("KeyboardHelp", "Ctrl+N, Ctrl+O"),
            translate("KeyboardHelp", "New network, open a network"),
        ),
        (translate("KeyboardHelp", "Ctrl+Z, Ctrl+Y"), translate("KeyboardHelp", "Undo, redo")),
        (translate("KeyboardHelp", "Ctrl+P"), translate("KeyboardHelp", "Poster or report as PDF")),
        (translate("KeyboardHelp", "Ctrl+R"), translate("KeyboardHelp", "Open or close the room")),
        (translate("KeyboardHelp", "F1"), translate("KeyboardHelp", "Help")),
        (
            translate("KeyboardHelp", "Screen reader"),
            translate(
                "KeyboardHelp",
                "The wheel lists its rings, segments, locks, the line at 12 o'clock and the "
                "post-its; a ring's actions turn it, and a new line is read out",
            ),
        ),
    ]


def neighbour_line(
    lines: tuple[Line, ...] | list[Line], current: int | None, step: int
) -> Line | None:
    """The saved line `step` (+1 next, -1 previous) from line `current`, in the store's order;
    from no line, the first (next) or the last (previous). None when there is none."""
    if not lines:
        return None
    ids = [line.id for line in lines]
    if current not in ids:
        return lines[0] if step > 0 else lines[-1]
    position = ids.index(current) + step
    return lines[position] if 0 <= position < len(lines) else None
