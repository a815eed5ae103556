"""The laptop outbox: one op per changed field, gapless seq, HLC, in the saving transaction."""

from __future__ import annotations

from sqlalchemy import select

from desktop.app import Application
from desktop.domain.candidate import Candidate, Consent, Diploma
from desktop.services.actor import Actor
from desktop.services.candidates import save_candidate
from desktop.storage.models import OutboxOpRow, SyncClockRow
from desktop.sync import hlc
from desktop.sync.canonical import parse_instant
from desktop.sync.ops import DELETE, Op, op_from_body
from desktop.sync.outbox import write_ops


def _ops(app: Application) -> list[Op]:
    with app.ctx.store.read() as session:
        rows = session.scalars(select(OutboxOpRow).order_by(OutboxOpRow.seq)).all()
        return [op_from_body(r.body) for r in rows]


def _candidate() -> Candidate:
    return Candidate(
        given_names="Amina",
        family_name="Diallo",
        email="amina@example.ca",
        consents=[Consent(purpose="intake", granted=True)],
        diplomas=[Diploma(title="Licence")],
    )


def test_each_save_writes_one_op_per_changed_field_with_gapless_seq(
    app: Application, admin: Actor
) -> None:
    c = _candidate()
    save_candidate(app.ctx, admin, c)
    first = _ops(app)
    assert [op.seq for op in first] == list(range(1, len(first) + 1))
    assert {op.candidate for op in first} == {c.id}
    assert all(op.actor == admin.staff_id and op.device == app.device.id for op in first)  # type: ignore[union-attr]
    assert [op.hlc for op in first] == sorted({op.hlc for op in first})  # strictly increasing
    save_candidate(app.ctx, admin, c)  # same data again: no op
    assert len(_ops(app)) == len(first)
    c.phone = "514 555 0199"
    save_candidate(app.ctx, admin, c)
    after = _ops(app)
    assert len(after) == len(first) + 1
    assert (after[-1].entity, after[-1].field, after[-1].value) == (
        "candidate",
        "phone",
        "+15145550199",
    )
    assert after[-1].seq == len(first) + 1


def test_a_removed_child_row_is_a_tombstone_op_and_instants_are_canonical(
    app: Application, admin: Actor
) -> None:
    c = _candidate()
    save_candidate(app.ctx, admin, c)
    granted = [op for op in _ops(app) if op.entity == "consent" and op.field == "granted_at"]
    assert parse_instant(granted[0].value) is not None
    assert granted[0].value.endswith("+00:00")
    diploma_id = c.diplomas[0].id
    c.diplomas = []
    save_candidate(app.ctx, admin, c)
    last = _ops(app)[-1]
    assert (last.kind, last.entity, last.row, last.value) == (DELETE, "diploma", diploma_id, None)


def test_a_failed_save_writes_no_op(app: Application, admin: Actor) -> None:
    bad = Candidate(given_names="", family_name="", email=None, phone=None)
    assert not save_candidate(app.ctx, admin, bad).saved
    assert _ops(app) == []


def test_the_clock_never_goes_back_and_warns_when_the_computer_clock_is_behind(
    app: Application,
) -> None:
    now = hlc.EARLIEST_MS + 10**9
    with app.ctx.store.unit_of_work() as session:
        ahead = write_ops(session, "c1", [("candidate", "c1", "notes", "a", False)], None, now)
        behind = write_ops(
            session, "c1", [("candidate", "c1", "notes", "b", False)], None, now - 3_600_000
        )
        clock = session.scalar(select(SyncClockRow))
        assert clock is not None and clock.clock_warning == hlc.CLOCK_BEHIND
    assert behind[0].hlc > ahead[0].hlc
    assert hlc.unpack(behind[0].hlc) == (now, 1)


def test_hlc_ticks() -> None:
    assert hlc.tick(0, hlc.EARLIEST_MS).value == hlc.pack(hlc.EARLIEST_MS, 0)
    last = hlc.pack(hlc.EARLIEST_MS + 5, hlc.COUNTER_MAX)
    assert hlc.tick(last, hlc.EARLIEST_MS).value == hlc.pack(hlc.EARLIEST_MS + 6, 0)
    assert hlc.tick(0, 1000).warning == hlc.CLOCK_BEFORE_RELEASE
