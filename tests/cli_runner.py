"""Run the installed ``hamyon`` command as users and CI do."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HAMYON = str(Path(sys.executable).with_name("hamyon"))


def hamyon(
    *args: str, home: Path | None = None, check: bool = True, timeout: float = 120, env: dict | None = None
) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if k != "HAMYON_HOME"} | (env or {})
    cmd = [HAMYON, *(["--home", str(home)] if home else []), *args]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=full_env)
    if check and done.returncode != 0:
        raise AssertionError(f"{cmd} failed ({done.returncode}): {done.stderr}")
    return done
