"""Operators' sign-in: PINs kept as argon2id hashes, checked offline; every attempt audited."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from terminal.core import audit
from terminal.core.clock import stamp
from terminal.core.errors import HamyonError, InvalidInput
from terminal.core.phrases import Phrase
from terminal.core.roles import Operator, require
from terminal.core.site import Site

_HASHER = PasswordHasher()  # argon2id, the library's recommended parameters
MIN_PIN = 4


class SignInFailed(HamyonError):
    code = "sign_in_failed"
    template = "The name or PIN is not right. Try again, or ask a supervisor."


def hash_secret(secret: str) -> str:
    if len(secret) < MIN_PIN:
        raise InvalidInput(field="PIN", reason=Phrase("at least {count} characters", {"count": MIN_PIN}))
    return _HASHER.hash(secret)


def roster(site: Site) -> list[Operator]:
    """Who may sign in here, for the sign-in screen's list."""
    rows = site.store.all(
        "SELECT id, login, full_name, role FROM operators WHERE active = 1 AND secret_hash IS NOT NULL"
        " ORDER BY full_name"
    )
    return [Operator(**r) for r in rows]


def sign_in(site: Site, login: str, secret: str) -> Operator:
    """The operator whose PIN this is; SignInFailed (audited) otherwise."""
    row = site.store.one(
        "SELECT id, login, full_name, role, secret_hash FROM operators WHERE login = ? AND active = 1",
        (login,),
    )
    ok = False
    if row is not None and row["secret_hash"]:
        try:
            ok = _HASHER.verify(row["secret_hash"], secret)
        except (VerificationError, InvalidHashError):
            ok = False
    with site.store.write() as db:
        audit.append(
            db,
            at=stamp(site.clock),
            operator_id=row["id"] if row else None,
            action="sign_in" if ok else "sign_in_failed",
            subject=f"operator:{login}"[:80],
        )
    if not ok:
        raise SignInFailed()
    return Operator(row["id"], row["login"], row["full_name"], row["role"])


def sign_out(site: Site, operator: Operator) -> None:
    with site.store.write() as db:
        audit.append(db, at=stamp(site.clock), operator_id=operator.id, action="sign_out")


def set_pin(site: Site, by: Operator, login: str, secret: str) -> None:
    """A supervisor sets (or resets) an operator's PIN."""
    if by.login != login:
        require(by, "change settings")
    hashed = hash_secret(secret)
    with site.store.write() as db:
        changed = db.execute("UPDATE operators SET secret_hash = ? WHERE login = ?", (hashed, login)).rowcount
        if not changed:
            raise InvalidInput(field="operator", reason="no such operator")
        audit.append(
            db, at=stamp(site.clock), operator_id=by.id, action="pin_set", subject=f"operator:{login}"
        )
