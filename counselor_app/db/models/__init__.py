"""Every model, imported so ``Base.metadata`` knows the whole schema."""

from counselor_app.db.models.accounts import (
    BreakGlassGrant,
    CenterSetting,
    StaffAccount,
    StaffSession,
)
from counselor_app.db.models.applied import AppliedOperation
from counselor_app.db.models.audit import AuditEvent, Disclosure
from counselor_app.db.models.calls import (
    Call,
    CallConcern,
    ChecklistItem,
    ChecklistRun,
    ChecklistTemplateRow,
    ImminentRiskStep,
    Referral,
    RiskAssessment,
    SafetyPlan,
)
from counselor_app.db.models.directory import (
    Address,
    Attribute,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)
from counselor_app.db.models.follow_ups import FollowUp, FollowUpAttempt
from counselor_app.db.models.keys import DataKey

__all__ = [
    "Address",
    "AppliedOperation",
    "Attribute",
    "AuditEvent",
    "BreakGlassGrant",
    "Call",
    "CallConcern",
    "CenterSetting",
    "ChecklistItem",
    "ChecklistRun",
    "ChecklistTemplateRow",
    "DataKey",
    "Disclosure",
    "FollowUp",
    "FollowUpAttempt",
    "ImminentRiskStep",
    "Language",
    "Location",
    "Organization",
    "Phone",
    "Referral",
    "RiskAssessment",
    "SafetyPlan",
    "Schedule",
    "Service",
    "ServiceAtLocation",
    "StaffAccount",
    "StaffSession",
    "Taxonomy",
    "TaxonomyTerm",
]
