"""The intake screen."""

from counselor_app.ui.intake.view import IntakeView

__all__ = ["IntakeView"]
