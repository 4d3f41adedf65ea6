"""Operators' sign-in: PINs kept as argon2id hashes, checked offline; every attempt audited.

Every PIN check goes through :func:`check_pin`: signing in, unlocking the
screen after the idle lock, a supervisor signing an override. Wrong PINs in a
row lock the login (:mod:`terminal.core.lockout`). An unknown login is checked
against a dummy hash, so it takes as long and says the same as a wrong PIN.
The PIN typed is never logged nor audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from biometrics.phrases import Phrase
from terminal.core import audit, lockout
from terminal.core.clock import stamp
from terminal.core.errors import HamyonError, InvalidInput, PermissionDenied
from terminal.core.roles import ROLE_NAMES, Operator, require
from terminal.core.site_context import SiteContext

_HASHER = PasswordHasher()  # argon2id, the library's recommended parameters
MIN_PIN = 4


class LockNeedsNewPin(HamyonError):
    code = "lock_needs_new_pin"
    template = "{name} is locked until a new PIN is set: set a new PIN for them instead."


class WordRefused(HamyonError):
    code = "supervisor_word_refused"
    template = "The supervisor's word is not taken: {reason}."


MIN_REASON = 5  # characters, once trimmed: a supervisor's word says why


@dataclass(frozen=True)
class SupervisorWord:
    """A supervisor vouches for an act out of the ordinary: their own login and PIN, and why."""

    login: str
    secret: str
    reason: str


def check_word(
    site: SiteContext, operator: Operator, word: SupervisorWord, *, action: str, purpose: str
) -> Operator:
    """The supervisor who gave ``word`` for ``operator``'s act; their PIN checked like a sign-in.

    Refused (nothing written) without a written reason; a wrong PIN is audited and
    counted toward the lockout; the PIN of someone whose role may not ``action``, or
    of the operator at the desk (four eyes), is refused.
    """
    if len(word.reason.strip()) < MIN_REASON:
        raise WordRefused(reason="write the reason")
    supervisor = check_pin(site, word.login, word.secret, purpose=purpose)
    if supervisor.role != "supervisor":
        raise PermissionDenied(role=ROLE_NAMES[supervisor.role], action=action)
    if supervisor.id == operator.id:
        raise WordRefused(reason="a supervisor other than you must give it")
    return supervisor


def supervisors_word(
    site: SiteContext, operator: Operator, word: SupervisorWord, *, action: str, purpose: str
) -> Operator:
    """The supervisor behind ``word``: a supervisor at the desk types their own PIN again (their own
    word), anyone else needs another supervisor's (:func:`check_word`, four eyes)."""
    if operator.role == "supervisor" and word.login == operator.login:
        return check_pin(site, word.login, word.secret, purpose=purpose)
    return check_word(site, operator, word, action=action, purpose=purpose)


class SignInFailed(HamyonError):
    code = "sign_in_failed"
    template = "The name or PIN is not right. Try again, or ask a supervisor."


@cache
def _dummy_hash() -> str:
    """A hash no PIN matches in practice: an unknown login costs one verification too."""
    return _HASHER.hash("not a PIN: a login that does not exist")


def hash_secret(secret: str) -> str:
    if len(secret) < MIN_PIN:
        raise InvalidInput(field="PIN", reason=Phrase("at least {count} characters", {"count": MIN_PIN}))
    return _HASHER.hash(secret)


def roster(site: SiteContext) -> list[Operator]:
    """Who may sign in here, for the sign-in screen's list."""
    rows = site.store.all(
        "SELECT id, login, full_name, role FROM operators WHERE active = 1 AND secret_hash IS NOT NULL"
        " ORDER BY full_name"
    )
    return [Operator(**r) for r in rows]


def check_pin(site: SiteContext, login: str, secret: str, *, purpose: str) -> Operator:
    """The operator whose PIN this is; otherwise SignInFailed or OperatorLocked, audited and counted.

    A failure is committed before it is raised; a success only clears the count
    (its audit entry is the caller's, in the caller's transaction). ``purpose``
    ("sign_in", "unlock", "override") goes into a failure's audit entry.
    """
    row = site.store.one(
        "SELECT id, login, full_name, role, secret_hash FROM operators WHERE login = ? AND active = 1",
        (login,),
    )
    pin_hash = row["secret_hash"] if row else None
    subject = f"operator:{login}"[:80]
    operator_id = row["id"] if row else None
    with site.store.write() as db:
        lock = lockout.current(db, site.clock, login, pin_hash)
        if lock is not None:
            audit.append(
                db,
                at=stamp(site.clock),
                operator_id=operator_id,
                action="sign_in_failed",
                subject=subject,
                details={"purpose": purpose, "locked": True},
            )
    if lock is not None:
        raise lock.error()
    ok = _verify(pin_hash or _dummy_hash(), secret) and pin_hash is not None
    with site.store.write() as db:
        if ok:
            lockout.succeeded(db, login)
        else:
            at = stamp(site.clock)
            audit.append(
                db,
                at=at,
                operator_id=operator_id,
                action="sign_in_failed",
                subject=subject,
                details={"purpose": purpose},
            )
            lock = lockout.failed(db, site.clock, login, pin_hash)
            if lock is not None:
                details = {"failures": lock.failures, "until": lock.until.isoformat() if lock.until else None}
                audit.append(
                    db,
                    at=at,
                    operator_id=operator_id,
                    action="operator_locked",
                    subject=subject,
                    details=details,
                )
    if lock is not None:
        raise lock.error()
    if not ok:
        raise SignInFailed()
    assert row is not None
    return Operator(row["id"], row["login"], row["full_name"], row["role"])


def _verify(pin_hash: str, secret: str) -> bool:
    try:
        return _HASHER.verify(pin_hash, secret)
    except (VerificationError, InvalidHashError):
        return False


def sign_in(site: SiteContext, login: str, secret: str) -> Operator:
    """The operator whose PIN this is; SignInFailed or OperatorLocked (audited) otherwise."""
    operator = check_pin(site, login, secret, purpose="sign_in")
    _note(site, operator, "sign_in")
    return operator


def sign_out(site: SiteContext, operator: Operator) -> None:
    _note(site, operator, "sign_out")


def screen_locked(site: SiteContext, operator: Operator) -> None:
    """The window locked itself after the idle time: audited, so a gap in the work is explained."""
    _note(site, operator, "screen_locked")


def unlock(site: SiteContext, operator: Operator, secret: str) -> Operator:
    """The same operator unlocks the locked screen with their PIN (wrong PINs count toward the lockout)."""
    checked = check_pin(site, operator.login, secret, purpose="unlock")
    _note(site, checked, "unlocked")
    return checked


def switch(site: SiteContext, current: Operator | None, login: str, secret: str) -> Operator:
    """Another operator signs in at the locked screen; the one who locked it is signed out."""
    operator = check_pin(site, login, secret, purpose="sign_in")
    with site.store.write():
        if current is not None:
            _note(site, current, "sign_out")
        _note(site, operator, "sign_in")
    return operator


def _note(site: SiteContext, operator: Operator, action: str) -> None:
    with site.store.write() as db:
        audit.append(
            db,
            at=stamp(site.clock),
            operator_id=operator.id,
            action=action,
            subject=f"operator:{operator.login}",
        )


def set_pin(site: SiteContext, by: Operator, login: str, secret: str) -> None:
    """A supervisor sets (or resets) an operator's PIN; an operator may change their own. Clears a lockout."""
    if by.login != login:
        require(by, "manage operators")
    hashed = hash_secret(secret)
    with site.store.write() as db:
        changed = db.execute("UPDATE operators SET secret_hash = ? WHERE login = ?", (hashed, login)).rowcount
        if not changed:
            raise InvalidInput(field="operator", reason="no such operator")
        wrong = lockout.failures(db, login)
        lockout.succeeded(db, login)
        audit.append(
            db,
            at=stamp(site.clock),
            operator_id=by.id,
            action="pin_set",
            subject=f"operator:{login}",
            details={"wrong_pins_cleared": wrong} if wrong else None,
        )


def locks(site: SiteContext, by: Operator) -> dict[str, lockout.Lock]:
    """The logins locked now after wrong PINs, for the supervisor's operators page."""
    require(by, "manage operators")
    rows = site.store.all(
        "SELECT l.login, o.secret_hash FROM operator_lockouts l LEFT JOIN operators o ON o.login = l.login"
    )
    found = {}
    for row in rows:
        lock = lockout.current(site.store.db, site.clock, row["login"], row["secret_hash"])
        if lock is not None:
            found[row["login"]] = lock
    return found


def unlock_operator(site: SiteContext, by: Operator, login: str) -> None:
    """A supervisor ends a login's lock after wrong PINs, audited; a lock until a new PIN needs one."""
    require(by, "manage operators")
    row = site.store.one("SELECT full_name, secret_hash FROM operators WHERE login = ?", (login,))
    if row is None:
        raise InvalidInput(field="operator", reason="no such operator")
    with site.store.write() as db:
        lock = lockout.current(db, site.clock, login, row["secret_hash"])
        if lock is None:
            return  # the lock ended meanwhile: nothing to do
        if lock.until is None:
            raise LockNeedsNewPin(name=row["full_name"])
        lockout.succeeded(db, login)
        audit.append(
            db,
            at=stamp(site.clock),
            operator_id=by.id,
            action="operator_unlocked",
            subject=f"operator:{login}",
            details={"wrong_pins_cleared": lock.failures, "until": lock.until.isoformat()},
        )
