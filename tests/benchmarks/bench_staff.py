"""Audit trail and kiosk figures on the 10 000-candidate store (every save audited).

The admin's audit viewer opens on the newest 1 000 events, the chain check recomputes every hash,
the verifiable export writes the whole chain; a kiosk submit is a save plus the "to verify" flag,
and the "to verify" list must stay instant however big the store is.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from desktop.domain.candidate import Candidate, Consent, EventRef
from desktop.services import audit_trail, kiosk
from tests.benchmarks.core import Figure, time_calls
from tests.benchmarks.dataset import dataset


def _entry(n: int) -> Candidate:
    return Candidate(
        given_names=f"Borne{n}",
        family_name="Essai",
        email=f"borne{n}@exemple.ca",
        event=EventRef(code="BENCH"),
        consents=[Consent(purpose="intake", granted=True)],
    )


def run(quick: bool) -> list[Figure]:
    with dataset(10_000) as data:
        ctx, actor = data.ctx, data.actor
        page = time_calls(
            lambda _i: audit_trail.list_events(ctx, actor, limit=1000), range(8), warmup=1
        )
        began = time.perf_counter()
        check = audit_trail.verify(ctx, actor)
        verify_s = time.perf_counter() - began
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "audit.jsonl"
            began = time.perf_counter()
            exported = audit_trail.export_chain(ctx, actor, out)
            export_s = time.perf_counter() - began
            size_mb = out.stat().st_size / 2**20
        submits = time_calls(
            lambda n: kiosk.save_self_entry(ctx, actor, _entry(n)),
            range(25 if quick else 60),
            warmup=5,
        )
        listing = time_calls(lambda _i: kiosk.to_verify_ids(ctx, actor), range(22), warmup=2)
    per_10k = verify_s * 10_000 / max(check.events, 1)
    return [
        Figure.absolute(
            "audit viewer: newest 1 000 events",
            page.p95,
            "ms",
            300,
            samples=page.n,
            details=page.summary(),
        ),
        Figure.absolute(
            "audit chain check, per 10 000 events",
            per_10k * 1000,
            "ms",
            1500,
            details={"events": check.events, "ok": check.ok, "seconds": verify_s},
        ),
        Figure.absolute(
            "audit chain export (JSONL), per 10 000 events",
            export_s * 10_000 / max(exported, 1) * 1000,
            "ms",
            3000,
            details={"events": exported, "seconds": export_s, "size_mb": round(size_mb, 1)},
        ),
        Figure.absolute(
            "kiosk submit (self-entry save)",
            submits.p95,
            "ms",
            30,
            target="p95 ≤ 30 ms (as a save, DESIGN.md §7)",
            samples=submits.n,
            details=submits.summary(),
        ),
        Figure.absolute(
            "'to verify' list",
            listing.p95,
            "ms",
            50,
            samples=listing.n,
            details=listing.summary(),
        ),
    ]
