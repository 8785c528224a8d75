"""A team store on a PostgreSQL server: its address, its faults, checks, migrations and engine.

The server engine's counterpart of `db.engine` (the file engine). The same SQLAlchemy models
and the same Alembic migrations run here through psycopg 3; credentials come the way
PostgreSQL users expect them (libpq reads `PGPASSFILE`/`~/.pgpass`, `PGSERVICE` and
`pg_service.conf`, `sslmode` and every other parameter of the URL), and the program never keeps
a password (`without_password`).

A database that cannot be used raises one of the `StoreOpenError`s with one plain sentence,
whose `path` is the store's description ("server HOST / database NAME"): the server is down,
the login is refused, the database belongs to another program, its schema is newer than this
program, a statement ran past the timeout. A write the server undid in a deadlock (or a
serialization failure) is an `EditConflictError`: someone else took the same rows at once.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from db.addresses import is_server_target as is_server_target
from db.errors import (
    UNDONE,
    EditConflictError,
    InvalidValueError,
    NotAStoreError,
    ServerLoginError,
    ServerUnreachableError,
    StoreDamagedError,
    StoreError,
    StoreMigrationError,
    StoreOpenError,
    StoreReadOnlyError,
    StoreTimeoutError,
)
from db.revisions import HEAD_REVISION, KNOWN_REVISIONS

if TYPE_CHECKING:
    from db.check import StoreCheck

DRIVER = "postgresql+psycopg"
STATEMENT_TIMEOUT_MS = 30_000  # a statement waiting longer (on a lock, a busy server) stops
CONNECT_TIMEOUT_S = 10
# Two programs opening an empty or old database at once: one migrates, the other waits.
_MIGRATION_LOCK = 0x4E494D50


# --- addresses -------------------------------------------------------------------------------


def server_url(target: str) -> URL:
    """The SQLAlchemy URL for `target`, always with the psycopg 3 driver."""
    try:
        url = make_url(target)
    except ArgumentError:
        raise InvalidValueError(f"{target.split('@')[-1]!r} is not a server address") from None
    return url.set(drivername=DRIVER)


def without_password(target: str) -> str:
    """`target` with any password taken out: what may be remembered in the settings."""
    from db.addresses import without_password as taken_out

    return taken_out(server_url(target).render_as_string(hide_password=False))


def describe(url: URL) -> str:
    """The store's name for people: "server HOST / database NAME" (never a password)."""
    query = url.query
    host = url.host or _first(query.get("host")) or os.environ.get("PGHOST")
    service = _first(query.get("service")) or os.environ.get("PGSERVICE")
    database = url.database or _first(query.get("dbname")) or os.environ.get("PGDATABASE")
    where = host if host else (f"service {service}" if service else "localhost")
    if host and host.startswith("/"):
        where = f"localhost (socket {host})"
    name = database or (service if service else "") or url.username or "(default)"
    return f"server {where} / database {name}"


def _first(value: str | tuple[str, ...] | None) -> str | None:
    if isinstance(value, tuple):
        return value[0] if value else None
    return value


# --- faults ----------------------------------------------------------------------------------

_LOGIN_WORDS = (
    "password authentication failed",
    "no password supplied",
    "authentication failed",
    "role",  # `role "x" does not exist`
    "permission denied for database",
    "database",  # `database "x" does not exist`
    "pg_hba.conf",
)


def from_server_error(location: str, error: BaseException) -> StoreError | None:
    """The store exception for an error from the server or the driver, else None (a
    constraint, a programming error: those are raised as they are): a `StoreOpenError`, or
    `EditConflictError` for a write the server undid because another took the same rows at
    the same moment (on a connection that is still there)."""
    import psycopg
    from psycopg import errors as pg

    if isinstance(error, StoreError):
        return None
    connected = True
    if isinstance(error, DBAPIError):
        connected = not error.connection_invalidated
        error = error.orig if isinstance(error.orig, BaseException) else error
    if not isinstance(error, psycopg.Error):
        return None
    detail = str(error).strip()
    if isinstance(error, pg.QueryCanceled):
        return StoreTimeoutError(
            location,
            f"{location} took too long to answer (more than the statement timeout); "
            "nothing of it was saved: try again",
            detail,
        )
    if isinstance(error, pg.InsufficientPrivilege | pg.ReadOnlySqlTransaction):
        return StoreReadOnlyError(
            location, f"{location} is read-only for you: your role may only read it", detail
        )
    if isinstance(error, pg.InvalidPassword | pg.InvalidAuthorizationSpecification):
        return _login_refused(location, detail)
    if isinstance(error, pg.InvalidCatalogName):
        return _login_refused(location, detail)
    if isinstance(error, pg.UndefinedTable | pg.UndefinedColumn):
        return StoreDamagedError(location, f"{location} is damaged: {_first_line(detail)}", detail)
    if isinstance(error, pg.DeadlockDetected | pg.SerializationFailure) and connected:
        # The server undid this transaction because another wanted the same rows at the same
        # moment (psycopg files these under OperationalError, as it does a lost connection).
        # Nothing of it was written.
        return EditConflictError(UNDONE, None)
    if isinstance(error, psycopg.OperationalError):
        # At connecting libpq gives no SQLSTATE: its words say what it was.
        lowered = detail.lower()
        if "fatal" in lowered and any(word in lowered for word in _LOGIN_WORDS):
            return _login_refused(location, detail)
        return ServerUnreachableError(
            location,
            f"{location} cannot be reached: the server is down, the address is wrong "
            "or the connection was lost",
            detail,
        )
    return None


def _login_refused(location: str, detail: str) -> ServerLoginError:
    return ServerLoginError(
        location,
        f"{location} refused the login: a wrong password or user name, or no access to "
        f"this database ({_first_line(detail)})",
        detail,
    )


def _first_line(detail: str) -> str:
    for line in detail.splitlines():
        line = line.strip()
        if line:
            return line.removeprefix("connection failed: ")
    return detail


@contextlib.contextmanager
def server_faults(location: str) -> Iterator[None]:
    """Raise the specific store exception for any server or driver error in the block."""
    try:
        yield
    except DBAPIError as error:
        fault = from_server_error(location, error)
        if fault is None:
            raise
        raise fault from error
    except Exception as error:
        fault = from_server_error(location, error)
        if fault is None:
            raise
        raise fault from error


# --- connecting ------------------------------------------------------------------------------


def connect(url: URL, statement_timeout_ms: int = STATEMENT_TIMEOUT_MS) -> Engine:
    """An engine on the server: every connection with a statement timeout (a statement that
    waits longer is cancelled and raises `StoreTimeoutError`) and a connect timeout (unless
    the URL sets its own). A connection the server dropped fails its next transaction
    (`ServerUnreachableError`) and the pool starts afresh, so the one after reconnects."""
    connect_args: dict[str, Any] = {}
    if "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
    # Set at the login itself (no extra round trip), after any options of the URL's own.
    own = _first(url.query.get("options")) or ""
    connect_args["options"] = f"{own} -c statement_timeout={int(statement_timeout_ms)}".strip()
    engine = create_engine(url, connect_args=connect_args)

    return engine


# --- checks ----------------------------------------------------------------------------------


def inspect_database(connection: Connection, location: str) -> str | None:
    """The schema revision of the store in this database; None for an empty database (a new
    team store); a `StoreOpenError` saying why another database cannot be used."""
    columns = _columns(connection)
    tables = set(columns)
    if not tables:
        return None
    if tables == {"alembic_version"} and not connection.scalar(
        text("SELECT count(*) FROM alembic_version")
    ):
        return None  # migrated down to nothing: as empty
    if not {"alembic_version", "networks"} <= tables:
        raise NotAStoreError(
            location,
            f"{location} is a database of another program, not a Netwerkimpact store",
        )
    revisions = list(connection.scalars(text("SELECT version_num FROM alembic_version")))
    if len(revisions) != 1:
        raise StoreDamagedError(
            location, f"{location} is damaged: it has no single schema revision"
        )
    revision = str(revisions[0])
    if revision not in KNOWN_REVISIONS:
        from db.errors import StoreTooNewError

        raise StoreTooNewError(
            location,
            f"{location} was made by a newer version of Netwerkimpact (schema {revision}); "
            "this version cannot open it",
            revision,
        )
    missing = schema_problems(connection, columns) if revision == HEAD_REVISION else []
    if missing:
        raise StoreDamagedError(
            location, f"{location} is damaged: {missing[0]}", "; ".join(missing)
        )
    return revision


def may_write(connection: Connection) -> bool:
    """Whether this role may change the store (a reader role has only SELECT)."""
    return bool(
        connection.scalar(
            text(
                "SELECT has_table_privilege('networks', 'INSERT')"
                " AND has_table_privilege('networks', 'UPDATE')"
                " AND has_table_privilege('networks', 'DELETE')"
            )
        )
    )


def may_create(connection: Connection) -> bool:
    """Whether this role may create the store's tables in an empty database."""
    return bool(connection.scalar(text("SELECT has_schema_privilege(current_schema(), 'CREATE')")))


def _columns(connection: Connection) -> dict[str, set[str]]:
    """Each table of the current schema with its columns (one query)."""
    present: dict[str, set[str]] = {}
    for table_name, column_name in connection.execute(
        text(
            "SELECT c.relname, a.attname FROM pg_class c"
            " LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0"
            " AND NOT a.attisdropped"
            " WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'"
        )
    ):
        found = present.setdefault(str(table_name), set())
        if column_name is not None:
            found.add(str(column_name))
    return present


def schema_problems(
    connection: Connection, columns: dict[str, set[str]] | None = None
) -> list[str]:
    """What is missing from the database's tables compared with `db.schema`."""
    from db.schema import Base

    present = _columns(connection) if columns is None else columns
    problems = []
    for table in Base.metadata.sorted_tables:
        if table.name not in present:
            problems.append(f"the table {table.name} is missing")
            continue
        missing = sorted(c.name for c in table.columns if c.name not in present[table.name])
        if missing:
            problems.append(f"the table {table.name} lacks {', '.join(missing)}")
    return problems


def reference_problems(connection: Connection) -> list[str]:
    """Rows that refer to a missing row, and references the server does not enforce."""
    from db.schema import Base

    inspector = inspect(connection)
    problems = []
    for table in Base.metadata.sorted_tables:
        enforced = {
            (tuple(key["constrained_columns"]), key["referred_table"])
            for key in inspector.get_foreign_keys(table.name)
        }
        for key in table.foreign_key_constraints:
            columns = tuple(column.name for column in key.columns)
            parent = key.referred_table.name
            if (columns, parent) not in enforced:
                problems.append(f"the server does not enforce {table.name}.{columns[0]} → {parent}")
            child_column = columns[0]
            parent_column = key.elements[0].column.name
            orphans = connection.scalar(
                text(
                    f'SELECT count(*) FROM "{table.name}" c WHERE c."{child_column}" IS NOT NULL'
                    f' AND NOT EXISTS (SELECT 1 FROM "{parent}" p'
                    f' WHERE p."{parent_column}" = c."{child_column}")'
                )
            )
            if orphans:
                problems.append(f"a row of {table.name} refers to a missing {parent}")
    return problems


def check_server(target: str) -> StoreCheck:
    """Check a team store completely (its schema against the models, every reference); reads
    only, never creates or upgrades. A database that is no store raises its `StoreOpenError`."""
    from db.check import StoreCheck

    url = server_url(target)
    location = describe(url)
    engine = connect(url)
    try:
        with server_faults(location), engine.connect() as connection:
            try:
                revision = inspect_database(connection, location)
            except StoreDamagedError as error:
                return StoreCheck(location, None, None, (error.detail or str(error),))
            if revision is None:
                raise NotAStoreError(location, f"{location} is empty: there is no store in it yet")
            problems = schema_problems(connection) if revision == HEAD_REVISION else []
            if not problems:
                problems += reference_problems(connection)
            networks = None
            if not problems:
                networks = int(connection.scalar(text("SELECT count(*) FROM networks")) or 0)
            return StoreCheck(location, revision, networks, tuple(problems))
    finally:
        engine.dispose()


# --- migrating -------------------------------------------------------------------------------


def migrate(engine: Engine, location: str, writable: bool) -> str | None:
    """Bring the database to the head revision (from empty: the whole schema) in one
    transaction, one program at a time; returns the revision it had (None: empty)."""
    from alembic import command
    from alembic.config import Config

    with server_faults(location), engine.connect() as connection:
        revision = inspect_database(connection, location)
        if revision == HEAD_REVISION:
            return revision
        allowed = may_create(connection) if revision is None else may_write(connection)
        if not writable or not allowed:
            what = "is empty" if revision is None else "needs an upgrade of its schema"
            raise StoreReadOnlyError(
                location,
                f"{location} {what}, but your role may not change it: ask whoever looks "
                "after the server",
            )
        connection.rollback()
        config = Config()
        from db.engine import MIGRATIONS_DIR

        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        try:
            with connection.begin():
                connection.execute(text(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})"))
                # Another program may have migrated it while this one waited.
                revision = inspect_database(connection, location)
                if revision != HEAD_REVISION:
                    config.attributes["connection"] = connection
                    command.upgrade(config, "head")
        except StoreError:
            raise
        except DBAPIError as error:
            fault = from_server_error(location, error)
            if isinstance(fault, StoreOpenError) and not isinstance(fault, StoreDamagedError):
                raise fault from error
            raise StoreMigrationError(  # a deadlock too: the upgrade was undone as a whole
                location,
                f"upgrading {location} failed ({_first_line(str(error.orig))}); it is unchanged",
                revision or "empty",
                None,
                str(error),
            ) from error
        return revision
