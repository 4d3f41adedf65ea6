"""The start of the separate Face-ID analysis process (a ``ProcessPoolExecutor`` worker).

Such a worker blocks on its task queue, whose pipe it holds both ends of: when the terminal that
started it is killed, it would wait for ever, holding the models (about 190 MB). :func:`start`
loads the models and leaves a watch on the parent process: when the parent is gone, the worker
exits too.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import threading

from biometrics import models


def start() -> None:
    """Initializer of the analysis process: the models, and an exit when the parent dies."""
    models.load()
    parent = multiprocessing.parent_process()
    if parent is not None:  # None when run in the parent itself (nothing to watch)
        threading.Thread(target=_exit_with, args=(parent.sentinel,), name="parent-watch", daemon=True).start()


def _exit_with(sentinel: int) -> None:
    multiprocessing.connection.wait([sentinel])
    os._exit(0)  # no clean-up to wait for: the parent that would collect the results is gone
