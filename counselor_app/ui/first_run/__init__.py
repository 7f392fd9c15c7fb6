"""The first-run dialog."""

from counselor_app.ui.first_run.dialog import FirstAdministratorDialog

__all__ = ["FirstAdministratorDialog"]
