"""X6–X8 and R6: forged, tampered, truncated and swapped bundles are rejected before any write."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from desktop.central.importer import import_bundle
from desktop.sync import bundle_format as fmt
from desktop.sync import keys
from desktop.sync.canonical import dump_bytes, sha256_hex
from tests.sync.sync_helpers import Central, make_laptop, op_count, person, state_hash


def _rebuild(data: bytes, **changes: object) -> bytes:
    """Re-zip a bundle with manifest changes (signature left as it was)."""
    bundle = fmt.parse(data)
    manifest = dict(bundle.manifest)
    manifest.update(changes)
    return fmt.write_zip(dump_bytes(manifest), bundle.signature, bundle.payload)


def _resign(data: bytes, private: bytes, payload: bytes | None = None, **changes: object) -> bytes:
    bundle = fmt.parse(data)
    manifest = dict(bundle.manifest)
    payload = bundle.payload if payload is None else payload
    manifest.update(payload_size=len(payload), payload_sha256=sha256_hex(payload), **changes)
    body = dump_bytes(manifest)
    return fmt.write_zip(body, keys.sign(private, body), payload)


def _private(laptop_store) -> bytes:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from desktop.storage.models import SyncStateRow

    with laptop_store.read() as session:
        return session.scalar(select(SyncStateRow.signing_key))  # type: ignore[no-any-return]


def test_forged_tampered_and_swapped_bundles_are_rejected(tmp_path: Path, central: Central) -> None:
    a = make_laptop(tmp_path, "a", central)
    b = make_laptop(tmp_path, "b", central)
    a.save(person(1))
    a_first = a.export(tmp_path / "a1.zip")
    a.save(person(2))
    a_second = a.export(tmp_path / "a2.zip")
    b.save(person(3))
    b_first = b.export(tmp_path / "b1.zip")
    before = state_hash(central.store)
    stranger, stranger_public = keys.new_signing_key()
    a_key = _private(a.app.ctx.store)
    first, second = fmt.parse(a_first), fmt.parse(a_second)
    cases = [
        # X7: an unknown key; a key that is not the device's; a's key claiming to be b
        ("bundle.signature", _resign(a_first, stranger)),
        (
            "bundle.key_mismatch",
            _resign(a_first, stranger, device_key_id=keys.key_id(stranger_public)),
        ),
        ("bundle.key_mismatch", _resign(b_first, a_key, device_key_id=keys.key_id(keys_public(a)))),
        ("bundle.enrolment", _resign(a_first, a_key, device_id=b.device_id)),
        # X8: bundle 1's payload with bundle 2's manifest (as is, and re-signed)
        (
            "bundle.payload_size|bundle.payload_hash",
            fmt.write_zip(second.manifest_bytes, second.signature, first.payload),
        ),
        ("bundle.decrypt|bundle.header", _resign(a_second, a_key, payload=first.payload)),
        # X6: tampered manifest, unknown version, truncated file, wrong recipient
        (
            "bundle.signature",
            _rebuild(
                a_first,
                seq_to=first.manifest["seq_to"] + 1,
                op_count=first.manifest["op_count"] + 1,
            ),
        ),
        ("bundle.format_version", _rebuild(a_first, format="passerelle-bundle/9")),
        ("bundle.structure", a_first[: len(a_first) // 2]),
        ("bundle.wrong_recipient", _resign(a_first, a_key, recipient_key_id="0" * 16)),
    ]
    for expected, data in cases:
        report = import_bundle(central.store, central.keys, data)
        assert report.status == "rejected" and report.reason in expected.split("|"), expected
    assert state_hash(central.store) == before and op_count(central.store) == 0
    for data in (a_first, a_second, b_first):
        assert import_bundle(central.store, central.keys, data).status == "imported"


def keys_public(laptop) -> bytes:  # type: ignore[no-untyped-def]
    from desktop.sync.laptop import own_public_key

    public = own_public_key(laptop.app.ctx.store)
    assert public is not None
    return public


def test_an_op_of_another_device_inside_a_signed_bundle_is_rejected(
    tmp_path: Path, sqlite_central: Central
) -> None:
    a = make_laptop(tmp_path, "a", sqlite_central)
    a.save(person(1))
    data = a.export(tmp_path / "a.zip")
    bundle = fmt.parse(data)
    contents = fmt.open_contents(bundle, sqlite_central.keys.enc_private)
    ops = contents.ops
    from dataclasses import replace

    bodies = [op.body() for op in ops]
    bodies[0] = replace(ops[0], device="00000000-0000-0000-0000-000000000000").body()
    audit = [fmt.dump_bytes(event).decode() for event in contents.audit]
    payload = fmt.seal(bundle.manifest, bodies, sqlite_central.keys.enc_public, audit)
    forged = _resign(data, _private(a.app.ctx.store), payload=payload)
    report = import_bundle(sqlite_central.store, sqlite_central.keys, forged)
    assert (report.status, report.reason) == ("rejected", "bundle.foreign_op")


@pytest.mark.parametrize("seed", [6])
def test_random_corruptions_are_all_rejected(tmp_path: Path, central: Central, seed: int) -> None:
    a = make_laptop(tmp_path, "a", central)
    a.save(person(1))
    data = a.export(tmp_path / "a.zip")
    rng = random.Random(seed)
    trials = 0
    reasons: set[str] = set()
    for _ in range(520):
        mutated = bytearray(data)
        kind = rng.randrange(4)
        if kind == 0:  # flip one byte anywhere
            mutated[rng.randrange(len(mutated))] ^= 1 << rng.randrange(8)
        elif kind == 1:  # truncate
            del mutated[rng.randrange(len(mutated)) :]
        elif kind == 2:  # append garbage
            mutated += bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
        else:  # overwrite a run of bytes
            start = rng.randrange(len(mutated))
            for i in range(start, min(len(mutated), start + rng.randint(1, 16))):
                mutated[i] = rng.randrange(256)
        if bytes(mutated) == data:
            continue
        report = import_bundle(central.store, central.keys, bytes(mutated))
        assert report.status == "rejected", kind
        reasons.add(report.reason or "")
        trials += 1
    assert trials >= 500
    assert op_count(central.store) == 0
    assert {"bundle.structure"} <= reasons
