"""The first run: the set-up wizard of an empty machine, and the first-administrator dialog."""

from counselor_app.ui.first_run.dialog import FirstAdministratorDialog
from counselor_app.ui.first_run.wizard import FirstRunOutcome, FirstRunPort, FirstRunWizard

__all__ = ["FirstAdministratorDialog", "FirstRunOutcome", "FirstRunPort", "FirstRunWizard"]
