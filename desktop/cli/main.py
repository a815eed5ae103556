"""The `passerelle` command line (DESIGN.md §4): global options, sub-commands, one-line errors."""

from __future__ import annotations

import argparse
import sys

from desktop.cli import (
    cmd_backup,
    cmd_bundle,
    cmd_candidates,
    cmd_central,
    cmd_demo,
    cmd_dossier,
    cmd_enroll,
    cmd_init,
    cmd_recover,
)
from desktop.cli.common import CliError, open_session
from desktop.cli.options import add_global_options, resolve_language
from desktop.domain.messages import translate
from desktop.services.accounts import AccountError
from desktop.services.actor import PermissionDenied
from desktop.storage.engine import StoreError

COMMANDS = [
    cmd_init,
    cmd_candidates,
    cmd_demo,
    cmd_dossier,
    cmd_enroll,
    cmd_bundle,
    cmd_central,
    cmd_backup,
    cmd_recover,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="passerelle",
        description="Passerelle — inscription et suivi des personnes candidates. Sans commande : ouvre l'application.",
    )
    add_global_options(parser)
    sub = parser.add_subparsers(dest="command")
    for command in COMMANDS:
        command.register(sub)
    return parser


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    resolve_language(args)
    if args.command is None:
        from desktop.ui.launch import launch_gui

        return launch_gui(args)
    from desktop.paths import Paths
    from desktop.security.logs import setup_logging

    # Ids only in logs (desktop.security.logs); central commands create no laptop data folder.
    laptop = args.command != "central"
    setup_logging(Paths.at(args.home).logs if laptop else None, stderr=True)
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
            session.close()
