"""Read-only list models: frozen domain records in, one row each, columns described as data.

Every list is a ``RecordTableModel`` subclass behind a ``QSortFilterProxyModel``. Sorting uses
``SORT_ROLE`` so that times sort by time and risk by rank, not by their display text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

SORT_ROLE = int(Qt.ItemDataRole.UserRole)
"""Role whose value the proxy sorts by."""

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its header and how a record is shown and sorted in it.

    ``key`` names the column for code (``RecordTableModel.column_of``): the header is shown
    translated, so code never looks a column up by its header text.
    """

    header: str
    display: Callable[[Any], str]
    sort_key: Callable[[Any], str | int | float] | None = None
    numeric: bool = False
    tooltip: str = ""
    key: str = ""


class RecordTableModel(QAbstractTableModel):
    """A table of immutable records; ``set_records`` replaces them all."""

    columns: tuple[Column, ...] = ()
    """The columns, left to right (a class attribute, or set in ``__init__``)."""

    translation_context = ""
    """When set, headers and their tips are translated in this context (``ui/i18n.py``): class
    attributes are built before the translator is installed, so they are marked, not translated."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []
        self._bold_font = QFont()
        self._bold_font.setBold(True)

    # --- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of records (none below a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, sort key, alignment and emphasis of one cell."""
        if not index.isValid() or not (0 <= index.row() < len(self._records)):
            return None
        if not (0 <= index.column() < len(self.columns)):
            return None
        record = self._records[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.display(record)
        if role == SORT_ROLE:
            key = column.sort_key or column.display
            return key(record)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.emphasized(record):
            return self._bold_font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record, index.column())
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column headers; rows are numbered."""
        if orientation == Qt.Orientation.Horizontal:
            if not (0 <= section < len(self.columns)):
                return None
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self._translated(column.header)
            if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
                return self._translated(column.tooltip)
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._records):
            return str(section + 1)
        return None

    def _translated(self, text: str) -> str:
        if not self.translation_context:
            return text
        return QCoreApplication.translate(self.translation_context, text)

    def column_of(self, key: str) -> int:
        """The index of the column whose ``key`` is ``key``, or -1."""
        for number, column in enumerate(self.columns):
            if column.key == key:
                return number
        return -1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Rows can be selected, never edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- records -------------------------------------------------------------------------------

    def set_records(self, records: Sequence[Any]) -> bool:
        """Replace every record; returns False (and does nothing) when nothing changed."""
        new = list(records)
        if new == self._records:
            return False
        self.beginResetModel()
        self._records = new
        self.endResetModel()
        return True

    def records(self) -> list[Any]:
        """The records, in source order."""
        return list(self._records)

    def record_at(self, row: int) -> Any:
        """The record shown in source ``row``."""
        return self._records[row]

    def row_of(self, record_id: object) -> int:
        """Source row of the record with ``id == record_id``, or -1."""
        for row, record in enumerate(self._records):
            if getattr(record, "id", None) == record_id:
                return row
        return -1

    # --- hooks for subclasses ------------------------------------------------------------------

    def emphasized(self, record: Any) -> bool:
        """True to show the record's row in bold (always paired with words that say why)."""
        return False

    def tooltip(self, record: Any, column: int) -> str | None:
        """Extra text for a cell, if any."""
        return None


def make_proxy(model: RecordTableModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    """The sorting proxy every list view shows its model through."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setDynamicSortFilter(True)
    return proxy
