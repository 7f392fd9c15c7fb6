"""The intake screen: the calls list and the workspace of the call being taken."""

from counselor_app.ui.intake.view import IntakeView
from counselor_app.ui.intake.workspace import IntakeWorkspace

__all__ = ["IntakeView", "IntakeWorkspace"]
