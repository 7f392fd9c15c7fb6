"""Domain layer: enums, frozen dataclasses and rules. Standard library only."""
