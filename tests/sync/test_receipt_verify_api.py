"""The registry checks receipts too: ``POST /v1/receipts/verify`` (no device key needed, an auditor's
call) and ``hamyon receipt verify --db``, against its devices table: a revoked device is named with the
date, an act the registry received must carry the same chain hash."""

from __future__ import annotations

from pathlib import Path

import requests

from sync.protocol.receipt_statement import seal, unseal
from sync.protocol.signing import DeviceKey
from sync.server.enroll import revoke
from terminal.core.act_receipts import export
from terminal.core.dispensing import DispenseLine
from terminal.core.identification import Identification
from terminal.core.qr_reading import qr_texts_in
from terminal.sync_client.cycle import sync_once
from tests.cli_runner import hamyon
from tests.conftest import dispensable_item
from tests.core.test_receipt_statement import _forged
from tests.sync.conftest import CLOCK, new_terminal

ROUTE = "/v1/receipts/verify"


def _receipt(site, tmp_path: Path) -> tuple[str, Path]:
    """A dispense at an enrolled terminal, its receipt exported: (the QR text, the PDF)."""
    citizen_id, _p, item = dispensable_item(site, 1)
    receipt = site.dispensing.dispense(
        site.operator("nurse"),
        Identification(citizen_id, "face", distance=0.3),
        [DispenseLine(item.item_id, 1)],
    )
    pdf = export(site, None, receipt.tx_uuid, tmp_path / "r.pdf")
    [text] = qr_texts_in(pdf)
    return text, pdf


def _ask(reg, qr: object) -> requests.Response:
    return requests.post(reg.address + ROUTE, json={"qr": qr}, timeout=10)


def test_the_registry_verifies_an_enrolled_terminal_s_receipt_without_a_device_signature(
    any_registry, tmp_path
) -> None:
    site = new_terminal(any_registry, tmp_path / "t")
    text, _pdf = _receipt(site, tmp_path)
    early = _ask(any_registry, text)
    assert early.status_code == 200 and early.json()["valid"] is True
    assert "has not reached the registry yet" in early.json()["reason"]
    sync_once(site.store, CLOCK)
    answer = _ask(any_registry, text).json()
    assert answer["valid"] is True and answer["code"] == "valid"
    assert answer["reason"].endswith("as the registry received the act")
    assert answer["statement"]["act"] == unseal(text).statement.act and answer["revoked_at"] is None
    rev = site.reversals.reverse(
        site.operator("supervisor"), answer["statement"]["act"], reason="wrong patient"
    )
    sync_once(site.store, CLOCK)
    reversed_answer = _ask(any_registry, text).json()
    assert reversed_answer["valid"] is True and reversed_answer["reversed_at"]
    assert "it no longer counts" in reversed_answer["reason"] and rev.tx_uuid
    site.close()


def test_a_forged_amount_an_unknown_key_and_a_damaged_text_are_invalid_with_their_reasons(
    registry, tmp_path
) -> None:
    site = new_terminal(registry, tmp_path / "t")
    text, _pdf = _receipt(site, tmp_path)
    sync_once(site.store, CLOCK)
    forged = _ask(registry, _forged(text, c=1)).json()
    assert (forged["valid"], forged["code"], forged["statement"]["total"]) == (False, "bad_signature", 1)
    stranger = seal(
        unseal(text).statement.model_copy(update={"device": "NOT-ENROLLED"}), DeviceKey.generate()
    )
    assert _ask(registry, stranger).json()["code"] == "unknown_device"
    damaged = _ask(registry, "HR1:DAMAGED")
    assert damaged.status_code == 200 and damaged.json()["code"] == "unreadable"
    for body in ({}, {"qr": 5}, {"qr": "X" * 5000}, {"qr": "HR1:", "more": 1}, {"qr": "hr1:\x00"}):
        refused = requests.post(registry.address + ROUTE, json=body, timeout=10)
        assert refused.status_code == 400 and refused.json()["error"]["code"] == "bad_request"
    site.close()


def test_a_revoked_device_s_receipt_is_invalid_revoked_with_the_date_on_the_api_and_the_command_line(
    registry, tmp_path
) -> None:
    site = new_terminal(registry, tmp_path / "t")
    text, pdf = _receipt(site, tmp_path)
    sync_once(site.store, CLOCK)
    device = unseal(text).statement.device
    with registry.db.transaction() as tx:
        revoked_at = revoke(tx, device, CLOCK)["revoked_at"]
    answer = _ask(registry, text).json()
    assert (answer["valid"], answer["code"], answer["revoked_at"]) == (False, "revoked", revoked_at)
    assert f"device {device} was revoked on {revoked_at}" in answer["reason"]
    site.close()
    # offline against the registry's database (an auditor's copy), on a computer with no terminal
    done = hamyon("receipt", "verify", "--db", registry.url, str(pdf), home=tmp_path / "auditor", check=False)
    assert done.returncode == 1 and f"INVALID: device {device} was revoked on {revoked_at}" in done.stdout
    # the terminal itself still knows its own key: only the registry knows it was revoked
    assert (
        hamyon("receipt", "verify", str(pdf), home=tmp_path / "t").stdout.splitlines()[-1].startswith("valid")
    )


def test_the_route_is_in_the_registry_s_openapi_document_and_unsigned(registry) -> None:
    doc = requests.get(registry.address + "/openapi.json", timeout=5).json()
    operation = doc["paths"][ROUTE]["post"]
    assert "security" not in operation and "200" in operation["responses"]
    assert doc["components"]["schemas"]["ReceiptCheckRequest"]["properties"]["qr"]["maxLength"] == 4296
