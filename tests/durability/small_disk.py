"""A tiny tmpfs file system for disk-full tests, where the machine lets the tests mount one."""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path]:
    """Mount a tmpfs of `size` on `folder`; skip (with the reason) where mounting is not allowed."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        pytest.skip(
            f"cannot mount a small tmpfs here ({exc}): disk-full test needs root or CAP_SYS_ADMIN"
        )
    if done.returncode != 0:
        pytest.skip(
            "cannot mount a small tmpfs here "
            f"({done.stderr.strip() or done.returncode}): disk-full test needs root or CAP_SYS_ADMIN"
        )
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=30)
