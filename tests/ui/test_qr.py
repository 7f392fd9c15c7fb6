"""The QR code of the two-step link: drawn in memory, module for module as segno computes it."""

from __future__ import annotations

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from counselor_app.ui.qr import QUIET_ZONE, QrCode, qr_matrix, qr_pixmap

LINK = "otpauth://totp/Counselor%20desk:casey?secret=JBSWY3DPEHPK3PXP&issuer=Counselor%20desk"


def test_the_pixmap_is_the_code_module_for_module(qtbot: QtBot) -> None:
    matrix = qr_matrix(LINK)
    assert len(matrix) >= 21 and all(len(row) == len(matrix) for row in matrix)
    # The three finder patterns: a dark 7x7 frame in three corners.
    n = len(matrix)
    for top, left in ((0, 0), (0, n - 7), (n - 7, 0)):
        assert all(matrix[top][left + i] and matrix[top + 6][left + i] for i in range(7))
    module = 3
    image = qr_pixmap(LINK, module).toImage()
    assert image.width() == image.height() == (n + 2 * QUIET_ZONE) * module
    black, white = QColor("black").rgb(), QColor("white").rgb()
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            px = image.pixel((x + QUIET_ZONE) * module + 1, (y + QUIET_ZONE) * module + 1)
            assert px == (black if dark else white), (x, y)
    # The quiet zone is light all round.
    assert all(image.pixel(i, 0) == white for i in range(image.width()))
    assert all(image.pixel(0, i) == white for i in range(image.height()))


def test_another_text_gives_another_code() -> None:
    assert qr_matrix(LINK) != qr_matrix(LINK.replace("JBSW", "KBSW"))


def test_the_widget_is_named_for_screen_readers_and_clears(qtbot: QtBot) -> None:
    code = QrCode("QR code of the link", "Scan it with your authenticator app.")
    qtbot.addWidget(code)
    code.show_text(LINK)
    assert not code.pixmap().isNull()
    assert code.accessibleName() == "QR code of the link"
    code.show_text("")
    assert code.pixmap().isNull()
