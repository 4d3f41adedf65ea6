"""The app's background sync: an APScheduler (3.x) job on an interval with jitter, exponential
backoff on failures up to a cap, and an immediate try when the registry becomes reachable again.

Each run opens its own connection to the store (the UI keeps its own), runs
one :func:`sync_once`, then schedules the next run. While the last cycle
failed for want of a link, a cheap probe (an unsigned ``GET /``) runs every
``probe_seconds``; when it succeeds the sync runs at once. After every cycle,
failed or not, ``on_templates`` gets the ids of the local face templates its
pull touched (for ``terminal.core.faces.refresh``), and ``on_status`` the status.
Every ``retention_hours`` (a day; None turns it off) the store is checked whole
(every page's MAC and SQLite's structure: damage found stops every write, see
:mod:`terminal.core.store_health`), then the retention purge runs between cycles on
the registry's time (:class:`terminal.core.trusted_time.TrustedClock`; a clock that
cannot be trusted purges nothing), and ``on_templates`` gets the ids of the templates
it erased. The frequent opens of the cycles and probes leave the page check to these.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler

from sync.errors import RegistryUnreachable, SyncError
from sync.protocol import times
from terminal.core import retention
from terminal.core.errors import HamyonError
from terminal.core.site import Site
from terminal.core.status import status
from terminal.core.store import Store
from terminal.core.trusted_time import TrustedClock
from terminal.sync_client.cycle import CycleReport, probe, sync_once

log = logging.getLogger("hamyon.sync")
OnStatus = Callable[[dict[str, Any]], None]
OnTemplates = Callable[[set[int]], None]


def next_delay(failures: int, interval: float, retry: float, cap: float, rng: random.Random) -> float:
    """Seconds to the next cycle: ``interval`` after a success, ``retry * 2**(failures-1)`` up to
    ``cap`` after failures; either with +/-20 % jitter so that terminals do not sync in step."""
    base = interval if failures == 0 else min(cap, retry * 2 ** (failures - 1))
    return base * rng.uniform(0.8, 1.2)


class SyncScheduler:
    def __init__(
        self,
        home: Path,
        clock: times.Clock | None = None,
        *,
        interval: float = 300.0,
        retry: float = 15.0,
        cap: float = 1800.0,
        probe_seconds: float = 20.0,
        on_status: OnStatus | None = None,
        rng: random.Random | None = None,
        on_templates: OnTemplates | None = None,
        retention_hours: float | None = 24.0,
    ) -> None:
        self.home = Path(home)
        self.clock = clock or times.UtcClock()
        self.interval, self.retry, self.cap, self.probe_seconds = interval, retry, cap, probe_seconds
        self.on_status = on_status
        self.on_templates = on_templates
        self.retention_hours = retention_hours
        self.rng = rng or random.Random()
        self.failures = 0
        self.offline = False
        self.cycles = 0
        self._lock = threading.Lock()  # one cycle at a time
        self._stopping = False
        self._scheduler = BackgroundScheduler(job_defaults={"coalesce": True, "max_instances": 1})

    def start(self) -> None:
        self._scheduler.add_job(self._cycle, "date", run_date=datetime.now(), id="sync")
        self._scheduler.add_job(self._probe, "interval", seconds=self.probe_seconds, id="probe")
        if self.retention_hours:
            self._scheduler.add_job(
                self._retention,
                "interval",
                hours=self.retention_hours,
                next_run_time=datetime.now() + timedelta(minutes=10),
                id="retention",
            )
        self._scheduler.start()

    def stop(self) -> None:
        """Stop scheduling and wait for a running cycle or purge to finish.

        Not ``shutdown(wait=True)``: that holds the job store while a running cycle
        asks it to schedule the next one, and the two wait on each other forever.
        """
        self._stopping = True
        self._scheduler.shutdown(wait=False)
        with self._lock:
            pass

    def sync_now(self) -> None:
        """Run a cycle as soon as possible (the operator pressed 'sync', the link came back)."""
        self._schedule(0.0)

    def _schedule(self, seconds: float) -> None:
        if self._stopping:
            return
        when = datetime.now() + timedelta(seconds=seconds)
        self._scheduler.add_job(self._cycle, "date", run_date=when, id="sync", replace_existing=True)

    def _cycle(self) -> None:
        if not self._lock.acquire(blocking=False):
            return
        try:
            self._run()
        except Exception:  # a store that cannot be opened, say: logged, and tried again later
            log.exception("the sync cycle failed unexpectedly")
            self.failures += 1
        finally:
            self.cycles += 1
            self._schedule(next_delay(self.failures, self.interval, self.retry, self.cap, self.rng))
            self._lock.release()

    def _run(self) -> None:
        with Store.open(self.home, check=False) as store:
            report = CycleReport()
            try:
                sync_once(store, self.clock, report=report)
                self.failures, self.offline = 0, False
            except SyncError as exc:
                self.failures += 1
                # no link, even when a failed push is reported and the pull's failure is its cause
                self.offline = any(isinstance(e, RegistryUnreachable) for e in (exc, exc.__cause__))
                log.info("sync failed (%s); attempt %d", exc.code, self.failures)
            if self.on_templates and report.templates:
                self.on_templates(set(report.templates))
            if self.on_status:
                self.on_status(status(store))

    def _retention(self) -> None:
        """The daily check of the whole store, then the retention purge (terminal.core.retention),
        between sync cycles."""
        with self._lock:
            try:
                with Store.open(self.home) as store:
                    if store.check() is not None:
                        log.error("the daily check found the store damaged; no purge")
                        if self.on_status:
                            self.on_status(status(store))
                        return
                    site = Site(store)
                    site.clock = TrustedClock(store, site.clock)
                    report = retention.purge(site)
            except HamyonError as exc:  # a clock that cannot be trusted, a damaged store: said, not a bug
                log.warning("no retention purge today: %s", exc.message)
                return
            except Exception:  # logged; tried again tomorrow
                log.exception("the daily check or retention purge failed")
                return
        if self.on_templates and report.template_ids:
            self.on_templates(set(report.template_ids))

    def _probe(self) -> None:
        if not self.offline or self._lock.locked():
            return
        try:
            with Store.open(self.home, check=False) as store:
                back = probe(store, self.clock)
        except Exception:  # not enrolled any more, a store that cannot be opened: the cycle will say
            log.exception("the registry probe failed")
            return
        if back:
            log.info("the registry is reachable again: syncing now")
            self.offline = False
            self.sync_now()
