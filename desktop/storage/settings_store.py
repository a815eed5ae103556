"""Key-value rows of the `settings` table (values are JSON)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.storage.models import SettingRow


def get(session: Session, key: str) -> Any:
    row = session.get(SettingRow, key)
    return None if row is None else row.value.get("v")


def put(session: Session, key: str, value: Any) -> None:
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value={"v": value}))
    else:
        row.value = {"v": value}
