"""The separate Face-ID analysis process: dlib (and the camera, :mod:`biometrics.remote_camera`), out of
the window's process and its GIL.

:class:`AnalysisProcess` starts one child, ``python -m biometrics.analysis_process`` (in the frozen
program, the program itself with :data:`FROZEN_FLAG`), and hands it calls the way a one-worker
``ProcessPoolExecutor`` would: :meth:`AnalysisProcess.submit` returns a ``Future``. Unlike such a
pool (a spawned child runs the parent's main script again: the whole ``hamyon`` command, about
30 MB), the child imports only what the analysis needs, and no resource tracker is started beside it
(13 MB): requests and replies are pickled over the child's standard input and output.

The child holds no end of its own input pipe: when the terminal that started it is killed, its input
ends and it exits, instead of waiting for ever with the models in memory (about 100 MB).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pickle
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from typing import IO, Any

FROZEN_FLAG = "--face-analysis-process"  # the frozen program's argument to become the child
MODULE = "biometrics.analysis_process"
_PROTOCOL = pickle.HIGHEST_PROTOCOL


class AnalysisProcessGone(RuntimeError):
    """The analysis process has ended (it failed to start, crashed or was shut down)."""


def command() -> list[str]:
    """How this program starts its analysis process (a venv's Python, or the frozen program)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_FLAG]
    return [sys.executable, "-m", MODULE]


def _has_error_stream() -> bool:
    """Whether this process has an error stream for the child to share (a Windows program without a
    console has none: the child then writes its own errors nowhere, never among its replies)."""
    try:
        os.fstat(2)
    except OSError:
        return False
    return True


class AnalysisProcess:
    """One child process running the calls it is given, one at a time, in order."""

    def __init__(self, argv: Sequence[str] | None = None) -> None:
        self._process = subprocess.Popen(
            list(argv or command()),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=None if _has_error_stream() else subprocess.DEVNULL,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # Windows: no console window
        )
        self._pending: dict[int, Future[Any]] = {}
        self._lock = threading.Lock()
        self._ids = itertools.count()
        self._outbox: queue.Queue[tuple[int, Callable[..., Any], tuple[Any, ...]] | None] = queue.Queue()
        self._gone = False
        threading.Thread(target=self._write, name="analysis-requests", daemon=True).start()
        threading.Thread(target=self._read, name="analysis-replies", daemon=True).start()

    @property
    def pid(self) -> int:
        return self._process.pid

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        """``fn(*args)`` run in the child (``fn`` a module-level function, the arguments picklable)."""
        future: Future[Any] = Future()
        with self._lock:
            if self._gone:
                raise AnalysisProcessGone("the face analysis process has ended")
            key = next(self._ids)
            self._pending[key] = future
        self._outbox.put((key, fn, args))
        return future

    def shutdown(self) -> None:
        """Ends the child once its current call is done; calls not yet answered fail."""
        self._end()
        self._outbox.put(None)

    def _write(self) -> None:
        pipe = self._process.stdin
        assert pipe is not None
        while (request := self._outbox.get()) is not None:
            key = request[0]
            with self._lock:
                future = self._pending.get(key)
            if future is None or not future.set_running_or_notify_cancel():
                with self._lock:
                    self._pending.pop(key, None)
                continue  # cancelled before it was sent (a camera stopped meanwhile)
            try:
                data = pickle.dumps(request, protocol=_PROTOCOL)
            except Exception as exc:  # the call cannot be pickled: only this one fails
                with self._lock:
                    self._pending.pop(key, None)
                future.set_exception(exc)
                continue
            try:
                pipe.write(data)
                pipe.flush()
            except OSError:  # the child is gone: the reader fails what is pending
                break
        with contextlib.suppress(OSError):
            pipe.close()

    def _read(self) -> None:
        pipe = self._process.stdout
        assert pipe is not None
        try:
            while True:
                key, kind, value = pickle.load(pipe)
                with self._lock:
                    future = self._pending.pop(key, None)
                if future is None or future.done():
                    continue
                if kind == "result":
                    future.set_result(value)
                else:
                    future.set_exception(value)
        except (EOFError, OSError, pickle.UnpicklingError, ValueError, TypeError):
            pass  # the child ended (or wrote something that is not a reply): it is used no more
        finally:
            self._end()
            self._outbox.put(None)
            with contextlib.suppress(OSError):
                pipe.close()
            self._process.wait()  # no zombie left behind

    def _end(self) -> None:
        with self._lock:
            self._gone = True
            pending, self._pending = self._pending, {}
        for future in pending.values():
            if not future.done():
                future.set_exception(AnalysisProcessGone("the face analysis process has ended"))


# --- the child's side ---------------------------------------------------------------------------


def main() -> None:
    """The child: load the models, then answer requests until its input ends."""
    inbox = sys.stdin.buffer if sys.stdin is not None else open(0, "rb", closefd=False)  # noqa: SIM115
    outbox = os.fdopen(os.dup(1), "wb")
    _off_the_replies(1)
    sys.stdout = sys.stderr
    with contextlib.suppress(AttributeError, ValueError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the terminal's to handle
    from biometrics import heap, models
    from biometrics.errors import BiometricsError

    heap.map_large_blocks()  # each frame's buffers given back, not kept by the heap

    with contextlib.suppress(BiometricsError):  # missing models: each call reports it in its reply
        models.load()
    serve(inbox, outbox)


def _off_the_replies(fd: int) -> None:
    """``fd`` (the replies' pipe) pointed at the error stream, or nowhere where there is none (a program
    without a console on Windows): a library's stray print must not land among the replies."""
    try:
        os.dup2(2, fd)
    except OSError:
        with open(os.devnull, "wb") as nowhere:
            os.dup2(nowhere.fileno(), fd)


def serve(inbox: IO[bytes], outbox: IO[bytes]) -> None:
    """Answer each pickled ``(key, fn, args)`` with ``(key, kind, result or error)``."""
    while True:
        try:
            key, fn, args = pickle.load(inbox)
        except EOFError:
            return  # the terminal has closed the pipe, or is gone
        try:
            reply = pickle.dumps((key, "result", fn(*args)), protocol=_PROTOCOL)
        except Exception as exc:
            reply = _error_reply(key, exc)
        try:
            outbox.write(reply)
            outbox.flush()
        except OSError:
            return


def _error_reply(key: int, exc: Exception) -> bytes:
    """The exception as the terminal can raise it again (a user error pickles as its class and
    parameters: :meth:`biometrics.phrases.UserError.__reduce__`); one that cannot be rebuilt, as its
    type."""
    with contextlib.suppress(Exception):
        pickle.loads(data := pickle.dumps((key, "error", exc), protocol=_PROTOCOL))
        return data
    return pickle.dumps((key, "error", RuntimeError(f"{type(exc).__name__} in the face analysis")))


if __name__ == "__main__":
    main()
