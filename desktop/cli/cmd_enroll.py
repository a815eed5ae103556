"""`passerelle enroll FILE`: take the central store's enrolment file (its keys, this device's ids)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import CliError, Session
from desktop.domain.messages import register as register_messages
from desktop.services.accounts import add_recovery_slot
from desktop.sync.enrolment_file import read_enrolment
from desktop.sync.errors import SyncError
from desktop.sync.laptop import enrol
from desktop.sync.messages import MESSAGES

register_messages(MESSAGES)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("enroll", help="take the central store's enrolment file")
    parser.add_argument("file", type=Path)
    parser.set_defaults(handler=run_enroll)


def run_enroll(session: Session) -> int:
    actor = session.actor()
    actor.require("settings.manage")
    path: Path = session.args.file
    try:
        data = path.read_bytes()
    except OSError:
        raise CliError("file.not_found", path=str(path)) from None
    try:
        store_id = enrol(session.app.ctx.store, data)
        enrolment = read_enrolment(data)
    except SyncError as exc:
        raise CliError(exc.code, **exc.params) from None
    # The recovery slot: the central store's private key can unlock this laptop if every staff
    # password is forgotten (`passerelle central recover-key`).
    add_recovery_slot(session.app.ctx, actor, enrolment.central_enc_key, enrolment.store_id)
    session.say("enrol.done", store=store_id)
    session.say("recovery.slot_added")
    return 0
