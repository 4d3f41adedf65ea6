"""The registry's HTTP face (FastAPI): stateless, everything it knows is in the database.

Endpoints (protocol 1): ``GET /`` and ``GET /v1/time`` (who and when),
``POST /v1/enroll``, ``POST /v1/push``, ``POST /v1/gap`` (acts lost before they reached the
registry), ``POST /v1/audit``, ``GET /v1/changes`` and ``GET /v1/bundle-key`` (the key USB bundles
are sealed to; signed by the device), ``POST /v1/receipts/verify`` (unsigned: anyone checks a
receipt's QR code). ``/openapi.json`` documents them (:mod:`sync.server.contract`), bounds
included: nothing a client sends is answered 5xx but a busy database (503).
Request bodies may be gzip; answers are gzip when the client accepts it.
"""

from __future__ import annotations

import logging
import zlib
from pathlib import Path
from typing import Any

import psycopg
from fastapi import FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from psycopg_pool import PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.errors import (
    BadRequest,
    BatchTooLarge,
    BodyTooLarge,
    HttpsRequired,
    ProtocolUnsupported,
    RegistryBusy,
    SyncError,
    UnsupportedEncoding,
)
from sync.protocol import PROTOCOL_VERSION, SUPPORTED_VERSIONS, times
from sync.protocol.bounds import MAX_INT
from sync.protocol.models import (
    AuditPushRequest,
    AuditPushResponse,
    BundleKey,
    ChangesPage,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    GapDeclaration,
    GapResponse,
    PushRequest,
    PushResponse,
    ServiceInfo,
)
from sync.protocol.receipt_statement import ReceiptCheckRequest, ReceiptVerdict
from sync.server import audit, auth, bundles, contract, enroll, gaps, pull, push, receipt_checks
from sync.server.db import RegistryDB

log = logging.getLogger("hamyon.registry")
MAX_BODY = 64 * 1024 * 1024  # decompressed
MAX_BATCH = 2000
ERRORS: dict[int | str, dict[str, Any]] = {
    s: {"model": ErrorBody} for s in (400, 401, 403, 413, 415, 421, 426, 503)
}
# What any route may answer before it is reached (GunzipRequests): a damaged body, its size or
# encoding, plain HTTP in production, a protocol version not spoken.
BEFORE_ROUTES: dict[int | str, dict[str, Any]] = {s: {"model": ErrorBody} for s in (400, 413, 415, 421, 426)}


class GunzipRequests:
    """Refuse plain HTTP in production (421), unsupported protocol versions (426) and bodies over
    ``max_body`` bytes, as sent or decompressed (413); decompress ``Content-Encoding: gzip``
    request bodies before the app sees them. Pure ASGI: answers keep their length."""

    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY, https_only: bool = False) -> None:
        self.app = app
        self.max_body = max_body
        self.https_only = https_only

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            body = await self._body(scope, receive)
        except SyncError as exc:
            await _error(send, exc)
            return
        scope = dict(scope)
        scope["headers"] = [
            (k, v) for k, v in scope["headers"] if k not in (b"content-encoding", b"content-length")
        ] + [(b"content-length", str(len(body)).encode())]
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _body(self, scope: Scope, receive: Receive) -> bytes:
        """The request's body, decompressed and bounded; a SyncError for the client otherwise."""
        # the connection's own scheme: no proxy headers are trusted
        if self.https_only and scope.get("scheme") != "https":
            raise HttpsRequired()
        headers = dict(scope["headers"])
        sent_version = headers.get(b"x-hamyon-protocol", b"").decode("latin-1")
        if sent_version and sent_version not in {str(v) for v in SUPPORTED_VERSIONS}:
            raise ProtocolUnsupported(supported=list(SUPPORTED_VERSIONS), sent=sent_version[:20])
        encoding = headers.get(b"content-encoding", b"identity").decode("latin-1").lower()
        if encoding not in ("identity", "gzip"):
            raise UnsupportedEncoding(encoding=encoding)
        declared = headers.get(b"content-length", b"0")
        if declared.isdigit() and int(declared) > self.max_body:
            raise BodyTooLarge(limit=self.max_body)  # at once: a client that waits never sends it
        body = await _read(receive, self.max_body)
        return _gunzip(body, self.max_body) if encoding == "gzip" else body


async def _read(receive: Receive, limit: int) -> bytes:
    """The body as streamed, at most ``limit`` bytes: past it, the rest is drained (up to ``limit``
    more, so the client can read the 413) and BodyTooLarge raised."""
    chunks, size, more = [], 0, True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise BadRequest(reason="the client went away")
        chunk = message.get("body", b"")
        size += len(chunk)
        if size <= limit:
            chunks.append(chunk)
        elif size > 2 * limit:
            break
        more = message.get("more_body", False)
    if size > limit:
        raise BodyTooLarge(limit=limit)
    return b"".join(chunks)


def _gunzip(data: bytes, limit: int = MAX_BODY) -> bytes:
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        body = d.decompress(data, limit + 1)
    except zlib.error:
        raise BadRequest(reason="the gzip body is damaged") from None
    if len(body) > limit or d.unconsumed_tail:
        raise BodyTooLarge(limit=limit)  # a gzip bomb stops here, never expanded past the limit
    if not d.eof:
        raise BadRequest(reason="the gzip body is truncated")
    return body


async def _error(send: Send, exc: SyncError) -> None:
    response = _error_response(exc)
    await send(
        {"type": "http.response.start", "status": response.status_code, "headers": response.raw_headers}
    )
    await send({"type": "http.response.body", "body": response.body})


def _error_response(exc: SyncError) -> JSONResponse:
    body = {"error": {"code": exc.code, "message": exc.message, "params": exc.params}}
    return JSONResponse(body, status_code=exc.http_status)


def create_app(
    db: RegistryDB, clock: times.Clock | None = None, *, production: bool = False, max_body: int = MAX_BODY
) -> FastAPI:
    """The registry's app; ``production`` answers plain HTTP requests 421 (HTTPS only)."""
    clock = clock or times.UtcClock()
    app = FastAPI(title="Hamyon central registry", version=f"protocol {PROTOCOL_VERSION}")
    # FastAPI's documented way to serve a schema of one's own is to replace this method
    app.openapi = lambda: contract.document(app)  # type: ignore[method-assign]

    @app.exception_handler(SyncError)
    async def _sync_error(request: Request, exc: SyncError) -> JSONResponse:
        return _error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _error_response(BadRequest(reason=f"{where}: {first.get('msg', 'invalid')}"))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        """FastAPI's own refusals (a body that is not JSON, an unknown path) in the registry's shape."""
        if exc.status_code == 400:
            return _error_response(BadRequest(reason=str(exc.detail).rstrip(".").lower()))
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        body = {"error": {"code": code, "message": str(exc.detail), "params": {}}}
        return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(psycopg.OperationalError)
    @app.exception_handler(PoolTimeout)
    async def _busy(request: Request, exc: Exception) -> JSONResponse:
        log.warning("database unavailable: %s", type(exc).__name__)
        return _error_response(RegistryBusy())

    def info() -> ServiceInfo:
        return ServiceInfo(protocol=list(SUPPORTED_VERSIONS), server_time=times.iso(clock.now()))

    app.get("/", response_model=ServiceInfo, responses=BEFORE_ROUTES, summary="Who this is")(info)
    app.get("/v1/time", response_model=ServiceInfo, responses=BEFORE_ROUTES, summary="The registry's time")(
        info
    )

    @app.post("/v1/enroll", response_model=EnrollResponse, responses=ERRORS, summary="Enroll a device")
    def enroll_device(body: EnrollRequest) -> EnrollResponse:
        def work(tx: Any) -> EnrollResponse:
            answer = enroll.enroll(tx, body, clock)
            return answer.model_copy(update={"bundle_key": bundles.public_key(tx, clock)})

        return db.run(work)

    @app.post(
        "/v1/push",
        response_model=PushResponse,
        responses=ERRORS,
        summary="Push signed acts",
        openapi_extra=contract.SIGNED,
    )
    async def push_acts(request: Request, body: PushRequest) -> PushResponse:
        if len(body.transactions) > MAX_BATCH:
            raise BatchTooLarge(count=len(body.transactions), limit=MAX_BATCH)
        raw, headers, path = await request.body(), _headers(request), _path(request)

        def work(tx: Any) -> PushResponse:
            device = auth.authenticate(tx, headers, "POST", path, raw, clock)
            return push.take(tx, device["id"], body.transactions, times.iso(clock.now()))

        return await run_in_threadpool(db.run, work)

    @app.post(
        "/v1/gap",
        response_model=GapResponse,
        responses={**ERRORS, 409: {"model": ErrorBody}},
        summary="Declare acts lost before they reached the registry",
        openapi_extra=contract.SIGNED,
    )
    async def declare_gap(request: Request, body: GapDeclaration) -> GapResponse:
        raw, headers, path = await request.body(), _headers(request), _path(request)

        def work(tx: Any) -> GapResponse:
            device = auth.authenticate(tx, headers, "POST", path, raw, clock)
            return gaps.declare(tx, device["id"], body, times.iso(clock.now()))

        return await run_in_threadpool(db.run, work)

    @app.post(
        "/v1/audit",
        response_model=AuditPushResponse,
        responses={**ERRORS, 409: {"model": ErrorBody}},
        summary="Push the device's audit trail",
        openapi_extra=contract.SIGNED,
    )
    async def push_audit(request: Request, body: AuditPushRequest) -> AuditPushResponse:
        if len(body.entries) > MAX_BATCH:
            raise BatchTooLarge(count=len(body.entries), limit=MAX_BATCH)
        raw, headers, path = await request.body(), _headers(request), _path(request)

        def work(tx: Any) -> AuditPushResponse:
            device = auth.authenticate(tx, headers, "POST", path, raw, clock)
            return audit.take(tx, device["id"], body.entries, times.iso(clock.now()))

        return await run_in_threadpool(db.run, work)

    @app.get(
        "/v1/bundle-key",
        response_model=BundleKey,
        responses=ERRORS,
        summary="The registry's key for USB bundles",
        openapi_extra=contract.SIGNED,
    )
    async def bundle_key(request: Request) -> BundleKey:
        headers, path = _headers(request), _path(request)

        def work(tx: Any) -> BundleKey:
            auth.authenticate(tx, headers, "GET", path, b"", clock)
            return bundles.public_key(tx, clock)

        return await run_in_threadpool(db.run, work)

    @app.get(
        "/v1/changes",
        response_model=ChangesPage,
        responses=ERRORS,
        summary="One page of the device's change feed",
        openapi_extra=contract.SIGNED,
    )
    async def changes(
        request: Request,
        since: str = Query("0", pattern=r"^[0-9]{1,18}$", description="the cursor of the page before"),
        limit: int = Query(1000, ge=1, le=MAX_INT, description="at most 5,000 are sent"),
    ) -> Response:
        headers, path = _headers(request), _path(request)

        def work(tx: Any) -> str:
            device = auth.authenticate(tx, headers, "GET", path, b"", clock)
            return pull.page(tx, device, int(since), limit, times.iso(clock.now()))

        text = await run_in_threadpool(db.run, work)
        return Response(text.encode("utf-8"), media_type="application/json")

    @app.post(
        "/v1/receipts/verify",
        response_model=ReceiptVerdict,
        responses={**BEFORE_ROUTES, 503: {"model": ErrorBody}},
        summary="Check a receipt's QR code against the devices the registry knows (no signature needed)",
    )
    async def verify_receipt(body: ReceiptCheckRequest) -> ReceiptVerdict:
        return await run_in_threadpool(db.run, lambda tx: receipt_checks.verify(tx, body.qr), False)

    app.add_middleware(GZipMiddleware, minimum_size=2048)
    # outermost: the routes and signatures see plain JSON
    app.add_middleware(GunzipRequests, max_body=max_body, https_only=production)
    return app


def _headers(request: Request) -> dict[str, str]:
    return {k.lower(): v for k, v in request.headers.items()}


def _path(request: Request) -> str:
    query = request.url.query
    return request.url.path + (f"?{query}" if query else "")


def serve(
    url: str,
    host: str,
    port: int,
    log_level: str = "warning",
    tls: tuple[Path, Path] | None = None,
    production: bool = False,
) -> None:
    """Run the registry over ``url`` until stopped (migrating the database first); HTTPS with
    ``tls`` (certificate, key). ``production`` refuses to start without TLS and answers plain
    HTTP 421. No proxy's forwarded headers are trusted: the scheme is the connection's own."""
    import uvicorn

    from sync.server.schema import migrate

    if production and tls is None:
        raise HttpsRequired()
    db = RegistryDB(url)
    migrate(db)
    certfile, keyfile = (str(tls[0]), str(tls[1])) if tls else (None, None)
    uvicorn.run(
        create_app(db, production=production),
        host=host,
        port=port,
        log_level=log_level,
        access_log=False,
        proxy_headers=False,
        ssl_certfile=certfile,
        ssl_keyfile=keyfile,
    )
