"""Document writers (PDF with reportlab): no Qt, no database; callers pass domain objects."""
