"""Workstation enrollment: the not-enrolled panel, importing a file, showing a passphrase."""

from counselor_app.ui.enrollment.dialogs import (
    EnrollmentPassphraseDialog,
    ImportEnrollmentDialog,
    NotEnrolledPanel,
)

__all__ = ["EnrollmentPassphraseDialog", "ImportEnrollmentDialog", "NotEnrolledPanel"]
