"""The global options of `passerelle`, shared by the full command line and the GUI's fast start.

Kept free of heavy imports: starting the GUI parses only these, so the window appears before
the database layer is even imported.
"""

from __future__ import annotations

import argparse
import os

from desktop import __version__

COMMAND_NAMES = frozenset(
    {
        "init",
        "candidates",
        "demo",
        "dossier",
        "enroll",
        "bundle",
        "central",
        "recover",
        "backup",
        "recovery",
    }
)


def add_global_options(parser: argparse.ArgumentParser, *, probe: bool = False) -> None:
    """The options every invocation accepts; `probe` parses them without acting (no --version exit)."""
    parser.add_argument(
        "--home",
        default=None,
        help="data folder (default: $PASSERELLE_HOME, else the user data folder)",
    )
    parser.add_argument("--lang", choices=("fr", "en"), default=None)
    parser.add_argument(
        "--user",
        default=None,
        help="staff account (password from $PASSERELLE_PASSWORD or a prompt)",
    )
    if probe:
        parser.add_argument("--version", action="store_true")
    else:
        parser.add_argument("--version", action="version", version=f"passerelle {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="GUI: on a new data folder, set up a demo device (admin / demo-passerelle) with fictional candidates",
    )


def resolve_language(args: argparse.Namespace) -> None:
    """--lang, else PASSERELLE_LANG, else French; `lang_explicit` says whether the user chose it."""
    args.lang_explicit = args.lang is not None or "PASSERELLE_LANG" in os.environ
    if args.lang is None:
        env = os.environ.get("PASSERELLE_LANG", "fr")
        args.lang = env if env in ("fr", "en") else "fr"


def wants_gui(argv: list[str]) -> argparse.Namespace | None:
    """The global options when `argv` names no command (and asks for no help), else None."""
    parser = argparse.ArgumentParser(prog="passerelle", add_help=False)
    add_global_options(parser, probe=True)
    try:
        args, rest = parser.parse_known_args(argv)
    except SystemExit:
        return None
    if rest or args.version:
        return None  # a command, -h, or something the full parser must explain
    resolve_language(args)
    return args
