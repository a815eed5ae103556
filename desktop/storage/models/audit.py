"""The audit trail: append-only, hash-chained events that name ids only, never names or e-mails."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.storage.base import UUID_LEN, Base


class AuditEventRow(Base):
    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(String(UUID_LEN), unique=True)
    at: Mapped[datetime]
    device_id: Mapped[str | None] = mapped_column(String(UUID_LEN))
    actor_id: Mapped[str | None] = mapped_column(String(UUID_LEN))
    action: Mapped[str] = mapped_column(String(40), index=True)
    entity_type: Mapped[str | None] = mapped_column(String(40))
    entity_ids: Mapped[list[str]]
    details: Mapped[dict[str, Any]]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
