"""Unlock time: Argon2id on the staff member's key slot, then opening the SQLCipher store.

The cost is calibrated at first run (RFC 9106 low-memory profile at least, more passes until one
derivation takes about 0.2 s on the machine) and must stay between 100 ms (an offline guesser pays
at least that per try) and 1 s (staff unlock many times a day). Also reported: the derivation
alone, opening the keyed store alone (raw key: no PBKDF2), and locking.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from desktop.app import open_application
from desktop.security import kdf
from desktop.security.keyslots import KeySlots
from tests.benchmarks.core import Figure, Timing

PASSWORD = "benchmark-password"


def run(quick: bool) -> list[Figure]:
    rounds = 3 if quick else 10
    kdf.settings.floor, kdf.settings.calibrate = kdf.RFC_9106_LOW_MEMORY, True
    with tempfile.TemporaryDirectory(prefix="passerelle-bench-unlock-") as tmp:
        app = open_application(Path(tmp) / "home")
        app.initialise("benchmark laptop", "bench-admin", PASSWORD)
        params = KeySlots.load(app.paths.keyslots).slots[0].params
        unlock, lock, derive, open_ = [], [], [], []
        for _ in range(rounds):
            start = time.perf_counter()
            app.lock()
            lock.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            app.unlock("bench-admin", PASSWORD)
            unlock.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            kdf.derive(PASSWORD, b"\0" * kdf.SALT_LENGTH, params)
            derive.append((time.perf_counter() - start) * 1000)
        for _ in range(rounds):
            from desktop.storage.cipher import laptop_engine

            key = app.database_key()
            assert key is not None
            start = time.perf_counter()
            engine = laptop_engine(app.paths.database, bytearray(key))
            engine.dispose()
            open_.append((time.perf_counter() - start) * 1000)
        app.lock()
        app.close()
    t_unlock, t_lock = Timing(unlock), Timing(lock)
    details = {
        "argon2id": params.to_json(),
        "load_average": os.getloadavg()[0],
        **t_unlock.summary(),
    }
    return [
        Figure.absolute(
            "unlock (Argon2id + open store), p50",
            t_unlock.p50,
            "ms",
            1000.0,
            target="≤ 1 s (issue 6)",
            samples=t_unlock.n,
            details=details,
        ),
        Figure.absolute(
            "unlock, fastest (offline-guess cost)",
            min(unlock),
            "ms",
            100.0,
            higher_is_better=True,
            target="≥ 100 ms (sync-security X4)",
            samples=t_unlock.n,
            details=details,
        ),
        Figure.absolute(
            "Argon2id derivation alone, p50",
            Timing(derive).p50,
            "ms",
            1000.0,
            samples=len(derive),
            details=params.to_json(),
        ),
        Figure.absolute(
            "open keyed store (raw key, checks), p50",
            Timing(open_).p50,
            "ms",
            100.0,
            samples=len(open_),
        ),
        Figure.absolute(
            "lock (audit event, close, wipe key), p50", t_lock.p50, "ms", 200.0, samples=t_lock.n
        ),
    ]
