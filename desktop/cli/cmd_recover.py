"""Recovery of a laptop whose staff passwords are all forgotten (docs/SECURITY.md).

`passerelle central --db URL recover-key KEYSLOTS --out FILE` (at the office, with the central
passphrase) writes a one-time recovery file and prints its code; `passerelle --user NAME recover
FILE` (on the laptop, code from PASSERELLE_RECOVERY_CODE or a prompt, NAME's new password from
PASSERELLE_PASSWORD or a prompt) opens the store and gives NAME a new password.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from desktop.cli.common import CliError, Session, read_password
from desktop.security.keyslots import KeySlots, SlotError
from desktop.security.recovery import make_recovery_file
from desktop.services.accounts import AccountError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "recover", help="unlock with a central recovery file and set a new password for --user"
    )
    parser.add_argument("file", type=Path)
    parser.set_defaults(handler=run_recover)


def register_central(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "recover-key", help="one-time recovery file for a laptop (from its keyslots.json)"
    )
    parser.add_argument("keyslots", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.set_defaults(handler=run_recover_key)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        raise CliError("file.not_found", path=str(path)) from None


def run_recover_key(session: Session) -> int:
    from desktop.central.setup import load_keys
    from desktop.cli.cmd_central import _fail, _passphrase, _store
    from desktop.sync.errors import SyncError
    from desktop.sync.keys import KeyFileError

    path: Path = session.args.keyslots
    if not path.exists():
        raise CliError("file.not_found", path=str(path))
    try:
        slots = KeySlots.load(path)
    except SlotError:
        raise CliError("store.keyslots.damaged") from None
    store = _store(session)
    try:
        keys = load_keys(store, _passphrase())
    except (SyncError, KeyFileError) as exc:
        raise _fail(exc) from None
    finally:
        store.close()
    try:
        data, code = make_recovery_file(slots, keys.enc_private)
    except SlotError as exc:
        raise CliError(exc.code) from None
    out: Path = session.args.out
    try:
        out.write_bytes(data)
    except OSError:
        raise CliError("file.unwritable", path=str(out)) from None
    session.say("recovery.written", path=str(out), secret=code)
    return 0


def _code(lang: str) -> str:
    value = os.environ.get("PASSERELLE_RECOVERY_CODE")
    if value:
        return value
    if not sys.stdin.isatty():
        raise CliError("recovery.code_missing")
    return getpass.getpass("Recovery code: " if lang == "en" else "Code de récupération : ")


def run_recover(session: Session) -> int:
    username = session.args.user or os.environ.get("PASSERELLE_USER")
    if not username:
        raise CliError("auth.user_required")
    data = _read(session.args.file)
    code = _code(session.lang)
    password = read_password(session.lang, username)
    if not session.app.initialised:
        raise CliError("device.not_initialised")
    try:
        actor = session.app.recover(data, code, username, password)
    except AccountError as exc:
        raise CliError(exc.code, **exc.params) from None
    session.say("recovery.done", user=actor.username)
    return 0
