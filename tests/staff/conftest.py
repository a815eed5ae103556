"""Staff of each role on the test store, signed in through the accounts service."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.app import Application
from desktop.services.accounts import authenticate
from desktop.services.actor import Actor
from desktop.services.staff import add_staff

STAFF_PASSWORD = "trois petits chats gris"


@pytest.fixture
def make_staff(app: Application, admin: Actor) -> Callable[[str, str], Actor]:
    """`make_staff(username, role)` adds an account and returns it signed in."""

    def make(username: str, role: str) -> Actor:
        add_staff(app.ctx, admin, username, username.title(), role, STAFF_PASSWORD)
        return authenticate(app.ctx, username, STAFF_PASSWORD)

    return make


@pytest.fixture
def intake(make_staff: Callable[[str, str], Actor]) -> Actor:
    return make_staff("accueil", "intake")


@pytest.fixture
def coordinator(make_staff: Callable[[str, str], Actor]) -> Actor:
    return make_staff("coordo", "coordinator")
