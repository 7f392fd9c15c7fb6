"""The sign-in dialog."""

from counselor_app.ui.sign_in.dialog import SignInDialog

__all__ = ["SignInDialog"]
