"""Reading a screen in both interface languages, for the tests that look for English left over."""

from __future__ import annotations

from collections.abc import Callable

from counselor_app.ui import i18n


def in_english_and_spanish(texts: Callable[[], set[str]]) -> tuple[set[str], set[str]]:
    """``texts()`` read with the English interface, then with the Spanish one; English after."""
    i18n.install_language("en")
    english = texts()
    i18n.install_language("es")
    try:
        return english, texts()
    finally:
        i18n.install_language("en")
