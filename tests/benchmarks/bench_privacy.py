"""Privacy operations on a large store: erase one person (rows, search index, outbox, then the
index merge and WAL truncation), the access transcript PDF, and the retention due list.

No figure of DESIGN.md §7 covers them; the limits are what an admin at the office would accept:
an erasure within 3 s and a due list within 2 s at 100 000 candidates, a transcript within
2 × one full dossier measured in the same run.
"""

from __future__ import annotations

import random
import tempfile
from datetime import date, timedelta
from pathlib import Path

from desktop.services.access import write_transcript
from desktop.services.dossiers import render_dossiers
from desktop.services.erasure import erase_candidate
from desktop.services.listing import list_ids
from desktop.services.retention import due_for_purge
from tests.benchmarks.core import Figure, time_calls
from tests.benchmarks.dataset import dataset

FULL, QUICK = 100_000, 10_000


def run(quick: bool) -> list[Figure]:
    count = QUICK if quick else FULL
    samples = 5 if quick else 12
    figures: list[Figure] = []
    with dataset(count) as data, tempfile.TemporaryDirectory() as tmp:
        ctx, actor = data.ctx, data.actor
        rng = random.Random(25)
        ids = rng.sample(list_ids(ctx, actor), samples * 3 + 2)
        erased = time_calls(lambda i: erase_candidate(ctx, actor, i), ids[:samples], warmup=1)
        figures.append(
            Figure.absolute(
                "erase one person (p95)",
                erased.p95,
                "ms",
                3000,
                samples=erased.n,
                details=erased.summary(),
            )
        )
        out = Path(tmp)
        dossier = time_calls(
            lambda i: render_dossiers(ctx, actor, [i], "full", out=out / f"d-{i}.pdf"),
            ids[samples : 2 * samples],
            warmup=1,
        )
        transcript = time_calls(
            lambda i: write_transcript(ctx, actor, i, out / f"t-{i}.pdf", "fr"),
            ids[2 * samples : 3 * samples],
            warmup=1,
        )
        figures.append(
            Figure.relative(
                "access transcript PDF (p50)",
                transcript.p50,
                "ms",
                baseline=dossier.p50,
                factor=2,
                baseline_label="one full dossier",
                samples=transcript.n,
                details=transcript.summary(),
            )
        )
        later = date.today() + timedelta(days=3 * 365)
        due = time_calls(lambda _x: due_for_purge(ctx, actor, later), range(4), warmup=1)
        figures.append(
            Figure.absolute(
                "retention due list, everything due (p50)",
                due.p50,
                "ms",
                2000,
                samples=due.n,
                details={**due.summary(), "items": len(due_for_purge(ctx, actor, later))},
            )
        )
    for f in figures:
        f.details.update(candidates=count)
    return figures
