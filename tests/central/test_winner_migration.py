"""Migration 0013 keeps a central store's registers: the head each register copied now wins.

A central store written before 0013 has `field_registers` (one copy of the winning head per
field). After the upgrade that table is gone and exactly those heads carry `wins`, on SQLite and
on PostgreSQL; the store then materialises the same values.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, text

from desktop.storage.engine import engine_for_url
from desktop.storage.migrate import _config, upgrade

DEV_A = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"
DEV_B = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"
CAND = "cccccccc-cccc-4ccc-8ccc-cccccccccccc"
HEAD = (
    "INSERT INTO field_heads (entity, row_id, field, device_id, incarnation, seq, hlc,"
    " candidate_id, value) VALUES (:entity, :row, :field, :device, 1, :seq, :hlc, :cand, :value)"
)
REGISTER = HEAD.replace("field_heads", "field_registers")


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'central.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    engine = engine_for_url(url)
    yield engine
    engine.dispose()


def _to_0012(engine: Engine) -> None:
    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0012")


def test_the_heads_registers_copied_are_the_winners_after_the_upgrade(engine: Engine) -> None:
    _to_0012(engine)
    family = {"entity": "candidate", "row": CAND, "field": "family_name", "cand": CAND}
    phone = {"entity": "candidate", "row": CAND, "field": "phone", "cand": CAND}
    older_a = family | {"device": DEV_A, "seq": 1, "hlc": 100, "value": '"Nguyễn"'}
    newer_b = family | {"device": DEV_B, "seq": 1, "hlc": 200, "value": '"Nguyễn Văn"'}
    only_a = phone | {"device": DEV_A, "seq": 2, "hlc": 100, "value": '"+15145550101"'}
    with engine.begin() as conn:
        conn.execute(text(HEAD), [older_a, newer_b, only_a])
        conn.execute(text(REGISTER), [newer_b, only_a])
    upgrade(engine)
    assert "field_registers" not in inspect(engine).get_table_names()
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT field, device_id, wins FROM field_heads")).all()
    winners = {(name, device) for name, device, wins in rows if wins}
    assert winners == {("family_name", DEV_B), ("phone", DEV_A)}
    assert len(rows) == 3
