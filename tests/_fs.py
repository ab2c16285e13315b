"""Real file-system conditions for store tests: a full disk, a read-only folder.

As root a small tmpfs is mounted (and remounted read-only); a test that needs it is
skipped where mounting is not allowed. A read-only folder without root uses file modes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

__all__ = ["tmpfs", "fill_disk", "read_only_folder", "can_mount"]


def can_mount() -> bool:
    return os.geteuid() == 0 and shutil.which("mount") is not None


@contextmanager
def tmpfs(folder: Path, size: str = "1m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted on ``folder`` (created), unmounted afterwards."""
    if not can_mount():
        pytest.skip("mounting a tmpfs needs root")
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill_disk(folder: Path) -> Path:
    """Write a file into ``folder`` until its file system is full; returns the file."""
    filler = folder / "filler.bin"
    block = b"\0" * 4096
    with open(filler, "wb", buffering=0) as f:
        try:
            while True:
                f.write(block)
        except OSError:
            pass
    return filler


@contextmanager
def read_only_folder(source: Path, folder: Path) -> Iterator[Path]:
    """``source`` copied into ``folder``, which then cannot be written; returns the copy.

    As root: a tmpfs remounted read-only (root ignores file modes). Otherwise the copy
    and the folder lose their write bits.
    """
    if can_mount():
        with tmpfs(folder, "16m"):
            target = folder / source.name
            shutil.copy(source, target)
            done = subprocess.run(
                ["mount", "-o", "remount,ro", str(folder)], capture_output=True, text=True
            )
            if done.returncode != 0:
                pytest.skip(f"cannot remount read-only: {done.stderr.strip()}")
            yield target
        return
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    shutil.copy(source, target)
    target.chmod(0o444)
    folder.chmod(0o555)
    try:
        yield target
    finally:
        folder.chmod(0o755)
        target.chmod(0o644)
