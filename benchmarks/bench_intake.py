"""Import of a 10,000-row XLSX: the old regex reader, vsvkit today, and bare pandas+calamine.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_intake.py [n_rows]

The old reader is ``vsvkit/_intake_xlsx.py`` as of commit 68fea4e (read from git and
loaded as a module); its time is the sheet read alone, without validation. Prints the best
wall-clock seconds (old reader: of 3; bare read and vsvkit: of 7, run in turn) and the ratios.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
import types
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import Workbook

from vsvkit.instrument import load_instrument
from vsvkit.intake import read_responses


def write_export(path: Path, n: int, seed: int = 1) -> None:
    inst = load_instrument()
    rng = np.random.default_rng(seed)
    roles = [r.name.nl for r in inst.roles]
    head = ["Id", "Begintijd", "Naam", "E-mail", "Wat is uw beroep?"]
    for d in inst.domains:
        items = [*d.items, *([d.desired] if d.desired else [])]
        head += [i.text.nl for i in items]
        head.append(f"Opmerkingen: {d.name.nl}")
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Sheet1")
    ws.append(head)
    per_domain = len(inst.domains[0].items) + 1
    for r in range(n):
        row = [r + 1, pd.Timestamp("2026-03-01") + pd.Timedelta(minutes=r), f"Persoon {r}",
               f"p{r}@voorbeeld.invalid", roles[r % len(roles)]]  # fmt: skip
        for _ in inst.domains:
            cells = rng.integers(1, 5, per_domain).tolist()
            cells = ["Weet niet / n.v.t." if rng.random() < 0.05 else c for c in cells]
            row += [*cells, "Goed overleg." if rng.random() < 0.1 else None]
        ws.append(row)
    wb.save(path)


def best_of(*fns, repeat: int = 3) -> list[float]:
    """Best wall-clock seconds of each of ``fns``, run in turn (so a busy moment on a shared
    machine falls on all of them alike)."""
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            t0 = time.perf_counter()
            fn()
            best[k] = min(best[k], time.perf_counter() - t0)
    return best


def old_reader():
    """The regex reader this branch replaced, loaded from git."""
    root = Path(__file__).resolve().parents[1]
    src = subprocess.run(
        ["git", "show", "68fea4e:vsvkit/_intake_xlsx.py"],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    module = types.ModuleType("old_intake_xlsx")
    exec(compile(src, "old_intake_xlsx.py", "exec"), module.__dict__)
    return module


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    inst = load_instrument()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.xlsx"
        write_export(path, n)
        old = old_reader()
        (before,) = best_of(lambda: old.read_first_sheet(zipfile.ZipFile(path)))
        base, ours = best_of(
            lambda: pd.read_excel(path, sheet_name=0, engine="calamine"),
            lambda: read_responses(path, inst),
            repeat=7,
        )
        resp = read_responses(path, inst)
    cells = len(resp.answers)
    print(f"rows: {n}, answer cells: {cells}")
    print(f"old regex reader (sheet only):   {before:.3f} s")
    print(f"pandas + calamine (bare read):   {base:.3f} s")
    print(f"vsvkit read_responses (all):     {ours:.3f} s")
    print(f"vsvkit / bare calamine: {ours / base:.2f}x   vsvkit / old reader: {ours / before:.2f}x")


if __name__ == "__main__":
    main()
