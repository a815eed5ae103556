"""Argon2id: the slow step between a staff password and the key that unwraps the database key.

An offline attacker who steals a laptop bypasses every on-screen limit, so only the cost of this
function and the password's entropy protect the data. The parameters live in each key slot; a
device's *policy* (calibrated at first run so that one unlock takes about `TARGET_SECONDS`, never
below the RFC 9106 low-memory profile) is applied to a slot the next time its owner unlocks.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw

KEY_LENGTH = 32
SALT_LENGTH = 16


@dataclass(frozen=True, order=True)
class KdfParams:
    """Argon2id costs: `time_cost` passes over `memory_kib` KiB with `parallelism` lanes."""

    time_cost: int
    memory_kib: int
    parallelism: int

    def to_json(self) -> dict[str, Any]:
        return {
            "alg": "argon2id",
            "t": self.time_cost,
            "m": self.memory_kib,
            "p": self.parallelism,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("alg") != "argon2id":
            raise ValueError("unknown KDF")
        return cls(int(data["t"]), int(data["m"]), int(data["p"]))

    def weaker_than(self, other: KdfParams) -> bool:
        """True when `other` costs more passes or more memory (a slot to re-wrap)."""
        return self.time_cost < other.time_cost or self.memory_kib < other.memory_kib


# RFC 9106 §4 "second recommended option" (argon2-cffi's default profile): t=3, 64 MiB, p=4.
RFC_9106_LOW_MEMORY = KdfParams(time_cost=3, memory_kib=64 * 1024, parallelism=4)
TARGET_SECONDS = 0.2
MAX_TIME_COST = 12


class _Settings:
    """Module settings. Tests of other features swap in `fast()` so that hundreds of sign-ins do
    not each cost 0.3 s; the security tests restore the real floor to check it."""

    floor: KdfParams = RFC_9106_LOW_MEMORY
    calibrate: bool = True


settings = _Settings()


def derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    """The 256-bit key-encryption key for `password` under `salt` and `params`."""
    return hash_secret_raw(
        secret=password.encode("utf-8"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_LENGTH,
        type=Type.ID,
    )


def measure(params: KdfParams) -> float:
    started = time.perf_counter()
    derive("calibration", b"\0" * SALT_LENGTH, params)
    return time.perf_counter() - started


def calibrate(target: float = TARGET_SECONDS) -> KdfParams:
    """The floor, with more passes until one derivation takes about `target` seconds here."""
    params = settings.floor
    if not settings.calibrate:
        return params
    elapsed = measure(params)
    if elapsed >= target:
        return params
    per_pass = elapsed / params.time_cost
    passes = min(MAX_TIME_COST, max(params.time_cost, round(target / max(per_pass, 1e-4))))
    return KdfParams(passes, params.memory_kib, params.parallelism)


def fast() -> KdfParams:
    """Cheap parameters for the test suite only (never reachable from the app's settings)."""
    return KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
