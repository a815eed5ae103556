"""S3: the central state depends only on the set of ops received, not on bundles, order or repeats.

Property test (Hypothesis) on the merge function with ops of 3 laptops and central's own ops —
random edits, deletes, merges and unmerges, random splits into (overlapping, repeated) bundles, 8
or 9 import orders per example (over 200 in all on SQLite) and chunk sizes — and a whole-stack
test with 3 real laptops and signed bundles imported in many orders.
"""

from __future__ import annotations

import itertools
import random
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from desktop.central.importer import apply_and_materialise, import_bundle
from desktop.central.merge import ALIAS
from desktop.central.review import open_conflicts
from desktop.central.setup import open_central
from desktop.storage.models import CentralIdentityRow
from desktop.storage.store import Store
from desktop.sync import hlc
from desktop.sync.ops import DELETE, SET, Op
from tests.sync.sync_helpers import (
    _STATE_TABLES,
    Central,
    assert_one_winner_per_field,
    make_central,
    make_laptop,
    person,
    state_hash,
    twin_central,
)

DEVICES = [
    "11111111-1111-4111-8111-111111111111",
    "22222222-2222-4222-8222-222222222222",
    "33333333-3333-4333-8333-333333333333",
]
CANDIDATES = ["aaaaaaaa-0000-4000-8000-000000000001", "aaaaaaaa-0000-4000-8000-000000000002"]
DIPLOMAS = {
    c: [f"dddddddd-000{i}-4000-8000-00000000000{n}" for i in range(2)]
    for n, c in enumerate(CANDIDATES, 1)
}
FIELDS = {
    "given_names": ["Ana", "Anna", "Ani"],
    "family_name": ["Roy", "Roi"],
    "phone": ["+15145550001", "+15145550002", None],
}
T0 = hlc.EARLIEST_MS + 10**9

action = st.one_of(
    st.tuples(
        st.just("set"),
        st.sampled_from(CANDIDATES),
        st.sampled_from(sorted(FIELDS)),
        st.integers(0, 2),
    ),
    st.tuples(
        st.just("diploma"),
        st.sampled_from(CANDIDATES),
        st.integers(0, 1),
        st.sampled_from(["BAC", "DEC", "DEP"]),
    ),
    st.tuples(st.just("del_diploma"), st.sampled_from(CANDIDATES), st.integers(0, 1), st.just("")),
    st.tuples(st.just("del"), st.sampled_from(CANDIDATES), st.just(0), st.just("")),
    # Central's merge (a=1: the other candidate into this one) or unmerge (a=0).
    st.tuples(st.just("merge"), st.sampled_from(CANDIDATES), st.integers(0, 1), st.just("")),
)
CENTRAL = 3  # the device index standing for central's own ops (merges, an admin's choices)
steps = st.lists(
    st.tuples(st.integers(0, CENTRAL), st.integers(0, 40), action), min_size=1, max_size=14
)


def _ops(
    history: list[tuple[int, int, tuple[str, str, object, object]]], central_id: str
) -> dict[str, list[Op]]:
    devices = [*DEVICES, central_id]
    per_device: dict[str, list[Op]] = {d: [] for d in devices}
    clock = T0
    for device_index, jump, (kind, cand, a, b) in history:
        clock += jump
        if kind == "merge":
            device_index = CENTRAL  # only central merges
        device = devices[device_index]
        seq = len(per_device[device]) + 1
        stamp = hlc.pack(clock, device_index)
        if kind == "set":
            values = FIELDS[str(a)]
            entity, row, field, value, op_kind = (
                "candidate",
                cand,
                str(a),
                values[int(str(b)) % len(values)],
                SET,
            )
        elif kind == "diploma":
            entity, row, field, value, op_kind = (
                "diploma",
                DIPLOMAS[cand][int(str(a))],
                "title",
                b,
                SET,
            )
        elif kind == "del_diploma":
            entity, row, field, value, op_kind = (
                "diploma",
                DIPLOMAS[cand][int(str(a))],
                "",
                None,
                DELETE,
            )
        elif kind == "merge":
            loser = next(c for c in CANDIDATES if c != cand)
            entity, row, field, value, op_kind = ALIAS, loser, "survivor", cand if a else None, SET
        else:
            entity, row, field, value, op_kind = "candidate", cand, "", None, DELETE
        owner = row if entity == ALIAS else cand
        per_device[device].append(
            Op(device, 1, seq, stamp, entity, row, field, op_kind, value, owner, None)
        )
    return per_device


def _bundles(per_device: dict[str, list[Op]], cuts: list[int]) -> list[list[Op]]:
    bundles: list[list[Op]] = []
    for index, ops in enumerate(per_device.values()):
        start = 0
        while start < len(ops):
            size = 1 + cuts[(index + start) % len(cuts)] % 4
            bundles.append(ops[start : start + size])
            if cuts[start % len(cuts)] % 3 == 0 and start > 0:
                bundles.append(ops[max(0, start - 2) : start + size])  # an overlapping bundle
            start += size
    return bundles


def _import_all(store: Store, bundles: list[list[Op]], chunk: int) -> tuple[str, list[str]]:
    for bundle in bundles:
        for start in range(0, len(bundle), chunk):
            with store.unit_of_work() as session:
                apply_and_materialise(session, bundle[start : start + chunk], None)
    assert_one_winner_per_field(store)
    conflicts = sorted(
        f"{c.entity}.{c.field}:{c.winner_op}>{c.loser_op}" for c in open_conflicts(store)
    )
    return state_hash(store), conflicts


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "central.db"
    make_central(f"sqlite:///{path}").store.close()
    return path


def _central_id(store: Store) -> str:
    with store.read() as session:
        return str(session.scalar(select(CentralIdentityRow.store_id)))


def _same_result_in_every_order(
    fresh: Callable[[str], Store],
    history,
    cuts,
    orders,
    chunk,  # type: ignore[no-untyped-def]
) -> None:
    reference = fresh("reference")
    per_device = _ops(history, _central_id(reference))
    bundles = _bundles(per_device, cuts)
    results = set()
    results.add(repr(_import_all(reference, [ops for ops in per_device.values() if ops], 500)))
    reference.close()
    for index, rng in enumerate(orders):
        shuffled = [*bundles, bundles[0]]
        rng.shuffle(shuffled)
        store = fresh(f"order{index}")
        results.add(repr(_import_all(store, shuffled, chunk)))
        store.close()
    assert len(results) == 1


def _examples(orders: int) -> Callable[..., Any]:
    return given(
        history=steps,
        cuts=st.lists(st.integers(0, 11), min_size=1, max_size=6),
        orders=st.lists(st.randoms(use_true_random=False), min_size=orders, max_size=orders + 1),
        chunk=st.integers(1, 5),
    )


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@_examples(orders=8)  # 25 examples × 8 or 9 orders: over 200 import orders
def test_any_split_order_and_repeat_gives_the_same_state_and_conflicts(
    template: Path,
    tmp_path_factory: pytest.TempPathFactory,
    history,
    cuts,
    orders,
    chunk,  # type: ignore[no-untyped-def]
) -> None:
    folder = tmp_path_factory.mktemp("orders")

    def fresh(name: str) -> Store:
        path = folder / f"{name}.db"
        shutil.copy(template, path)
        return open_central(f"sqlite:///{path}")

    _same_result_in_every_order(fresh, history, cuts, orders, chunk)


def test_a_merged_person_deleted_later_leaves_no_copy_on_the_survivor(
    template: Path, tmp_path: Path
) -> None:
    """Found by the property: central merges C1 into C2, a laptop deletes C1. Whether the merge
    or the delete arrives first, C2 must not keep C1's values (the tombstone drops the alias)."""
    c1, c2 = CANDIDATES
    history = [
        (0, 0, ("set", c1, "family_name", 0)),
        (0, 0, ("del_diploma", c1, 0, "")),
        (2, 0, ("del", c1, 0, "")),
        (0, 0, ("set", c1, "family_name", 0)),
        (CENTRAL, 0, ("merge", c2, 1, "")),
        (0, 0, ("set", c1, "family_name", 0)),
    ]

    def fresh(name: str) -> Store:
        path = tmp_path / f"{name}.db"
        shutil.copy(template, path)
        return open_central(f"sqlite:///{path}")

    orders = [random.Random(seed) for seed in (4, 5, 7, 8, 0)]  # 4, 5, 7, 8: merge first
    _same_result_in_every_order(fresh, history, [1], orders, 1)


_RESET = ", ".join(f'"{table}"' for table in (*_STATE_TABLES, "events"))


@pytest.mark.postgres
@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@_examples(orders=2)
def test_the_same_property_holds_on_postgresql(
    postgres_url: str,
    history,
    cuts,
    orders,
    chunk,  # type: ignore[no-untyped-def]
) -> None:
    """S3 on the production database: one PostgreSQL store emptied before each import order."""
    central = _pg_central(postgres_url)

    def fresh(_name: str) -> Store:
        with central.store.unit_of_work() as session:
            session.execute(text(f"TRUNCATE {_RESET} CASCADE"))
        return Store(central.store.engine)

    _same_result_in_every_order(fresh, history, cuts, orders, chunk)


_pg_centrals: dict[str, Central] = {}


def _pg_central(url: str) -> Central:
    """One initialised central per PostgreSQL database (Hypothesis calls the test many times)."""
    if url not in _pg_centrals:
        _pg_centrals[url] = make_central(url)
    return _pg_centrals[url]


def test_three_laptops_bundles_in_every_order_give_one_state(
    tmp_path: Path, sqlite_central: Central
) -> None:
    laptops = [make_laptop(tmp_path, f"l{i}", sqlite_central) for i in range(3)]
    shared = person(7)
    bundles: list[bytes] = []
    for i, laptop in enumerate(laptops):
        laptop.save(person(i))
        copy_ = person(7, id=shared.id, phone=f"+1514555070{i}")
        copy_.consents, copy_.diplomas = [], []
        laptop.save(copy_)
        bundles.append(laptop.export(tmp_path / f"{i}a.zip"))
        laptop.save(person(10 + i))
        bundles.append(laptop.export(tmp_path / f"{i}b.zip"))  # overlaps the first
    hashes = set()
    conflicts = set()
    for n, order in enumerate(itertools.permutations(range(len(bundles)), len(bundles))):
        if n % 97:  # a spread of the 720 orders keeps the test fast
            continue
        twin = twin_central(sqlite_central, f"sqlite:///{tmp_path / f'o{n}.db'}")
        for index in order:
            assert import_bundle(twin.store, twin.keys, bundles[index]).status == "imported"
        hashes.add(state_hash(twin.store))
        conflicts.add(tuple(sorted(c.id for c in open_conflicts(twin.store))))
        twin.store.close()
    assert len(hashes) == 1 and len(conflicts) == 1
    assert len(next(iter(conflicts))) >= 2  # the shared person's phone, written on three laptops
