"""Qt user interface."""

from counselor_app.ui.compat import protect_singletons

protect_singletons()
