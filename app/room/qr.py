"""The room's QR code as a matrix of dark modules (segno), drawn by whoever shows it."""

from __future__ import annotations

QUIET_ZONE = 4  # modules of light border the QR standard asks for around the code


def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """Rows of modules (True = dark), the quiet zone included.

    Error correction level M (15 %): a projector's glare or a low phone camera still reads it,
    and the code stays small enough to scan from the back of a room.
    """
    import segno  # with the first room, not at the program's start

    code = segno.make(text, error="m", micro=False, boost_error=False)
    return tuple(
        tuple(bool(module) for module in row)
        for row in code.matrix_iter(scale=1, border=QUIET_ZONE)
    )
