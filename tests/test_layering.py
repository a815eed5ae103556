"""The architecture of DESIGN.md §2, checked on the source: who may import PySide6, reportlab, SQLAlchemy."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"


def _runtime_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    type_checking_blocks = {
        id(node)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
    }
    skip: set[int] = set()
    for node in ast.walk(tree):
        if id(node) in type_checking_blocks:
            skip.update(id(child) for child in ast.walk(node))
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize(
    ("library", "allowed"),
    [
        ("PySide6", ("ui",)),
        ("reportlab", ("pdf",)),
        ("sqlalchemy", ("storage", "central", "sync")),
        ("alembic", ("storage",)),
    ],
)
def test_library_is_imported_only_by_its_layer(library: str, allowed: tuple[str, ...]) -> None:
    offenders = []
    for path in _modules():
        layer = path.relative_to(PACKAGE).parts[0]
        if library in _runtime_imports(path) and layer not in allowed:
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == [], f"{library} imported outside {allowed}: {offenders}"


def test_domain_imports_nothing_heavy() -> None:
    heavy = {"PySide6", "sqlalchemy", "alembic", "reportlab", "psycopg", "openpyxl"}
    for path in (PACKAGE / "domain").rglob("*.py"):
        assert not (_runtime_imports(path) & heavy), path
