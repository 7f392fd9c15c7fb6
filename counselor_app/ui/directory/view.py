"""The directory page: search as you type, filters, a detail panel, referral to the open call.

The same widget serves as a page of its own and, in compact form, beside the intake workspace
(the main window docks it there on Ctrl+D). Searches and details run on the runner with
"latest wins" keys, so typing never waits for the database.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QWidget,
)

from counselor_app.domain.accounts import Permission, SignedInUser
from counselor_app.domain.directory import (
    DirectoryQuery,
    FilterChoices,
    GeoPoint,
    ImportReport,
    ServiceDetail,
    ServiceHit,
)
from counselor_app.ui.context import AppServices
from counselor_app.ui.dialogs import ConfirmDialog
from counselor_app.ui.directory.detail import ServiceDetailPanel
from counselor_app.ui.directory.edit_dialogs import OrganizationsDialog, ServiceEditDialog
from counselor_app.ui.directory.models import KM_PER_MILE, DirectoryHitsTableModel
from counselor_app.ui.directory.texts import import_summary
from counselor_app.ui.directory.transfer_dialogs import (
    ImportDialog,
    choose_export_folder,
    choose_import_path,
)
from counselor_app.ui.events import AppEvents
from counselor_app.ui.formatting import count_text
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from counselor_app.ui.ops import Runner
from counselor_app.ui.page import ListPage
from counselor_app.ui.widgets import enable_clear_button

SEARCH_DELAY_MS = 150
"""Typing pauses this long before the search runs (each search takes milliseconds)."""

ANY_CATEGORY = QT_TRANSLATE_NOOP("Directory", "Any category")
ANY_LANGUAGE = QT_TRANSLATE_NOOP("Directory", "Any language")
DEFAULT_RADIUS_MILES = 10.0
NO_CALLER_LOCATION = QT_TRANSLATE_NOOP(
    "Directory", "The open call has no coordinates for the caller's location."
)


class DirectoryView(ListPage):
    """Services of the referral directory: search, filter, read, copy a phone, refer."""

    topics: ClassVar[frozenset[str]] = frozenset({"directory"})
    model: DirectoryHitsTableModel

    dismissed = Signal()
    """Escape in the compact (beside-intake) form: give the keyboard back to the intake."""

    referral_requested = Signal(object)
    """The person asked to refer the open call's caller to this ``ServiceDetail``."""

    def __init__(
        self,
        services: AppServices,
        user: SignedInUser,
        runner: Runner,
        events: AppEvents,
        parent: QWidget | None = None,
        *,
        compact: bool = False,
    ) -> None:
        super().__init__(
            translate("Directory", "Directory"),
            services,
            user,
            runner,
            events,
            DirectoryHitsTableModel(),
            parent,
        )
        self.compact = compact
        self.model.zone = services.directory.zone
        self._choices_loaded = False
        self._detail_id: str | None = None
        self._select_when_loaded: str | None = None
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        """The moment "open now" and the hours shown refer to (tests set a fixed one)."""
        self._caller: GeoPoint | None = None
        self._referral_target: Callable[[], str | None] = lambda: None
        self.table.setSortingEnabled(False)  # the search ranks; the list keeps its order

        self.search = QLineEdit(self)
        self.search.setObjectName("directorySearch")
        self.search.setPlaceholderText(
            translate("Directory", "Service, organization, need or category")
        )
        enable_clear_button(self.search)
        self.search.setAccessibleName(translate("Directory", "Search services"))
        self.search.setToolTip(
            translate("Directory", "Search services (Ctrl+F); Down arrow moves to the results")
        )
        search_label = QLabel(translate("Directory", "S&earch:"), self)
        search_label.setBuddy(self.search)
        self.tool_row.addWidget(search_label)
        self.tool_row.addWidget(self.search, 1)

        self.category = QComboBox(self)
        self.category.setObjectName("categoryFilter")
        self.category.setAccessibleName(translate("Directory", "Category"))
        self.category.addItem(translate("Directory", ANY_CATEGORY), None)
        self.language = QComboBox(self)
        self.language.setObjectName("languageFilter")
        self.language.setAccessibleName(translate("Directory", "Language"))
        self.language.addItem(translate("Directory", ANY_LANGUAGE), None)
        self.open_now = QCheckBox(translate("Directory", "&Open now"), self)
        self.open_now.setObjectName("openNowFilter")
        self.place = QLineEdit(self)
        self.place.setObjectName("placeFilter")
        self.place.setPlaceholderText(translate("Directory", "City or ZIP"))
        self.place.setAccessibleName(translate("Directory", "City or ZIP code"))
        enable_clear_button(self.place)
        self.near = QCheckBox(translate("Directory", "&Near caller, within"), self)
        self.near.setObjectName("nearFilter")
        self.radius = QDoubleSpinBox(self)
        self.radius.setObjectName("radiusMiles")
        self.radius.setAccessibleName(translate("Directory", "Distance from the caller in miles"))
        self.radius.setRange(0.5, 500.0)
        self.radius.setDecimals(1)
        self.radius.setSingleStep(5.0)
        self.radius.setValue(DEFAULT_RADIUS_MILES)
        self.radius.setSuffix(" " + translate("Directory", "mi"))
        self.include_inactive = QCheckBox(translate("Directory", "Include &inactive"), self)
        self.include_inactive.setObjectName("includeInactive")
        self.filter_row = QHBoxLayout()
        self.filter_row.setSpacing(8)
        category_label = QLabel(translate("Directory", "Ca&tegory:"), self)
        category_label.setBuddy(self.category)
        language_label = QLabel(translate("Directory", "Lang&uage:"), self)
        language_label.setBuddy(self.language)
        for widget in (category_label, self.category, language_label, self.language):
            self.filter_row.addWidget(widget)
        self.filter_row.addWidget(self.open_now)
        self.filter_row.addWidget(self.place)
        self.filter_row.addWidget(self.near)
        self.filter_row.addWidget(self.radius)
        self.filter_row.addWidget(self.include_inactive)
        self.filter_row.addStretch(1)
        self.body.insertLayout(self.body.indexOf(self.table), self.filter_row)
        self.category.setMinimumContentsLength(12)
        self.language.setMinimumContentsLength(8)
        for combo in (self.category, self.language):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )

        self.manager = user.can(Permission.DIRECTORY_MANAGE) and not compact
        self.new_button = QPushButton(translate("Directory", "&New service…"), self)
        self.edit_button = QPushButton(translate("Directory", "E&dit…"), self)
        self.toggle_button = QPushButton(translate("Directory", "Deac&tivate"), self)
        self.organizations_button = QPushButton(translate("Directory", "O&rganizations…"), self)
        self.import_button = QPushButton(translate("Directory", "I&mport HSDS…"), self)
        self.export_button = QPushButton(translate("Directory", "E&xport HSDS…"), self)
        self.manage_buttons = (
            self.new_button,
            self.edit_button,
            self.toggle_button,
            self.organizations_button,
            self.import_button,
            self.export_button,
        )
        self.manage_row = QHBoxLayout()
        self.manage_row.setSpacing(8)
        for button in self.manage_buttons:
            self.manage_row.addWidget(button)
            button.setVisible(self.manager)
        self.manage_row.addStretch(1)
        if self.manager:
            self.body.insertLayout(self.body.indexOf(self.table), self.manage_row)

        self.detail_panel = ServiceDetailPanel(self)
        self.detail_panel.configure(
            services.directory.zone, services.settings.directory_verified_warning_days
        )
        self.splitter = QSplitter(
            Qt.Orientation.Vertical if compact else Qt.Orientation.Horizontal, self
        )
        self.splitter.setObjectName("directorySplitter")
        self.body.removeWidget(self.table)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.body.insertWidget(self.body.indexOf(self.footer), self.splitter, 1)
        if compact:
            # Narrow beside the intake: no heading (the dock has a title), filters on two rows,
            # the columns a choice needs; the detail panel below shows the rest.
            self.heading.hide()
            self.body.setContentsMargins(8, 4, 8, 4)
            self.include_inactive.hide()
            for column in (1, 3, 4):  # organization, phone, city
                self.table.setColumnHidden(column, True)
            self.filter_row.setSpacing(6)
            second_row = QHBoxLayout()
            second_row.setSpacing(6)
            moved: tuple[QWidget, ...] = (self.place, self.near, self.radius)
            for moving in moved:
                self.filter_row.removeWidget(moving)
                second_row.addWidget(moving)
            second_row.addStretch(1)
            self.filter_row.removeWidget(self.open_now)
            second_row.insertWidget(0, self.open_now)
            self.body.insertLayout(self.body.indexOf(self.splitter), second_row)
            self.splitter.setStretchFactor(0, 2)
            self.splitter.setStretchFactor(1, 3)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._shortcuts = {
            "find": QShortcut(QKeySequence.StandardKey.Find, self),
            "copy": QShortcut(QKeySequence("Ctrl+Shift+C"), self),
            "refer": QShortcut(QKeySequence("Ctrl+Return"), self),
            "refer_enter": QShortcut(QKeySequence("Ctrl+Enter"), self),
        }
        for shortcut in self._shortcuts.values():
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setFocusProxy(self.search)
        self.setTabOrder(self.search, self.category)
        self.setTabOrder(self.category, self.language)
        self.setTabOrder(self.language, self.open_now)
        self.setTabOrder(self.open_now, self.place)
        self.setTabOrder(self.place, self.near)
        self.setTabOrder(self.near, self.radius)
        self.setTabOrder(self.radius, self.include_inactive)
        self.setTabOrder(self.include_inactive, self.table)
        self.setTabOrder(self.table, self.detail_panel.copy_button)
        self.setTabOrder(self.detail_panel.copy_button, self.detail_panel.refer_button)
        self.set_caller_location(None)
        self._update_manage_buttons()
        self._connect_signals()

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.search.textChanged.connect(self._on_filters_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.search.installEventFilter(self)
        self.place.textChanged.connect(self._on_filters_changed)
        self.category.currentIndexChanged.connect(self._on_filter_now)
        self.language.currentIndexChanged.connect(self._on_filter_now)
        self.open_now.toggled.connect(self._on_filter_now)
        self.near.toggled.connect(self._on_filter_now)
        self.include_inactive.toggled.connect(self._on_filter_now)
        self.radius.valueChanged.connect(self._on_filters_changed)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self._shortcuts["find"].activated.connect(self._on_find_activated)
        self._shortcuts["copy"].activated.connect(self._on_copy_activated)
        self._shortcuts["refer"].activated.connect(self._on_refer_activated)
        self._shortcuts["refer_enter"].activated.connect(self._on_refer_activated)
        self.detail_panel.copied.connect(self._on_detail_panel_copied)
        self.detail_panel.refer_requested.connect(self.referral_requested)
        actions: tuple[Callable[[], object], ...] = (
            self.new_service,
            self.edit_service,
            self.toggle_service,
            self.manage_organizations,
            self.import_package,
            self.export_package,
        )
        for button, action in zip(self.manage_buttons, actions, strict=True):
            # ``clicked`` carries a "checked" flag that none of the actions takes.
            button.clicked.connect(lambda _checked=False, act=action: act())

    # --- what the search asks ------------------------------------------------------------------

    @property
    def search_text(self) -> str:
        """The text the list is narrowed by."""
        return self.search.text()

    def query(self) -> DirectoryQuery:
        """The search the filters describe."""
        place = self.place.text().strip()
        postal = place if place.replace("-", "").isdigit() else None
        near = self._caller if self.near.isChecked() and self._caller is not None else None
        return DirectoryQuery(
            text=self.search.text(),
            taxonomy_term=self.category.currentData(),
            language=self.language.currentData(),
            open_now=self.open_now.isChecked(),
            active_only=not self.include_inactive.isChecked(),
            city=None if postal or not place else place,
            postal_code=postal,
            near=near,
            within_km=self.radius.value() * KM_PER_MILE if near is not None else None,
            limit=100,
        )

    def set_caller_location(self, point: GeoPoint | None) -> None:
        """The open call's caller location, for the distance filter (``None``: unknown)."""
        self._caller = point
        self.near.setEnabled(point is not None)
        self.radius.setEnabled(point is not None)
        tip = "" if point is not None else translate("Directory", NO_CALLER_LOCATION)
        self.near.setToolTip(tip)
        if point is None and self.near.isChecked():
            self.near.setChecked(False)

    def set_referral_target(self, provider: Callable[[], str | None]) -> None:
        """How to learn which call a referral would go to (the open intake call, if any)."""
        self._referral_target = provider
        self.update_referral_target()

    def update_referral_target(self) -> None:
        """Ask the provider again (the open call may have changed)."""
        self.detail_panel.set_referral_target(self._referral_target())

    # --- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Search again, and load the filter choices when they are not loaded yet."""
        super().refresh()
        if not self._choices_loaded:
            user, directory = self._user, self._services.directory
            self._runner.submit(
                lambda: directory.filter_choices(user),
                self._on_choices_loaded,
                self._on_fetch_failed,
                key=f"choices:{id(self)}",
                owner=self,
            )
        self.update_referral_target()

    def _fetch_job(self) -> Callable[[], Any]:
        query = self.query()
        user = self._user
        directory = self._services.directory
        moment = self.clock()
        return lambda: (moment, directory.search(user, query, now=moment))

    def _show_data(self, data: Any) -> None:
        moment, hits = data
        self.model.now = moment
        self.set_records_keeping_selection(hits)
        wanted, self._select_when_loaded = self._select_when_loaded, None
        if wanted is not None and self.select_record(wanted):
            self.reload_detail()
        elif self.selected_record() is None and hits and not self.compact:
            self.select_record(hits[0].id)
        elif self.selected_record() is None:
            self._show_detail_for(None)

    def _footer_text(self) -> str:
        shown = count_text(
            self.model.rowCount(),
            translate("Directory", "service"),
            translate("Directory", "services"),
        )
        text = self.search.text().strip()
        if not text:
            return shown
        return translate("Directory", "{count} matching “{text}”").format(count=shown, text=text)

    def _selection_changed(self) -> None:
        hit = self.selected_record()
        self._show_detail_for(hit if isinstance(hit, ServiceHit) else None)
        self._update_manage_buttons()

    def _show_detail_for(self, hit: ServiceHit | None) -> None:
        if hit is None:
            self._detail_id = None
            self.detail_panel.show_detail(None)
            return
        if hit.id == self._detail_id and self.detail_panel.detail is not None:
            return
        self._detail_id = hit.id
        user, directory, service_id = self._user, self._services.directory, hit.id
        moment = self.clock()
        self._runner.submit(
            lambda: (moment, directory.service_detail(user, service_id, now=moment)),
            self._on_detail_loaded,
            self.show_problem,
            key=f"detail:{id(self)}",
            owner=self,
        )

    def reload_detail(self) -> None:
        """Read the selected service again (after an edit)."""
        self._detail_id = None
        self._selection_changed()

    def load_detail_now(self, service_id: str) -> None:
        """Synchronously show one service (screenshots only)."""
        self._detail_id = service_id
        moment = self.clock()
        directory = self._services.directory
        self._on_detail_loaded(
            (moment, directory.service_detail(self._user, service_id, now=moment))
        )

    # --- administration helpers ----------------------------------------------------------------

    def selected_detail(self) -> ServiceDetail | None:
        """The service shown in the detail panel, if any."""
        return self.detail_panel.detail

    def _update_manage_buttons(self) -> None:
        if not self.manager:
            return
        detail = self.detail_panel.detail
        self.edit_button.setEnabled(detail is not None)
        self.toggle_button.setEnabled(detail is not None)
        self.toggle_button.setText(
            translate("Directory", "Reac&tivate")
            if detail is not None and not detail.active
            else translate("Directory", "Deac&tivate")
        )

    def new_service(self) -> None:
        """Add a service (administrators)."""
        saved = ServiceEditDialog.ask(self, self._services, self._runner, self._user)
        if saved is not None:
            self.show_message(translate("Directory", "Added {name}.").format(name=saved.name))
            self._after_change(saved.id)

    def edit_service(self) -> None:
        """Change the service shown in the detail panel (administrators)."""
        detail = self.detail_panel.detail
        if detail is None:
            return
        saved = ServiceEditDialog.ask(self, self._services, self._runner, self._user, detail)
        if saved is not None:
            self.show_message(translate("Directory", "Saved {name}.").format(name=saved.name))
            self._after_change(saved.id)

    def toggle_service(self) -> None:
        """Deactivate (after asking) or reactivate the service shown (administrators)."""
        detail = self.detail_panel.detail
        if detail is None:
            return
        if detail.active and not ConfirmDialog.ask(
            self,
            translate("Directory", "Deactivate service"),
            translate(
                "Directory", "Deactivate {name}? It will no longer appear in searches."
            ).format(name=detail.name),
            translate("Directory", "Deactivate"),
        ):
            return
        user, directory = self._user, self._services.directory
        service_id, active, version = detail.id, not detail.active, detail.version
        self._runner.submit(
            lambda: directory.set_service_active(user, service_id, active, version),
            self._on_service_toggled,
            self.show_problem,
            owner=self,
        )

    def manage_organizations(self) -> None:
        """The organizations list (administrators)."""
        if OrganizationsDialog.show_for(self, self._services, self._runner, self._user):
            self._after_change(None)

    def import_package(self, path: Path | None = None) -> ImportReport | None:
        """Import an HSDS package (asks for it when ``path`` is None)."""
        path = path or choose_import_path(self)
        if path is None:
            return None
        report = ImportDialog.run(self, self._services, self._runner, self._user, path)
        if report is not None:
            self.show_message(
                translate("Directory", "Import finished: {summary}.").format(
                    summary=import_summary(report)
                )
            )
            self._after_change(None)
        return report

    def export_package(self, folder: Path | None = None) -> None:
        """Write the directory as an HSDS package (asks for the folder when None)."""
        folder = folder or choose_export_folder(self)
        if folder is None:
            return
        user, directory = self._user, self._services.directory
        self.message_bar.show_text(
            translate("Directory", "Exporting to {folder}…").format(folder=folder)
        )
        self._runner.submit(
            lambda: directory.export_hsds(user, folder),
            lambda report: self.show_message(
                translate("Directory", "Exported to {folder}: {summary}.").format(
                    folder=report.folder, summary=report.summary()
                )
            ),
            self.show_problem,
            owner=self,
        )

    def _after_change(self, select_id: str | None) -> None:
        self._choices_loaded = False
        self._detail_id = None
        self.refresh()
        if select_id is not None:
            self._select_when_loaded = select_id

    def _on_service_toggled(self, detail: ServiceDetail) -> None:
        text = (
            translate("Directory", "{name} reactivated.")
            if detail.active
            else translate("Directory", "{name} deactivated.")
        )
        self.show_message(text.format(name=detail.name))
        self._after_change(detail.id)

    def show_message(self, text: str) -> None:
        """A confirmation above the list."""
        self.message_bar.show_text(text)

    # --- slots ---------------------------------------------------------------------------------

    @Slot(object)
    def _on_choices_loaded(self, choices: FilterChoices) -> None:
        self._choices_loaded = True
        for combo, values, any_text in (
            (self.category, choices.categories, ANY_CATEGORY),
            (self.language, choices.languages, ANY_LANGUAGE),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(translate("Directory", any_text), None)
            for value, label in values:
                combo.addItem(label, value)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    @Slot(object)
    def _on_detail_loaded(self, data: tuple[datetime, ServiceDetail]) -> None:
        moment, detail = data
        if detail.id != self._detail_id:
            return
        self.detail_panel.show_detail(detail, moment)
        self.update_referral_target()
        self._update_manage_buttons()

    def _on_events_changed(self, topic: str, record_id: str) -> None:
        if topic == "directory":
            self._choices_loaded = False
            self._detail_id = None
        super()._on_events_changed(topic, record_id)

    @Slot()
    def _on_filters_changed(self) -> None:
        self._search_timer.start()

    @Slot()
    def _on_filter_now(self) -> None:
        self._search_timer.stop()
        self.refresh()

    @Slot()
    def _on_search_return_pressed(self) -> None:
        self._search_timer.stop()
        self.refresh()
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_search_timer_timeout(self) -> None:
        self.refresh()

    @Slot()
    def _on_find_activated(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    @Slot()
    def _on_copy_activated(self) -> None:
        if self.detail_panel.copy_phone() is None:
            self.message_bar.show_text(
                translate("Directory", "This service lists no phone number."), "problem"
            )

    @Slot()
    def _on_refer_activated(self) -> None:
        self.update_referral_target()
        if self.detail_panel.request_referral():
            return
        if self.detail_panel.detail is None:
            text = translate("Directory", "Choose a service first.")
        elif not self.detail_panel.detail.active:
            text = translate("Directory", "This service is no longer active; choose another.")
        else:
            text = translate("Directory", "Open a call in the intake workspace to refer to it.")
        self.message_bar.show_text(text, "problem")

    @Slot(str)
    def _on_detail_panel_copied(self, text: str) -> None:
        self.message_bar.show_text(translate("Directory", "Copied {text}.").format(text=text))

    def eventFilter(self, watched: Any, event: Any) -> bool:
        """Down in the search box moves to the results."""
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.selected_record() is None:
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape in the compact form hands the keyboard back to the intake."""
        if self.compact and event.key() == Qt.Key.Key_Escape:
            self.dismissed.emit()
            event.accept()
            return
        super().keyPressEvent(event)
