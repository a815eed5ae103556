"""`passerelle demo [--count N]`: fill a store with fictional candidates to try the app.

On a data folder that was never set up it also creates the device « Portable de démonstration » and
an `admin` account whose password is PASSERELLE_PASSWORD, or `demo-passerelle` (printed).
"""

from __future__ import annotations

import argparse
import os

from desktop.cli.common import Session
from desktop.services.demo import DEMO_ADMIN, DEMO_PASSWORD, fill_demo


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "demo", help="add fictional demo candidates (sets up a demo device if needed)"
    )
    parser.add_argument("--count", type=int, default=120)
    parser.set_defaults(handler=run)


def run(session: Session) -> int:
    password = os.environ.get("PASSERELLE_PASSWORD") or DEMO_PASSWORD
    created_admin, count = fill_demo(session.app.ctx, session.args.count, password)
    if session.lang == "en":
        print(f"{count} demo candidates added.")
        if created_admin:
            print(f"Demo account: {DEMO_ADMIN} / {password}")
    else:
        print(f"{count} personnes candidates fictives ajoutées.")
        if created_admin:
            print(f"Compte de démonstration : {DEMO_ADMIN} / {password}")
    return 0
