"""How fast a command starts: no-op commands against ``import sqlalchemy.orm, httpx``.

The yardstick is what any program on this stack pays before doing anything (the
database toolkit and the HTTP client imported), run in the same interpreter,
alternating with the commands so that the machine's load drifts over both alike.
Each figure is a median of per-pair ratios; the modules each process loaded are
counted too, a figure the machine's load does not move.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

BASELINE = ("-c", "import sqlalchemy.orm, httpx")
COMMANDS: tuple[tuple[str, ...], ...] = (("accounts", "list"), ("inbox", "--limit", "1"))
TARGET = 1.3


def timed(argv: Sequence[str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one process, start to exit."""
    started = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} exited {child.returncode}")
    return wall, usage.ru_utime + usage.ru_stime


def modules_loaded(argv: Sequence[str]) -> int:
    """How many modules the process imported (``-X importtime`` lines)."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", *argv], capture_output=True, text=True, check=True
    )
    return sum(1 for row in out.stderr.splitlines() if row.startswith("import time:")) - 1


def bench_cli(line: Callable[[str, str], None], *, quick: bool = False) -> None:
    runs = 5 if quick else 15
    load = os.getloadavg()
    print(
        f"\nCommand start, median of {runs} alternating runs "
        f"(load {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} on {os.cpu_count()} cores)",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="socialinbox-bench-cli-") as folder:
        app = (sys.executable, "-m", "socialinbox", "--data-dir", str(Path(folder) / "data"))
        baseline = (sys.executable, *BASELINE)
        timed([*app, "accounts", "list"])  # the first start creates the database: not counted
        for argv in (baseline, *((*app, *c) for c in COMMANDS)):
            timed(argv)  # warm the file cache
        samples: dict[tuple[str, ...], list[tuple[float, float]]] = {c: [] for c in COMMANDS}
        ratios: dict[tuple[str, ...], list[tuple[float, float]]] = {c: [] for c in COMMANDS}
        base_samples: list[tuple[float, float]] = []
        for _ in range(runs):
            for command in COMMANDS:
                base = timed(baseline)
                run = timed([*app, *command])
                base_samples.append(base)
                samples[command].append(run)
                ratios[command].append((run[0] / base[0], run[1] / base[1]))
        base_modules = modules_loaded(BASELINE)
        line(
            'python -c "import sqlalchemy.orm, httpx"',
            f"{_median(base_samples, 0):.3f} s wall, {_median(base_samples, 1):.3f} s CPU, "
            f"{base_modules} modules",
        )
        for command in COMMANDS:
            label = f"socialinbox {' '.join(command)} (target <= {TARGET}x)"
            wall_ratio, cpu_ratio = _median(ratios[command], 0), _median(ratios[command], 1)
            modules = modules_loaded((*app[1:], *command))
            line(
                label,
                f"{_median(samples[command], 0):.3f} s wall ({wall_ratio:.2f}x), "
                f"{_median(samples[command], 1):.3f} s CPU ({cpu_ratio:.2f}x), {modules} modules",
            )


def _median(pairs: list[tuple[float, float]], index: int) -> float:
    return statistics.median(pair[index] for pair in pairs)
