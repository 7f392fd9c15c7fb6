"""The one background runner: database and service calls leave the GUI thread here.

``Runner.submit(fn, on_success, on_failure)`` runs ``fn`` on a worker thread of a private
``QThreadPool`` and calls back **on the GUI thread**. Worker threads never touch widgets; they
only run ``fn`` and hand the outcome to a signal, which Qt queues onto the GUI thread.

Failures reach ``on_failure`` as a ``Problem`` written for a person:

* a ``KnownError`` keeps its calm message, hint and reasons;
* anything else is a bug: it is logged with its traceback (``logger.exception``) and shown as
  "Something went wrong; nothing you typed was lost." -- never with the traceback.

A ``key`` makes a job "latest wins": while a job with the same key runs, a newer submission
waits, replacing any older waiting one, and the running job's result is dropped when a newer one
is waiting. Lists that refresh every few seconds therefore never pile up behind a slow database.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from counselor_app.domain.errors import KnownError, ValidationError
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, message_text, translate

log = logging.getLogger(__name__)

UNEXPECTED_MESSAGE = QT_TRANSLATE_NOOP(
    "Common", "Something went wrong; nothing you typed was lost."
)
UNEXPECTED_HINT = QT_TRANSLATE_NOOP(
    "Common",
    "Try again. If it keeps happening, tell your administrator; the details are in the log file.",
)
"""The English texts of a bug's problem; ``Problem.unexpected`` shows them translated."""


@dataclass(frozen=True, slots=True)
class Problem:
    """A failure as a person reads it: what happened, why, and what to do. Never a traceback."""

    message: str
    hint: str = ""
    reasons: tuple[str, ...] = ()
    error: KnownError | None = None
    """The ``KnownError`` behind it; ``None`` for an unexpected failure (a bug)."""

    def __post_init__(self) -> None:
        """Show a text made below the interface (a ``Message``) in the interface language."""
        object.__setattr__(self, "message", message_text(self.message))
        object.__setattr__(self, "hint", message_text(self.hint) if self.hint else "")
        object.__setattr__(self, "reasons", tuple(message_text(r) for r in self.reasons))

    @property
    def logged(self) -> str:
        """The English message, for the log file (the screens show ``message``)."""
        return str(self.error.message) if self.error is not None else self.message

    @property
    def known(self) -> bool:
        """True for an expected failure (``KnownError``), False for a bug."""
        return self.error is not None

    @property
    def text(self) -> str:
        """Message, one line per reason, then the hint."""
        lines = [self.message, *(f"• {reason}" for reason in self.reasons)]
        if self.hint:
            lines.append(self.hint)
        return "\n".join(lines)

    @classmethod
    def from_error(cls, error: KnownError) -> Problem:
        """The problem a ``KnownError`` describes, in the interface language."""
        reasons = error.reasons if isinstance(error, ValidationError) else ()
        return cls(error.message, error.hint, tuple(reasons), error)

    @classmethod
    def unexpected(cls) -> Problem:
        """The problem shown for a bug (the details are in the log), in the interface language."""
        return cls(translate("Common", UNEXPECTED_MESSAGE), translate("Common", UNEXPECTED_HINT))


def run_safely(fn: Callable[[], Any]) -> tuple[bool, Any]:
    """Call ``fn``; return ``(True, result)`` or ``(False, Problem)``. Bugs are logged here."""
    try:
        return True, fn()
    except KnownError as exc:
        return False, Problem.from_error(exc)
    except Exception:
        log.exception("background task failed")
        return False, Problem.unexpected()


SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[Problem], None]


class _Relay(QObject):
    """Lives on the GUI thread; worker threads emit on it and Qt queues the delivery.

    Only the job's number crosses threads in the signal; the outcome waits in the job itself,
    so no Python object is marshalled through a queued connection.
    """

    finished = Signal(int)


@dataclass(slots=True)
class _Job:
    id: int
    fn: Callable[[], Any]
    on_success: SuccessCallback | None
    on_failure: FailureCallback | None
    key: str | None
    owner: QObject | None = None
    outcome: tuple[bool, Any] | None = field(default=None)


class _Task(QRunnable):
    """Runs one job on a worker thread and reports it done through the relay."""

    def __init__(self, job: _Job, relay: _Relay) -> None:
        super().__init__()
        self._job: _Job | None = job
        self._relay = relay

    def run(self) -> None:
        """Worker thread: run the function; touch nothing but the job and the relay's signal."""
        job, self._job = self._job, None
        if job is None:
            return
        job.outcome = run_safely(job.fn)
        job_id = job.id
        # The runner still holds the job, so dropping this reference here never frees it (or
        # a widget its callbacks refer to) on the worker thread.
        del job
        try:
            self._relay.finished.emit(job_id)
        except RuntimeError:  # the runner is gone; nobody is waiting for the answer
            log.debug("background result dropped: runner deleted")


class Runner(QObject):
    """Runs callables off the GUI thread; success and failure come back on the GUI thread.

    ``pending`` counts submitted jobs whose callbacks have not run yet; ``idle`` is emitted each
    time it drops to zero. ``problem_reported`` carries failures of jobs submitted without an
    ``on_failure`` callback, so no failure is ever silent. ``shutdown()`` waits for the workers;
    call it before the application exits (``run_gui`` does, once the event loop has ended).
    """

    idle = Signal()
    problem_reported = Signal(object)
    failed = Signal(object)
    """Every failure's ``Problem``, whoever handles it (the session lock watches for the daily
    check); emitted before the job's own ``on_failure``."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._ids = itertools.count(1)
        self._jobs: dict[int, _Job] = {}
        self._running_by_key: dict[str, int] = {}
        self._waiting_by_key: dict[str, _Job] = {}
        self._closed = False
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._relay.finished.connect(self._on_relay_finished)

    @property
    def pending(self) -> int:
        """Jobs submitted whose callbacks have not run yet."""
        return len(self._jobs) + len(self._waiting_by_key)

    def submit(
        self,
        fn: Callable[[], Any],
        on_success: SuccessCallback | None = None,
        on_failure: FailureCallback | None = None,
        *,
        key: str | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run ``fn()`` on a worker thread; call back on the GUI thread.

        ``on_success(result)`` or ``on_failure(problem)`` runs afterwards, unless ``owner`` (a
        widget, usually) has been deleted meanwhile or a newer job with the same ``key`` has
        been submitted.
        """
        if self._closed:
            log.debug("job submitted after shutdown; ignored")
            return
        job = _Job(next(self._ids), fn, on_success, on_failure, key, owner)
        if key is not None and key in self._running_by_key:
            self._waiting_by_key[key] = job  # replaces (drops) an older waiting job
            return
        self._start(job)

    def _start(self, job: _Job) -> None:
        self._jobs[job.id] = job
        if job.key is not None:
            self._running_by_key[job.key] = job.id
        self._pool.start(_Task(job, self._relay))

    @Slot(int)
    def _on_relay_finished(self, job_id: int) -> None:
        job = self._jobs.pop(job_id, None)
        if job is None or self._closed:
            return
        ok, payload = job.outcome if job.outcome is not None else (False, Problem.unexpected())
        superseded = False
        if job.key is not None:
            self._running_by_key.pop(job.key, None)
            newer = self._waiting_by_key.pop(job.key, None)
            if newer is not None:
                superseded = True
                self._start(newer)
        if not superseded and _alive(job.owner):
            self._deliver(job, ok, payload)
        if self.pending == 0:
            self.idle.emit()

    def _deliver(self, job: _Job, ok: bool, payload: Any) -> None:
        if ok:
            if job.on_success is not None:
                job.on_success(payload)
            return
        self.failed.emit(payload)
        if job.on_failure is not None:
            job.on_failure(payload)
        else:
            self.problem_reported.emit(payload)

    def wait_for_workers(self, timeout_ms: int = -1) -> bool:
        """Block until the worker threads are done (their callbacks still need the event loop)."""
        return bool(self._pool.waitForDone(timeout_ms))

    def shutdown(self) -> None:
        """Drop waiting jobs and wait for running ones; no callback runs afterwards."""
        self._closed = True
        self._waiting_by_key.clear()
        self._pool.waitForDone()
        self._jobs.clear()
        self._running_by_key.clear()


def _alive(owner: QObject | None) -> bool:
    return owner is None or shiboken6.isValid(owner)
