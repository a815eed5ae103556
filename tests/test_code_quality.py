"""The house checks run with the suite: ruff (lint and format) and mypy --strict on the Qt-free core."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    # Without PYTHONPATH, as in CI: mypy treats modules found through PYTHONPATH like installed
    # packages and stays silent about them (desktop.central, imported by the services).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )


def test_ruff_finds_nothing_to_fix() -> None:
    lint = _run("ruff", "check", "desktop", "tests")
    assert lint.returncode == 0, lint.stdout + lint.stderr
    fmt = _run("ruff", "format", "--check", "desktop", "tests")
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr


def test_mypy_strict_passes_on_domain_storage_services_and_sync() -> None:
    typed = _run("mypy")
    assert typed.returncode == 0, typed.stdout + typed.stderr
