"""What every command shares: the opened application, credentials, translated output and errors."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import dataclass

from desktop.app import Application, open_application
from desktop.domain.messages import translate
from desktop.services.accounts import AccountError
from desktop.services.actor import Actor


class CliError(Exception):
    """A failure reported as one translated line on stderr, with a non-zero exit status."""

    def __init__(self, code: str, exit_status: int = 2, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params
        self.exit_status = exit_status


@dataclass
class Session:
    """One command's context. The laptop application is made on first use only, so `central …`
    commands never create a laptop data folder; it starts locked (encrypted store) and `actor()`
    unlocks it with the staff member's credentials."""

    args: argparse.Namespace
    _app: Application | None = None

    @property
    def app(self) -> Application:
        if self._app is None:
            self._app = open_application(self.args.home, self.args.lang)
        return self._app

    def close(self) -> None:
        if self._app is not None:
            self._app.lock(reason="exit")
            self._app.close()

    @property
    def lang(self) -> str:
        return str(self.args.lang)

    def tr(self, code: str, **params: object) -> str:
        return translate(code, self.lang, **params)

    def say(self, code: str, **params: object) -> None:
        print(self.tr(code, **params))

    def _upgrading(self) -> None:
        """On stderr: stdout stays the command's output (JSON Lines, reports)."""
        print(self.tr("store.upgrading"), file=sys.stderr, flush=True)

    def has_credentials(self) -> bool:
        return bool(os.environ.get("PASSERELLE_PASSWORD")) or sys.stdin.isatty()

    def actor(self) -> Actor:
        """Unlock with --user (or the only account) and PASSERELLE_PASSWORD or a prompt."""
        app = self.app
        if app.actor is not None:
            return app.actor
        if not app.initialised:
            raise CliError("device.not_initialised")
        username = self.args.user or os.environ.get("PASSERELLE_USER")
        password = read_password(self.lang, f"{username or ''}")
        try:
            return app.unlock(username, password, upgrading=self._upgrading)
        except AccountError as exc:
            raise CliError(exc.code, **exc.params) from None


def read_password(lang: str, username: str = "", variable: str = "PASSERELLE_PASSWORD") -> str:
    password = os.environ.get(variable)
    if password:
        return password
    if not sys.stdin.isatty():
        raise CliError("password.missing")
    prompt = "Password: " if lang == "en" else "Mot de passe : "
    return getpass.getpass(f"{username} {prompt}".strip() + " ")


def open_session(args: argparse.Namespace) -> Session:
    return Session(args=args)
