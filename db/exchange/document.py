"""What marks an exchange document: its format name, version, size limit and time stamps."""

from __future__ import annotations

from datetime import UTC, datetime

FORMAT = "netimpact-network"
VERSION = 3
READABLE_VERSIONS = (1, 2, 3)  # older files are upgraded on reading (see reader.upgrade)
MAX_BYTES = 32 * 1024 * 1024  # a network with thousands of lines stays far below this
# Time stamps outside these years are refused on import: the program never makes them, and a
# year like 9999 cannot be shown in a time zone east of UTC (datetime overflows).
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 12, 31, 23, 59, 59, tzinfo=UTC)


def timestamp(value: datetime) -> str:
    """A time as the format writes it: UTC, `YYYY-MM-DDTHH:MM:SSZ`."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_timestamp(text: str) -> datetime:
    """The time a `YYYY-MM-DDTHH:MM:SSZ` text stands for (raises `ValueError` if none)."""
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
