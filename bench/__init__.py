"""Benchmarks, run on demand with ``make bench`` (``python -m bench.run``); not timed tests."""
