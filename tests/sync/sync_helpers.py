"""Helpers of the sync and central tests: laptops on real data folders, central stores on SQLite
and PostgreSQL, bundles exported by the real services, and a hash of the central state."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select, text

from desktop.app import Application, open_application
from desktop.central.setup import CentralKeys, enroll_device, init_central, load_keys, open_central
from desktop.domain.candidate import Candidate, Consent, Diploma
from desktop.services.actor import Actor
from desktop.services.candidates import save_candidate
from desktop.storage.models import CentralIdentityRow, OpLogRow, SyncDeviceRow
from desktop.storage.store import Store
from desktop.sync.laptop import export_bundle

PASSPHRASE = "phrase-de-passe-longue"
PASSWORD = "mot-de-passe-sûr"


@dataclass
class Central:
    store: Store
    keys: CentralKeys
    url: str


def make_central(url: str) -> Central:
    store = open_central(url)
    init_central(store, PASSPHRASE)
    return Central(store, load_keys(store, PASSPHRASE), url)


def twin_central(source: Central, url: str) -> Central:
    """A second empty store with the same identity and enrolled devices (to compare imports)."""
    store = open_central(url)
    with source.store.read() as s, store.unit_of_work() as t:
        for model in (CentralIdentityRow, SyncDeviceRow):
            for row in s.scalars(select(model)):
                values = {c.key: getattr(row, c.key) for c in inspect(model).column_attrs}
                t.add(model(**values))
    return Central(store, source.keys, url)


@dataclass
class Laptop:
    app: Application
    actor: Actor
    name: str
    home: Path

    def save(self, candidate: Candidate) -> str:
        result = save_candidate(self.app.ctx, self.actor, candidate)
        assert result.saved, result.issues
        return result.candidate_id

    def export(self, path: Path, *, include_acked: bool = False) -> bytes:
        result = export_bundle(self.app.ctx.store, path, include_acked=include_acked)
        assert result.path is not None
        return path.read_bytes()

    @property
    def device_id(self) -> str:
        info = self.app.device
        assert info is not None
        return info.id


def make_laptop(tmp_path: Path, name: str, central: Central | None) -> Laptop:
    from desktop.sync.laptop import enrol

    home = tmp_path / name
    app = open_application(home)
    actor = app.initialise(name, "admin", PASSWORD)
    if central is not None:
        enrol(app.ctx.store, enroll_device(central.store, central.keys, name))
    return Laptop(app, actor, name, home)


def laptop_bundle(tmp_path: Path, central: Central, people: int) -> bytes:
    """The bundle of a laptop "a", enrolled with `central`, that saved `person(0…people-1)`."""
    laptop = make_laptop(tmp_path, "a", central)
    for index in range(people):
        laptop.save(person(index))
    return laptop.export(tmp_path / "b.zip")


def person(index: int, marker: str = "", **changes: Any) -> Candidate:
    c = Candidate(
        given_names=f"Zénobie{marker}{index}",
        family_name=f"Kowalczyk{marker}",
        email=f"zenobie{marker.lower()}{index}@exemple.ca",
        phone=f"+1514555{index:04d}",
        date_of_birth="1990-05-12",
        consents=[Consent(purpose="intake", granted=True)],
        diplomas=[Diploma(title="Baccalauréat en génie", level="bac", country="MA")],
    )
    for key, value in changes.items():
        setattr(c, key, value)
    return c


_SKIP_COLUMNS = {"created_at", "updated_at", "imported_at", "bundle_id", "event_id"}
_STATE_TABLES = (
    "candidates",
    "immigration_profiles",
    "diplomas",
    "professional_regulations",
    "experiences",
    "target_occupations",
    "language_levels",
    "consents",
    "eligibility_assessments",
    "op_log",
    "field_heads",
    "tombstones",
    "sync_conflicts",
)


def state_hash(store: Store) -> str:
    """A hash of everything the merge produces (timestamps of import and bundle ids left out)."""
    digest = hashlib.sha256()
    with store.read() as session:
        for table in _STATE_TABLES:
            columns = [
                c["name"]
                for c in inspect(session.get_bind()).get_columns(table)
                if c["name"] not in _SKIP_COLUMNS
            ]
            quoted = ", ".join(f'"{c}"' for c in columns)
            rows = session.execute(text(f"SELECT {quoted} FROM {table}")).all()
            lines = sorted(repr(tuple(_plain(v) for v in row)) for row in rows)
            digest.update(f"{table}:{len(lines)}\n".encode())
            for line in lines:
                digest.update(line.encode() + b"\n")
        events = session.execute(text("SELECT code, name FROM events")).all()
        digest.update(repr(sorted(events)).encode())
    return digest.hexdigest()


def assert_one_winner_per_field(store: Store) -> None:
    """Each field's register is exactly one head: the greatest by (hlc, device, incarnation, seq)."""
    heads: dict[tuple[str, str, str], list[Any]] = {}
    with store.read() as session:
        stmt = text(
            "SELECT entity, row_id, field, hlc, device_id, incarnation, seq, wins FROM field_heads"
        )
        for row in session.execute(stmt):
            heads.setdefault((row[0], row[1], row[2]), []).append(row)
    for key, rows in heads.items():
        assert [bool(r.wins) for r in rows].count(True) == 1, key
        best = max(rows, key=lambda r: (r.hlc, r.device_id, r.incarnation, r.seq))
        assert best.wins, key


def _plain(value: Any) -> Any:
    if isinstance(value, dict | list):
        import json

        return json.dumps(value, sort_keys=True)
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def op_count(store: Store) -> int:
    with store.read() as session:
        return len(session.scalars(select(OpLogRow.seq)).all())
