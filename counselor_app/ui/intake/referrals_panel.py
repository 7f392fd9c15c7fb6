"""Referrals given on the call: the directory services the caller was told about.

Referrals arrive from the directory beside the intake (``IntakeView.add_referral``); here the
counselor sees them and can remove one. The list is part of the record like any field: a change
is a change of the call, written to the draft and then the database.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.calls import CallReferral
from counselor_app.phones import display as phone_display
from counselor_app.ui.formatting import local_time_text
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from counselor_app.ui.intake.fields import group
from counselor_app.ui.widgets import note

TITLE = QT_TRANSLATE_NOOP("Intake", "Referrals given")
LIST_LABEL = QT_TRANSLATE_NOOP("Intake", "Services referred on this call:")
EMPTY_TEXT = QT_TRANSLATE_NOOP("Intake", "No referrals yet — press Ctrl+D to search the directory.")
READ_ONLY_EMPTY_TEXT = QT_TRANSLATE_NOOP("Intake", "No referrals from the directory on this call.")
REMOVE_TEXT = QT_TRANSLATE_NOOP("Intake", "Remove referral")
WARM_HANDOFF = QT_TRANSLATE_NOOP("Intake", "warm handoff")
MAX_VISIBLE_ROWS = 4


def referral_line(referral: CallReferral) -> str:
    """``service — organization — phone``, with the warm-handoff marker."""
    parts = (referral.service_name, referral.organization_name, phone_display(referral.phone))
    line = " — ".join(p for p in parts if p)
    warm = translate("Intake", WARM_HANDOFF)
    return f"{line}  [{warm}]" if referral.warm_handoff else line


def referral_text(referral: CallReferral) -> str:
    """What the list shows of one referral: its line, then its note."""
    line = referral_line(referral)
    if not referral.note:
        return line
    return f"{line}\n" + translate("Intake", "Note: {note}").format(note=referral.note)


def merge_referral(
    referrals: tuple[CallReferral, ...], referral: CallReferral
) -> tuple[tuple[CallReferral, ...], CallReferral]:
    """``referrals`` with ``referral`` added, and the referral as it is now listed.

    The same service referred again updates the earlier referral (its note, unless the new one
    is empty, and its warm-handoff flag, with the names and phone as the directory shows them
    now) instead of listing it twice; it keeps its id, time and who first gave it.
    """
    for index, earlier in enumerate(referrals):
        if earlier.service_id == referral.service_id:
            updated = replace(
                earlier,
                service_name=referral.service_name or earlier.service_name,
                organization_name=referral.organization_name or earlier.organization_name,
                phone=referral.phone or earlier.phone,
                note=referral.note or earlier.note,
                warm_handoff=referral.warm_handoff,
            )
            return (*referrals[:index], updated, *referrals[index + 1 :]), updated
    added = tuple(sorted((*referrals, referral), key=lambda r: r.order_key))
    return added, referral


class ReferralsPanel(QWidget):
    """The call's referrals as a small list, with Remove (button or Delete key)."""

    changed = Signal()
    """A referral was added, updated or removed by the person."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralsPanel")
        self._referrals: tuple[CallReferral, ...] = ()
        self._read_only = False
        self.box = group(translate("Intake", TITLE))
        self.box.setObjectName("referralsGiven")
        self.empty = note(translate("Intake", EMPTY_TEXT))
        self.empty.setObjectName("referralsEmpty")
        self.list_label = QLabel(translate("Intake", LIST_LABEL))
        self.list = QListWidget()
        self.list.setObjectName("referralsList")
        self.list.setAccessibleName(translate("Intake", LIST_LABEL).removesuffix(":"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_label.setBuddy(self.list)
        self.remove_button = QPushButton(translate("Intake", REMOVE_TEXT))
        self.remove_button.setObjectName("removeReferral")
        self.remove_button.setAccessibleName(translate("Intake", REMOVE_TEXT))
        self.remove_button.setToolTip(
            translate("Intake", "Remove the selected referral from this call (Delete)")
        )
        self.delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        inner = QVBoxLayout(self.box)
        inner.setSpacing(4)
        inner.addWidget(self.empty)
        inner.addWidget(self.list_label)
        inner.addWidget(self.list)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self._show()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.delete_shortcut.activated.connect(self._on_delete_shortcut_activated)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)

    # --- the referrals ---------------------------------------------------------------------

    @property
    def referrals(self) -> tuple[CallReferral, ...]:
        """The referrals listed, in the order they were given."""
        return self._referrals

    def load(self, referrals: tuple[CallReferral, ...]) -> None:
        """Show ``referrals`` (no ``changed``: nothing was edited)."""
        self._referrals = tuple(referrals)
        self._show()

    def add(self, referral: CallReferral) -> CallReferral:
        """Add ``referral`` (or update the earlier one of the same service); select it."""
        self._referrals, listed = merge_referral(self._referrals, referral)
        self._show(select=listed)
        self.changed.emit()
        return listed

    def remove(self, row: int) -> CallReferral | None:
        """Remove the referral at ``row``; returns it (None when there is none to remove)."""
        if self._read_only or not 0 <= row < len(self._referrals):
            return None
        removed = self._referrals[row]
        self._referrals = (*self._referrals[:row], *self._referrals[row + 1 :])
        following = self._referrals[min(row, len(self._referrals) - 1)] if self._referrals else None
        self._show(select=following)
        self.changed.emit()
        return removed

    def set_read_only(self, read_only: bool) -> None:
        """A read-only call lists its referrals but removes none."""
        self._read_only = read_only
        self._show(select=self._current())

    def focus_chain(self) -> list[QWidget]:
        """The list, then Remove (hidden ones are skipped by Qt)."""
        return [self.list, self.remove_button]

    # --- helpers ---------------------------------------------------------------------------

    def _current(self) -> CallReferral | None:
        row = self.list.currentRow()
        return self._referrals[row] if 0 <= row < len(self._referrals) else None

    def _show(self, select: CallReferral | None = None) -> None:
        focused = self.list.hasFocus() or self.remove_button.hasFocus()
        self.list.clear()
        for referral in self._referrals:
            item = QListWidgetItem(referral_text(referral))
            item.setData(Qt.ItemDataRole.UserRole, str(referral.id))
            warm = translate("Intake", WARM_HANDOFF)
            spoken = referral_line(referral).replace(f"[{warm}]", f", {warm}")
            if referral.note:
                spoken += ". " + translate("Intake", "Note: {note}").format(note=referral.note)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            when = local_time_text(referral.given_at) if referral.given_at is not None else ""
            if when and referral.given_by:
                given = translate("Intake", "Given {time} by {name}").format(
                    time=when, name=referral.given_by
                )
            elif when:
                given = translate("Intake", "Given {time}").format(time=when)
            elif referral.given_by:
                given = translate("Intake", "Given by {name}").format(name=referral.given_by)
            else:
                given = ""
            if given:
                item.setToolTip(given)
            self.list.addItem(item)
        has = bool(self._referrals)
        self.empty.setText(
            translate("Intake", READ_ONLY_EMPTY_TEXT)
            if self._read_only
            else translate("Intake", EMPTY_TEXT)
        )
        self.empty.setVisible(not has)
        self.list_label.setVisible(has)
        self.list.setVisible(has)
        self.remove_button.setVisible(has and not self._read_only)
        if has:
            ids = [r.id for r in self._referrals]
            row = ids.index(select.id) if select is not None and select.id in ids else 0
            self.list.setCurrentRow(row)
            self._fit_height()
        if focused and has:
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        # (Hiding the focused list moves the focus on to the next field by itself.)
        self._update_button()

    def _fit_height(self) -> None:
        rows = min(self.list.count(), MAX_VISIBLE_ROWS)
        # A long line wraps once the list has its width: leave room for three lines an item.
        least = 3 * self.list.fontMetrics().lineSpacing() + 6
        height = sum(max(self.list.sizeHintForRow(r), least) for r in range(rows))
        self.list.setFixedHeight(height + 2 * self.list.frameWidth() + 4)

    def _update_button(self) -> None:
        self.remove_button.setEnabled(not self._read_only and self._current() is not None)

    # --- slots -----------------------------------------------------------------------------

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        self.remove(self.list.currentRow())

    @Slot()
    def _on_delete_shortcut_activated(self) -> None:
        self.remove(self.list.currentRow())

    @Slot(int)
    def _on_list_current_row_changed(self, _row: int) -> None:
        self._update_button()
