"""Reading the JSON data files that define checklists and assessment grids, with clear errors."""

from __future__ import annotations

import json
from typing import Any

from counselor_app.domain.errors import Message, ValidationError, msg

KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_.")


def parse_json_object(text: str, what: Message) -> dict[str, Any]:
    """Parse ``text`` as a JSON object; a syntax error names the line and column."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            msg("The {what} is not valid JSON.", what=what),
            (
                msg(
                    "Line {line}, column {column}: {error}.",
                    line=exc.lineno,
                    column=exc.colno,
                    error=exc.msg,
                ),
            ),
        ) from None
    if not isinstance(data, dict):
        raise ValidationError(msg("The {what} must be a JSON object ({{...}}).", what=what))
    return data


def require_text(
    data: dict[str, Any], name: str, where: str, problems: list[str], *, max_len: int = 300
) -> str:
    """Read a required, non-empty string field; record a problem when it is not one."""
    value = data.get(name)
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{where}: '{name}' must be a non-empty text.")
        return ""
    if len(value) > max_len:
        problems.append(f"{where}: '{name}' is longer than {max_len} characters.")
    return value.strip()


def require_key(data: dict[str, Any], name: str, where: str, problems: list[str]) -> str:
    """Read a required machine key (lower-case letters, digits, - _ .)."""
    value = require_text(data, name, where, problems, max_len=64)
    if value and not set(value) <= KEY_CHARS:
        problems.append(
            f"{where}: '{name}' may contain lower-case letters, digits, '-', '_' and '.' only."
        )
    return value
