"""The HTTP link to the registry: signed requests over ``requests``, gzip bodies, typed errors.

Failures come out as :class:`sync.errors.SyncError`: ``RegistryUnreachable``
(no connection, timeout, an answer cut off) and ``RegistryFailed`` (5xx) are
``retryable``; the registry's own refusals (4xx) come out as the matching
error class and are never retried, except a clock skew, corrected once from
the registry's time. Over HTTPS the registry's certificate is verified with the
terminal's :class:`terminal.sync_client.tls.Trust` (its CA bundle or the system store, and
its pin): a certificate it does not trust fails as ``RegistryCertificateUntrusted``
or ``RegistryCertificateMismatch`` before the request is sent, and is never
retried. ``RegistryNotListening`` (a kind of ``RegistryUnreachable``)
says that not even a connection could be made; ``answered`` counts the answers
received since :meth:`RegistryLink.new_cycle`, so a cycle can tell a registry
that is not there from a link that failed mid-transfer. An answer larger than
``MAX_ANSWER`` (as decompressed), or one that is not the protocol's shape, fails
as ``RegistryFailed`` and is retried later: it never reaches the store.

Every answer's time (its ``server_time``, else the HTTP ``Date``) is read as the registry's clock:
``reading`` keeps the one of the shortest round trip since :meth:`RegistryLink.new_cycle`, for
:mod:`terminal.core.trusted_time`. A time out of all reason (before 2020, after 2200) is ignored.
"""

from __future__ import annotations

import gzip
import json
import ssl
import uuid
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import requests
from pydantic import BaseModel, ValidationError
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError

from biometrics.phrases import Phrase
from sync.errors import (
    WIRE_ERRORS,
    ClockSkew,
    RegistryCertificateMismatch,
    RegistryCertificateUntrusted,
    RegistryFailed,
    RegistryNotListening,
    RegistryRefused,
    RegistryUnreachable,
    SyncError,
)
from sync.phrases import failure
from sync.protocol import PROTOCOL_VERSION, times
from sync.protocol.canonical import body_digest
from sync.protocol.models import (
    AuditPushResponse,
    BundleKey,
    EnrollRequest,
    EnrollResponse,
    GapDeclaration,
    GapResponse,
    PushResponse,
)
from sync.protocol.signing import (
    HEADER_DEVICE,
    HEADER_NONCE,
    HEADER_PROTOCOL,
    HEADER_SIGNATURE,
    HEADER_TIME,
    DeviceKey,
    request_message,
)
from terminal.core.trusted_time import Reading, Uptime, uptime
from terminal.sync_client.tls import PinMismatch, Trust, TrustAdapter

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 60.0
M = TypeVar("M", bound=BaseModel)
MAX_ANSWER = 64 * 1024 * 1024  # decompressed; the largest page of changes is a few MB
SANE_YEARS = range(2020, 2201)  # a registry time outside these is not taken as the time


class RegistryLink:
    """One registry, as one device sees it (``device``/``key`` are None before enrollment)."""

    def __init__(
        self,
        url: str,
        clock: times.Clock,
        device: str | None = None,
        key: DeviceKey | None = None,
        timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT),
        trust: Trust | None = None,
    ) -> None:
        self.url = url.rstrip("/")
        self.clock = clock
        self.device = device
        self.key = key
        self.timeout = timeout
        self.offset = timedelta(0)  # registry time minus ours, learnt from a clock-skew answer
        self.answered = 0  # answers (of any status) received since new_cycle()
        self.reading: Reading | None = None  # the registry's clock, best read since new_cycle()
        self._round_trip = float("inf")
        self.session = requests.Session()
        self.session.headers.update({HEADER_PROTOCOL: str(PROTOCOL_VERSION), "User-Agent": "hamyon-terminal"})
        self.trust = trust or Trust()
        if self.trust.pin and not self.url.lower().startswith("https://"):
            raise RegistryRefused(reason="a pinned certificate needs an https:// registry address")
        self.session.mount("https://", TrustAdapter(self.trust))

    def close(self) -> None:
        self.session.close()

    def new_cycle(self) -> None:
        """A sync cycle starts: no answer from the registry yet."""
        self.answered = 0
        self.reading, self._round_trip = None, float("inf")

    def first_contact_failed(self, exc: SyncError) -> bool:
        """Did the registry turn out not to be there at the first request of this cycle? Then
        retrying at once is pointless: the scheduler tries again later."""
        return isinstance(exc, RegistryNotListening) and self.answered == 0

    # --- the endpoints ---------------------------------------------------------------------

    def info(self) -> dict[str, Any]:
        return self._json("GET", "/", None, signed=False)

    def enroll(self, request: EnrollRequest) -> EnrollResponse:
        body = request.model_dump_json().encode("utf-8")
        return _model(EnrollResponse, self._json("POST", "/v1/enroll", body, signed=False))

    def push(self, transactions: list[dict[str, Any]]) -> PushResponse:
        body = json.dumps({"transactions": transactions}, ensure_ascii=False, separators=(",", ":"))
        return _model(PushResponse, self._json("POST", "/v1/push", body.encode("utf-8"), signed=True))

    def declare_gap(self, gap: GapDeclaration) -> GapResponse:
        body = gap.model_dump_json().encode("utf-8")
        return _model(GapResponse, self._json("POST", "/v1/gap", body, signed=True))

    def audit(self, entries: list[dict[str, Any]]) -> AuditPushResponse:
        body = json.dumps({"entries": entries}, ensure_ascii=False, separators=(",", ":"))
        return _model(AuditPushResponse, self._json("POST", "/v1/audit", body.encode("utf-8"), signed=True))

    def changes(self, since: str, limit: int) -> dict[str, Any]:
        page = self._json("GET", f"/v1/changes?since={since}&limit={limit}", None, signed=True)
        if not isinstance(page.get("changes"), list) or "cursor" not in page or "more" not in page:
            raise RegistryFailed(status=200, reason="a page of changes without changes or cursor")
        return page

    def bundle_key(self) -> BundleKey:
        """The registry's key for USB bundles (asked over this signed channel)."""
        return _model(BundleKey, self._json("GET", "/v1/bundle-key", None, signed=True))

    # --- plumbing ---------------------------------------------------------------------------

    def _json(self, method: str, path: str, body: bytes | None, signed: bool) -> dict[str, Any]:
        try:
            return self._once(method, path, body, signed)
        except ClockSkew as exc:
            if not signed:
                raise
            server = times.parse(exc.params["server_time"])
            self.offset = server - self.clock.now()
            return self._once(method, path, body, signed)

    def _once(self, method: str, path: str, body: bytes | None, signed: bool) -> dict[str, Any]:
        headers = {"Accept-Encoding": "gzip"}
        data = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            headers["Content-Encoding"] = "gzip"
            data = gzip.compress(body, compresslevel=5)
        if signed:
            headers.update(self._signature(method, path, body or b""))
        sent = uptime()
        try:
            response = self.session.request(
                method, self.url + path, data=data, headers=headers, timeout=self.timeout, stream=True
            )
            self.answered += 1
            content = _read_capped(response)  # may fail mid-answer
        except requests.exceptions.SSLError as exc:
            raise _untrusted(exc) from exc
        except (requests.Timeout, requests.ConnectionError) as exc:
            if _not_connected(exc):
                raise RegistryNotListening(url=self.url, reason=_why(exc)) from exc
            raise RegistryUnreachable(url=self.url, reason=_why(exc)) from exc
        except requests.RequestException as exc:  # a broken or truncated answer
            raise RegistryUnreachable(url=self.url, reason=_why(exc)) from exc
        if response.status_code >= 500:
            raise RegistryFailed(status=response.status_code, reason=failure(_error_code(content)))
        try:
            parsed = json.loads(content)
        except ValueError:
            if response.status_code < 300:
                raise RegistryUnreachable(url=self.url, reason="the answer was cut off") from None
            parsed = {}
        self._read_clock(parsed, response.headers.get("Date"), sent)
        if response.status_code >= 400:
            raise _refusal(response.status_code, parsed)
        if not isinstance(parsed, dict):
            raise RegistryFailed(status=response.status_code, reason="an answer the protocol does not allow")
        return parsed

    def _read_clock(self, answer: Any, date: str | None, sent: Uptime) -> None:
        """The registry's time from this answer, kept if its round trip is the shortest yet (the
        registry stamped it about halfway through)."""
        received = uptime()
        registry = _registry_time(answer, date)
        round_trip = received.seconds - sent.seconds
        if registry is None or round_trip >= self._round_trip or received.boot != sent.boot:
            return
        self._round_trip = round_trip
        half = timedelta(seconds=max(round_trip, 0.0) / 2)
        self.reading = Reading(registry + half, self.clock.now(), received)

    def _signature(self, method: str, path: str, body: bytes) -> dict[str, str]:
        if self.device is None or self.key is None:
            raise RegistryRefused(reason="this terminal is not enrolled")
        at = times.iso(self.clock.now() + self.offset)
        nonce = uuid.uuid4().hex
        message = request_message(method, path, self.device, at, nonce, body_digest(body))
        return {
            HEADER_DEVICE: self.device,
            HEADER_TIME: at,
            HEADER_NONCE: nonce,
            HEADER_SIGNATURE: self.key.sign(message),
        }


def _registry_time(answer: Any, date: str | None) -> datetime | None:
    """An answer's ``server_time`` (a clock-skew refusal has it among its params), else its ``Date``."""
    text = answer.get("server_time") if isinstance(answer, dict) else None
    error = answer.get("error") if isinstance(answer, dict) else None
    if text is None and isinstance(error, dict) and isinstance(error.get("params"), dict):
        text = error["params"].get("server_time")
    try:
        at = times.parse(text) if isinstance(text, str) else parsedate_to_datetime(date or "")
    except (TypeError, ValueError, IndexError):
        return None
    return at if at.tzinfo is not None and at.year in SANE_YEARS else None


def _read_capped(response: requests.Response) -> bytes:
    """The answer's body, decompressed, refused past ``MAX_ANSWER`` bytes (a gzip bomb included)."""
    chunks, size = [], 0
    try:
        for chunk in response.iter_content(chunk_size=1 << 16):
            size += len(chunk)
            if size > MAX_ANSWER:
                raise RegistryFailed(status=response.status_code, reason="an answer too large to take")
            chunks.append(chunk)
    finally:
        response.close()
    return b"".join(chunks)


def _model(model: type[M], answer: dict[str, Any]) -> M:
    try:
        return model.model_validate(answer)
    except ValidationError:
        raise RegistryFailed(status=200, reason="an answer the protocol does not allow") from None


def _untrusted(exc: requests.exceptions.SSLError) -> SyncError:
    """A TLS failure: the pin did not match, or the certificate does not verify."""
    cause = exc.args[0] if exc.args else None
    reason = getattr(cause, "reason", cause)
    if isinstance(reason, PinMismatch):
        return RegistryCertificateMismatch(seen=reason.seen)
    while reason is not None and not isinstance(reason, ssl.SSLError):
        reason = reason.args[0] if getattr(reason, "args", None) else None
    words = getattr(reason, "verify_message", None) or getattr(reason, "reason", None) or "TLS failed"
    return RegistryCertificateUntrusted(reason=str(words))


def _why(exc: Exception) -> str:
    if isinstance(exc, requests.Timeout):
        return "no answer in time"
    if isinstance(exc, requests.ConnectionError):
        return "no connection"
    return "the answer was cut off"


def _not_connected(exc: requests.RequestException) -> bool:
    """Was no connection made at all (refused, no route, unknown name, connect timeout)?"""
    if isinstance(exc, requests.ConnectTimeout):
        return True
    cause = exc.args[0] if exc.args else None
    return isinstance(getattr(cause, "reason", None), (NewConnectionError, ConnectTimeoutError))


def _error_code(content: bytes) -> str | None:
    try:
        code: str | None = json.loads(content)["error"]["code"]  # the protocol's ErrorDetail.code
        return code
    except (ValueError, KeyError, TypeError):
        return None


def _refusal(status: int, body: dict[str, Any]) -> SyncError:
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return RegistryRefused(reason=Phrase("it answered with the HTTP status {status}", {"status": status}))
    cls = WIRE_ERRORS.get(str(error.get("code")))
    if cls is not None:
        try:
            return cls(**(error.get("params") or {}))
        except (KeyError, IndexError, TypeError):
            pass
    said = str(error.get("message") or error.get("code"))  # the registry's own words: shown as they are
    return RegistryRefused(reason=Phrase("it said: {message}", {"message": said}))
