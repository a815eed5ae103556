"""Received ranges and gaps per device incarnation, counted by the database (SQLite, PostgreSQL)."""

from __future__ import annotations

from desktop.central.ranges import gaps, received_ranges
from desktop.storage.models import OpLogRow
from tests.sync.sync_helpers import Central

DEVICE = "dddddddd-dddd-4ddd-8ddd-dddddddddddd"
OTHER = "eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee"


def _log(device: str, incarnation: int, seq: int) -> OpLogRow:
    return OpLogRow(
        device_id=device,
        incarnation=incarnation,
        seq=seq,
        op_hash="0" * 64,
        hlc=seq,
        candidate_id=DEVICE,
        entity="candidate",
        row_id=DEVICE,
        outcome="applied",
    )


def test_runs_of_seqs_and_the_gaps_between_them(central: Central) -> None:
    with central.store.unit_of_work() as session:
        session.add_all(_log(DEVICE, 1, seq) for seq in (3, 4, 5, 9, 10, 12, 20))
        session.add_all(_log(DEVICE, 2, seq) for seq in (1, 2))  # another incarnation
        session.add_all(_log(OTHER, 1, seq) for seq in (6, 7, 8))  # another device
    with central.store.read() as session:
        ranges = received_ranges(session, DEVICE, 1)
        assert ranges == [(3, 5), (9, 10), (12, 12), (20, 20)]
        assert gaps(ranges) == [(1, 2), (6, 8), (11, 11), (13, 19)]
        assert received_ranges(session, DEVICE, 2) == [(1, 2)]
        assert received_ranges(session, OTHER, 3) == []
