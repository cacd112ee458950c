"""Benchmarks that print figures (`make bench`); no timed unit tests anywhere."""
