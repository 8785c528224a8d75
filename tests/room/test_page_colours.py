"""The phone page's colours meet WCAG in the normal scheme and in the phone's "more contrast"
setting (prefers-contrast: more): text 4.5:1, input borders and the chosen segment's mark 3:1,
and every segment chip's text on its ring colour."""

from __future__ import annotations

import re

import pytest

from app.core.wheel_layout import CALM, contrast_ratio
from app.room.page import BASE_CSS


def rules(css: str) -> dict[str, dict[str, str]]:
    """Selector -> declarations of a flat stylesheet (no nesting)."""
    found: dict[str, dict[str, str]] = {}
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        declarations = found.setdefault(selector.strip(), {})
        for declaration in body.split(";"):
            if ":" in declaration:
                name, value = declaration.split(":", 1)
                declarations[name.strip()] = value.strip()
    return found


def schemes() -> dict[str, dict[str, dict[str, str]]]:
    normal, _, more = BASE_CSS.partition("@media (prefers-contrast:more){")
    assert more, "the page has a high-contrast scheme"
    base = rules(normal)
    contrast = {selector: dict(values) for selector, values in base.items()}
    for selector, values in rules(more.rsplit("}", 1)[0]).items():
        contrast.setdefault(selector, {}).update(values)
    return {"normal": base, "more contrast": contrast}


def colour_in(value: str) -> str:
    match = re.search(r"#[0-9a-fA-F]{3,6}\b", value)
    assert match, value
    found = match.group(0)
    if len(found) == 4:
        found = "#" + "".join(c * 2 for c in found[1:])
    return found.lower()


@pytest.mark.parametrize("scheme", ["normal", "more contrast"])
def test_texts_and_boundaries_meet_wcag(scheme: str) -> None:
    css = schemes()[scheme]
    page = colour_in(css["body"]["background"])
    text = colour_in(css["body"]["color"])
    assert contrast_ratio(text, page) >= 4.5
    field = colour_in(css["input[type=text],textarea"]["background"])
    field_text = colour_in(css["input[type=text],textarea"]["color"])
    border = colour_in(
        css["input[type=text],textarea"].get("border-color")
        or css["input[type=text],textarea"]["border"]
    )
    assert contrast_ratio(field_text, field) >= 4.5
    assert contrast_ratio(border, page) >= 3.0  # where the field is, on the page
    assert contrast_ratio(border, field) >= 3.0
    chosen = colour_in(css[".chip:has(input:checked)"]["border-color"])
    assert contrast_ratio(chosen, page) >= 3.0  # the chosen segment's ring, on the page
    button = css["button"]
    assert contrast_ratio(colour_in(button["color"]), colour_in(button["background"])) >= 4.5
    ask = css[".ask"]
    assert contrast_ratio(colour_in(ask.get("border-left-color") or ask["border-left"]), page) >= 3
    for notice in (".ok", ".bad"):
        assert contrast_ratio(text, colour_in(css[notice]["background"])) >= 4.5


def test_segment_chips_read_on_their_ring_colours() -> None:
    # The chips take the ring colours of the wheel's calm palette; their small captions too,
    # at full strength (no faded text).
    for ring in (CALM.core, *CALM.rings):
        for fill in (ring.fill, ring.fill_alternate):
            assert contrast_ratio(ring.text, fill) >= 4.5
    assert "opacity" not in rules(BASE_CSS).get(".chip small", {})
