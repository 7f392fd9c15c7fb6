"""The referral directory (Open Referral HSDS 3.0) as the user interface sees it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ServiceSummary:
    """One service in a directory list."""

    id: str
    name: str
    organization_name: str
    description: str
    phone: str | None
    city: str | None
    status: str
