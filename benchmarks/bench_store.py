"""The store with one large session: insert and read back 100,000 respondents x 36 items.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_store.py [--n 100000] [--db URL]

``--db`` is a store URL (e.g. ``postgresql://user@host/db``, an empty database the session is
added to); by default a fresh SQLite store in a temporary folder. Prints the seconds of
``Store.add_session`` and of ``Store.answers`` and the 1-minute load average, and checks that
what came back is what went in (row count and sums). The timing was a test's
(``tests/test_store.py::test_large_session_round_trip*``, which now checks the same round trip
on a smaller session: a test asserts behaviour, a benchmark measures time).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from tests.test_store import make_responses  # the test's session, at the benchmark's size
from vsvkit.instrument import load_instrument
from vsvkit.store import Store


def round_trip(url: str, n: int) -> tuple[float, float]:
    """Seconds to add a session of ``n`` respondents to the store at ``url`` and to read it."""
    inst = load_instrument()
    responses = make_responses(n, seed=5)
    store = Store(url)
    try:
        t0 = time.perf_counter()
        sid = store.add_session(responses, vsv="Groot", date="2026-01-01", instrument=inst)
        t1 = time.perf_counter()
        got = store.answers(sid, instrument=inst)
        t2 = time.perf_counter()
    finally:
        store.close()
    sent = responses.answers
    if len(got) != len(sent) or got["value"].sum() != sent["value"].sum():
        raise SystemExit("the session read back differs from the one added")
    return t1 - t0, t2 - t1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="respondents")
    parser.add_argument("--db", default=None, help="store URL (default: a fresh SQLite file)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'bench.sqlite'}"
        insert, read = round_trip(url, args.n)
    backend = url.split(":")[0]
    print(
        f"store {backend}, {args.n:,} respondents x 36 items: insert {insert:.1f} s, "
        f"read {read:.1f} s (load {os.getloadavg()[0]:.2f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
