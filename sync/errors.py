"""The errors of the sync package, each with a stable code and plain words.

A :class:`~biometrics.phrases.UserError` like every package's: ``code`` names
the error for translation, ``params`` fill the placeholders of ``template``,
``message`` is the English text. Messages never carry a personal ID number, a
name or a face template.
"""

from __future__ import annotations

from typing import ClassVar

from biometrics.phrases import UserError


class SyncError(UserError):
    """Base of every error raised by the sync client, protocol or registry."""

    code: ClassVar[str] = "sync_error"
    template: ClassVar[str] = "Synchronisation failed."
    http_status: ClassVar[int] = 500  # what the registry answers when it raises this
    retryable: ClassVar[bool] = False  # may the client simply try again later?


# --- the client's view of the link ------------------------------------------------


class RegistryUnreachable(SyncError):
    code = "registry_unreachable"
    template = "The registry at {url} cannot be reached ({reason}). The terminal keeps working offline."
    retryable = True


class RegistryNotListening(RegistryUnreachable):
    """Not even a connection could be made (nothing listens, no route, an unknown name): no request
    reached the registry. Same words for the operator as :class:`RegistryUnreachable`."""


class RegistryFailed(SyncError):
    code = "registry_failed"
    template = "The registry answered with an error ({status}: {reason}). It will be tried again."
    retryable = True


class RegistryRefused(SyncError):
    """The registry answered with a protocol error of its own (``code`` from its answer)."""

    code = "registry_refused"
    template = "The registry refused the request: {reason}"


class RegistryCertificateMismatch(SyncError):
    """The registry's certificate is not the pinned one: nothing was sent (never retried)."""

    code = "registry_certificate_mismatch"
    template = (
        "The registry's certificate is not the one this terminal trusts (its fingerprint is {seen}):"
        " nothing was sent. Someone may be impersonating the registry; ask a supervisor."
    )


class RegistryCertificateUntrusted(SyncError):
    """The registry's certificate does not verify against the CA store or bundle (never retried)."""

    code = "registry_certificate_untrusted"
    template = (
        "The registry's certificate cannot be verified ({reason}): nothing was sent."
        " Check the registry's address and this terminal's CA bundle."
    )


class NotEnrolled(SyncError):
    code = "not_enrolled"
    template = "This terminal is not connected to a registry: run 'hamyon setup --registry URL --code CODE'."


class AlreadyEnrolled(SyncError):
    code = "already_enrolled"
    template = "This terminal is already connected to {registry} as device {device}; use an empty --home."


class HomeNotEmpty(SyncError):
    code = "home_not_empty"
    template = "This home already holds a site that is not from a registry ({facility}); use an empty --home."


class KeyMissing(SyncError):
    code = "device_key_missing"
    template = "The device key {path} is missing or unreadable: the terminal must be set up again."


class PushStalled(SyncError):
    code = "push_stalled"
    template = "{count} acts wait for earlier ones the registry refused ({reason}); ask a supervisor."


class SyncCancelled(SyncError):
    code = "sync_cancelled"
    template = "Synchronisation was cancelled; it resumes where it stopped."


# --- the registry's answers (status codes on the wire) -------------------------------


class BadRequest(SyncError):
    code = "bad_request"
    template = "The request is malformed: {reason}."
    http_status = 400


class UnknownDevice(SyncError):
    code = "unknown_device"
    template = "This device is not enrolled at the registry."
    http_status = 401


class BadSignature(SyncError):
    code = "bad_signature"
    template = "The request's signature does not match the device's key."
    http_status = 401


class ClockSkew(SyncError):
    code = "clock_skew"
    template = "The device clock is off by more than {limit} seconds from the registry's ({server_time})."
    http_status = 401


class ReplayedRequest(SyncError):
    code = "replayed_request"
    template = "This request was already received once (a replay); it is ignored."
    http_status = 401


class DeviceRevoked(SyncError):
    code = "device_revoked"
    template = "This device was revoked at the registry; a supervisor must set the terminal up again."
    http_status = 403


class EnrollmentCodeInvalid(SyncError):
    code = "enrollment_code_invalid"
    template = "The enrollment code is unknown, used already or expired: ask the registry for a new one."
    http_status = 403


class BatchTooLarge(SyncError):
    code = "batch_too_large"
    template = "The batch holds {count} acts; the registry takes at most {limit} at once."
    http_status = 413


class BodyTooLarge(SyncError):
    code = "body_too_large"
    template = "The request body is larger than the registry takes ({limit} bytes)."
    http_status = 413


class PlainHttpRefused(SyncError):
    code = "plain_http_refused"
    template = (
        "{url} is not an https:// address: citizens' data must not cross the network unencrypted."
        " Ask the registry team for its https:// address."
    )


class HttpsRequired(SyncError):
    code = "https_required"
    template = "This registry answers only over HTTPS; use an https:// address."
    http_status = 421


class AuditChainBroken(SyncError):
    """An audit entry does not continue the device's trail at the registry (edited, forked)."""

    code = "audit_chain_broken"
    template = (
        "The registry refused audit entry {seq}: it {reason}. Ask a supervisor to check the audit trail."
    )
    http_status = 409


class AuditGap(SyncError):
    code = "audit_gap"
    template = (
        "The registry holds this terminal's audit trail up to entry {head}; entry {seq} cannot follow it."
    )
    http_status = 409


class GapMismatch(SyncError):
    """A declaration of lost acts that does not start at the device's head at the registry, or
    declares no act lost: nothing changes."""

    code = "gap_mismatch"
    template = (
        "The registry holds this terminal's acts up to act {head}: it cannot take acts {first} to {last}"
        " as lost."
    )
    http_status = 409


class UnsupportedEncoding(SyncError):
    code = "unsupported_encoding"
    template = "The request body is encoded as {encoding}; send identity or gzip."
    http_status = 415


class ProtocolUnsupported(SyncError):
    code = "protocol_unsupported"
    template = "The registry speaks protocol versions {supported}; this terminal sent {sent}. Update it."
    http_status = 426


class RegistryBusy(SyncError):
    code = "registry_busy"
    template = "The registry is busy or its database is unavailable; try again shortly."
    http_status = 503
    retryable = True


# --- registry administration ------------------------------------------------------------


class RegistryDatabaseError(SyncError):
    code = "registry_database"
    template = "The registry database {url} cannot be used: {reason}."


class RegistryDatabaseMissing(SyncError):
    code = "registry_database_missing"
    template = "There is no registry database at {path}: check the --db address."


class UnknownFacility(SyncError):
    code = "unknown_facility"
    template = "The registry has no facility {facility}: seed or import it first."


class ImportFailed(SyncError):
    code = "import_failed"
    template = "{source}: {reason}."


WIRE_ERRORS: dict[str, type[SyncError]] = {
    cls.code: cls
    for cls in (
        BadRequest,
        UnknownDevice,
        BadSignature,
        ClockSkew,
        ReplayedRequest,
        DeviceRevoked,
        EnrollmentCodeInvalid,
        AuditChainBroken,
        AuditGap,
        GapMismatch,
        BatchTooLarge,
        BodyTooLarge,
        HttpsRequired,
        UnsupportedEncoding,
        ProtocolUnsupported,
        RegistryBusy,
    )
}
