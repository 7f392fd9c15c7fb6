"""A QR code drawn in memory (segno computes it; Qt paints it): nothing is written to disk.

Used for the two-step sign-in link, which carries the shared secret: the picture exists only
as a pixmap in this process, like the text fields beside it.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

__all__ = ["QrCode", "qr_matrix", "qr_pixmap"]

QUIET_ZONE = 4
"""Light modules around the code, as the QR standard asks."""


def qr_matrix(text: str) -> list[list[bool]]:
    """The code's modules, row by row (True = dark), without the quiet zone."""
    code = segno.make(text, error="m", micro=False)
    return [[bool(cell) for cell in row] for row in code.matrix]


def qr_pixmap(text: str, module: int = 4) -> QPixmap:
    """``text`` as a QR code, ``module`` pixels per module, black on white with a quiet zone.

    Always black on white whatever the theme (phone cameras read dark modules on light).
    """
    matrix = qr_matrix(text)
    size = (len(matrix) + 2 * QUIET_ZONE) * module
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    try:
        for y, row in enumerate(matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(
                        QRect((x + QUIET_ZONE) * module, (y + QUIET_ZONE) * module, module, module),
                        QColor("black"),
                    )
    finally:
        painter.end()
    return pixmap


class QrCode(QLabel):
    """A label showing a QR code of some text, with a name and description for screen readers."""

    def __init__(self, name: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self.setToolTip(description)

    def show_text(self, text: str, module: int = 4) -> None:
        """Show ``text`` as a code (empty text clears it)."""
        if not text:
            self.clear()
            return
        self.setPixmap(qr_pixmap(text, module))
