"""Alembic environment: runs on the connection the app hands over (never its own URL)."""

from __future__ import annotations

from typing import Any

from alembic import context

import desktop.storage.models  # noqa: F401  (registers the tables)
from desktop.storage.base import Base, UTCDateTime

target_metadata = Base.metadata


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    # Migrations must not depend on app code that may change: UTCDateTime is a plain
    # timezone-aware timestamp in the database.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    # The full-text index is a virtual table Alembic cannot describe; migrations own it by hand.
    return not (type_ == "table" and name is not None and name.startswith("candidate_fts"))


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        render_item=render_item,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Passerelle migrations run only online, on the app's own connection.")
run_migrations_online()
