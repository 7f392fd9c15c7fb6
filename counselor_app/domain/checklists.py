"""De-escalation checklists: versioned templates (data files) and their runs during a call."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from counselor_app.domain.errors import ValidationError, msg
from counselor_app.domain.templates import parse_json_object, require_key, require_text

MAX_ITEMS = 60


@dataclass(frozen=True, slots=True)
class ChecklistTemplateItem:
    """One step of a checklist template."""

    key: str
    label: str
    help: str = ""


@dataclass(frozen=True, slots=True)
class ChecklistTemplate:
    """A checklist as a center defines it: key and version identify it in every run."""

    key: str
    version: str
    title: str
    description: str
    items: tuple[ChecklistTemplateItem, ...]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (as in ``resources/checklists``)."""
        return {
            "key": self.key,
            "version": self.version,
            "title": self.title,
            "description": self.description,
            "items": [
                {"key": i.key, "label": i.label, **({"help": i.help} if i.help else {})}
                for i in self.items
            ],
        }


def parse_checklist_template(text: str) -> ChecklistTemplate:
    """Validate a template file; every problem is listed with where it is."""
    data = parse_json_object(text, msg("checklist template"))
    problems: list[str] = []
    key = require_key(data, "key", "Template", problems)
    version = require_text(data, "version", "Template", problems, max_len=20)
    title = require_text(data, "title", "Template", problems, max_len=120)
    description = data.get("description", "")
    if not isinstance(description, str):
        problems.append("Template: 'description' must be text.")
        description = ""
    raw_items = data.get("items")
    items: list[ChecklistTemplateItem] = []
    if not isinstance(raw_items, list) or not raw_items:
        problems.append("Template: 'items' must be a non-empty list.")
        raw_items = []
    elif len(raw_items) > MAX_ITEMS:
        problems.append(f"Template: at most {MAX_ITEMS} items are allowed.")
    seen: set[str] = set()
    for n, raw in enumerate(raw_items, start=1):
        where = f"Item {n}"
        if not isinstance(raw, dict):
            problems.append(f"{where}: must be an object with 'key' and 'label'.")
            continue
        item_key = require_key(raw, "key", where, problems)
        label = require_text(raw, "label", where, problems)
        help_text = raw.get("help", "")
        if not isinstance(help_text, str):
            problems.append(f"{where}: 'help' must be text.")
            help_text = ""
        if item_key and item_key in seen:
            problems.append(f"{where}: the key '{item_key}' is used twice.")
        seen.add(item_key)
        items.append(ChecklistTemplateItem(item_key, label, help_text.strip()))
    if problems:
        raise ValidationError("This checklist template cannot be used.", tuple(problems))
    return ChecklistTemplate(key, version, title, description.strip(), tuple(items))


@dataclass(frozen=True, slots=True)
class ChecklistItemState:
    """An item of a checklist run: when it was done, and an optional note."""

    key: str
    label: str
    done_at: datetime | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class ChecklistRunState:
    """One use of a template during a call."""

    id: uuid.UUID
    template_key: str
    template_version: str
    title: str
    started_at: datetime
    items: tuple[ChecklistItemState, ...] = field(default_factory=tuple)

    @classmethod
    def start(cls, template: ChecklistTemplate, now: datetime) -> ChecklistRunState:
        """A fresh run of ``template``."""
        return cls(
            id=uuid.uuid4(),
            template_key=template.key,
            template_version=template.version,
            title=template.title,
            started_at=now,
            items=tuple(ChecklistItemState(i.key, i.label) for i in template.items),
        )

    @property
    def done_count(self) -> int:
        """How many items are done."""
        return sum(1 for i in self.items if i.done_at is not None)

    @property
    def complete(self) -> bool:
        """True when every item is done."""
        return self.done_count == len(self.items)

    def mark(self, key: str, done: bool, now: datetime) -> ChecklistRunState:
        """Tick (stamping ``now``) or untick one item."""
        return replace(
            self,
            items=tuple(
                replace(i, done_at=(now if done else None)) if i.key == key else i
                for i in self.items
            ),
        )

    def annotate(self, key: str, note: str) -> ChecklistRunState:
        """Set the note of one item."""
        return replace(
            self, items=tuple(replace(i, note=note) if i.key == key else i for i in self.items)
        )
