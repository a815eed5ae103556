"""Sync: export of 10 000 changed candidates (time, bundle size, MB/s) and central import into
PostgreSQL in ops/s, compared with a bare `executemany` of the same op rows in the same run.

The laptop store is built with `bulk.insert_candidates` and every save hook (sync outbox and audit
trail), so each candidate has the ~90 ops of a first save; the bundle is exported by the real
service (re-read and verified) and imported by the real importer into a throw-away PostgreSQL
server (`tests.support.postgres`). The baseline inserts the same op-log rows with psycopg's
`executemany` into a copy of the `op_log` table: the floor of any import that stores each op.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import psycopg

from desktop.app import open_application
from desktop.central.importer import import_bundle
from desktop.central.setup import enroll_device, init_central, load_keys, open_central
from desktop.sync import bundle_format as fmt
from desktop.sync.laptop import enrol, export_bundle
from tests.benchmarks.core import Figure
from tests.benchmarks.people import TODAY, bench_candidates
from tests.support.postgres import PostgresServer

PASSPHRASE = "benchmark-passphrase"
COUNT = 10_000


def _laptop(home: Path, central_url: str, count: int) -> tuple[object, float]:
    from tests.benchmarks.bulk import insert_candidates

    store = open_central(central_url)
    init_central(store, PASSPHRASE)
    keys = load_keys(store, PASSPHRASE)
    enrolment = enroll_device(store, keys, "bench")
    store.close()
    app = open_application(home)
    actor = app.initialise("bench", "admin", "benchmark-password")
    enrol(app.ctx.store, enrolment)
    began = time.perf_counter()
    for start in range(0, count, 2000):
        insert_candidates(
            app.ctx, actor, bench_candidates(min(2000, count - start), start=start), TODAY
        )
    return app, time.perf_counter() - began


def _bare_executemany(dsn: str, rows: list[tuple[object, ...]]) -> float:
    with psycopg.connect(dsn) as conn:
        conn.execute("CREATE TABLE bare_op_log (LIKE op_log INCLUDING ALL)")
        conn.commit()
        began = time.perf_counter()
        with conn.cursor() as cur:
            for start in range(0, len(rows), 500):  # the importer's chunk size
                cur.executemany(
                    "INSERT INTO bare_op_log (device_id, incarnation, seq, op_hash, hlc, "
                    "candidate_id, entity, row_id, bundle_id, outcome, body) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                    rows[start : start + 500],
                )
                conn.commit()
        return time.perf_counter() - began


def run(quick: bool) -> list[Figure]:
    count = 1000 if quick else COUNT
    server = PostgresServer()
    server.start()
    try:
        with tempfile.TemporaryDirectory(prefix="passerelle-bench-sync-") as tmp:
            folder = Path(tmp)
            url = server.create_database("central")
            app, build_seconds = _laptop(folder / "laptop", url, count)
            out = folder / "bundle.zip"
            steps: list[tuple[int, int]] = []
            began = time.perf_counter()
            result = export_bundle(
                app.ctx.store, out, progress=lambda done, total: steps.append((done, total))
            )
            export_seconds = time.perf_counter() - began
            app.close()  # type: ignore[attr-defined]
            data = out.read_bytes()
            ops = result.op_count
            store = open_central(url)
            keys = load_keys(store, PASSPHRASE)
            began = time.perf_counter()
            report = import_bundle(store, keys, data)
            import_seconds = time.perf_counter() - began
            assert report.status == "imported" and report.applied == ops, report
            parsed = fmt.open_payload(fmt.parse(data), keys.enc_private)
            rows = [
                (
                    op.device,
                    op.incarnation,
                    op.seq,
                    op.digest(),
                    op.hlc,
                    op.candidate,
                    op.entity,
                    op.row,
                    report.bundle_id,
                    "applied",
                    op.body(),
                )
                for op in parsed
            ]
            store.close()
            dsn = f"host=127.0.0.1 port={server.port} user=postgres dbname=central"
            bare_seconds = _bare_executemany(dsn, rows)
    finally:
        server.stop()
    scale = COUNT / count
    size_mb = len(data) / 2**20
    ops_per_s = ops / import_seconds
    bare_per_s = ops / bare_seconds
    return [
        Figure.absolute(
            f"export {count} candidates ({ops} ops)",
            export_seconds * scale,
            "s",
            10.0,
            target="≤ 10 s for 10 000 changed candidates, with progress (DESIGN.md §7)",
            details={
                "measured_seconds": round(export_seconds, 2),
                "bundle_mb": round(size_mb, 1),
                "ops": ops,
                "progress_calls": len(steps),
                "laptop_build_seconds": round(build_seconds, 1),
                "scaled_to": COUNT,
            },
        ),
        Figure.absolute(
            "central import into PostgreSQL",
            ops_per_s,
            "ops/s",
            10_000,
            higher_is_better=True,
            target="≥ 10 000 ops/s (DESIGN.md §7)",
            baseline=bare_per_s,
            baseline_label="bare executemany",
            details={"import_seconds": round(import_seconds, 1), "ops": ops},
        ),
        Figure.relative(
            "central import vs bare executemany",
            ops_per_s,
            "ops/s",
            baseline=bare_per_s,
            factor=0.3,
            baseline_label="bare executemany of the op rows",
            higher_is_better=True,
        ),
    ]
