"""S15: what older versions of the app wrote is still imported without losing a value.

- Ops: a laptop that was not updated writes ops of an older version; central upcasts each line
  (`desktop.sync.upcast`). The golden file `tests/fixtures/sync/ops_v1.jsonl` holds such a
  laptop's op lines in a version 1 where the original-script name was `original_name` and the
  languages spoken one comma-separated text; the current version (2 in this test) renamed the
  first and split the second into a list. `candidate_from_v1.json` is what central must show.
- Bundles: a format 1 bundle (before audit events travelled) is still verified and imported.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.central.importer import import_bundle
from desktop.services.actor import SYSTEM
from desktop.services.candidates import get_candidate
from desktop.services.context import ServiceContext
from desktop.storage.models import OpLogRow, OutboxOpRow, SyncClockRow, SyncStateRow
from desktop.sync import bundle_format as fmt
from desktop.sync import hlc, keys, ops, upcast
from desktop.sync.canonical import dump_bytes, sha256_hex
from desktop.sync.ops import OpFormatError
from tests.sync.sync_helpers import Central, make_laptop, person

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "sync"
CANDIDATE = "0b7c1f7e-5a8e-4c1b-9d2e-6f1a2b3c4d5e"


def _v1_to_v2(obj: dict[str, Any]) -> dict[str, Any]:
    obj = dict(obj, v=2)
    if obj["entity"] == "candidate" and obj["field"] == "original_name":
        obj["field"] = "name_original_script"
    if obj["entity"] == "candidate" and obj["field"] == "languages":
        obj["field"] = "languages_spoken"
        obj["value"] = [code.strip() for code in str(obj["value"]).split(",") if code.strip()]
    return obj


def test_ops_of_an_older_version_are_upcast_and_no_value_is_lost(
    tmp_path: Path, central: Central, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = make_laptop(tmp_path, "old", central)
    stamp = hlc.pack(hlc.wall_ms() - 60_000, 0)
    text = (FIXTURES / "ops_v1.jsonl").read_text(encoding="utf-8")
    lines = (
        text.replace("{candidate}", CANDIDATE)
        .replace("{device}", laptop.device_id)
        .replace("{hlc}", str(stamp))
        .splitlines()
    )
    with laptop.app.ctx.store.unit_of_work() as session:  # what the old laptop's outbox holds
        for line in lines:
            session.add(
                OutboxOpRow(
                    device_id=laptop.device_id,
                    incarnation=1,
                    seq=json.loads(line)["seq"],
                    hlc=stamp,
                    candidate_id=CANDIDATE,
                    body=line,
                    acked=False,
                )
            )
        session.add(
            SyncClockRow(device_id=laptop.device_id, incarnation=1, last_seq=len(lines), hlc=stamp)
        )
    data = laptop.export(tmp_path / "old.zip")

    with pytest.raises(OpFormatError):  # without its upcaster, a version 1 op is refused
        monkeypatch.setattr(ops, "OP_VERSION", 2)
        upcast.op_from_line(lines[0].encode())
    monkeypatch.setitem(upcast.UPCASTERS, 1, _v1_to_v2)
    report = import_bundle(central.store, central.keys, data)
    assert report.status == "imported", report.reason
    assert report.applied == len(lines)

    expected = json.loads((FIXTURES / "candidate_from_v1.json").read_text(encoding="utf-8"))
    found = get_candidate(ServiceContext(store=central.store), SYSTEM, CANDIDATE)
    assert found is not None
    assert {name: getattr(found, name) for name in expected} == expected
    with central.store.read() as session:
        hashes = set(session.scalars(select(OpLogRow.op_hash)))
    # Idempotence and equivocation keep each op's identity as the laptop wrote it.
    assert hashes == {sha256_hex(line.encode()) for line in lines}
    assert import_bundle(central.store, central.keys, data).status == "already_imported"


def test_a_format_1_bundle_without_audit_events_is_still_imported(
    tmp_path: Path, central: Central
) -> None:
    laptop = make_laptop(tmp_path, "old", central)
    laptop.save(person(1))
    current = fmt.parse(laptop.export(tmp_path / "new.zip"))
    contents = fmt.open_contents(current, central.keys.enc_private)
    manifest = {k: v for k, v in current.manifest.items() if k not in ("audit_from", "audit_count")}
    manifest["format"] = fmt.FORMAT_V1
    payload = fmt.seal(manifest, [op.body() for op in contents.ops], central.keys.enc_public)
    manifest.update(payload_size=len(payload), payload_sha256=sha256_hex(payload))
    body = dump_bytes(manifest)
    with laptop.app.ctx.store.read() as session:
        private = session.scalar(select(SyncStateRow.signing_key))
    assert private is not None
    old = fmt.write_zip(body, keys.sign(private, body), payload)
    report = import_bundle(central.store, central.keys, old)
    assert report.status == "imported" and report.applied == len(contents.ops)
    assert report.audit_events == 0
