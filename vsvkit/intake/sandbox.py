"""Reading .xls and .ods workbooks with calamine in a child process (private to intake).

For these formats nothing is checked before calamine builds its grid, so the read runs in
a separate Python process with a memory limit and a time limit: a sheet that claims
millions of cells, or a file calamine cannot handle, ends that process, never this one.
The child sends back the visible sheets' rows, booleans marked so they stay apart from 1.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from typing import Any

from vsvkit.intake.cells import Flag
from vsvkit.intake.fail import ReadFailure

__all__: list[str] = []

#: Address space the child may use, and the seconds it may take.
MEMORY_LIMIT = 768 * 2**20
TIME_LIMIT = 8.0

_CHILD = r"""
import io, pickle, resource, sys
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
import python_calamine as c
data = sys.stdin.buffer.read()
out = []
try:
    wb = c.CalamineWorkbook.from_object(io.BytesIO(data))
    for meta in wb.sheets_metadata:
        if meta.visible != c.SheetVisibleEnum.Visible or meta.typ != c.SheetTypeEnum.WorkSheet:
            continue
        rows = wb.get_sheet_by_name(meta.name).to_python(skip_empty_area=False)
        rows = [[("\0bool", v) if type(v) is bool else v for v in r] for r in rows]
        out.append((meta.name, rows))
    result = ("ok", out)
except c.PasswordError:
    result = ("password", "")
except c.CalamineError as err:
    result = ("damaged", str(err)[:120])
except MemoryError:
    result = ("memory", "")
except BaseException as err:  # a panic inside calamine (pyo3_runtime.PanicException)
    if type(err).__module__ != "pyo3_runtime":
        raise
    result = ("damaged", str(err)[:120])
sys.stdout.buffer.write(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
"""


def read_in_child(data: bytes) -> list[tuple[str, list[list]]]:
    """``(sheet name, rows)`` of every visible worksheet, in workbook order."""
    try:
        done = subprocess.run(
            [sys.executable, "-I", "-c", _CHILD, str(MEMORY_LIMIT)],
            input=data,
            capture_output=True,
            timeout=TIME_LIMIT,
            check=False,
        )
    except subprocess.TimeoutExpired as err:
        raise ReadFailure("too_slow", seconds=f"{TIME_LIMIT:.0f}") from err
    payload: Any  # the sheets when the status is "ok", else the reason (a str)
    try:
        status, payload = pickle.loads(done.stdout) if done.returncode == 0 else ("died", "")
    except (pickle.UnpicklingError, EOFError, ValueError) as err:
        raise ReadFailure("damaged_xlsx", reason="reader failed") from err
    if status == "password":
        raise ReadFailure("password")
    if status == "damaged":
        raise ReadFailure("damaged_xlsx", reason=payload)
    if status != "ok":  # out of memory (killed, aborted or MemoryError)
        raise ReadFailure("too_big_to_read")
    return [(name, [[_cell(v) for v in r] for r in rows]) for name, rows in payload]


def _cell(v):
    if type(v) is tuple and len(v) == 2 and v[0] == "\0bool":
        return Flag(v[1])
    return v
