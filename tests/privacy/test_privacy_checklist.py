"""domain.md §c.1 scenarios: C4 (notice before collection, versioned), C5 (consent per purpose),
C9/C16 (no employer profile without consent, withdrawal), C10 (no bundle outside Québec without a
PIA), C13 (nothing shared by default) — each with its pass condition, on real stores."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop.app import Application, open_application
from desktop.domain.candidate import Candidate, Consent
from desktop.domain.enums import Role
from desktop.domain.messages import translate
from desktop.domain.notice import notice
from desktop.domain.privacy_settings import HOSTING_OUTSIDE, HOSTING_UNSET, PrivacySettings
from desktop.services.actor import Actor, PermissionDenied
from desktop.services.candidates import get_candidate, save_candidate
from desktop.services.dossiers import DossierError, check_printable
from desktop.services.erasure import PrivacyError, withdraw_consent
from desktop.services.privacy_settings import (
    notice_history,
    read_privacy_settings,
    save_privacy_settings,
)
from desktop.sync.errors import SyncError
from tests.sync.sync_helpers import Central, make_laptop, person


def _candidate(*purposes: str) -> Candidate:
    return Candidate(
        given_names="Thị Hồng",
        family_name="Nguyễn",
        email="hong.nguyen@exemple.ca",
        consents=[Consent(purpose=p, granted=True) for p in ("intake", *purposes)],
    )


def test_c13_a_fresh_install_shares_nothing_and_names_no_host(app: Application) -> None:
    settings = read_privacy_settings(app.ctx)
    assert settings.hosting == HOSTING_UNSET
    assert settings.pia_reference == "" and not settings.has_officer
    assert "extérieur du Québec" not in " ".join(notice("fr", app.ctx.settings["privacy"]).summary)


def test_c4_the_notice_shows_the_officer_and_a_changed_text_gets_a_new_version(
    app: Application, admin: Actor
) -> None:
    settings = read_privacy_settings(app.ctx)
    settings.officer_name, settings.officer_title = "Aïcha Benali", "Responsable de la protection"
    settings.officer_email, settings.officer_phone = "aicha.benali@ccilaval.qc.ca", "450 555-0199"
    assert save_privacy_settings(app.ctx, admin, settings) == []
    first = notice("fr", app.ctx.settings["privacy"])
    assert "Aïcha Benali" in first.contact and "aicha.benali@ccilaval.qc.ca" in first.contact
    assert "Aïcha Benali" in notice("en", app.ctx.settings["privacy"]).contact

    settings = read_privacy_settings(app.ctx)
    settings.notice_fr = ["Nouveau texte de l'avis, plus simple."]
    settings.notice_en = ["New, simpler notice text."]
    assert save_privacy_settings(app.ctx, admin, settings, today=date(2026, 11, 24)) == []
    second = notice("fr", app.ctx.settings["privacy"])
    assert second.version == "2026-11-24-fr" != first.version
    assert second.summary == ["Nouveau texte de l'avis, plus simple."]
    history = {version: fr for version, fr, _en in notice_history(app.ctx)}
    assert history["2026-11-24"] == ["Nouveau texte de l'avis, plus simple."]
    assert first.version.removesuffix("-fr") in history  # the old text stays readable

    # A consent given under the first version keeps it after the text changed.
    c = _candidate()
    c.consents[0].notice_version = first.version
    saved = save_candidate(app.ctx, admin, c, intake=True)
    assert saved.saved
    stored = get_candidate(app.ctx, admin, saved.candidate_id)
    assert stored is not None and stored.consents[0].notice_version == first.version


def test_settings_errors_name_the_field_and_the_fix(app: Application, admin: Actor) -> None:
    settings = read_privacy_settings(app.ctx)
    settings.officer_email, settings.pia_date = "pas-une-adresse", "24/11/2026"
    issues = save_privacy_settings(app.ctx, admin, settings)
    assert {i.field for i in issues} == {"privacy.officer_email", "privacy.pia_date"}
    assert "AAAA-MM-JJ" in translate(issues[1].code, "fr")
    assert read_privacy_settings(app.ctx).officer_email == ""  # nothing saved


def test_only_an_admin_changes_the_privacy_settings(app: Application) -> None:
    coordinator = Actor("c1", "coord", Role.COORDINATOR)
    with pytest.raises(PermissionDenied):
        save_privacy_settings(app.ctx, coordinator, PrivacySettings())


def test_c5_intake_saves_with_only_the_intake_consent(app: Application, admin: Actor) -> None:
    result = save_candidate(app.ctx, admin, _candidate(), intake=True)
    assert result.saved
    stored = get_candidate(app.ctx, admin, result.candidate_id)
    assert stored is not None and [k.purpose for k in stored.consents] == ["intake"]


def test_c9_c16_withdrawing_share_employers_removes_the_person_from_employer_profiles(
    app: Application, admin: Actor
) -> None:
    without = save_candidate(app.ctx, admin, _candidate(), intake=True).candidate_id
    with pytest.raises(DossierError):
        check_printable(app.ctx, admin, [without], "anonymized")
    shared = save_candidate(app.ctx, admin, _candidate("share_employers"), intake=True).candidate_id
    check_printable(app.ctx, admin, [shared], "anonymized")  # allowed while granted
    when = datetime(2026, 11, 20, 15, 30, tzinfo=UTC)
    assert withdraw_consent(app.ctx, admin, shared, "share_employers", when) == when
    with pytest.raises(DossierError) as refused:
        check_printable(app.ctx, admin, [shared], "anonymized")
    assert refused.value.code == "dossier.consent_missing"
    stored = get_candidate(app.ctx, admin, shared)
    assert stored is not None
    consent = next(k for k in stored.consents if k.purpose == "share_employers")
    assert consent.withdrawn_at == when and consent.granted
    with pytest.raises(PrivacyError):  # nothing left to withdraw
        withdraw_consent(app.ctx, admin, shared, "share_employers")


def test_c16_a_withdrawal_travels_to_central(tmp_path: Path, sqlite_central: Central) -> None:
    from desktop.central.importer import import_bundle
    from desktop.services.context import ServiceContext

    laptop = make_laptop(tmp_path, "laptop-a", sqlite_central)
    c = person(
        1,
        "Ngọc",
        consents=[
            Consent(purpose="intake", granted=True),
            Consent(purpose="share_employers", granted=True),
        ],
    )
    cid = laptop.save(c)
    withdraw_consent(laptop.app.ctx, laptop.actor, cid, "share_employers")
    report = import_bundle(sqlite_central.store, sqlite_central.keys, laptop.export(tmp_path / "b"))
    assert report.status == "imported"
    central_ctx = ServiceContext(store=sqlite_central.store)
    with pytest.raises(DossierError):
        check_printable(central_ctx, laptop.actor, [cid], "anonymized")


def test_c10_no_bundle_leaves_for_a_host_outside_quebec_without_a_pia(
    tmp_path: Path, sqlite_central: Central
) -> None:
    laptop = make_laptop(tmp_path, "laptop-a", sqlite_central)
    laptop.save(person(1))
    settings = read_privacy_settings(laptop.app.ctx)
    settings.hosting = HOSTING_OUTSIDE
    issues = save_privacy_settings(laptop.app.ctx, laptop.actor, settings)
    assert [i.code for i in issues] == ["privacy.pia_required"]  # a warning: saved anyway
    with pytest.raises(SyncError) as refused:
        laptop.export(tmp_path / "refused.bundle")
    assert refused.value.code == "privacy.transfer_blocked"
    assert "ÉFVP" in translate(refused.value.code, "fr")
    assert "PIA" in translate(refused.value.code, "en")
    assert not (tmp_path / "refused.bundle").exists()

    settings.pia_reference, settings.agreement_date = "EFVP-2026-03", "2026-10-01"
    assert save_privacy_settings(laptop.app.ctx, laptop.actor, settings) == []
    assert laptop.export(tmp_path / "allowed.bundle")


def test_the_settings_are_read_again_when_the_store_is_unlocked(tmp_path: Path) -> None:
    from tests.conftest import ADMIN_PASSWORD, new_application

    first = new_application(tmp_path / "home")
    actor = first.unlock("admin", ADMIN_PASSWORD)
    settings = read_privacy_settings(first.ctx)
    settings.officer_name, settings.officer_email = "Aïcha Benali", "aicha@exemple.ca"
    save_privacy_settings(first.ctx, actor, settings)
    first.close()
    again = open_application(tmp_path / "home")
    try:
        again.unlock("admin", ADMIN_PASSWORD)
        assert again.ctx.settings["privacy"]["privacy_officer_name"] == "Aïcha Benali"
    finally:
        again.close()
