"""X10: a revoked laptop's ops up to its last legitimate seq are accepted, later ones quarantined;
the ack tells the laptop; the incident note lists the persons whose data it held (ids only)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.central import devices
from desktop.central.importer import import_bundle
from desktop.central.report import summary
from desktop.cli.main import run
from desktop.storage.models import SyncAlarmRow
from desktop.sync.ack import read_ack
from desktop.sync.errors import SyncError
from desktop.sync.laptop import apply_ack, status
from tests.sync.sync_helpers import PASSPHRASE, Central, make_laptop, op_count, person


def test_ops_up_to_the_last_legitimate_seq_are_accepted_later_ones_quarantined(
    tmp_path: Path, central: Central
) -> None:
    a = make_laptop(tmp_path, "lost", central)
    b = make_laptop(tmp_path, "kept", central)
    first = [a.save(person(i)) for i in range(2)]
    legit = a.export(tmp_path / "a1.zip")  # still in someone's bag when the laptop is lost
    b.save(person(9))
    assert import_bundle(central.store, central.keys, b.export(tmp_path / "b.zip")).status == (
        "imported"
    )
    report = import_bundle(central.store, central.keys, legit)
    n = report.ack and read_ack(report.ack, central.keys.sign_public)["contiguous_up_to"]
    assert isinstance(n, int) and n > 0
    incident = devices.revoke_device(central.store, "lost")
    assert incident.last_legit_seq == n and sorted(incident.affected) == sorted(first)
    assert person(0).given_names not in json.dumps(incident.to_json())
    with pytest.raises(SyncError) as again:
        devices.revoke_device(central.store, "lost")
    assert again.value.code == "device.already_revoked"

    stolen = a.save(person(5, marker="Vol"))  # the thief saves and exports with the laptop
    after = a.export(tmp_path / "a2.zip", include_acked=True)  # seqs 1..N again, and later ones
    result = import_bundle(central.store, central.keys, after)
    assert result.status == "quarantined" and result.quarantined > 0 and result.applied == 0
    assert op_count(central.store) == n + len(legit_ops(b))
    figures = summary(central.store)
    assert figures["candidates"] == 3 and stolen not in json.dumps(figures)
    assert figures["alarm_kinds"] == {"device_revoked": 1, "revoked_quarantine": 1}
    assert [d["revoked"] for d in figures["devices"] if d["name"] == "lost"] == [True]
    ack = read_ack(result.ack or b"", central.keys.sign_public)
    assert ack["revocation"]["last_legit_seq"] == n and ack["contiguous_up_to"] == n
    done = apply_ack(a.app.ctx.store, result.ack or b"")
    assert done.revoked and status(a.app.ctx.store).revoked
    with central.store.read() as session:
        alarm = session.scalar(select(SyncAlarmRow).where(SyncAlarmRow.kind == "device_revoked"))
        assert alarm is not None and alarm.details["affected_count"] == 2


def legit_ops(laptop) -> list[int]:  # type: ignore[no-untyped-def]
    from desktop.storage.models import OutboxOpRow

    with laptop.app.ctx.store.read() as session:
        return list(session.scalars(select(OutboxOpRow.seq)))


def test_a_device_revoked_before_it_delivered_anything_is_refused(
    tmp_path: Path, central: Central
) -> None:
    a = make_laptop(tmp_path, "a", central)
    a.save(person(1))
    data = a.export(tmp_path / "a.zip")
    assert import_bundle(central.store, central.keys, data).status == "imported"
    devices.revoke_device(central.store, a.device_id, last_legit_seq=0)
    a.save(person(2))
    report = import_bundle(central.store, central.keys, a.export(tmp_path / "a2.zip"))
    assert report.status == "quarantined" and report.applied == 0


def test_revoke_device_command_writes_the_incident_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'central.db'}"
    monkeypatch.setenv("PASSERELLE_CENTRAL_PASSPHRASE", PASSPHRASE)
    central = ["--home", str(tmp_path / "none"), "central", "--db", url]
    assert run([*central, "init"]) == 0
    enrolment = tmp_path / "enrol.json"
    assert run([*central, "enroll-device", "--name", "Salon 3", "--out", str(enrolment)]) == 0
    note = tmp_path / "incident.json"
    assert run([*central, "revoke-device", "Salon 3", "--last-seq", "0", "--note", str(note)]) == 0
    assert "révoqué" in capsys.readouterr().out
    body = json.loads(note.read_text(encoding="utf-8"))
    assert body["affected_count"] == 0 and body["last_legit_seq"] == 0
    assert run([*central, "revoke-device", "Salon 3"]) == 2
    assert "déjà révoqué" in capsys.readouterr().err
    assert run([*central, "devices", "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["name"] == "Salon 3" and listed["revoked_at"]
