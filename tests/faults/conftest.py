"""Real faults, not mocks: a tiny tmpfs that fills up, or (without root) a child process whose
file-size limit (RLIMIT_FSIZE) makes every write past a few kilobytes fail with EFBIG."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount_tmpfs(folder: Path, size: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    return result.returncode == 0


@contextlib.contextmanager
def small_disk(tmp_path: Path, size: str = "1m") -> Iterator[Path]:
    """A folder on a tmpfs of `size`; skips the test with a reason where none can be mounted."""
    folder = tmp_path / f"disk-{uuid.uuid4().hex[:8]}"
    folder.mkdir()
    if not _mount_tmpfs(folder, size):
        pytest.skip("a small tmpfs needs root and mount; this machine has neither")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def fill(folder: Path, leave: int = 0) -> None:
    """Fill the filesystem under `folder` until at most `leave` bytes are free."""
    filler = folder / ".filler"
    with filler.open("ab") as file:
        chunk = b"\0" * 4096
        with contextlib.suppress(OSError):
            while True:
                free = shutil.disk_usage(folder).free
                if free <= leave:
                    break
                file.write(chunk[: max(1, min(len(chunk), free - leave))])
                file.flush()


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path) as folder:
        yield folder


def limited_child(code: str, limit_bytes: int, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run Python `code` in a child whose files cannot grow past `limit_bytes` (RLIMIT_FSIZE):
    the way to fake a full disk without root. SIGXFSZ is ignored, so writes fail with EFBIG."""
    prelude = (
        "import resource, signal\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit_bytes}, {limit_bytes}))\n"
    )
    import sys

    return subprocess.run(
        [sys.executable, "-c", prelude + code],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@contextlib.contextmanager
def read_only_disk(tmp_path: Path) -> Iterator[Path]:
    """A small tmpfs whose files the test writes first, then remounted read-only: as root
    (where chmod stops no write) the only real read-only place. Skips without root."""
    with small_disk(tmp_path, "4m") as folder:
        yield folder


def make_read_only(folder: Path) -> None:
    result = subprocess.run(
        ["mount", "-o", "remount,ro", str(folder)], capture_output=True, check=False
    )
    if result.returncode != 0:
        pytest.skip(f"cannot remount a tmpfs read-only: {result.stderr!r}")


@contextlib.contextmanager
def as_user(uid: int = 65534) -> Iterator[None]:
    """Run the block with another effective user id (root only): the system's own permission
    checks, which root itself always passes."""
    if os.geteuid() != 0:
        pytest.skip("switching users needs root")
    os.seteuid(uid)
    try:
        yield
    finally:
        os.seteuid(0)
