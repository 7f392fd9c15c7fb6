"""Frozen dataclasses to JSON-safe values and back, driven by their type hints.

Used for intake drafts: a ``CallRecord`` goes to disk (encrypted) and comes back identical.
Handles nested dataclasses, enums, UUIDs, aware datetimes, tuples, frozensets and optionals.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
import uuid
from datetime import datetime
from typing import Any, TypeVar

T = TypeVar("T")


def to_jsonable(value: Any) -> Any:
    """Convert ``value`` to dicts, lists, strings, numbers, booleans and None."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime cannot be serialised")
        return value.isoformat()
    if isinstance(value, (frozenset, set)):
        return sorted(to_jsonable(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot serialise {type(value).__name__}")


def from_jsonable(cls: type[T], data: Any) -> T:
    """Rebuild an instance of the dataclass ``cls`` from ``to_jsonable`` output."""
    result: T = _decode(cls, data)
    return result


def _decode(tp: Any, data: Any) -> Any:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        if data is None and type(None) in args:
            return None
        options = [a for a in args if a is not type(None)]
        return _decode(options[0], data) if len(options) == 1 else data
    if tp is Any:
        return data
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        hints = typing.get_type_hints(tp)
        if not isinstance(data, dict):
            raise ValueError(f"expected an object for {tp.__name__}")
        kwargs = {
            f.name: _decode(hints[f.name], data[f.name])
            for f in dataclasses.fields(tp)
            if f.name in data
        }
        return tp(**kwargs)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp(data)
    if tp is uuid.UUID:
        return uuid.UUID(str(data))
    if tp is datetime:
        return datetime.fromisoformat(str(data))
    if origin is tuple:
        inner = args[0] if args else Any
        return tuple(_decode(inner, v) for v in data)
    if origin is frozenset:
        inner = args[0] if args else Any
        return frozenset(_decode(inner, v) for v in data)
    if origin is list:
        return [_decode(args[0] if args else Any, v) for v in data]
    if origin is dict:
        return {k: _decode(args[1], v) for k, v in data.items()}
    if tp is float and isinstance(data, int) and not isinstance(data, bool):
        return float(data)
    return data
