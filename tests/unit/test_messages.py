"""Texts made below the interface carry their English template, so the interface can translate."""

from __future__ import annotations

import copy
import importlib.util
import pickle
import sys
from pathlib import Path
from types import ModuleType

from counselor_app.domain.errors import KnownError, Message, ValidationError, msg

ROOT = Path(__file__).resolve().parents[2]


def _generator() -> ModuleType:
    path = ROOT / "resources" / "translations" / "make_data_strings.py"
    spec = importlib.util.spec_from_file_location("make_data_strings_for_messages", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_a_message_is_its_english_text_and_keeps_its_template() -> None:
    waited = msg("Wait {minutes} minutes, then try again.", minutes=5)
    assert waited == "Wait 5 minutes, then try again."
    assert waited.template == "Wait {minutes} minutes, then try again."
    assert dict(waited.values) == {"minutes": 5}
    pickled = pickle.loads(pickle.dumps(waited))  # noqa: S301 (our own bytes)
    for copied in (pickled, copy.deepcopy(waited)):
        assert isinstance(copied, Message) and copied.template == waited.template
        assert copied == waited


def test_errors_turn_plain_texts_into_messages() -> None:
    error = ValidationError("Not saved.", ("Age: give a number.",), hint="Correct it.")
    assert isinstance(error.message, Message) and error.message.template == "Not saved."
    assert isinstance(error.hint, Message) and error.hint == "Correct it."
    assert [type(r) for r in error.reasons] == [Message]
    assert str(error) == "Not saved. Age: give a number. Correct it."
    made = msg("Your role ({role}) does not allow you to {action}.", role="Counselor", action="x")
    assert KnownError(made).message is made  # a message stays the same object


def test_every_text_a_person_reads_below_the_interface_can_be_translated() -> None:
    built = _generator().untranslatable()
    assert built == [], "\n".join(
        f"{site.path}:{site.line}: a built text; write msg('... {{name}} ...', name=value)"
        for site in built
    )


def test_the_generator_finds_literals_constants_msg_templates_and_listed_reasons() -> None:
    texts = set(_generator().message_texts())
    assert "Your account is no longer active." in texts  # a literal passed to an error
    assert "Enter the 6-digit code from your authenticator app." in texts  # super().__init__
    assert "It contains the username." in texts  # a listed reason, a msg (domain/accounts.py)
