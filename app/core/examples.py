"""The worked example networks that ship in `resources/examples/`, opened on request.

Each is an ordinary exchange file (see README, "Exchange format"), imported through the same
strict importer as any other, so an example can be changed and deleted like any network.
Facts from the article on the netwerkimpactmodel; the wording is ours.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.model import Language, Text
from app.core.resources import resource_path


@dataclass(frozen=True, slots=True)
class Example:
    """A shipped example: its file's stem in `resources/examples/` and its name in a menu."""

    key: str
    title: Text


EXAMPLES: tuple[Example, ...] = (
    Example(
        "lef-binnenkring",
        Text(
            nl="LEF binnenkring: lerarentekort, van buiten naar binnen",
            en="LEF inner circle: teacher shortage, outside in",
        ),
    ),
    Example(
        "samen-tegen-drugscriminaliteit",
        Text(
            nl="Samen tegen drugscriminaliteit: een directe en een preventieve lijn",
            en="Together against drug crime: a direct and a preventive line",
        ),
    ),
)


def example_file(key: str, language: Language = "nl") -> Path:
    """The exchange file of example `key`, in `language` where it ships in it, else Dutch."""
    if key not in {example.key for example in EXAMPLES}:
        raise KeyError(f"no example {key!r}")
    wanted = resource_path("examples", f"{key}.{language}.json")
    return wanted if wanted.is_file() else resource_path("examples", f"{key}.nl.json")
