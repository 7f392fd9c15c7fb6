"""Benchmarks: each ``bench/*.py`` script prints its figures as JSON lines (see ``run.py``)."""
