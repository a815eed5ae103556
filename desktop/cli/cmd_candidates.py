"""`passerelle candidates import|export|list|show`: thin wrappers around the candidate services."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.cli.common import CliError, Session
from desktop.cli.show import print_candidate
from desktop.domain.interchange import candidate_to_json
from desktop.domain.messages import issue_text
from desktop.services.candidates import get_candidate, resolve_id
from desktop.services.exporting import export_candidates
from desktop.services.importing import ImportFileError, import_file
from desktop.services.listing import list_ids, summaries


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("candidates", help="import, export, list and show candidates")
    commands = parser.add_subparsers(dest="candidates_command", required=True)
    imp = commands.add_parser("import", help="import a .jsonl, .csv or .xlsx file")
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=run_import)
    exp = commands.add_parser("export", help="export every candidate")
    exp.add_argument("--out", type=Path, required=True)
    exp.add_argument("--format", choices=("jsonl", "csv"), default=None)
    exp.set_defaults(handler=run_export)
    lst = commands.add_parser("list", help="list candidates (newest first, or matching --search)")
    lst.add_argument("--search", default=None)
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=run_list)
    show = commands.add_parser("show", help="show one candidate")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)


def run_import(session: Session) -> int:
    actor = session.actor()
    try:
        report = import_file(session.app.ctx, actor, session.args.file)
    except ImportFileError as exc:
        raise CliError(exc.code, **exc.params) from None
    for rejected in report.rejected:
        for issue in rejected.issues:
            text = issue_text(issue, session.lang)
            print(session.tr("import.line", line=rejected.line, text=text), file=sys.stderr)
    session.say(
        "import.summary",
        imported=report.imported,
        unchanged=report.unchanged,
        rejected=len(report.rejected),
    )
    return 1 if report.rejected else 0


def run_export(session: Session) -> int:
    actor = session.actor()
    out: Path = session.args.out
    fmt = session.args.format or ("csv" if out.suffix.lower() == ".csv" else "jsonl")
    try:
        count = export_candidates(session.app.ctx, actor, out, fmt)
    except OSError:
        raise CliError("file.unwritable", path=str(out)) from None
    session.say("export.summary", count=count, path=str(out))
    return 0


def run_list(session: Session) -> int:
    actor = session.actor()
    ids = list_ids(session.app.ctx, actor, search=session.args.search)
    rows = summaries(session.app.ctx, actor, ids)
    if session.args.json:
        payload = [
            {
                "id": r.id,
                "given_names": r.given_names,
                "family_name": r.family_name,
                "email": r.email,
                "phone": r.phone,
                "date_of_birth": r.date_of_birth,
                "event": r.event_code,
                "noc_code": r.noc_code,
                "eligibility": r.suggested,
                "decision": r.decision,
                "created_at": r.created_at.isoformat(),
            }
            for r in rows
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        print(
            "\t".join(
                [
                    r.id,
                    r.display_name,
                    r.email or "",
                    r.phone or "",
                    r.event_code or "",
                    r.suggested or "",
                ]
            )
        )
    return 0


def run_show(session: Session) -> int:
    actor = session.actor()
    full_id = resolve_id(session.app.ctx, actor, session.args.id)
    candidate = get_candidate(session.app.ctx, actor, full_id) if full_id else None
    if candidate is None:
        raise CliError("candidate.not_found", id=session.args.id)
    if session.args.json:
        print(json.dumps(candidate_to_json(candidate), ensure_ascii=False, indent=2))
    else:
        print_candidate(candidate, session.lang)
    return 0
