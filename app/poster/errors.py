"""What can go wrong while making a poster or a report."""

from __future__ import annotations


class PosterError(Exception):
    """A poster or report could not be made; the message says why, for people."""


class FontMissingError(PosterError):
    """A shipped font file is missing or unreadable (a damaged installation)."""


class PosterWriteError(PosterError):
    """The PDF could not be written to the chosen file."""


class LineNotFoundError(PosterError):
    """The network has no reasoning line with the requested id."""
