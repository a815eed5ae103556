"""Staff management by admins: add, disable/enable, reset, change role; rules and audit events."""

from __future__ import annotations

import pytest

from desktop.app import Application
from desktop.domain.enums import Role
from desktop.domain.messages import translate
from desktop.services.accounts import AccountError, authenticate
from desktop.services.actor import SYSTEM, Actor, PermissionDenied
from desktop.services.audit import record_now
from desktop.services.audit_trail import list_events
from desktop.services.staff import (
    add_staff,
    change_role,
    disable,
    enable,
    list_staff,
    reset_password,
)
from tests.staff.conftest import STAFF_PASSWORD


def _by_name(app: Application, admin: Actor) -> dict[str, object]:
    return {s.username: s for s in list_staff(app.ctx, admin)}


def test_admin_adds_a_staff_member_who_can_then_sign_in(app: Application, admin: Actor) -> None:
    staff_id = add_staff(app.ctx, admin, "nguyen", "Nguyễn Thị Minh Khai", "intake", STAFF_PASSWORD)
    who = authenticate(app.ctx, "nguyen", STAFF_PASSWORD)
    assert (who.staff_id, who.role) == (staff_id, Role.INTAKE)
    listed = _by_name(app, admin)["nguyen"]
    assert listed.display_name == "Nguyễn Thị Minh Khai"  # type: ignore[attr-defined]
    assert listed.active and listed.last_login is None  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("password", "code"),
    [
        ("court", "password.too_short"),
        ("aaaaaaaaaaaaaaaa", "password.repetitive"),
        ("nguyen-est-ici-2026", "password.contains_username"),
        ("Passerelle123", "password.common"),
    ],
)
def test_weak_passwords_are_refused_with_the_rule_they_break(
    app: Application, admin: Actor, password: str, code: str
) -> None:
    with pytest.raises(AccountError) as caught:
        add_staff(app.ctx, admin, "nguyen", "N", "intake", password)
    assert caught.value.code == code
    assert translate(code, "en", **caught.value.params) != code
    assert "nguyen" not in _by_name(app, admin)


def test_a_disabled_account_cannot_sign_in_until_enabled_again(
    app: Application, admin: Actor
) -> None:
    staff_id = add_staff(app.ctx, admin, "tremblay", "M. Tremblay", "coordinator", STAFF_PASSWORD)
    disable(app.ctx, admin, staff_id)
    with pytest.raises(AccountError):
        authenticate(app.ctx, "tremblay", STAFF_PASSWORD)
    assert not _by_name(app, admin)["tremblay"].active  # type: ignore[attr-defined]
    with pytest.raises(AccountError) as caught:
        enable(app.ctx, admin, staff_id, "court")  # a new password, with the same rules
    assert caught.value.code == "password.too_short"
    enable(app.ctx, admin, staff_id, "une nouvelle phrase secrète")
    with pytest.raises(AccountError):
        authenticate(app.ctx, "tremblay", STAFF_PASSWORD)  # the old slot is gone for good
    assert authenticate(app.ctx, "tremblay", "une nouvelle phrase secrète").staff_id == staff_id


def test_reset_password_replaces_the_old_one(app: Application, admin: Actor) -> None:
    staff_id = add_staff(app.ctx, admin, "ali", "Ali", "intake", STAFF_PASSWORD)
    reset_password(app.ctx, admin, staff_id, "une nouvelle phrase secrète")
    with pytest.raises(AccountError):
        authenticate(app.ctx, "ali", STAFF_PASSWORD)
    assert authenticate(app.ctx, "ali", "une nouvelle phrase secrète").staff_id == staff_id


def test_change_role_takes_effect_at_next_sign_in(app: Application, admin: Actor) -> None:
    staff_id = add_staff(app.ctx, admin, "ali", "Ali", "intake", STAFF_PASSWORD)
    change_role(app.ctx, admin, staff_id, "coordinator")
    assert authenticate(app.ctx, "ali", STAFF_PASSWORD).role == Role.COORDINATOR
    with pytest.raises(AccountError) as caught:
        change_role(app.ctx, admin, staff_id, "superuser")
    assert caught.value.code == "staff.role_invalid"


def test_an_admin_cannot_disable_or_demote_themselves(app: Application, admin: Actor) -> None:
    assert admin.staff_id
    with pytest.raises(AccountError) as caught:
        disable(app.ctx, admin, admin.staff_id)
    assert caught.value.code == "staff.self_disable"
    with pytest.raises(AccountError) as caught:
        change_role(app.ctx, admin, admin.staff_id, "intake")
    assert caught.value.code == "staff.self_role"


def test_the_last_active_admin_cannot_be_disabled_or_demoted(
    app: Application, admin: Actor
) -> None:
    assert admin.staff_id
    for attempt in (
        lambda: disable(app.ctx, SYSTEM, admin.staff_id),  # type: ignore[arg-type]
        lambda: change_role(app.ctx, SYSTEM, admin.staff_id, "coordinator"),  # type: ignore[arg-type]
    ):
        with pytest.raises(AccountError) as caught:
            attempt()
        assert caught.value.code == "staff.last_admin"
    add_staff(app.ctx, admin, "admin2", "Deuxième", "admin", STAFF_PASSWORD)
    change_role(app.ctx, SYSTEM, admin.staff_id, "coordinator")  # another admin remains
    assert authenticate(app.ctx, "admin", "mot-de-passe-sûr").role == Role.COORDINATOR


def test_only_admins_manage_staff(
    app: Application, admin: Actor, intake: Actor, coordinator: Actor
) -> None:
    for actor in (intake, coordinator):
        with pytest.raises(PermissionDenied):
            list_staff(app.ctx, actor)
        with pytest.raises(PermissionDenied):
            add_staff(app.ctx, actor, "x", "X", "admin", STAFF_PASSWORD)
        assert coordinator.staff_id
        with pytest.raises(PermissionDenied):
            reset_password(app.ctx, actor, coordinator.staff_id, "une nouvelle phrase secrète")


def test_every_staff_change_is_audited_with_ids_and_role_codes_only(
    app: Application, admin: Actor
) -> None:
    staff_id = add_staff(
        app.ctx, admin, "fatima", "Fatima Zahra El Idrissi", "intake", STAFF_PASSWORD
    )
    change_role(app.ctx, admin, staff_id, "coordinator")
    disable(app.ctx, admin, staff_id)
    enable(app.ctx, admin, staff_id, "une autre phrase secrète")
    reset_password(app.ctx, admin, staff_id, "une nouvelle phrase secrète")
    events = [
        e
        for e in list_events(app.ctx, admin)
        if e.action.startswith("staff.") and e.entity_ids == [staff_id]
    ]
    assert [e.action for e in reversed(events)] == [
        "staff.create",
        "staff.role_change",
        "staff.disable",
        "staff.enable",
        "staff.password_reset",
    ]
    assert all(e.entity_ids == [staff_id] and e.actor_id == admin.staff_id for e in events)
    role_change = next(e for e in events if e.action == "staff.role_change")
    assert role_change.details == {"old_role": "intake", "new_role": "coordinator"}
    text = repr(events)
    for secret in ("fatima", "Fatima", "El Idrissi", "phrase", STAFF_PASSWORD):
        assert secret not in text


def test_last_login_comes_from_the_sign_in_events(app: Application, admin: Actor) -> None:
    record_now(app.ctx, admin, "auth.login")
    listed = _by_name(app, admin)["admin"]
    assert listed.last_login is not None  # type: ignore[attr-defined]
    assert listed.last_login.tzinfo is not None  # type: ignore[attr-defined]
