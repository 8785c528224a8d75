"""Which receivers run: the program's functions that Qt called (a signal's slots, event
handlers, lambdas connected to signals), told apart from the calls the program makes itself.

A profile hook sees every call into Qt (a `c_call` of a PySide6 function: `emit`, `setText`,
`QTest.keyClick`, …). A function of the program (app/, db/) entered while the frame that
called into Qt is still inside that call was called back by Qt: it is a receiver. Calls the
program makes itself, a callback it calls through a variable among them, are not."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, SignalInstance
from shiboken6 import Shiboken

ROOT = Path(__file__).resolve().parents[2]
OURS = (str(ROOT / "app"), str(ROOT / "db"))


def _is_qt(function: Any) -> bool:
    """Whether a C function called from Python is one of PySide6's (Qt's)."""
    owner = getattr(function, "__self__", None)
    if owner is None:  # a static method (QTest.keyClick) names its class in its repr only
        return "Shiboken" in repr(function)
    if isinstance(owner, type):
        return issubclass(owner, Shiboken.Object)
    return isinstance(owner, (Shiboken.Object, SignalInstance))


def _name(frame: FrameType) -> str:
    """'Class.method' for a method (of the object's own class), else the qualified name."""
    code = frame.f_code
    owner = frame.f_locals.get("self") if code.co_argcount else None
    if owner is not None and code.co_varnames[0] == "self" and code.co_name != "<lambda>":
        return f"{type(owner).__name__}.{code.co_name}"
    return code.co_qualname


class Trace(NamedTuple):
    receivers: list[str]  # in the order they first ran
    ran: set[str]  # every function of the program that ran ('Class.method' or qualified)


def receivers(action: Callable[[], object], only_qobjects: bool = True) -> Trace:
    """The receivers that ran during `action` (with `only_qobjects`, methods of QObjects and
    lambdas: what listens to signals and events), and every function of ours that ran."""
    ran: dict[str, None] = {}
    every: set[str] = set()
    in_qt: dict[int, int] = {}  # id(frame) -> calls into Qt it is inside

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        if event == "c_call" and _is_qt(arg):
            in_qt[id(frame)] = in_qt.get(id(frame), 0) + 1
        elif event in ("c_return", "c_exception") and _is_qt(arg):
            count = in_qt.get(id(frame), 0) - 1
            if count > 0:
                in_qt[id(frame)] = count
            else:
                in_qt.pop(id(frame), None)
        elif event == "call" and frame.f_code.co_filename.startswith(OURS):
            every.add(frame.f_code.co_qualname)
            caller = frame.f_back
            if caller is None or id(caller) not in in_qt:
                return
            owner = frame.f_locals.get("self") if frame.f_code.co_argcount else None
            lambda_ = frame.f_code.co_name == "<lambda>"
            if only_qobjects and not lambda_ and not isinstance(owner, QObject):
                return
            ran.setdefault(_name(frame), None)

    sys.setprofile(profile)
    try:
        action()
    finally:
        sys.setprofile(None)
    return Trace(list(ran), every)
