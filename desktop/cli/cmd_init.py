"""`passerelle init --device-name NAME --admin USER`: first-run setup without the GUI."""

from __future__ import annotations

import argparse

from desktop.cli.common import CliError, Session, read_password
from desktop.services.accounts import AccountError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("init", help="first-run setup: this device and its first administrator")
    parser.add_argument("--device-name", required=True)
    parser.add_argument("--admin", required=True, metavar="USER")
    parser.set_defaults(handler=run)


def run(session: Session) -> int:
    args = session.args
    password = read_password(session.lang, args.admin)
    try:
        session.app.initialise(args.device_name, args.admin, password)
    except AccountError as exc:
        raise CliError(exc.code, **exc.params) from None
    info = session.app.device
    session.say("init.done", device=info.name if info else args.device_name, admin=args.admin)
    return 0
