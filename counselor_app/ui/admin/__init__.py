"""The admin screens."""

from counselor_app.ui.admin.dialogs import AddAccountDialog, ResetPasswordDialog
from counselor_app.ui.admin.view import AccountsView

__all__ = ["AccountsView", "AddAccountDialog", "ResetPasswordDialog"]
