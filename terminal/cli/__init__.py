"""The ``hamyon`` command: one entry point for people, tests and benchmarks."""
