"""Whether a store is named by a file path or by a PostgreSQL server's URL.

Plain Python (no SQLAlchemy), so the command line and the window's first paint can tell the
two apart before the store layer loads (`db.loading`).
"""

from __future__ import annotations

from pathlib import Path

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def is_server_target(target: object) -> bool:
    """Whether `target` (what `Store.open` or `--db` was given) names a server, not a file."""
    if not isinstance(target, str) or "://" not in target:
        return False
    return target.split("://", 1)[0].lower() in SCHEMES


def store_target(chosen: str) -> Path | str:
    """`--db` or `NETIMPACT_DB` as given: a server's URL as it is, else a file's path."""
    return chosen if is_server_target(chosen) else Path(chosen)


def without_password(address: str) -> str:
    """`address` with any password taken out of it (what may be remembered in settings):
    `postgresql://anna:secret@host/db` becomes `postgresql://anna@host/db`, and a
    `password=` among its parameters goes too."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    parts = urlsplit(address)
    netloc = parts.netloc
    if "@" in netloc:
        who, where = netloc.rsplit("@", 1)
        netloc = f"{who.split(':', 1)[0]}@{where}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "password"]
    return urlunsplit((parts.scheme, netloc, parts.path, urlencode(query, safe="/"), ""))
