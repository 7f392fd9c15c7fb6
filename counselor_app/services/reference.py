"""Reference data shipped in ``resources/``: presenting concerns, the Lifeline grid, checklists."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from counselor_app.domain.calls import Concern
from counselor_app.domain.checklists import ChecklistTemplate, parse_checklist_template
from counselor_app.domain.errors import ConfigurationError, ValidationError, msg
from counselor_app.domain.risk import LifelineGrid, parse_lifeline_grid


@dataclass(frozen=True, slots=True)
class ReferenceData:
    """Everything the intake form offers that a center can change by editing data files."""

    concerns: tuple[Concern, ...]
    lifeline_grid: LifelineGrid
    checklists: tuple[ChecklistTemplate, ...]

    def concern_label(self, code: str) -> str:
        """Label of a concern code (the code itself when the list no longer has it)."""
        for concern in self.concerns:
            if concern.code == code:
                return concern.label
        return code


def load_reference_data(resources: Path) -> ReferenceData:
    """Read and validate the files; a broken file is a configuration error naming it."""

    def read(path: Path) -> str:
        try:
            return path.read_text(encoding="utf-8")
        except OSError:
            raise ConfigurationError(
                msg("The data file {file} is missing or unreadable.", file=path.name),
                "Reinstall the application or restore the file.",
            ) from None

    concerns_path = resources / "concerns.json"
    try:
        raw = json.loads(read(concerns_path))
        concerns = tuple(Concern(str(c["code"]), str(c["label"])) for c in raw["concerns"])
    except (ValueError, KeyError, TypeError):
        raise ConfigurationError(
            "The presenting-concerns list (concerns.json) is not valid.",
            "Each entry needs a 'code' and a 'label'.",
        ) from None
    try:
        grid = parse_lifeline_grid(read(resources / "risk" / "lifeline-grid.json"))
        checklists = tuple(
            parse_checklist_template(read(path))
            for path in sorted((resources / "checklists").glob("*.json"))
        )
    except ValidationError as exc:
        raise ConfigurationError(
            msg("A shipped data file is not valid: {problem}", problem=exc.message),
            " ".join(exc.reasons),
        ) from None
    return ReferenceData(concerns, grid, checklists)
