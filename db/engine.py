"""The store file: where it lives, how it is checked, created, migrated and connected to.

Nothing here writes to an existing file before it has passed every check: a file that is empty,
not SQLite, damaged, another program's database or from a newer Netwerkimpact raises a specific
`StoreOpenError` and stays byte-for-byte as it was.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection

from db import faults
from db.backups import PRIVATE_FILE, make_backup
from db.errors import (
    EmptyStoreFileError,
    NotAStoreError,
    StoreBackupError,
    StoreDamagedError,
    StoreMigrationError,
    StoreOpenError,
    StoreTooNewError,
    StoreUnavailableError,
)
from db.files import default_store_path as default_store_path
from db.files import is_open_store, sync_folder
from db.files import reading_uri as read_only_uri
from db.locks import LockWatch
from db.revisions import APPLICATION_ID as APPLICATION_ID
from db.revisions import HEAD_REVISION as HEAD_REVISION
from db.revisions import KNOWN_REVISIONS as KNOWN_REVISIONS
from db.schema_check import schema_problems

BUSY_TIMEOUT_MS = 10_000
PRIVATE_FOLDER = 0o700  # a folder the program creates for a store
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

_SQLITE_MAGIC = b"SQLite format 3\x00"


# --- checks ----------------------------------------------------------------------------------


def inspect_store(path: Path, read_only: bool = False) -> str:
    """The schema revision of an existing store, or a `StoreOpenError` saying why it is unusable.

    `read_only`: the store's disk or folder cannot be written, so SQLite opens it without
    a `-shm` (see `read_only_uri`).
    """
    with faults.store_faults(path):
        if not path.is_file():
            raise NotAStoreError(path, f"{path} is not a file (a folder or a device?)")
        if is_open_store(path):
            # Open in this process already, so checked at its opening; reading its header with
            # Python now would close a descriptor on it and drop SQLite's locks (db.locks).
            return _inspect_with_sqlite(path, read_only)
        size = path.stat().st_size
        if size == 0:
            raise EmptyStoreFileError(
                path, f"{path} is empty (0 bytes): it holds no store and was left untouched"
            )
        with path.open("rb") as file:  # never the open store (see above)
            header = file.read(100)
    if not header.startswith(_SQLITE_MAGIC):
        raise NotAStoreError(path, f"{path} is not a Netwerkimpact store: {_describe(header)}")
    if len(header) < 100:
        raise StoreDamagedError(path, f"{path} is damaged: it is cut off after {size} bytes")
    _check_length(path, header, size)
    return _inspect_with_sqlite(path, read_only)


def _inspect_with_sqlite(path: Path, read_only: bool) -> str:
    if Path(f"{path}-wal").exists() and not is_open_store(path):
        # A read-write connection would replay the -wal into the file and delete it when it
        # closes, before we know whether the store is damaged (issue 27): look first without
        # writing, the whole store (file and -wal) as SQLite will see it.
        revision = _inspect_without_writing(path)
        if not read_only:
            _recover(path)  # healthy: now SQLite may fold the log in, as any opening would
        return revision
    uri = read_only_uri(path) if read_only else f"{path.as_uri()}?mode=rw"
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        raise _fault(path, error) from error
    try:
        return _inspect_contents(path, connection)
    except sqlite3.Error as error:
        raise _fault(path, error) from error
    finally:
        connection.close()


def _inspect_without_writing(path: Path) -> str:
    """Inspect a store that has a `-wal` without changing either file (see
    `connection_without_writing`)."""
    with connection_without_writing(path) as connection:
        if connection is not None:
            try:
                return _inspect_contents(path, connection)
            except sqlite3.Error as error:
                raise _fault(path, error) from error
    return _inspect_with_sqlite(path, read_only=False)  # its -wal went meanwhile


@contextlib.contextmanager
def connection_without_writing(path: Path) -> Iterator[sqlite3.Connection | None]:
    """A connection that reads the store at `path`, `-wal` and all, and changes no file;
    None when its `-wal` went meanwhile (another program opened and closed the store).

    With a whole `-shm` it may be open in another program: a read-only connection reads the
    log through the shared index and cannot checkpoint it into the file. Without one nobody
    has it open (the last one to close removes it, a crash leaves the `-wal` alone): the two
    files are copied into a private folder and the copy is read, for even a read-only
    connection would create a `-shm` to recover the log. Never for a store open here.
    """
    if not Path(f"{path}-wal").exists():
        uri: str | None = read_only_uri(path)
    elif _live_index(Path(f"{path}-shm")):
        uri = f"{path.as_uri()}?mode=ro"
    else:
        uri = None
    if uri is not None:
        try:
            connection = sqlite3.connect(uri, uri=True)
        except sqlite3.Error as error:
            raise _fault(path, error) from error
        try:
            yield connection
        finally:
            connection.close()
        return
    with tempfile.TemporaryDirectory(prefix="netimpact-inspect-") as folder:
        copy = Path(folder) / "store.sqlite"
        try:
            shutil.copyfile(path, copy)  # never the open store: is_open_store came first
            shutil.copyfile(f"{path}-wal", f"{copy}-wal")
        except FileNotFoundError:
            yield None
            return
        except OSError as error:
            raise faults.from_os_error(path, error) from error
        try:
            connection = sqlite3.connect(copy)
        except sqlite3.Error as error:
            raise _fault(path, error) from error
        try:
            yield connection
        finally:
            connection.close()


def _recover(path: Path) -> None:
    """Let SQLite recover a healthy store's `-wal` (and, as the last to close, checkpoint it
    into the file), as the read-write inspection did before issue 27: a log left by a killed
    writer does not grow from one crash to the next."""
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True)
    except sqlite3.Error as error:
        raise _fault(path, error) from error
    try:
        connection.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error as error:
        raise _fault(path, error) from error
    finally:
        connection.close()


def _live_index(shm: Path) -> bool:
    """Whether `shm` can be a live WAL index (at least one 32 KB region): one cut off by a
    full disk cannot, and a read-only connection could not use it."""
    try:
        return shm.stat().st_size >= 32 * 1024
    except OSError:
        return False


def _fault(path: Path, error: sqlite3.Error) -> StoreOpenError:
    fault = faults.from_sqlite_error(path, error)
    return fault or StoreDamagedError(path, f"{path} is damaged: {error}", str(error))


def _describe(header: bytes) -> str:
    try:
        header.decode("utf-8")
    except UnicodeDecodeError:
        return "it is not an SQLite database"
    return "it is a text file"


def _check_length(path: Path, header: bytes, size: int) -> None:
    """A file shorter than the page count in its header was cut off (a failed copy, a full disk)."""
    if Path(f"{path}-wal").exists():
        return  # pages may still be in the write-ahead log; SQLite recovers them itself
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    header_count_valid = header[92:96] == header[24:28]
    if page_size < 512 or (header_count_valid and size < page_size * page_count):
        raise StoreDamagedError(
            path,
            f"{path} is damaged: it is cut off ({size:,} bytes of {page_size * page_count:,})",
        )
    if size % page_size:
        raise StoreDamagedError(path, f"{path} is damaged: it ends in the middle of a page")


def _inspect_contents(path: Path, connection: sqlite3.Connection) -> str:
    problems = [row[0] for row in connection.execute("PRAGMA quick_check(3)")]
    if problems != ["ok"]:
        raise StoreDamagedError(path, f"{path} is damaged: {problems[0]}")
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    ours = application_id == APPLICATION_ID or (
        application_id == 0 and {"alembic_version", "networks"} <= tables
    )
    if not ours:
        raise NotAStoreError(
            path, f"{path} is an SQLite database of another program, not a Netwerkimpact store"
        )
    if "alembic_version" not in tables:
        raise StoreDamagedError(path, f"{path} is damaged: its schema revision is missing")
    revisions = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
    if len(revisions) != 1:
        raise StoreDamagedError(path, f"{path} is damaged: it has no single schema revision")
    revision = revisions[0]
    if revision not in KNOWN_REVISIONS:
        raise StoreTooNewError(
            path,
            f"{path} was made by a newer version of Netwerkimpact (schema {revision}); "
            "this version cannot open it",
            revision,
        )
    missing = schema_problems(connection) if revision == HEAD_REVISION else []
    if missing:
        raise StoreDamagedError(path, f"{path} is damaged: {missing[0]}", "; ".join(missing))
    return str(revision)


# --- connecting ----------------------------------------------------------------------------


def connect(path: Path, watch: LockWatch | None = None) -> Engine:
    """An engine on a checked store: foreign keys on, WAL, FULL sync, a busy timeout.

    Transactions begin explicitly: `BEGIN IMMEDIATE` for engines with the execution option
    `write=True` (so two processes queue for the write lock instead of failing halfway), plain
    `BEGIN` for reads. synchronous=FULL makes a commit that returned survive a crash of the
    program and a power cut alike; in WAL mode it costs one fsync of the log per commit.
    Engines with the execution option `typing=True` (story keystrokes) commit with
    synchronous=NORMAL instead: no fsync, safe against a crash of the program (the log is in
    the system's cache), made safe against a power cut by `sync_log` after a pause in typing
    (docs/store-safety.md, "Typing").
    """
    engine = create_engine(f"sqlite+pysqlite:///{path}", connect_args={"timeout": 0})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        for pragma in (
            f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
            "PRAGMA foreign_keys = ON",
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = FULL",
        ):
            dbapi_connection.execute(pragma)
        if watch is not None:
            dbapi_connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
            watch.calibrate()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        # Straight to sqlite3, which SQLAlchemy hands these to anyway: its own execution of a
        # statement costs as much as a small write (an error is still SQLAlchemy's to wrap).
        driver = connection.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        options = connection.get_execution_options()
        if options.get("write", False):
            synchronous = "NORMAL" if options.get("typing", False) else "FULL"
            if connection.info.get("synchronous", "FULL") != synchronous:  # set when it changes
                driver.execute(f"PRAGMA synchronous = {synchronous}")
                connection.info["synchronous"] = synchronous
            driver.execute("BEGIN IMMEDIATE")
        else:
            driver.execute("BEGIN")

    return engine


def sync_log(engine: Engine) -> tuple[int, int]:
    """Make every commit so far survive a power cut: a passive checkpoint, which syncs the
    write-ahead log before copying it into the database (SQLite's documentation of
    `synchronous`: "the WAL file is synchronized before each checkpoint"). Waits for no one;
    returns (frames in the log, frames copied)."""
    connection = engine.raw_connection()
    try:
        driver = connection.driver_connection
        assert driver is not None
        _busy, log, copied = driver.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return int(log), int(copied)
    finally:
        connection.close()


def connect_read_only(path: Path, full: bool = False) -> Engine:
    """An engine that only reads a store on a read-only disk or in a read-only folder, or on
    a full disk (`full`): there an empty `-wal` (a failed opening's) holds nothing and nobody
    can be writing, so the file is read as it is, immutable, without a `-shm`."""
    uri = read_only_uri(path)
    wal = Path(f"{path}-wal")
    if full and wal.exists() and wal.stat().st_size == 0:
        uri = f"{path.as_uri()}?mode=ro&immutable=1"
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, timeout=0, check_same_thread=False),
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        dbapi_connection.execute("PRAGMA query_only = ON")

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


# --- creating and migrating ----------------------------------------------------------------


def create_store(path: Path) -> None:
    """Make a new store at `path`, complete, then move it into place (never a half-made file).

    Folders it makes are 0700 and the store 0600. If anything fails (a read-only or full disk,
    a path through a file), no `.creating` file is left and a specific exception says why.
    """
    with faults.store_faults(path):
        _make_folders(path.parent)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.creating")
        try:
            for leftover in _with_sidecars(temporary):
                leftover.unlink(missing_ok=True)
            os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE))
            engine = connect(temporary)
            try:
                _upgrade(engine)
            finally:
                engine.dispose()  # the last close checkpoints the WAL into the file and removes it
            with contextlib.suppress(FileExistsError):
                # link, unlike rename, refuses to replace a store another process just made.
                os.link(temporary, path)
        finally:
            for leftover in _with_sidecars(temporary):
                with contextlib.suppress(OSError):
                    leftover.unlink()
    sync_folder(path.parent)


def _make_folders(folder: Path) -> None:
    """Make `folder` and any missing parents, each 0700 (a new data folder is the user's own)."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for new in reversed(missing):
        with contextlib.suppress(FileExistsError):
            new.mkdir(mode=PRIVATE_FOLDER)
        if not new.is_dir():
            raise NotADirectoryError(20, "Not a directory", str(new))


def migrate_store(path: Path, revision: str) -> Path | None:
    """Bring a store at `revision` to the head revision, after a dated backup next to it.

    Returns the backup's path (None when nothing needed doing). A backup that cannot be made
    raises `StoreBackupError` and the store is not touched.
    """
    if revision == HEAD_REVISION:
        return None
    with _upgrading_alone(path):
        # Another program may have upgraded it while this one waited: then no second backup.
        revision = _inspect_with_sqlite(path, read_only=False)
        if revision == HEAD_REVISION:
            return None
        return _back_up_and_upgrade(path, revision)


@contextlib.contextmanager
def _upgrading_alone(path: Path) -> Iterator[None]:
    """One program at a time upgrades a store (four opening an old store at once made four
    backups, issue 27): an advisory lock on a hidden file beside it, never on the store's
    own files (closing a descriptor on those would drop SQLite's locks)."""
    try:
        import fcntl
    except ImportError:  # Windows: SQLite's write lock still keeps the upgrades apart
        yield
        return
    lock_path = path.with_name(f".{path.name}.upgrading")
    descriptor = os.open(lock_path, os.O_CREAT | os.O_RDWR, PRIVATE_FILE)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
        # Done: whoever waits, or locks a new file of this name, finds the store upgraded.
        # (After a failure it stays, so the next ones still take turns.)
        with contextlib.suppress(OSError):
            os.unlink(lock_path)
    finally:
        os.close(descriptor)


def _back_up_and_upgrade(path: Path, revision: str) -> Path:
    reason = f"before-upgrade-from-{revision}"
    try:
        backup = make_backup(path, reason)
    except StoreOpenError as problem:
        raise StoreBackupError(path, reason, problem) from problem
    engine = connect(path)
    try:
        _upgrade(engine)
    except Exception as error:
        fault = faults.translate(path, error)
        if isinstance(fault, StoreUnavailableError):
            raise fault from error  # a full disk or a lock, not a failed upgrade
        raise StoreMigrationError(
            path,
            f"upgrading {path} failed ({error}); it is unchanged and a copy is in {backup}",
            revision,
            backup,
            str(error),
        ) from error
    finally:
        engine.dispose()
    return backup


def _upgrade(engine: Engine, target: str = "head") -> None:
    """Run the packaged Alembic migrations up to head in one transaction, with foreign keys
    off (batch mode rebuilds tables), then check that no reference was broken."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect().execution_options(write=True) as connection:
        driver = connection.connection.driver_connection
        assert driver is not None  # an open connection always has its sqlite3 connection
        # Outside a transaction, or SQLite ignores it.
        driver.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, target)
                connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the upgrade broke {len(broken)} references")
        finally:
            driver.execute("PRAGMA foreign_keys = ON")


def _with_sidecars(path: Path) -> tuple[Path, ...]:
    return (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal"))
