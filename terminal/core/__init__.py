"""The terminal's Qt-free core: the local store and the three workflows.

Everything here is synchronous and free of Qt; the UI (``terminal.ui``) and the
command line drive the same services.
"""
