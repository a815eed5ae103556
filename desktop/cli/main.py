"""The `passerelle` command line (DESIGN.md §4): global options, sub-commands, one-line errors."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from desktop import __version__
from desktop.cli import (
    cmd_bundle,
    cmd_candidates,
    cmd_central,
    cmd_demo,
    cmd_dossier,
    cmd_enroll,
    cmd_init,
)
from desktop.cli.common import CliError, open_session
from desktop.domain.messages import translate
from desktop.services.accounts import AccountError
from desktop.services.actor import PermissionDenied
from desktop.storage.engine import StoreError

COMMANDS = [cmd_init, cmd_candidates, cmd_demo, cmd_dossier, cmd_enroll, cmd_bundle, cmd_central]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="passerelle",
        description="Passerelle — inscription et suivi des personnes candidates. Sans commande : ouvre l'application.",
    )
    parser.add_argument(
        "--home",
        default=None,
        help="data folder (default: $PASSERELLE_HOME, else the user data folder)",
    )
    parser.add_argument(
        "--lang", choices=("fr", "en"), default=os.environ.get("PASSERELLE_LANG", "fr")
    )
    parser.add_argument(
        "--user",
        default=None,
        help="staff account (password from $PASSERELLE_PASSWORD or a prompt)",
    )
    parser.add_argument("--version", action="version", version=f"passerelle {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="GUI: on a new data folder, set up a demo device (admin / demo-passerelle) with fictional candidates",
    )
    sub = parser.add_subparsers(dest="command")
    for command in COMMANDS:
        command.register(sub)
    return parser


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from desktop.ui.launch import launch_gui

        return launch_gui(args)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    session = None
    try:
        session = open_session(args)
        return int(args.handler(session))
    except CliError as exc:
        print(translate(exc.code, args.lang, **exc.params), file=sys.stderr)
        return exc.exit_status
    except (StoreError, AccountError, PermissionDenied) as exc:
        print(translate(exc.code, args.lang, **exc.params), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    finally:
        if session is not None:
            session.app.close()
