"""Calls and everything recorded during one: risk, checklists, safety plan, referrals given."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from counselor_app.db.base import Base, Timestamps, UuidPk, Versioned
from counselor_app.db.crypto import EncryptedFloat, EncryptedText
from counselor_app.db.models._types import enum_column_type
from counselor_app.domain.calls import CallSource, CallStatus, Disposition
from counselor_app.domain.risk import RiskLevel


class Call(UuidPk, Timestamps, Versioned, Base):
    """One contact: a 911 transfer, a 988 call, a direct call or a co-responder encounter."""

    __tablename__ = "calls"

    source: Mapped[CallSource] = mapped_column(enum_column_type(CallSource))
    status: Mapped[CallStatus] = mapped_column(
        enum_column_type(CallStatus), default=CallStatus.OPEN
    )
    counselor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_accounts.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(index=True)
    ended_at: Mapped[datetime | None]

    # 911 transfer (NENA / EIDO style)
    cad_incident_number: Mapped[str | None] = mapped_column(String(64), index=True)
    psap_name: Mapped[str | None] = mapped_column(String(120))
    transferred_at: Mapped[datetime | None]
    telecommunicator: Mapped[str | None] = mapped_column(String(120))
    nature_of_call: Mapped[str | None] = mapped_column(String(200))
    officer_on_standby: Mapped[bool | None]

    # co-responder field encounter
    co_responder_officer: Mapped[str | None] = mapped_column(String(120))
    co_responder_unit: Mapped[str | None] = mapped_column(String(64))

    # caller (sensitive fields are encrypted per field by the protection layer)
    anonymous: Mapped[bool] = mapped_column(default=True)
    caller_name: Mapped[str | None] = mapped_column(EncryptedText("calls.caller_name"))
    preferred_name: Mapped[str | None] = mapped_column(EncryptedText("calls.preferred_name"))
    pronouns: Mapped[str | None] = mapped_column(String(40))
    age: Mapped[int | None]
    age_range: Mapped[str | None] = mapped_column(String(20))
    language: Mapped[str | None] = mapped_column(String(40))
    interpreter_used: Mapped[bool] = mapped_column(default=False)
    callback_number: Mapped[str | None] = mapped_column(EncryptedText("calls.callback_number"))
    """E.164, e.g. +13145550100."""
    callback_key: Mapped[str | None] = mapped_column(String(64), index=True)
    """Keyed hash of the normalised call-back number: finds repeat callers without the number."""
    caller_name_key: Mapped[str | None] = mapped_column(String(64), index=True)
    """Keyed hash of the normalised caller name, for the same purpose."""
    location_address: Mapped[str | None] = mapped_column(EncryptedText("calls.location_address"))
    location_cross_streets: Mapped[str | None] = mapped_column(
        EncryptedText("calls.location_cross_streets")
    )
    latitude: Mapped[float | None] = mapped_column(EncryptedFloat("calls.latitude"))
    longitude: Mapped[float | None] = mapped_column(EncryptedFloat("calls.longitude"))
    third_party: Mapped[bool] = mapped_column(default=False)
    third_party_relationship: Mapped[str | None] = mapped_column(
        EncryptedText("calls.third_party_relationship")
    )

    narrative: Mapped[str | None] = mapped_column(EncryptedText("calls.narrative"))
    risk_level: Mapped[RiskLevel] = mapped_column(
        enum_column_type(RiskLevel), default=RiskLevel.NOT_ASSESSED
    )
    disposition: Mapped[Disposition | None] = mapped_column(enum_column_type(Disposition))

    # disposition details
    mobile_team_dispatched: Mapped[bool] = mapped_column(default=False)
    warm_transfer_to: Mapped[str | None] = mapped_column(String(200))
    ems_requested: Mapped[bool] = mapped_column(default=False)
    police_requested: Mapped[bool] = mapped_column(default=False)
    returned_to_911: Mapped[bool] = mapped_column(default=False)
    referral_given: Mapped[bool] = mapped_column(default=False)
    follow_up_consent: Mapped[bool | None]
    follow_up_times: Mapped[str | None] = mapped_column(EncryptedText("calls.follow_up_times"))
    follow_up_number: Mapped[str | None] = mapped_column(EncryptedText("calls.follow_up_number"))

    # outcome flags (what the program reports); derived from the disposition, correctable
    police_avoided: Mapped[bool | None]
    ems_avoided: Mapped[bool | None]
    arrest_avoided: Mapped[bool | None]
    hospitalization_avoided: Mapped[bool | None]
    substance_use_info: Mapped[bool] = mapped_column(default=False)
    """The record includes substance-use treatment information (42 CFR Part 2)."""
    signed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_accounts.id"))
    signed_at: Mapped[datetime | None]

    concerns: Mapped[list[CallConcern]] = relationship(
        back_populates="call", cascade="all, delete-orphan"
    )


class CallConcern(Base):
    """A presenting concern ticked for a call (codes come from ``resources/concerns``)."""

    __tablename__ = "call_concerns"

    call_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("calls.id"), primary_key=True)
    concern_code: Mapped[str] = mapped_column(String(40), primary_key=True)

    call: Mapped[Call] = relationship(back_populates="concerns")


class RiskAssessment(UuidPk, Timestamps, Versioned, Base):
    """A C-SSRS screener or a Lifeline risk assessment grid completed during a call."""

    __tablename__ = "risk_assessments"

    call_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("calls.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    """``cssrs`` or ``lifeline``."""
    instrument_version: Mapped[str] = mapped_column(String(20))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON)
    risk_level: Mapped[RiskLevel] = mapped_column(enum_column_type(RiskLevel))
    imminent: Mapped[bool] = mapped_column(default=False)
    formulation: Mapped[str | None] = mapped_column(EncryptedText("risk_assessments.formulation"))
    performed_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_accounts.id"))
    performed_at: Mapped[datetime]


class ImminentRiskStep(UuidPk, Timestamps, Versioned, Base):
    """A step of the imminent-risk protocol, timestamped when done."""

    __tablename__ = "imminent_risk_steps"

    call_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("calls.id"), index=True)
    step: Mapped[str] = mapped_column(String(40))
    """One of active_engagement, supervisor_notified, emergency_requested, contact_confirmed."""
    done_at: Mapped[datetime | None]
    done_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_accounts.id"))
    note: Mapped[str | None] = mapped_column(EncryptedText("imminent_risk_steps.note"))


class ChecklistTemplateRow(Timestamps, Versioned, Base):
    """A checklist template imported by an administrator (shared by every workstation)."""

    __tablename__ = "checklist_templates"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    template_version: Mapped[str] = mapped_column(String(20), primary_key=True)
    title: Mapped[str] = mapped_column(String(120))
    body: Mapped[str] = mapped_column(Text)
    """The validated template as JSON."""
    active: Mapped[bool] = mapped_column(default=True)
    imported_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_accounts.id"))


class ChecklistRun(UuidPk, Timestamps, Versioned, Base):
    """One use of a de-escalation checklist template during a call."""

    __tablename__ = "checklist_runs"

    call_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("calls.id"), index=True)
    template_key: Mapped[str] = mapped_column(String(64))
    template_version: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(120))
    started_at: Mapped[datetime]
    completed_at: Mapped[datetime | None]

    items: Mapped[list[ChecklistItem]] = relationship(
        back_populates="run", cascade="all, delete-orphan", order_by="ChecklistItem.position"
    )


class ChecklistItem(UuidPk, Timestamps, Versioned, Base):
    """One item of a checklist run, with the time it was done."""

    __tablename__ = "checklist_items"

    run_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("checklist_runs.id"), index=True)
    item_key: Mapped[str] = mapped_column(String(64))
    label: Mapped[str] = mapped_column(String(300))
    position: Mapped[int]
    done_at: Mapped[datetime | None]
    done_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_accounts.id"))
    skipped: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str | None] = mapped_column(EncryptedText("checklist_items.note"))

    run: Mapped[ChecklistRun] = relationship(back_populates="items")


class SafetyPlan(UuidPk, Timestamps, Versioned, Base):
    """A Stanley-Brown safety plan agreed with the caller. Every section is sensitive text."""

    __tablename__ = "safety_plans"

    call_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("calls.id"), index=True)
    callback_key: Mapped[str | None] = mapped_column(String(64), index=True)
    language: Mapped[str] = mapped_column(String(10), default="en")
    warning_signs: Mapped[str | None] = mapped_column(EncryptedText("safety_plans.warning_signs"))
    coping_strategies: Mapped[str | None] = mapped_column(
        EncryptedText("safety_plans.coping_strategies")
    )
    social_distractions: Mapped[str | None] = mapped_column(
        EncryptedText("safety_plans.social_distractions")
    )
    people_to_ask: Mapped[str | None] = mapped_column(EncryptedText("safety_plans.people_to_ask"))
    professionals: Mapped[str | None] = mapped_column(EncryptedText("safety_plans.professionals"))
    safe_environment: Mapped[str | None] = mapped_column(
        EncryptedText("safety_plans.safe_environment")
    )
    reasons_for_living: Mapped[str | None] = mapped_column(
        EncryptedText("safety_plans.reasons_for_living")
    )
    created_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_accounts.id"))


class Referral(UuidPk, Timestamps, Versioned, Base):
    """A service from the directory given to the caller during a call."""

    __tablename__ = "referrals"

    call_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("calls.id"), index=True)
    service_id: Mapped[str] = mapped_column(ForeignKey("services.id"), index=True)
    service_name: Mapped[str] = mapped_column(String(300))
    """Name at the time of referral, kept if the directory later changes."""
    given_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_accounts.id"))
    given_at: Mapped[datetime]
    note: Mapped[str | None] = mapped_column(EncryptedText("referrals.note"))
    organization_name: Mapped[str | None] = mapped_column(Text)
    """Organization of the service at the time of referral."""
    phone: Mapped[str | None] = mapped_column(Text)
    """The number given to the caller (as the directory showed it)."""
    warm_handoff: Mapped[bool] = mapped_column(default=False, server_default=false())
    """The counselor connected the caller to the service, not only gave the number."""
