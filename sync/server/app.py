"""The registry's HTTP face (FastAPI): stateless, everything it knows is in the database.

Endpoints (protocol 1): ``GET /`` and ``GET /v1/time`` (who and when),
``POST /v1/enroll``, ``POST /v1/push`` and ``GET /v1/changes`` (signed by the
device). ``/openapi.json`` documents them. Request bodies may be gzip; answers
are gzip when the client accepts it.
"""

from __future__ import annotations

import logging
import zlib
from typing import Any

import psycopg
from fastapi import FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from psycopg_pool import PoolTimeout
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from sync.errors import (
    BadRequest,
    BatchTooLarge,
    ProtocolUnsupported,
    RegistryBusy,
    SyncError,
    UnsupportedEncoding,
)
from sync.protocol import PROTOCOL_VERSION, SUPPORTED_VERSIONS, times
from sync.protocol.models import (
    ChangesPage,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    PushRequest,
    PushResponse,
    ServiceInfo,
)
from sync.server import auth, enroll, pull, push
from sync.server.db import RegistryDB

log = logging.getLogger("hamyon.registry")
MAX_BODY = 64 * 1024 * 1024  # decompressed
MAX_BATCH = 2000
ERRORS: dict[int | str, dict[str, Any]] = {
    s: {"model": ErrorBody} for s in (400, 401, 403, 413, 415, 426, 503)
}


class GunzipRequests:
    """Refuse unsupported protocol versions (426), and decompress ``Content-Encoding: gzip``
    request bodies (bounded) before the app sees them. Pure ASGI: answers keep their length."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        sent_version = headers.get(b"x-hamyon-protocol", b"").decode("latin-1")
        if sent_version and (not sent_version.isdigit() or int(sent_version) not in SUPPORTED_VERSIONS):
            await _error(send, ProtocolUnsupported(supported=list(SUPPORTED_VERSIONS), sent=sent_version))
            return
        encoding = headers.get(b"content-encoding", b"identity").decode("latin-1").lower()
        if encoding == "identity":
            await self.app(scope, receive, send)
            return
        if encoding != "gzip":
            await _error(send, UnsupportedEncoding(encoding=encoding))
            return
        chunks, more = [], True
        while more:
            message = await receive()
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        try:
            body = _gunzip(b"".join(chunks))
        except SyncError as exc:
            await _error(send, exc)
            return
        scope = dict(scope)
        scope["headers"] = [
            (k, v) for k, v in scope["headers"] if k not in (b"content-encoding", b"content-length")
        ] + [(b"content-length", str(len(body)).encode())]
        sent = False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


def _gunzip(data: bytes) -> bytes:
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        body = d.decompress(data, MAX_BODY + 1)
    except zlib.error:
        raise BadRequest(reason="the gzip body is damaged") from None
    if len(body) > MAX_BODY or d.unconsumed_tail:
        raise BatchTooLarge(count="too many", limit=MAX_BATCH)
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


def create_app(db: RegistryDB, clock: times.Clock | None = None) -> FastAPI:
    clock = clock or times.UtcClock()
    app = FastAPI(
        title="Hamyon central registry",
        version=f"protocol {PROTOCOL_VERSION}",
        description="Device enrollment, push of signed acts, pull of the change feed. See docs/sync.md.",
    )

    @app.exception_handler(SyncError)
    async def _sync_error(request: Request, exc: SyncError) -> JSONResponse:
        return _error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _error_response(BadRequest(reason=f"{where}: {first.get('msg', 'invalid')}"))

    @app.exception_handler(psycopg.OperationalError)
    @app.exception_handler(PoolTimeout)
    async def _busy(request: Request, exc: Exception) -> JSONResponse:
        log.warning("database unavailable: %s", type(exc).__name__)
        return _error_response(RegistryBusy())

    def info() -> ServiceInfo:
        return ServiceInfo(protocol=list(SUPPORTED_VERSIONS), server_time=times.iso(clock.now()))

    app.get("/", response_model=ServiceInfo, summary="Who this is")(info)
    app.get("/v1/time", response_model=ServiceInfo, summary="The registry's time")(info)

    @app.post("/v1/enroll", response_model=EnrollResponse, responses=ERRORS, summary="Enroll a device")
    def enroll_device(body: EnrollRequest) -> EnrollResponse:
        return db.run(lambda tx: enroll.enroll(tx, body, clock))

    @app.post("/v1/push", response_model=PushResponse, responses=ERRORS, summary="Push signed acts")
    async def push_acts(request: Request, body: PushRequest) -> PushResponse:
        if len(body.transactions) > MAX_BATCH:
            raise BatchTooLarge(count=len(body.transactions), limit=MAX_BATCH)
        raw, headers, path = await request.body(), _headers(request), _path(request)

        def work(tx: Any) -> PushResponse:
            device = auth.authenticate(tx, headers, "POST", path, raw, clock)
            return push.take(tx, device["id"], body.transactions, times.iso(clock.now()))

        return await run_in_threadpool(db.run, work)

    @app.get(
        "/v1/changes",
        response_model=ChangesPage,
        responses=ERRORS,
        summary="One page of the device's change feed",
    )
    async def changes(
        request: Request, since: str = Query("0", pattern=r"^\d{1,19}$"), limit: int = Query(1000, ge=1)
    ) -> Response:
        headers, path = _headers(request), _path(request)

        def work(tx: Any) -> str:
            device = auth.authenticate(tx, headers, "GET", path, b"", clock)
            return pull.page(tx, device, int(since), limit, times.iso(clock.now()))

        text = await run_in_threadpool(db.run, work)
        return Response(text.encode("utf-8"), media_type="application/json")

    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.add_middleware(GunzipRequests)  # outermost: the routes and signatures see plain JSON
    return app


def _headers(request: Request) -> dict[str, str]:
    return {k.lower(): v for k, v in request.headers.items()}


def _path(request: Request) -> str:
    query = request.url.query
    return request.url.path + (f"?{query}" if query else "")


def serve(url: str, host: str, port: int, log_level: str = "warning") -> None:
    """Run the registry over ``url`` until stopped (migrating the database first)."""
    import uvicorn

    from sync.server.schema import migrate

    db = RegistryDB(url)
    migrate(db)
    uvicorn.run(create_app(db), host=host, port=port, log_level=log_level, access_log=False)
