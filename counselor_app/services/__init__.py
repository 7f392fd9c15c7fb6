"""Use cases. No Qt here: services take and return domain objects."""
