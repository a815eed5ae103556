"""Fixtures of the security tests: the real Argon2id floor and calibration, unique PI markers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.security import kdf


@pytest.fixture
def real_kdf() -> Iterator[None]:
    """The production key-derivation costs (the rest of the suite uses cheap ones)."""
    saved = kdf.settings.floor, kdf.settings.calibrate
    kdf.settings.floor, kdf.settings.calibrate = kdf.RFC_9106_LOW_MEMORY, True
    yield
    kdf.settings.floor, kdf.settings.calibrate = saved
