"""The typed error hierarchy.

``KnownError`` and its subclasses describe situations a person can understand and act on (a wrong
password, a database that cannot be reached). Their message is written for the person and never
contains sensitive content. Any other exception is a bug: it is logged and reported as such.

Every text a person reads that is made below the interface is English and is a ``Message``: a
``str`` whose value is the English text, which also keeps its ``template`` (the text before its
values were filled in, the key of its translation) and its ``values``. The interface shows it in
its own language (``counselor_app.ui.i18n.message_text``); logs, the command line and the tests
read the English. A literal passed straight to an error becomes a ``Message`` on its own; a text
with values is written ``msg("... {name} ...", name=value)``, never as an f-string, so that the
template can be translated. ``resources/translations/make_data_strings.py`` collects them all.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime


class Message(str):
    """English text for a person, with the template and values it was made from."""

    template: str
    """The English text before the values were filled in (the key of its translation)."""
    values: Mapping[str, object]
    """The values filled into ``template`` (``str.format`` fields by name)."""

    def __new__(cls, template: str, /, **values: object) -> Message:
        """``template`` with ``values`` filled in (``template`` as it is when there are none)."""
        self = super().__new__(cls, template.format_map(values) if values else template)
        self.template = template
        self.values = values
        return self

    def to_json(self) -> dict[str, object]:
        """The template and values as JSON that ``from_json`` reads back as the same message."""
        return {
            "template": self.template,
            "values": {name: _value_to_json(value) for name, value in self.values.items()},
        }

    @classmethod
    def from_json(cls, stored: object) -> Message:
        """A message from ``to_json``; ``TypeError``/``ValueError``/``KeyError`` when damaged."""
        if not isinstance(stored, dict):
            raise TypeError("a stored message is an object")
        template, values = stored.get("template"), stored.get("values")
        if not isinstance(template, str) or not isinstance(values, dict):
            raise TypeError("a stored message has a template and values")
        return cls(template, **{str(k): _value_from_json(v) for k, v in values.items()})


class Label(str):
    """A domain label put into a message (a role, an imminent-risk step).

    The interface shows it through its translations of the domain's labels. Any other plain value
    (a name, a number, a path, a service from the directory) is shown exactly as it is.
    """


def _value_to_json(value: object) -> object:
    """A message's value as JSON that reads back as the same type (so its format still fits)."""
    if isinstance(value, Message):
        return {"message": value.to_json()}
    if isinstance(value, Label):
        return {"label": str(value)}
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    return str(value)


def _value_from_json(stored: object) -> object:
    if isinstance(stored, dict):
        if "message" in stored:
            return Message.from_json(stored["message"])
        if "label" in stored:
            return Label(str(stored["label"]))
        if "datetime" in stored:
            return datetime.fromisoformat(str(stored["datetime"]))
        if "date" in stored:
            return date.fromisoformat(str(stored["date"]))
        raise TypeError("a stored value of an unknown kind")
    if isinstance(stored, bool | int | float | str):
        return stored
    raise TypeError("a stored value of an unknown kind")


def msg(template: str, /, **values: object) -> Message:
    """A text with values, translatable as a whole: ``msg("Wait {minutes} minutes.", minutes=5)``.

    ``template`` must be a literal (the translation tools read it from the source).
    """
    return Message(template, **values)


def comma_list(parts: Sequence[str]) -> str:
    """``"a, b, c"`` as one message, each part still translatable (``""`` for no parts)."""
    if not parts:
        return ""
    joined = parts[0]
    for part in parts[1:]:
        joined = msg("{first}, {then}", first=joined, then=part)
    return joined


def as_message(text: str) -> Message:
    """``text`` as a ``Message``: itself when it is one, else a message without values."""
    return text if isinstance(text, Message) else Message(text)


def as_messages(texts: Iterable[str]) -> tuple[Message, ...]:
    """Each of ``texts`` as a ``Message``."""
    return tuple(as_message(text) for text in texts)


class CounselorError(Exception):
    """Base class for every error the application raises on purpose."""


class KnownError(CounselorError):
    """An expected failure with a calm, person-readable message.

    ``message`` says what happened, ``hint`` what to do about it. Neither may contain caller data.
    """

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = as_message(message)
        self.hint = as_message(hint)

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class ValidationError(KnownError):
    """User input that cannot be accepted; ``reasons`` lists every problem found."""

    def __init__(self, message: str, reasons: tuple[str, ...] = (), hint: str = "") -> None:
        super().__init__(message, hint)
        self.reasons = as_messages(reasons)

    def __str__(self) -> str:
        parts = [self.message, *self.reasons]
        if self.hint:
            parts.append(self.hint)
        return " ".join(parts)


class AuthenticationError(KnownError):
    """A sign-in that did not succeed (wrong credentials, locked or inactive account)."""


class ThrottledError(AuthenticationError):
    """Too many failed sign-ins; the account may try again after ``retry_after_seconds``."""

    def __init__(self, message: str, retry_after_seconds: int) -> None:
        super().__init__(message, "Wait, then try again, or ask an administrator.")
        self.retry_after_seconds = retry_after_seconds


class PermissionDeniedError(KnownError):
    """The signed-in account's role does not allow the action."""


class ReauthenticationRequiredError(PermissionDeniedError):
    """The session's password proof is too old (the daily check): confirm it to go on."""

    def __init__(self) -> None:
        super().__init__(
            "Please confirm it is you (daily check).",
            "Enter your password to go on; nothing you typed was lost.",
        )


class SecondFactorRequiredError(AuthenticationError):
    """The password was right; the account also needs the code from its authenticator app."""

    def __init__(self) -> None:
        super().__init__(
            "Enter the 6-digit code from your authenticator app.",
            "The code changes every 30 seconds.",
        )


class NotFoundError(KnownError):
    """A record that was asked for does not exist."""


class ConflictError(KnownError):
    """Someone else changed the record since it was read; nothing was overwritten.

    ``current`` carries the record as it is now (a domain object) when the service could read
    it, so the person can compare it with their own and keep, take or merge.
    """

    def __init__(self, message: str, hint: str = "", current: object | None = None) -> None:
        super().__init__(message, hint)
        self.current = current


class DatabaseUnavailableError(KnownError):
    """The database cannot be reached or opened.

    ``transient`` is True when trying again may succeed (a dropped connection, a server that is
    restarting), False when it will not without a person (a wrong password, a missing database).
    """

    def __init__(self, message: str, hint: str = "", *, transient: bool = False) -> None:
        super().__init__(message, hint)
        self.transient = transient


class DatabaseBusyError(KnownError):
    """The database refused a transaction it could not serialize (40001, a deadlock, a lock).

    The unit of work is retried whole; this reaches a person only when the retries ran out.
    """


class KeyringUnavailableError(KnownError):
    """No secure credential store is available on this workstation."""


class ConfigurationError(KnownError):
    """A setting or command-line option has a value that cannot be used."""


class MissingKeysError(KnownError):
    """This workstation cannot decrypt (or encrypt) the database's sensitive fields."""

    def __init__(self) -> None:
        super().__init__(
            "This workstation does not hold the keys of this database.",
            "Nothing sensitive can be shown or saved here until an administrator enrolls this "
            "workstation (Admin → Enroll a workstation, then import the file here).",
        )
