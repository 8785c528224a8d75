"""How colours look to people with colour-vision deficiencies, and how far apart two colours are.

The simulation is Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for
Simulation of Color Vision Deficiency" (IEEE TVCG 15(6)), at severity 1.0: one 3x3 matrix
per deficiency, applied to linear RGB. The difference is CIEDE2000 (Sharma, Wu & Dalal 2005,
"The CIEDE2000 Color-Difference Formula: Implementation Notes"), on CIELAB under D65.
Pure Python: the palette tests and anything else may ask it, without Qt.
"""

from __future__ import annotations

import math
from enum import Enum

Rgb = tuple[float, float, float]  # linear RGB, 0..1


class Vision(Enum):
    TYPICAL = "typical"
    PROTANOPIA = "protanopia"  # no long-wave (red) cones
    DEUTERANOPIA = "deuteranopia"  # no medium-wave (green) cones
    TRITANOPIA = "tritanopia"  # no short-wave (blue) cones


# Machado et al. 2009, table of simulation matrices, severity 1.0 (linear RGB).
_MATRICES: dict[Vision, tuple[Rgb, Rgb, Rgb]] = {
    Vision.PROTANOPIA: (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    Vision.DEUTERANOPIA: (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    Vision.TRITANOPIA: (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _gamma(channel: float) -> float:
    channel = min(1.0, max(0.0, channel))
    return 12.92 * channel if channel <= 0.0031308 else 1.055 * channel ** (1 / 2.4) - 0.055


def linear_rgb(colour: str) -> Rgb:
    """The linear RGB of a `#rrggbb` colour."""
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return (_linear(red), _linear(green), _linear(blue))


def to_hex(rgb: Rgb) -> str:
    return "#" + "".join(f"{round(_gamma(channel) * 255):02x}" for channel in rgb)


def simulate(colour: str, vision: Vision) -> str:
    """How `colour` looks with `vision` (as a `#rrggbb` colour)."""
    if vision is Vision.TYPICAL:
        return colour.lower()
    rgb = linear_rgb(colour)
    rows = _MATRICES[vision]
    return to_hex(
        (
            sum(m * c for m, c in zip(rows[0], rgb, strict=True)),
            sum(m * c for m, c in zip(rows[1], rgb, strict=True)),
            sum(m * c for m, c in zip(rows[2], rgb, strict=True)),
        )
    )


def lab(colour: str) -> tuple[float, float, float]:
    """CIELAB (D65) of a `#rrggbb` colour."""
    red, green, blue = linear_rgb(colour)
    x = (0.4124564 * red + 0.3575761 * green + 0.1804375 * blue) / 0.95047
    y = 0.2126729 * red + 0.7151522 * green + 0.0721750 * blue
    z = (0.0193339 * red + 0.1191920 * green + 0.9503041 * blue) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def delta_e(first: str, second: str) -> float:
    """CIEDE2000 difference of two `#rrggbb` colours (about 1: just noticeable side by side)."""
    return delta_e_lab(lab(first), lab(second))


def delta_e_lab(first: tuple[float, float, float], second: tuple[float, float, float]) -> float:
    """CIEDE2000 difference of two CIELAB colours."""
    l1, a1, b1 = first
    l2, a2, b2 = second
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    c_mean = (c1 + c2) / 2
    g = 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dl = l2 - l1
    dc = c2p - c1p
    if c1p * c2p == 0:
        dh_angle = 0.0
    elif abs(h2p - h1p) <= 180:
        dh_angle = h2p - h1p
    elif h2p - h1p > 180:
        dh_angle = h2p - h1p - 360
    else:
        dh_angle = h2p - h1p + 360
    dh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh_angle / 2))
    l_mean = (l1 + l2) / 2
    cp_mean = (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    elif h1p + h2p < 360:
        h_mean = (h1p + h2p + 360) / 2
    else:
        h_mean = (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_mean - 30))
        + 0.24 * math.cos(math.radians(2 * h_mean))
        + 0.32 * math.cos(math.radians(3 * h_mean + 6))
        - 0.20 * math.cos(math.radians(4 * h_mean - 63))
    )
    d_theta = 30 * math.exp(-(((h_mean - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(cp_mean**7 / (cp_mean**7 + 25**7))
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    s_c = 1 + 0.045 * cp_mean
    s_h = 1 + 0.015 * cp_mean * t
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    return math.sqrt(
        (dl / s_l) ** 2 + (dc / s_c) ** 2 + (dh / s_h) ** 2 + r_t * (dc / s_c) * (dh / s_h)
    )
