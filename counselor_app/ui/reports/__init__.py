"""The reports screen."""

from counselor_app.ui.reports.view import ReportsView

__all__ = ["ReportsView"]
