"""Words put into messages as values read as the English they replace (status, recipient)."""

from __future__ import annotations

from counselor_app.domain.errors import Message
from counselor_app.domain.follow_ups import FollowUpStatus
from counselor_app.domain.handoff import Recipient
from counselor_app.services import follow_ups, handoff


def test_each_follow_up_status_has_its_word() -> None:
    for status in FollowUpStatus:
        word = follow_ups._status_word(status)
        assert isinstance(word, Message) and word == status.value


def test_each_recipient_has_its_word_in_a_sentence() -> None:
    for recipient in Recipient:
        word = handoff._RECIPIENT_WORDS[recipient]
        assert isinstance(word, Message) and word == recipient.label.lower()
