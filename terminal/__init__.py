"""Hamyon Terminal: offline Face-ID, dispensing, school meals and benefit applications."""

__version__ = "0.1.0"
