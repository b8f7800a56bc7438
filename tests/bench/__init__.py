"""Benchmarks: ``make bench`` prints a table of medians. Budgets live here, not in tests."""
