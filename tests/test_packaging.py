"""The package's declared version is the one the app shows."""

from __future__ import annotations

import re
from pathlib import Path

from desktop import __version__


def test_version_matches_pyproject() -> None:
    text = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    declared = re.search(r'^version = "([^"]+)"', text, re.M)
    assert declared is not None and declared.group(1) == __version__
