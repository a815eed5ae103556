"""Dossier PDFs through the real service: one dossier, and 500 in one batch with peak memory."""

from __future__ import annotations

import tempfile
import threading
import time
from pathlib import Path

import psutil

from desktop.services.dossiers import render_dossiers
from desktop.services.listing import list_ids
from tests.benchmarks.core import Figure, time_calls
from tests.benchmarks.dataset import dataset

BATCH = 500


def run(quick: bool) -> list[Figure]:
    with dataset(10_000) as data:
        ids = list_ids(data.ctx, data.actor, limit=BATCH)
        one = time_calls(
            lambda cid: render_dossiers(data.ctx, data.actor, [cid], "full", "fr"),
            ids[:40],
            warmup=5,
        )
        process = psutil.Process()
        start_rss = process.memory_info().rss
        peak = [start_rss]
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                peak[0] = max(peak[0], process.memory_info().rss)
                time.sleep(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        batch_ids = ids[: 100 if quick else BATCH]
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "batch.pdf"
            began = time.perf_counter()
            render_dossiers(data.ctx, data.actor, batch_ids, "full", "fr", out)
            seconds = time.perf_counter() - began
            size = out.stat().st_size
        done.set()
        sampler.join()
    growth = (peak[0] - start_rss) / 2**20
    scaled = seconds * BATCH / len(batch_ids)
    return [
        Figure.absolute(
            "one dossier PDF (full, French)",
            one.p95,
            "ms",
            150,
            target="≤ 150 ms (DESIGN.md §7)",
            samples=one.n,
            details=one.summary(),
        ),
        Figure.absolute(
            f"{BATCH} dossiers in one batch PDF",
            scaled,
            "s",
            60,
            target="≤ 60 s, memory flat (DESIGN.md §7)",
            details={
                "dossiers": len(batch_ids),
                "measured_s": seconds,
                "pdf_mb": size / 2**20,
                "peak_rss_growth_mb": growth,
                "peak_rss_mb": peak[0] / 2**20,
            },
        ),
    ]
