"""The application-wide change signal."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread
from pytestqt.qtbot import QtBot

from counselor_app.services.events import ChangeBus
from counselor_app.ui.events import REFRESH_TOPIC, AppEvents


def test_a_change_published_on_a_worker_thread_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    bus = ChangeBus()
    events = AppEvents(bus, 0)
    received: list[tuple[str, str, bool]] = []
    gui = QObject().thread()
    events.changed.connect(
        lambda topic, record_id: received.append((topic, record_id, QThread.currentThread() is gui))
    )
    with qtbot.waitSignal(events.changed, timeout=5000):
        worker = threading.Thread(target=bus.publish, args=("accounts", "abc"))
        worker.start()
        worker.join()
    assert received == [("accounts", "abc", True)]
    events.close()


def test_polling_emits_refresh(qtbot: QtBot) -> None:
    events = AppEvents(ChangeBus(), 0.05)
    assert events.polling
    with qtbot.waitSignal(events.changed, timeout=5000) as blocker:
        pass
    assert blocker.args == [REFRESH_TOPIC, ""]
    events.close()
    assert not events.polling


def test_close_stops_listening(qtbot: QtBot) -> None:
    bus = ChangeBus()
    events = AppEvents(bus, 0)
    events.close()
    with qtbot.assertNotEmitted(events.changed, wait=50):
        bus.publish("calls")
