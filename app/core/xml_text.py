"""Text for XML files (IATI, Word): XML 1.0 cannot hold most control characters, which the
store keeps as typed (a pasted form feed, a stray escape); they are dropped on the way out."""

from __future__ import annotations

import re

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    """`text` without the characters an XML 1.0 file cannot contain."""
    return _NOT_XML.sub("", text)
