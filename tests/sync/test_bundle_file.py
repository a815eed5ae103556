"""The bundle file: durable write, verified re-read, whitelisted manifest, no personal data."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop.sync import bundle_format as fmt
from desktop.sync.canonical import loads
from desktop.sync.errors import SyncError
from desktop.sync.laptop import export_bundle
from tests.sync.sync_helpers import Central, make_laptop, person


def test_export_needs_an_enrolment(tmp_path: Path) -> None:
    laptop = make_laptop(tmp_path, "seul", None)
    laptop.save(person(1))
    with pytest.raises(SyncError) as caught:
        export_bundle(laptop.app.ctx.store, tmp_path / "b.zip")
    assert caught.value.code == "bundle.not_enrolled"


def test_bundle_is_written_whole_and_holds_no_personal_data(
    tmp_path: Path, sqlite_central: Central
) -> None:
    laptop = make_laptop(tmp_path, "kiosque", sqlite_central)
    people = [person(i, marker="Ñandú") for i in range(5)]
    for p in people:
        laptop.save(p)
    progress: list[tuple[int, int]] = []
    result = export_bundle(
        laptop.app.ctx.store, tmp_path / "b.zip", progress=lambda d, t: progress.append((d, t))
    )
    assert result.path is not None and progress[-1] == (result.op_count, result.op_count)
    assert not list(tmp_path.glob("*.partial"))
    data = (tmp_path / "b.zip").read_bytes()
    markers: list[str] = []
    for p in people:
        markers += [p.given_names or "", p.family_name or "", p.email or "", p.phone or ""]
        markers += [p.diplomas[0].title or "", p.phone.lstrip("+") if p.phone else ""]
    for marker in markers:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "latin-1"):
            try:
                needle = marker.encode(encoding)
            except UnicodeEncodeError:
                continue
            assert needle not in data, marker
    with zipfile.ZipFile(tmp_path / "b.zip") as archive:
        assert [i.filename for i in archive.infolist()] == list(fmt.MEMBERS)
        manifest = loads(archive.read(fmt.MANIFEST))
    assert set(manifest) == fmt.MANIFEST_FIELDS
    assert manifest["device_id"] == laptop.device_id
    assert (manifest["seq_from"], manifest["seq_to"]) == (1, result.op_count)


def test_the_laptop_cannot_decrypt_its_own_bundle(tmp_path: Path, sqlite_central: Central) -> None:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    laptop = make_laptop(tmp_path, "l", sqlite_central)
    laptop.save(person(1))
    bundle = fmt.parse(laptop.export(tmp_path / "b.zip"))
    with pytest.raises(SyncError) as caught:
        fmt.open_payload(bundle, X25519PrivateKey.generate())
    assert caught.value.code == "bundle.decrypt"
    assert (
        len(fmt.open_payload(bundle, sqlite_central.keys.enc_private))
        == bundle.manifest["op_count"]
    )
