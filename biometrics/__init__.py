"""Face-ID engine: camera sources, detection, quality, matching, liveness.

Knows nothing of Qt, sync or the store's tables: it gets frames and templates
and returns decisions.
"""
