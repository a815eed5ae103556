"""The sync screens: the laptop's export (background, verified before "safe to unplug"), ack and
enrolment; the central admin window's import, duplicate merge/unmerge and conflict choice."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.central.importer import import_bundle
from desktop.central.setup import enroll_device
from desktop.domain.enums import Role
from desktop.domain.phones import format_phone
from desktop.services import central_admin
from desktop.services.actor import Actor
from desktop.services.candidates import get_candidate, save_candidate
from desktop.sync import bundle_format as fmt
from desktop.sync.outbox import write_ops
from desktop.ui import i18n
from desktop.ui.central_window import CentralWindow
from desktop.ui.main_window import MainWindow
from desktop.ui.sync_dialog import SyncDialog
from tests.sync.sync_helpers import PASSPHRASE, Central, make_central, make_laptop, person


@pytest.fixture
def sqlite_central(tmp_path: Path):  # type: ignore[no-untyped-def]
    c = make_central(f"sqlite:///{tmp_path / 'central.db'}")
    yield c
    c.store.close()


def test_export_screen_says_safe_to_unplug_only_after_verifying(
    qtbot, window: MainWindow, sqlite_central: Central, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    action = window.findChild(object, "actionSync")
    assert action is not None and action.isVisible()
    dialog = window.sync_helper.open()
    qtbot.addWidget(dialog)
    assert not dialog.export_button.isEnabled()  # not enrolled yet
    enrolment = tmp_path / "enrol.json"
    enrolment.write_bytes(enroll_device(sqlite_central.store, sqlite_central.keys, "Salon"))
    dialog.enrol_file(enrolment)
    assert "inscrit" in dialog.message.text() and dialog.export_button.isEnabled()
    save_candidate(window.ctx, window.actor, person(1, marker="Écran"))
    dialog.refresh()
    assert dialog.pending_value.text().startswith("1 personne")
    out = tmp_path / "usb" / "paquet.zip"
    out.parent.mkdir()
    task = dialog.export_to(out)
    assert "retirer" not in dialog.message.text()  # not before the check
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)
    assert task is not None
    text = dialog.message.text()
    assert "relu et vérifié" in text and "retirer la clé USB" in text and str(out) in text
    assert fmt.parse(out.read_bytes()).manifest["op_count"] > 0
    report = import_bundle(sqlite_central.store, sqlite_central.keys, out.read_bytes())
    ack = tmp_path / "ack.json"
    ack.write_bytes(report.ack or b"")
    dialog.apply_ack_file(ack)
    assert "Accusé appliqué" in dialog.message.text()
    assert dialog.pending_value.text().startswith("0 personne")
    (tmp_path / "forged.json").write_bytes(b'{"ack": {}, "sig": ""}')
    dialog.apply_ack_file(tmp_path / "forged.json")
    assert "invalide" in dialog.message.text()


def test_export_failure_never_says_safe_to_unplug(
    qtbot, window: MainWindow, sqlite_central: Central, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    enrolment = tmp_path / "enrol.json"
    enrolment.write_bytes(enroll_device(sqlite_central.store, sqlite_central.keys, "Salon"))
    dialog = SyncDialog(window.ctx, window.actor, window)
    qtbot.addWidget(dialog)
    dialog.enrol_file(enrolment)
    save_candidate(window.ctx, window.actor, person(2))
    dialog.export_to(tmp_path / "missing-folder" / "paquet.zip")
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)
    assert "Échec" in dialog.message.text() and "Ne retirez pas" in dialog.message.text()


def test_intake_staff_do_not_see_the_sync_action(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    intake = Actor(staff_id=None, username="accueil", role=Role.INTAKE)
    win = MainWindow(app, intake)
    qtbot.addWidget(win)
    action = win.findChild(object, "actionSync")
    assert action is not None and not action.isVisible()


def _central_window(qtbot, central: Central) -> CentralWindow:  # type: ignore[no-untyped-def]
    ctx = central_admin.open_context(central.url)
    admin = central_admin.unlock(ctx, PASSPHRASE)
    win = CentralWindow(ctx, admin)
    qtbot.addWidget(win)
    win.show()
    return win


def test_central_window_imports_merges_unmerges_and_settles_conflicts(
    qtbot, tmp_path: Path, sqlite_central: Central
) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language("fr")
    a = make_laptop(tmp_path, "a", sqlite_central)
    b = make_laptop(tmp_path, "b", sqlite_central)
    first = a.save(person(1, email="meme@exemple.ca", phone="+15145550101"))
    second = b.save(person(2, email="meme@exemple.ca", phone="+15145550202"))
    shared = person(
        3, given_names="Aminata", family_name="Diallo", date_of_birth="1979-01-01", email=None
    )
    cid = a.save(shared)
    with b.app.ctx.store.unit_of_work() as session:  # b edits the phone without seeing a's
        write_ops(session, cid, [("candidate", cid, "phone", "+15145550999", False)], None)
    paths = [a_path := tmp_path / "a.zip", b_path := tmp_path / "b.zip"]
    a.export(a_path)
    b.export(b_path)
    win = _central_window(qtbot, sqlite_central)
    assert not win.duplicates.empty.isHidden() and not win.conflicts.empty.isHidden()
    win.imports.import_files(paths, tmp_path / "accuses")
    qtbot.waitUntil(lambda: win.imports.task is None, timeout=30000)
    assert win.imports.table.rowCount() == 2
    assert win.imports.table.item(0, 1).text() == "Importé"
    assert len(list((tmp_path / "accuses").iterdir())) == 2
    assert "3 personne(s)" in win.figures.text() or "4 personne(s)" in win.figures.text()

    pages = win.duplicates
    assert len(pages.pairs) == 1 and pages.merge_button.isEnabled()
    assert pages.records is not None
    record_a, record_b = pages.records
    assert {record_a.id, record_b.id} == {first, second}
    assert pages.keep_a.isChecked()  # record A survives unless the admin picks B
    pages.choose("phone", "b")
    pages.merge_selected()
    assert pages.pairs == [] and pages.merge_list.count() == 1
    merged = get_candidate(win.ctx, win.admin.actor, record_a.id)
    assert merged is not None and merged.phone == record_b.phone  # B's phone, chosen
    assert merged.given_names == record_a.given_names  # A's name, the default
    pages.merge_list.setCurrentRow(0)
    pages.unmerge_selected()
    assert len(pages.pairs) == 1 and pages.merge_list.count() == 0

    conflicts = win.conflicts
    assert conflicts.table.rowCount() == 1
    kept, kept_source = conflicts.table.item(0, 2).text().split("\n")
    other, other_source = conflicts.table.item(0, 3).text().split("\n")
    assert {kept, other} == {format_phone(shared.phone), "514 555-0999"}  # as staff read phones
    # Under each value: the laptop that wrote it (enrolled as "a" and "b") and when.
    assert {kept_source.split(",")[0], other_source.split(",")[0]} == {"a", "b"}
    assert str(date.today().year) in kept_source
    conflicts.table.selectRow(0)
    conflicts.resolve_selected("loser")
    assert conflicts.table.rowCount() == 0 and not conflicts.empty.isHidden()
    settled = get_candidate(win.ctx, win.admin.actor, cid)
    assert settled is not None and format_phone(settled.phone) == other
    win.close()
    win.ctx.store.close()


def test_central_window_switches_to_english(qtbot, tmp_path: Path, sqlite_central: Central) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language("fr")
    win = _central_window(qtbot, sqlite_central)
    assert win.tabs.tabText(0) == "Importation des paquets"
    win.toggle_language()
    try:
        qtbot.waitUntil(lambda: win.tabs.tabText(0) == "Bundle import", timeout=5000)
        assert win.duplicates.merge_button.text() == "Merge with the ticked values"
    finally:
        i18n.set_language("fr")
    win.close()
    win.ctx.store.close()


def test_central_window_enrols_and_revokes_a_laptop(
    qtbot, tmp_path: Path, sqlite_central: Central
) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language("fr")
    lost = make_laptop(tmp_path, "Salon-perdu", sqlite_central)
    lost.save(person(1))
    import_bundle(sqlite_central.store, sqlite_central.keys, lost.export(tmp_path / "p.zip"))
    win = _central_window(qtbot, sqlite_central)
    page = win.devices
    assert win.tabs.tabText(3) == "Portables"
    assert [d.name for d in page.devices] == ["Salon-perdu"]
    assert page.table.item(0, 2).text() == "Actif"
    assert not page.revoke_button.isEnabled()  # nothing selected yet

    out = tmp_path / "inscription-Salon-4.json"
    assert page.enrol("Salon-4", out)
    enrolment = make_laptop(tmp_path, "Salon-4", None)
    from desktop.sync.laptop import enrol

    enrol(enrolment.app.ctx.store, out.read_bytes())  # the file is a valid enrolment
    assert page.table.rowCount() == 2
    assert page.table.item(1, 2).text() == "En attente de son premier paquet"

    page.table.selectRow(0)
    assert page.revoke_button.isEnabled()
    incident = page.revoke(page.devices[0])
    assert incident is not None and incident.affected and incident.last_legit_seq > 0
    assert "révoqué" in page.message.text() and "1 personne(s)" in page.message.text()
    assert page.table.item(0, 2).text().startswith("Révoqué le")
    page.table.selectRow(0)
    assert not page.revoke_button.isEnabled()  # revoking is done once
    note = tmp_path / "incident.json"
    assert not page.save_note_button.isHidden() and page.save_note(note)
    import json

    saved = json.loads(note.read_text(encoding="utf-8"))
    assert saved["affected_count"] == 1 and saved["device_name"] == "Salon-perdu"
    later = lost.save(person(2))  # written after the revocation: quarantined at central
    report = import_bundle(
        sqlite_central.store, sqlite_central.keys, lost.export(tmp_path / "p2.zip")
    )
    assert report.status == "quarantined" and later not in {c for c in incident.affected}
    win.close()
    win.ctx.store.close()
