"""A private PostgreSQL cluster for the tests: Debian's own server binaries, started by the tests.

The cluster lives in a temporary folder, listens on a Unix socket in that folder and on no TCP
port, and is stopped when the test session ends. `initdb` refuses to run as root, so as root the
cluster runs as the unprivileged `postgres` user (Debian's package makes it). Where the server
binaries are missing the tests that need them skip and say why.

Roles: `postgres` (the cluster's owner, trusted over the socket, used only to set databases up),
and the store's members connect with a password (scram-sha-256), as at an organisation.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import count
from pathlib import Path
from typing import Any
from urllib.parse import quote

MEMBER = "member"
MEMBER_PASSWORD = "member-secret"
READER = "reader"
READER_PASSWORD = "reader-secret"


def server_binaries() -> Path | None:
    """The folder of `initdb`, `pg_ctl` and `postgres` (the newest Debian version), if any."""
    override = os.environ.get("NETIMPACT_PG_BIN")
    candidates = [override] if override else sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    for folder in reversed(candidates):
        if folder and all((Path(folder) / tool).exists() for tool in ("initdb", "pg_ctl")):
            return Path(folder)
    return None


def why_not_available() -> str | None:
    """Why no cluster can be started here, or None."""
    if server_binaries() is None:
        return "PostgreSQL's server is not installed (Debian's postgresql; .ci/run installs it)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root without a 'postgres' user to run the server as"
    return None


@dataclass
class Cluster:
    """One running cluster; `url` gives SQLAlchemy URLs for a database and a role."""

    folder: Path
    binaries: Path
    socket_folder: Path
    _numbers: Iterator[int]

    def url(self, database: str, user: str = MEMBER, password: str | None = MEMBER_PASSWORD) -> str:
        credentials = quote(user) + (f":{quote(password)}" if password is not None else "")
        return f"postgresql+psycopg://{credentials}@/{database}?host={self.socket_folder}"

    def libpq(self, database: str = "postgres", user: str = "postgres") -> str:
        """A libpq connection string (for bare psycopg and the owner's set-up work)."""
        return f"host={self.socket_folder} dbname={database} user={user}"

    def admin(self, sql: str, database: str = "postgres") -> None:
        """Run `sql` as the cluster's owner, autocommit (CREATE DATABASE cannot be in a block)."""
        import psycopg

        with psycopg.connect(self.libpq(database), autocommit=True) as connection:
            connection.execute(sql)  # type: ignore[arg-type]

    def until_a_session_waits_for_a_lock(self, database: str, seconds: float = 10.0) -> None:
        """Return once a session on `database` waits for a lock another holds (what a test of
        two writers waits for, instead of a guess at how long the first one takes)."""
        import psycopg

        with psycopg.connect(self.libpq(database), autocommit=True) as watch:
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                waiting = watch.execute(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = %s AND wait_event_type = 'Lock'",
                    (database,),
                ).fetchone()
                if waiting and waiting[0]:
                    return
                time.sleep(0.01)
        raise AssertionError(f"no session on {database} waited for a lock within {seconds} s")

    @contextlib.contextmanager
    def patient_owner(self, database: str) -> Iterator[Any]:
        """A psycopg connection of the cluster's owner to `database` that looks for a deadlock
        only after 30 s (only the owner may set that): in a deadlock with a store, the store's
        transaction is the one the server undoes."""
        import psycopg

        with psycopg.connect(self.libpq(database)) as connection:
            connection.execute("SET deadlock_timeout = '30s'")
            yield connection

    def new_database(self, prefix: str = "store") -> str:
        """A fresh, empty database owned by the member role; its name."""
        name = f"{prefix}_{os.getpid()}_{next(self._numbers)}"
        self.admin(f'CREATE DATABASE "{name}" OWNER {MEMBER} TEMPLATE template0')
        self.admin(f'GRANT CONNECT ON DATABASE "{name}" TO {READER}')
        return name

    def grant_reading(self, database: str) -> None:
        """Give the read-only role SELECT on every table of `database` (after migrating)."""
        self.admin(
            f"GRANT USAGE ON SCHEMA public TO {READER};"
            f" GRANT SELECT ON ALL TABLES IN SCHEMA public TO {READER}",
            database,
        )

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (`mode="immediate"` is a crash: no shutdown checkpoint)."""
        self._pg_ctl("stop", "-m", mode)

    def start(self) -> None:
        self._pg_ctl(
            "start",
            "-l",
            str(self.folder / "server.log"),
            "-o",
            f"-c listen_addresses='' -c unix_socket_directories='{self.socket_folder}'"
            " -c fsync=off -c full_page_writes=off -c synchronous_commit=off",
        )

    def _pg_ctl(self, *arguments: str) -> None:
        data = str(self.folder / "data")
        _as_owner([str(self.binaries / "pg_ctl"), "-D", data, "-w", *arguments])


def _as_owner(command: list[str]) -> None:
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    subprocess.run(command, check=True, capture_output=True, timeout=120)


@contextlib.contextmanager
def running_cluster() -> Iterator[Cluster]:
    """Start a private cluster in a temporary folder; stop and remove it afterwards."""
    binaries = server_binaries()
    assert binaries is not None, why_not_available()
    folder = Path(tempfile.mkdtemp(prefix="netimpact-pg-"))
    folder.chmod(0o755)
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    _as_owner(
        [
            str(binaries / "initdb"),
            "-D",
            str(folder / "data"),
            "-U",
            "postgres",
            "--auth-local=trust",
            "--auth-host=reject",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ]
    )
    hba = folder / "data" / "pg_hba.conf"
    hba_text = "local all postgres trust\nlocal all all scram-sha-256\n"
    _write_as_owner(hba, hba_text)
    cluster = Cluster(folder, binaries, folder, count(1))
    cluster.start()
    try:
        _wait_until_up(cluster)
        cluster.admin(
            f"CREATE ROLE {MEMBER} LOGIN PASSWORD '{MEMBER_PASSWORD}';"
            f" CREATE ROLE {READER} LOGIN PASSWORD '{READER_PASSWORD}'"
        )
        yield cluster
    finally:
        with contextlib.suppress(Exception):
            cluster.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)


def _write_as_owner(path: Path, text: str) -> None:
    path.write_text(text)
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(path, owner.pw_uid, owner.pw_gid)


def _wait_until_up(cluster: Cluster, seconds: float = 30.0) -> None:
    import psycopg

    deadline = time.monotonic() + seconds
    while True:
        try:
            with psycopg.connect(cluster.libpq(), connect_timeout=2):
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
