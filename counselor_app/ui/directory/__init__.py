"""The directory screen."""

from counselor_app.ui.directory.view import DirectoryView

__all__ = ["DirectoryView"]
