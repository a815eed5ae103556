"""Import candidates from JSON Lines, CSV or XLSX: every valid line lands, every bad one is reported.

Each candidate is its own transaction, so a bad line never half-writes anything and never stops the
others. Importing the same file again changes nothing (rows are upserted on their ids, or matched
to the stored candidate with the same name and e-mail or phone when the file has no ids).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.interchange import candidate_from_json
from desktop.domain.issues import Issue, errors
from desktop.services.actor import Actor
from desktop.services.audit import record_now
from desktop.services.candidates import save_candidate
from desktop.services.context import ServiceContext
from desktop.services.erasure import was_erased
from desktop.services.tabular import map_headers, row_to_object


@dataclass
class RejectedLine:
    line: int
    issues: list[Issue]


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[RejectedLine] = field(default_factory=list)
    warnings: list[RejectedLine] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)

    @property
    def imported(self) -> int:
        return self.created + self.updated


class ImportFileError(Exception):
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


Progress = Callable[[int], None]


def _jsonl_objects(path: Path) -> Iterator[tuple[int, Any, Issue | None]]:
    with path.open("r", encoding="utf-8-sig", newline="") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line), None
            except json.JSONDecodeError as exc:
                yield number, None, Issue("json.invalid", "line", {"detail": exc.msg})


def _table_objects(rows: Iterator[list[Any]]) -> Iterator[tuple[int, Any, Issue | None]]:
    header = next(rows, None)
    if header is None:
        return
    mapping, _unknown = map_headers([str(h or "") for h in header])
    for number, values in enumerate(rows, start=2):
        if not any(v not in (None, "") for v in values):
            continue
        yield number, row_to_object(list(values), mapping), None


def _csv_rows(path: Path) -> Iterator[list[Any]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")  # Excel's "CSV" on a French Windows
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    yield from csv.reader(io.StringIO(text), dialect)


def _xlsx_rows(path: Path) -> Iterator[list[Any]]:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        for row in sheet.iter_rows(values_only=True):
            yield list(row)
    finally:
        workbook.close()


def read_objects(path: Path) -> Iterator[tuple[int, Any, Issue | None]]:
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".ndjson", ".json"}:
        return _jsonl_objects(path)
    if suffix in {".csv", ".txt"}:
        return _table_objects(_csv_rows(path))
    if suffix in {".xlsx", ".xlsm"}:
        return _table_objects(_xlsx_rows(path))
    raise ImportFileError("file.unsupported")


def import_file(
    ctx: ServiceContext, actor: Actor, path: Path, progress: Progress | None = None
) -> ImportReport:
    actor.require("candidate.import")
    if not path.is_file():
        raise ImportFileError("file.not_found", path=str(path))
    report = ImportReport()
    for count, (number, obj, problem) in enumerate(read_objects(path), start=1):
        if problem is not None:
            report.rejected.append(RejectedLine(number, [problem]))
            continue
        candidate, shape_issues = candidate_from_json(obj)
        if errors(shape_issues):
            report.rejected.append(RejectedLine(number, errors(shape_issues)))
            continue
        if candidate.id and was_erased(ctx, candidate.id):
            report.rejected.append(RejectedLine(number, [Issue("import.erased", "id")]))
            continue
        result = save_candidate(ctx, actor, candidate)
        if not result.saved:
            report.rejected.append(RejectedLine(number, errors(result.issues)))
            continue
        warnings = [i for i in result.issues if not i.is_error]
        if warnings:
            report.warnings.append(RejectedLine(number, warnings))
        report.ids.append(result.candidate_id)
        if result.created:
            report.created += 1
        elif result.changed:
            report.updated += 1
        else:
            report.unchanged += 1
        if progress is not None:
            progress(count)
    record_now(
        ctx,
        actor,
        "candidate.import",
        "candidate",
        [],
        format=path.suffix.lower().lstrip("."),
        created=report.created,
        updated=report.updated,
        rejected=len(report.rejected),
    )
    return report
