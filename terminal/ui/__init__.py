"""The terminal window: the only package that imports PySide6.

Everything it shows comes from the core (``terminal.core``), the Face-ID
engine (``biometrics``) and the sync client (``terminal.sync_client``). Work that
touches the store runs on one store thread, camera and Face-ID on their own,
sync on the scheduler's: the window never waits (see :mod:`terminal.ui.tasks`).
"""

from terminal.ui import sources as _sources  # noqa: F401  (first: before any other module is imported)
