from __future__ import annotations

from typing import ClassVar

import pytest
from keyring.backends import fail

from counselor_app.domain.errors import KeyringUnavailableError
from counselor_app.services.credentials import CredentialStore
from tests.support.keyrings import MemoryKeyring


def _fake_backend(module: str, name: str) -> MemoryKeyring:
    cls = type(name, (MemoryKeyring,), {"__module__": module})
    cls.__qualname__ = name
    return cls()  # type: ignore[no-any-return]


def test_refuses_the_failing_backend() -> None:
    with pytest.raises(KeyringUnavailableError) as info:
        CredentialStore(fail.Keyring())
    assert "gnome-keyring" in str(info.value)


@pytest.mark.parametrize(
    ("module", "name"),
    [("keyrings.alt.file", "PlaintextKeyring"), ("keyring.backends.null", "Keyring")],
)
def test_refuses_plaintext_and_null_backends(module: str, name: str) -> None:
    with pytest.raises(KeyringUnavailableError, match="Plaintext keyrings are refused"):
        CredentialStore(_fake_backend(module, name))


def test_chainer_of_only_refused_backends_is_refused() -> None:
    class Chain(MemoryKeyring):
        backends: ClassVar[list[fail.Keyring]] = [fail.Keyring()]

    with pytest.raises(KeyringUnavailableError):
        CredentialStore(Chain())


def test_store_and_keys(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore(memory_keyring)
    assert store.get("x") is None
    store.set("x", "secret value")
    assert store.get("x") == "secret value"
    key = store.create_key("k")
    assert len(key) == 32
    assert store.get_key("k") == key
    store.delete("x")
    store.delete("x")  # deleting twice is harmless
    assert store.get("x") is None
    assert all(service == "counselor-desk" for service, _ in memory_keyring.secrets)


def test_default_backend_in_tests_is_the_memory_keyring(memory_keyring: MemoryKeyring) -> None:
    CredentialStore().set("probe", "1")
    assert memory_keyring.secrets[("counselor-desk", "probe")] == "1"
