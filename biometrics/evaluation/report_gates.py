"""The quality-gate sections of docs/biometrics.md: degraded pictures, and what each gate earns and costs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from biometrics.evaluation import Evaluation
from biometrics.evaluation.calibration import Tally, engine, readme_rule, tally
from biometrics.evaluation.format import table
from biometrics.evaluation.gates import GateCost
from biometrics.evaluation.sweeps import EXPOSED, GAMMA_TARGET, SWEEPS, Level


def _cell(t: Tally) -> str:
    return f"{t.identified} / {len(t.wrong)} / {len(t.accepted)}"


def _measure(level: Level) -> str:
    kind = SWEEPS.get(level.sweep, ("brightness", []))[0]
    values = [getattr(p.measures, kind) for p in level.probes() if p.measures is not None]
    return f"{kind} {np.median(values):.0f}" if values else "-"


def _counted(codes: Sequence[str]) -> str:
    return ", ".join(f"{code} {n}" for code, n in Counter(codes).most_common()) or "-"


def _level_row(level: Level, corrected: bool) -> tuple[object, ...]:
    probes = level.probes()
    refused = [p.refused[0] for p in probes if p.refused]
    cautions = [p.cautions[0] for p in probes if p.cautions and not p.refused]
    row = [
        level.label,
        _measure(level),
        sum(p.encoding is None for p in probes),
        _counted(refused),
        _counted(cautions),
        _cell(tally(probes, engine(gates=False))),
        _cell(tally(probes, engine())),
    ]
    if corrected:
        row.append(_cell(tally(level.probes(corrected=True), engine())))
    row.append(_cell(tally(probes, readme_rule())))
    return tuple(row)


def _gate_rows(rows: Sequence[GateCost]) -> list[tuple[object, ...]]:
    return [
        (
            r.gate,
            "stricter bars" if r.tolerated else "refused",
            f"{r.anyway.genuine} / {r.anyway.impostors}",
            _cell(r.anyway),
            _cell(r.treated),
            r.prevents,
            r.costs,
        )
        for r in rows
    ]


GATE_HEADER = (
    "gate",
    "the engine",
    "faces failing it: genuine / impostor",
    "decided anyway: identified / wrong / impostors",
    "as the engine treats them",
    "errors prevented",
    "genuine cost",
)


def gates_section(ev: Evaluation) -> str:
    base = ev.baseline.probes()
    genuine = sum(p.enrolled for p in base)
    parts = [
        "## Quality gates: each must earn its place",
        "For each gate, the faces that fail it are decided twice: as if the gate did not exist (the "
        "normal bars), and as the engine treats them (refused, or, for a gate the policy tolerates, "
        "decided by the stricter bars `poor_accept` and `poor_ratio`). Errors prevented: the wrong "
        "identities and impostor acceptances the first makes and the second does not. Genuine cost: "
        "the genuine probes the first identifies and the second does not. Each gate alone (a face "
        "failing two gates counts for both). A gate that prevents nothing and costs people on every "
        "set below is a candidate for removal or a looser value; one that prevents errors only "
        "where real pictures go wrong (noise, motion) may still earn its place where these synthetic "
        "changes cannot show it.",
        _verdict(ev),
        "**On the calibration probes** (`hamyon bio identify`, the photo policy):",
        table(GATE_HEADER, _gate_rows(ev.photo_gates)),
        "**On the degraded pictures** below (every level of every sweep together, the live policy):",
        table(GATE_HEADER, _gate_rows(ev.live_gates)),
        "**The light gates on the light sweeps** (darker, overexposed, grey with side light), the "
        "encoding as it is (the engine) beside the encoding after the gamma correction:",
        table(
            ("gate", "faces failing it", "as is: prevented / cost", "gamma-corrected: prevented / cost"),
            _light_rows(ev),
        ),
        "## Degraded pictures",
        f"{len(base)} calibration probes ({genuine} genuine: each enrolled person's first probe; "
        f"{len(base) - genuine} impostor: each stranger's first two photos), each fitted into a "
        "640x480 grey frame as a webcam would show it, then changed, and analysed as a live frame "
        "(`LIVE_POLICY`: HOG detection, the encoding as it is, blur tolerated under stricter bars) "
        "against the protocol's gallery. Cells: genuine identified / wrong identity / impostors "
        f"accepted. The light sweeps also show the engine after a gamma correction of the face to a "
        f"mean grey level of {GAMMA_TARGET:.0f} (the software exposure compensation the engine no "
        "longer has: compare its column with the engine's).",
        "As taken: "
        + ", ".join(
            f"{name} {_cell(tally(base, rule))}"
            for name, rule in (
                ("no gates", engine(gates=False)),
                ("engine", engine()),
                ("README", readme_rule()),
            )
        )
        + ".",
    ]
    for sweep in SWEEPS:
        levels = [x for x in ev.levels if x.sweep == sweep]
        corrected = sweep in EXPOSED
        header = [
            "change",
            "measure (median)",
            "no face",
            "refused by",
            "under caution",
            "no gates",
            "engine",
        ]
        if corrected:
            header.append("engine + gamma")
        header.append("README rule")
        parts += [f"**{sweep}**", table(header, [_level_row(x, corrected) for x in levels])]
    parts.append(
        "Darkening here only scales the pixels: a real dark room adds sensor noise and motion blur, "
        "which this sweep does not, and dlib's encoder is nearly blind to a pure scaling. Overexposure "
        "clips detail for good, and the side light's shaded half loses it in the dark."
    )
    return "\n\n".join(parts)


def _light_rows(ev: Evaluation) -> list[tuple[object, ...]]:
    plain, corrected = ({r.gate: r for r in rows} for rows in ev.light_gates)
    return [
        (
            gate,
            plain[gate].faces,
            f"{plain[gate].prevents} / {plain[gate].costs}",
            f"{corrected[gate].prevents} / {corrected[gate].costs}" if gate in corrected else "-",
        )
        for gate in ("too_dark", "too_bright")
        if gate in plain
    ]


def _verdict(ev: Evaluation) -> str:
    """Which gates prevented errors here, and which only cost genuine people."""
    gates = {r.gate for r in [*ev.photo_gates, *ev.live_gates]}
    prevented = {g: sum(r.prevents for r in [*ev.photo_gates, *ev.live_gates] if r.gate == g) for g in gates}
    cost = {g: sum(r.costs for r in [*ev.photo_gates, *ev.live_gates] if r.gate == g) for g in gates}
    earning = ", ".join(
        f"{g} ({prevented[g]} prevented, {cost[g]} cost)" for g in sorted(gates) if prevented[g]
    )
    idle = ", ".join(f"{g} ({cost[g]} cost)" for g in sorted(gates) if not prevented[g])
    return (
        f"Over both sets, gates that prevented an error: {earning or 'none'}. Gates that prevented "
        f"nothing here: {idle or 'none'}."
    )


def gate_evidence(ev: Evaluation, gate: str) -> str:
    """One line for the thresholds table: what the gate prevented and cost, photos and degraded frames."""
    parts = []
    for name, rows in (("photos", ev.photo_gates), ("degraded", ev.live_gates)):
        row = next((r for r in rows if r.gate == gate), None)
        if row is not None:
            parts.append(f"{name}: {row.faces} faces, prevents {row.prevents}, costs {row.costs}")
    return "; ".join(parts) or "no face failed it here"
