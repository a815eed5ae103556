"""Export candidates as JSON Lines (the interchange contract, every field) or CSV (flat columns)."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

from desktop.domain.interchange import candidate_to_json
from desktop.services.actor import Actor
from desktop.services.audit import record_now
from desktop.services.context import ServiceContext
from desktop.services.tabular import CSV_COLUMNS, candidate_to_row
from desktop.storage.candidate_store import iter_candidates


def export_candidates(ctx: ServiceContext, actor: Actor, out: Path, fmt: str = "jsonl") -> int:
    """Write every candidate to `out` (through a temporary file: never a half-written export)."""
    actor.require("candidate.export")
    partial = out.with_name(out.name + ".partial")
    count = 0
    try:
        count = _write(ctx, partial, fmt)
    except BaseException:  # a full disk or a removed key: no half-written file is left behind
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, out)
    record_now(ctx, actor, "candidate.export", "candidate", [], format=fmt, count=count)
    return count


def _write(ctx: ServiceContext, partial: Path, fmt: str) -> int:
    count = 0
    with ctx.store.read() as session, partial.open("w", encoding="utf-8", newline="") as handle:
        if fmt == "csv":
            writer = csv.writer(handle)
            writer.writerow(CSV_COLUMNS)
            for candidate in iter_candidates(session):
                writer.writerow(candidate_to_row(candidate))
                count += 1
        else:
            for candidate in iter_candidates(session):
                handle.write(
                    json.dumps(candidate_to_json(candidate), ensure_ascii=False, sort_keys=False)
                )
                handle.write("\n")
                count += 1
        handle.flush()
        os.fsync(handle.fileno())
    return count
