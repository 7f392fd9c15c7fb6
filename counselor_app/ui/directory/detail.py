"""The service detail panel: what a counselor reads to a caller, and the referral action.

Every piece of directory text is shown as plain text (never rich text), so nothing an import
or an administrator typed can turn into markup or a link.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.directory import OpenState, PhoneEntry, ServiceDetail
from counselor_app.phones import display as phone_display
from counselor_app.ui.directory.texts import (
    last_verified_text,
    opening_text,
    phone_kind_text,
    status_text,
    verification_text,
)
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, message_text, translate
from counselor_app.ui.widgets import heading, note

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "Directory", "Choose a service in the list to see its phones, hours and eligibility."
)
NOT_LISTED = QT_TRANSLATE_NOOP("Directory", "Not listed")

ROWS: dict[str, str] = {
    "Phones": QT_TRANSLATE_NOOP("Directory", "Phones"),
    "Address": QT_TRANSLATE_NOOP("Directory", "Address"),
    "Hours": QT_TRANSLATE_NOOP("Directory", "Hours"),
    "Eligibility": QT_TRANSLATE_NOOP("Directory", "Eligibility"),
    "Fees": QT_TRANSLATE_NOOP("Directory", "Fees"),
    "How to apply": QT_TRANSLATE_NOOP("Directory", "How to apply"),
    "Languages": QT_TRANSLATE_NOOP("Directory", "Languages"),
    "Wait time": QT_TRANSLATE_NOOP("Directory", "Wait time"),
    "Categories": QT_TRANSLATE_NOOP("Directory", "Categories"),
    "Website": QT_TRANSLATE_NOOP("Directory", "Website"),
    "Email": QT_TRANSLATE_NOOP("Directory", "Email"),
    "About": QT_TRANSLATE_NOOP("Directory", "About"),
}
"""The detail rows: a stable key (English, what ``field_text`` takes) and the caption's text."""


def phone_text(phone: PhoneEntry) -> str:
    """``(314) 555-0100 ext. 12 · voice`` for people; the number as stored when unreadable."""
    text = phone_display(phone.number.strip().strip('"'))
    if phone.extension:
        text += f" ext. {phone.extension}"
    return text


def phone_label(phone: PhoneEntry) -> str:
    """The number with its kind and description, as listed in the panel."""
    extras = [
        p for p in (phone_kind_text(phone.kind) if phone.kind else "", phone.description) if p
    ]
    return " · ".join([phone_text(phone), *extras])


def _value(text: str) -> QLabel:
    label = QLabel(text or translate("Directory", NOT_LISTED))
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class ServiceDetailPanel(QScrollArea):
    """One service in full: phones (copy with Ctrl+Shift+C), hours, address, eligibility..."""

    copied = Signal(str)
    """A phone number was put on the clipboard (its display text)."""

    refer_requested = Signal(object)
    """The person asked to refer the caller to this ``ServiceDetail``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serviceDetail")
        self.setAccessibleName(translate("Directory", "Service details"))
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.detail: ServiceDetail | None = None
        self._zone = ZoneInfo("UTC")
        self._warning_days = 365
        self._now: datetime | None = None

        body = QWidget(self)
        body.setObjectName("serviceDetailBody")
        self.layout_ = QVBoxLayout(body)
        self.layout_.setContentsMargins(12, 8, 12, 8)
        self.layout_.setSpacing(6)
        self.name = heading("", 1.25)
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.organization = note()
        self.alert = note()
        self.alert.setObjectName("detailAlert")
        self.alert.setAccessibleName(translate("Directory", "Service alert"))
        self.opening = QLabel()
        self.opening.setObjectName("openingStatus")
        self.opening.setTextFormat(Qt.TextFormat.PlainText)
        self.opening.setAccessibleName(translate("Directory", "Opening hours now"))
        self.verified = note()
        self.verified.setObjectName("verifiedWarning")
        self.verified.setAccessibleName(translate("Directory", "Verification"))
        self.empty = note(translate("Directory", EMPTY_TEXT))
        self.empty.setObjectName("detailEmpty")

        self.copy_button = QPushButton(translate("Directory", "&Copy phone"), body)
        self.copy_button.setObjectName("copyPhone")
        self.copy_button.setToolTip(
            translate("Directory", "Copy the first phone number (Ctrl+Shift+C)")
        )
        self.refer_button = QPushButton(translate("Directory", "&Refer to call…"), body)
        self.refer_button.setObjectName("referButton")
        self.refer_button.setToolTip(
            translate("Directory", "Add this service to the open call's referrals (Ctrl+Enter)")
        )
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self.copy_button)
        actions.addWidget(self.refer_button)
        actions.addStretch(1)

        self.fields = QWidget(body)
        self.form = QVBoxLayout(self.fields)
        self.form.setContentsMargins(0, 4, 0, 0)
        self.form.setSpacing(2)
        self._values: dict[str, QLabel] = {}

        self.layout_.addWidget(self.empty)
        self.layout_.addWidget(self.name)
        self.layout_.addWidget(self.organization)
        self.layout_.addWidget(self.alert)
        self.layout_.addWidget(self.opening)
        self.layout_.addWidget(self.verified)
        self.layout_.addLayout(actions)
        self.layout_.addWidget(self.fields)
        self.layout_.addStretch(1)
        self.setWidget(body)
        self._referral_target: str | None = None
        self._connect_signals()
        self.show_detail(None)

    def _connect_signals(self) -> None:
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.refer_button.clicked.connect(self._on_refer_button_clicked)

    # --- configuration -------------------------------------------------------------------------

    def configure(self, zone: ZoneInfo, warning_days: int) -> None:
        """The center's time zone and the age after which a record needs verifying."""
        self._zone = zone
        self._warning_days = warning_days

    def set_referral_target(self, call_reference: str | None) -> None:
        """The call a referral would go to (``None``: no open call, referring is disabled)."""
        self._referral_target = call_reference
        self._update_actions()

    @property
    def referral_target(self) -> str | None:
        """The reference of the call a referral goes to, if any."""
        return self._referral_target

    # --- content -------------------------------------------------------------------------------

    def show_detail(self, detail: ServiceDetail | None, now: datetime | None = None) -> None:
        """Show ``detail`` (``None`` clears the panel)."""
        self.detail = detail
        self._now = now or datetime.now(UTC)
        has = detail is not None
        self.empty.setVisible(not has)
        for widget in (self.name, self.organization, self.opening, self.fields):
            widget.setVisible(has)
        self._clear_form()
        if detail is None:
            self.alert.hide()
            self.verified.hide()
            self._update_actions()
            return
        self.name.setText(detail.name)
        self.name.setAccessibleName(detail.name)
        parts = [detail.organization_name]
        if detail.status != "active":
            parts.append(status_text(detail.status, inline=True))
        if not detail.active:
            parts.append(translate("Directory", "no longer active"))
        self.organization.setText(" · ".join(parts))
        self.alert.setText(
            translate("Directory", "Alert: {alert}").format(alert=detail.alert)
            if detail.alert
            else ""
        )
        self.alert.setVisible(bool(detail.alert))
        self.opening.setText(opening_text(detail.opening, self._zone, self._now))
        self.opening.setProperty("state", detail.opening.state.value)
        self.opening.setObjectName(
            "openingOpen" if detail.opening.state is OpenState.OPEN else "openingStatus"
        )
        self.opening.style().unpolish(self.opening)
        self.opening.style().polish(self.opening)
        today = self._now.astimezone(self._zone).date()
        self._show_verification(detail.last_verified, today)
        self._fill_form(detail)
        self._update_actions()

    def _show_verification(self, last_verified: date | None, today: date) -> None:
        warning = verification_text(last_verified, today, self._warning_days)
        if warning:
            self.verified.setText(warning)
            self.verified.setObjectName("verifiedWarning")
        elif last_verified is not None:
            self.verified.setText(last_verified_text(last_verified))
            self.verified.setObjectName("note")
        self.verified.style().unpolish(self.verified)
        self.verified.style().polish(self.verified)
        self.verified.setVisible(bool(warning) or last_verified is not None)

    def _fill_form(self, d: ServiceDetail) -> None:
        phones = "\n".join(phone_label(p) for p in d.phones)
        self._row("Phones", phones)
        addresses = "\n".join(
            " — ".join(p for p in (a.location_name, a.one_line()) if p) for a in d.addresses
        )
        self._row("Address", addresses)
        self._row("Hours", "\n".join(hours_line_text(line) for line in d.hours))
        self._row("Eligibility", d.eligibility)
        self._row("Fees", d.fees)
        self._row("How to apply", d.application_process)
        self._row("Languages", ", ".join(d.languages))
        if d.wait_time:
            self._row("Wait time", d.wait_time)
        if d.categories:
            self._row("Categories", ", ".join(d.categories))
        if d.url:
            self._row("Website", d.url)
        if d.email:
            self._row("Email", d.email)
        self._row("About", d.description)

    def _row(self, key: str, value: str) -> None:
        """A caption above its value (values wrap at any panel width); ``key`` is in ``ROWS``."""
        label_text = translate("Directory", ROWS[key])
        caption = QLabel(label_text, self.fields)
        caption.setObjectName("detailLabel")
        font = caption.font()
        font.setBold(True)
        caption.setFont(font)
        field = _value(value)
        field.setParent(self.fields)
        field.setAccessibleName(label_text)
        field.setObjectName(f"detail{key.title().replace(' ', '')}")
        caption.setBuddy(field)
        if self._values:
            self.form.addSpacing(6)
        self.form.addWidget(caption)
        self.form.addWidget(field)
        self._values[key] = field

    def _clear_form(self) -> None:
        while self.form.count():
            item = self.form.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._values.clear()

    def field_text(self, key: str) -> str | None:
        """The text in the row ``key`` (``Eligibility`` in any language; ``None``: absent)."""
        field = self._values.get(key)
        return field.text() if field is not None else None

    # --- actions -------------------------------------------------------------------------------

    def copy_phone(self) -> str | None:
        """Put the first phone number on the clipboard; returns what was copied."""
        if self.detail is None or not self.detail.phones:
            return None
        text = phone_text(self.detail.phones[0])
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(text)
        return text

    def request_referral(self) -> bool:
        """Ask to refer the caller to the service shown; False when that is not possible."""
        if self.detail is None or self._referral_target is None or not self.detail.active:
            return False
        self.refer_requested.emit(self.detail)
        return True

    def _update_actions(self) -> None:
        d = self.detail
        self.copy_button.setEnabled(d is not None and bool(d.phones))
        self.refer_button.setEnabled(
            d is not None and d.active and self._referral_target is not None
        )
        if self._referral_target is None:
            self.refer_button.setText(translate("Directory", "&Refer to call…"))
            self.refer_button.setToolTip(
                translate("Directory", "Open a call in the intake workspace to refer to it.")
            )
        else:
            self.refer_button.setText(
                translate("Directory", "&Refer to call {reference}…").format(
                    reference=self._referral_target
                )
            )
            self.refer_button.setToolTip(
                translate("Directory", "Add this service to the open call's referrals (Ctrl+Enter)")
            )

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        self.copy_phone()

    @Slot()
    def _on_refer_button_clicked(self) -> None:
        self.request_referral()


def hours_line_text(line: str) -> str:
    """An hours line (``describe_rule``) in the interface language, beginning with a capital."""
    text = message_text(line)
    return text[:1].upper() + text[1:]
