"""Column helpers shared by the model modules."""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import Enum as SAEnum


def enum_column_type(enum_cls: type[enum.Enum], length: int = 32) -> SAEnum:
    """Store a ``StrEnum`` by value in a plain VARCHAR (portable across SQLite and PostgreSQL)."""

    def values(e: Any) -> list[str]:
        return [m.value for m in e]

    return SAEnum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=values,
        validate_strings=True,
    )
