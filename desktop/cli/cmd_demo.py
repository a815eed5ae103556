"""`passerelle demo [--count N]`: fill a store with fictional candidates to try the app.

On a data folder that was never set up it also creates the device « Portable de démonstration » and
an `admin` account whose password is PASSERELLE_PASSWORD, or `demo-passerelle` (printed). On a store
already set up it signs in like any command (--user, PASSERELLE_PASSWORD or a prompt).
"""

from __future__ import annotations

import argparse
import os

from desktop.cli.common import Session
from desktop.services.demo import DEMO_ADMIN, DEMO_PASSWORD, fill_demo, set_up_demo


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "demo", help="add fictional demo candidates (sets up a demo device if needed)"
    )
    parser.add_argument("--count", type=int, default=120)
    parser.set_defaults(handler=run)


def run(session: Session) -> int:
    created_admin = not session.app.initialised
    if created_admin:
        password = os.environ.get("PASSERELLE_PASSWORD") or DEMO_PASSWORD
        actor = set_up_demo(session.app, 0, password)
    else:
        actor = session.actor()
        actor.require("candidate.create")
    count = fill_demo(session.app.ctx, actor, session.args.count)
    if session.lang == "en":
        print(f"{count} demo candidates added.")
        if created_admin:
            print(f"Demo account: {DEMO_ADMIN} / {password}")
    else:
        print(f"{count} personnes candidates fictives ajoutées.")
        if created_admin:
            print(f"Compte de démonstration : {DEMO_ADMIN} / {password}")
    return 0
