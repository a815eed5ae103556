"""The dossier service on a real store: roles, employer consent, print log, bytes or file."""

from __future__ import annotations

import io
import json
import threading
from pathlib import Path

import pytest
from conftest import PRINTED, full_candidate
from pypdf import PdfReader

from desktop.app import Application
from desktop.domain.enums import Role
from desktop.domain.messages import translate
from desktop.services.accounts import authenticate, create_staff
from desktop.services.actor import Actor, PermissionDenied
from desktop.services.candidates import save_candidate
from desktop.services.dossiers import DossierError, render_dossiers
from desktop.storage import audit_log


def stored(app: Application, admin: Actor, **kw: object) -> str:
    c = full_candidate(**kw)  # type: ignore[arg-type]
    c.eligibility = None  # assessed again by the service
    result = save_candidate(app.ctx, admin, c)
    assert result.saved, result.issues
    return result.candidate_id


def test_full_dossier_as_bytes_is_recorded_with_ids_only(app: Application, admin: Actor) -> None:
    cid = stored(app, admin)
    pdf = render_dossiers(app.ctx, admin, [cid], "full", "en", printed_at=PRINTED)
    assert pdf is not None and "Minh Khai" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    with app.ctx.store.read() as session:
        (event,) = audit_log.events(session, action="dossier.print")
        ids, details = list(event.entity_ids), dict(event.details)
    logged = json.dumps([ids, details], ensure_ascii=False)
    assert ids == [cid]
    assert details["variant"] == "full" and details["lang"] == "en"
    assert "Minh" not in logged and "exemple.ca" not in logged


def test_anonymized_profile_is_refused_without_employer_consent(
    app: Application, admin: Actor, tmp_path: Path
) -> None:
    cid = stored(app, admin, share=False)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "profil.pdf"
    with pytest.raises(DossierError) as refused:
        render_dossiers(app.ctx, admin, [cid], "anonymized", "fr", out)
    assert refused.value.code == "dossier.consent_missing"
    message = translate(refused.value.code, "fr", **refused.value.params)
    assert "n'a pas consenti" in message and "P-3F2A9C1E" in message
    assert list(out.parent.iterdir()) == []
    with app.ctx.store.read() as session:
        assert audit_log.events(session, action="dossier.print") == []


def test_anonymized_profile_with_consent_is_written_to_a_file(
    app: Application, admin: Actor, tmp_path: Path
) -> None:
    cid = stored(app, admin)
    out = tmp_path / "profil.pdf"
    assert render_dossiers(app.ctx, admin, [cid], "anonymized", "fr", out) is None
    assert "P-3F2A9C1E" in PdfReader(out).pages[0].extract_text()


def test_intake_staff_may_not_print(app: Application, admin: Actor) -> None:
    cid = stored(app, admin)
    create_staff(app.ctx, admin, "accueil", Role.INTAKE, "Mot-de-passe-accueil-1")
    intake = authenticate(app.ctx, "accueil", "Mot-de-passe-accueil-1")
    assert intake.role == Role.INTAKE
    with pytest.raises(PermissionDenied):
        render_dossiers(app.ctx, intake, [cid])


def test_cancel_leaves_no_file(app: Application, admin: Actor, tmp_path: Path) -> None:
    cid = stored(app, admin)
    stop = threading.Event()
    stop.set()
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "lot.pdf"
    with pytest.raises(DossierError) as cancelled:
        render_dossiers(app.ctx, admin, [cid], out=out, cancel=stop)
    assert cancelled.value.code == "dossier.cancelled"
    assert list(out.parent.iterdir()) == []


def test_privacy_contact_comes_from_settings(app: Application, admin: Actor) -> None:
    cid = stored(app, admin)
    app.ctx.settings["privacy"] = {"privacy_officer_email": "vie.privee@ccilaval.qc.ca"}
    pdf = render_dossiers(app.ctx, admin, [cid], "candidate", "fr")
    assert pdf is not None
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "vie.privee@ccilaval.qc.ca" in text
