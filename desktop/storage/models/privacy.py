"""Privacy registers (Law 25): notice versions, access requests, confidentiality incidents, and
the erasure register that keeps an erased person from coming back without keeping who they were.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.storage.base import UUID_LEN, Base, Timestamped, utcnow


class NoticeVersionRow(Base):
    """Every text of the privacy notice ever shown: consents name the version they were given under."""

    __tablename__ = "notice_versions"

    version: Mapped[str] = mapped_column(String(40), primary_key=True)
    text_fr: Mapped[list[str]]
    text_en: Mapped[list[str]]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(UUID_LEN))


class AccessRequestRow(Base, Timestamped):
    __tablename__ = "access_requests"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    candidate_id: Mapped[str | None] = mapped_column(String(UUID_LEN), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    received_on: Mapped[date] = mapped_column(Date, index=True)
    requester: Mapped[str] = mapped_column(String(200))
    identity_verified: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(20), index=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str | None] = mapped_column(String(UUID_LEN))


class IncidentRow(Base, Timestamped):
    """One entry of the register of confidentiality incidents (Regulation s. 7), kept 5 years."""

    __tablename__ = "privacy_incidents"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    occurred_from: Mapped[date | None] = mapped_column(Date)
    occurred_to: Mapped[date | None] = mapped_column(Date)
    known_on: Mapped[date] = mapped_column(Date, index=True)
    description: Mapped[str] = mapped_column(Text)
    information_concerned: Mapped[str] = mapped_column(Text)
    persons_count: Mapped[int | None] = mapped_column(Integer)
    risk_level: Mapped[str] = mapped_column(String(20))
    risk_assessment: Mapped[str] = mapped_column(Text, default="")
    cai_notified_on: Mapped[date | None] = mapped_column(Date)
    persons_notified_on: Mapped[date | None] = mapped_column(Date)
    measures: Mapped[str] = mapped_column(Text, default="")
    affected_ids: Mapped[list[str]]
    closed_on: Mapped[date | None] = mapped_column(Date)
    created_by: Mapped[str | None] = mapped_column(String(UUID_LEN))


class ErasureRow(Base):
    """An erased person, by a one-way hash of their id: enough to refuse them coming back."""

    __tablename__ = "erasures"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    erased_at: Mapped[datetime] = mapped_column(default=utcnow)
    reason: Mapped[str] = mapped_column(String(20))  # request | retention
