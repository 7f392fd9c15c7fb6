"""Telephone numbers: validated and stored as E.164, shown in national format (``phonenumbers``)."""

from __future__ import annotations

import phonenumbers

from counselor_app.domain.errors import ValidationError

DEFAULT_REGION = "US"


def to_e164(text: str, region: str = DEFAULT_REGION) -> str:
    """Validate a typed number and return it as E.164; empty text gives an empty string."""
    cleaned = "".join(ch for ch in text if ch.isprintable()).strip()
    if not cleaned:
        return ""
    try:
        number = phonenumbers.parse(cleaned, region)
    except phonenumbers.NumberParseException:
        raise ValidationError(
            "This is not a telephone number.",
            hint="Type it as the caller says it, e.g. 314-555-0142 or +44 20 7946 0958.",
        ) from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(
            "This telephone number is not valid.",
            hint="Check the number of digits and the area code.",
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display(e164: str, region: str = DEFAULT_REGION) -> str:
    """National format for numbers of ``region``, international for others; text as given."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, region)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == region:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
