"""The background runner: results and problems come back on the GUI thread."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counselor_app.domain.errors import KnownError, ValidationError
from counselor_app.ui.ops import UNEXPECTED_MESSAGE, Problem, Runner


def gui_thread() -> QThread:
    return QObject().thread()


def test_success_is_delivered_on_the_gui_thread(qtbot: QtBot, runner: Runner) -> None:
    worker_threads: list[int] = []
    delivered: list[tuple[object, bool]] = []

    def work() -> int:
        worker_threads.append(threading.get_ident())
        return 42

    def on_success(result: object) -> None:
        delivered.append((result, QThread.currentThread() is gui_thread()))

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.submit(work, on_success)
        assert runner.pending == 1
    assert delivered == [(42, True)]
    assert worker_threads and worker_threads[0] != threading.get_ident()
    assert runner.pending == 0


def test_known_error_reaches_the_person_calmly(qtbot: QtBot, runner: Runner) -> None:
    problems: list[Problem] = []
    on_gui_thread: list[bool] = []

    def work() -> None:
        raise ValidationError("This password cannot be used.", ("It is too short.",), "Try again.")

    def on_failure(problem: Problem) -> None:
        on_gui_thread.append(QThread.currentThread() is gui_thread())
        problems.append(problem)

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.submit(work, None, on_failure)
    assert on_gui_thread == [True]
    [problem] = problems
    assert problem.known
    assert problem.message == "This password cannot be used."
    assert problem.text == "This password cannot be used.\n• It is too short.\nTry again."
    assert isinstance(problem.error, ValidationError)


def test_a_bug_is_logged_with_traceback_but_shown_without(
    qtbot: QtBot, runner: Runner, caplog: pytest.LogCaptureFixture
) -> None:
    problems: list[Problem] = []

    def work() -> None:
        raise ZeroDivisionError("secret detail")

    with (
        caplog.at_level(logging.ERROR, logger="counselor_app.ui.ops"),
        qtbot.waitSignal(runner.idle, timeout=5000),
    ):
        runner.submit(work, None, problems.append)
    [problem] = problems
    assert not problem.known
    assert problem.message == UNEXPECTED_MESSAGE
    assert "nothing you typed was lost" in problem.text
    assert "Traceback" not in problem.text and "secret detail" not in problem.text
    assert "ZeroDivisionError" in caplog.text and "Traceback" in caplog.text


def test_failure_without_a_callback_is_reported_not_lost(qtbot: QtBot, runner: Runner) -> None:
    def work() -> None:
        raise KnownError("The database cannot be reached.", "Check the network.")

    with qtbot.waitSignal(runner.problem_reported, timeout=5000) as blocker:
        runner.submit(work)
    assert blocker.args[0].text == "The database cannot be reached.\nCheck the network."


def test_latest_job_with_a_key_wins(qtbot: QtBot, runner: Runner) -> None:
    release = threading.Event()
    results: list[str] = []

    def slow() -> str:
        release.wait(5)
        return "first"

    runner.submit(slow, results.append, key="search")
    runner.submit(lambda: "second", results.append, key="search")
    runner.submit(lambda: "third", results.append, key="search")
    assert runner.pending == 2  # the running one and the newest waiting one
    with qtbot.waitSignal(runner.idle, timeout=5000):
        release.set()
    assert results == ["third"]


def test_no_callback_for_a_deleted_owner(qtbot: QtBot, runner: Runner) -> None:
    release = threading.Event()
    results: list[object] = []
    owner = QObject()
    runner.submit(lambda: release.wait(5), results.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _valid(owner))
    with qtbot.waitSignal(runner.idle, timeout=5000):
        release.set()
    assert results == []


def test_shutdown_waits_for_workers_and_drops_callbacks(qapp: QApplication) -> None:
    runner = Runner()
    finished = threading.Event()
    results: list[object] = []

    def work() -> None:
        threading.Event().wait(0.05)
        finished.set()

    runner.submit(work, results.append)
    runner.shutdown()
    assert finished.is_set()
    runner.submit(lambda: 1, results.append)  # ignored after shutdown
    qapp.processEvents()
    assert results == []
    assert runner.pending == 0


def _valid(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)
