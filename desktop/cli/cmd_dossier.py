"""`passerelle dossier ID... --out FILE.pdf [--variant full|anonymized|candidate] [--lang fr|en]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import CliError, Session
from desktop.services.candidates import resolve_id
from desktop.services.dossiers import DossierError, render_dossiers


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("dossier", help="print candidate dossiers to one PDF file")
    parser.add_argument("ids", nargs="+", metavar="ID", help="candidate id or unique prefix")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--variant", choices=("full", "anonymized", "candidate"), default="full")
    # The dossier's language is independent of the interface's (global --lang).
    parser.add_argument("--lang", dest="dossier_lang", choices=("fr", "en"), default=None)
    parser.set_defaults(handler=run_dossier)


def run_dossier(session: Session) -> int:
    actor = session.actor()
    ctx = session.app.ctx
    ids = []
    for given in session.args.ids:
        full = resolve_id(ctx, actor, given)
        if full is None:
            raise CliError("candidate.not_found", id=given)
        ids.append(full)
    lang = session.args.dossier_lang or session.lang
    out: Path = session.args.out
    try:
        render_dossiers(ctx, actor, ids, session.args.variant, lang, out)
    except DossierError as exc:
        raise CliError(exc.code, **exc.params) from None
    except OSError:
        raise CliError("file.unwritable", path=str(out)) from None
    session.say("dossier.written", count=len(ids), path=str(out))
    return 0
