"""Benchmark: national scoring of ~100,000 respondents, vectorised vs a per-session loop.

Run: ``.venv/bin/python benchmarks/bench_scoring.py [--sessions 1700] [--per-session 60]``.

Times the full vectorised scoring the brief asks for (domain scores with levels and agreement
per session, per-profession domain scores with privacy, per-profession gaps), measures the
peak memory of that step in a fresh subprocess (ru_maxrss, minus the baseline after building
the data), and compares with a straightforward loop over sessions (filter, plain pandas
groupby; tests/scoring_reference.py) in the same run. Targets: < 2 s, < 1.5 GB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]

#: (profession, echelon, weight): ~60% community midwives, some hospital staff and kraamzorg,
#: few GPs and paediatricians, a handful of others.
MIX = (
    ("VK", "eerste_lijn", 0.60),
    ("GYN", "tweede_lijn", 0.12),
    ("KV", "tweede_lijn", 0.10),
    ("KZ", "kraamzorg", 0.08),
    ("OGV", "tweede_lijn", 0.04),
    ("HA", "eerste_lijn", 0.02),
    ("KA", "tweede_lijn", 0.02),
    ("MGT", "overig", 0.02),
)


def national_answers(instrument, n_sessions: int = 1700, per_session: int = 60, seed: int = 1):
    """The national set: vsvkit.sample's generator when present, else the local one."""
    try:
        from vsvkit.sample import national_answers as shared
    except ImportError:
        return local_national_answers(instrument, n_sessions, per_session, seed)
    return shared(n_sessions, per_session, seed=seed, instrument=instrument)


def local_national_answers(instrument, n_sessions=1700, per_session=60, seed=1):
    """A seeded national set in the scoring input shape (one row per respondent x item).

    Each session has its own level per domain; respondents scatter around it by profession;
    ~6% "weet niet", ~3% blank; desired items about one point above the current level.
    """
    rng = np.random.default_rng(seed)
    items = instrument.all_items
    n_items = len(items)
    n_resp = n_sessions * per_session
    session = np.repeat(np.arange(1, n_sessions + 1), per_session)
    respondent = np.tile(np.arange(1, per_session + 1), n_sessions)
    weights = np.array([w for _, _, w in MIX])
    prof_idx = rng.choice(len(MIX), size=n_resp, p=weights / weights.sum())
    prof = np.array([p for p, _, _ in MIX], dtype=object)[prof_idx]
    ech = np.array([e for _, e, _ in MIX], dtype=object)[prof_idx]
    dom_of = {d.code: i for i, d in enumerate(instrument.domains)}
    item_dom = np.array([dom_of[i.domain] for i in items])
    desired = np.array([i.desired for i in items])
    level = rng.uniform(1.6, 3.4, size=(n_sessions, len(instrument.domains)))
    prof_shift = rng.normal(0, 0.35, size=(n_sessions, len(MIX), len(instrument.domains)))
    s0 = session - 1
    centre = level[s0][:, item_dom] + prof_shift[s0, prof_idx][:, item_dom] + desired * 1.0
    raw = centre + rng.normal(0, 0.8, size=(n_resp, n_items))
    value = np.clip(np.rint(raw), 1, 4)
    u = rng.random((n_resp, n_items))
    dont_know = u < 0.06
    blank = (u >= 0.06) & (u < 0.09)
    value[dont_know | blank] = np.nan
    codes = [i.code for i in items]
    return pd.DataFrame(
        {
            "session": np.repeat(session, n_items),
            "respondent": np.repeat(respondent, n_items),
            "profession": pd.Series(np.repeat(prof, n_items), dtype="str"),
            "echelon": pd.Series(np.repeat(ech, n_items), dtype="str"),
            "item": pd.Categorical.from_codes(np.tile(np.arange(n_items), n_resp), codes),
            "domain": pd.Categorical.from_codes(
                np.tile(item_dom, n_resp), [d.code for d in instrument.domains]
            ),
            "value": value.ravel(),
            "dont_know": dont_know.ravel(),
            "desired": np.tile(desired, n_resp),
        }
    )


def score_all(answers, instrument):
    """The full vectorised national scoring that is timed."""
    from vsvkit import scoring

    scores = scoring.Scores(answers, instrument)
    return {
        "domain": scores.domain_scores(),
        "domain_by_profession": scores.domain_scores(by="profession"),
        "gaps": scores.group_gaps(by="profession"),
    }


def _child(n_sessions: int, per_session: int) -> None:
    """Run in a fresh process: build the data, then score and report time and peak memory."""
    from vsvkit.instrument import load_instrument

    inst = load_instrument()
    answers = national_answers(inst, n_sessions, per_session)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    score_all(answers, inst)
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "peak_mb": peak / 1024, "base_mb": base / 1024}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=1700)
    parser.add_argument("--per-session", type=int, default=60)
    parser.add_argument(
        "--loop-sessions",
        type=int,
        default=100,
        help="sessions for the per-session loop (default: all; extrapolated if fewer)",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.sessions, args.per_session)
        return

    from vsvkit.instrument import load_instrument

    sys.path.insert(0, str(ROOT / "tests"))
    from scoring_reference import reference_all

    inst = load_instrument()
    runs = []
    for _ in range(3):
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                "--sessions",
                str(args.sessions),
                "--per-session",
                str(args.per_session),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        runs.append(json.loads(out.stdout))
    best = min(r["seconds"] for r in runs)
    peak = max(r["peak_mb"] for r in runs)
    n_resp = args.sessions * args.per_session
    n_items = len(inst.all_items)
    print(
        f"national set: {args.sessions} sessions x {args.per_session} = {n_resp:,} respondents, "
        f"{n_resp * n_items:,} answer rows"
    )
    times = ", ".join(f"{r['seconds']:.2f}" for r in runs)
    print(
        f"vectorised: {times} s (best {best:.2f} s); "
        f"peak RSS {peak:.0f} MB (after data build {runs[0]['base_mb']:.0f} MB)"
    )

    answers = national_answers(inst, args.sessions, args.per_session)
    loop_n = args.loop_sessions or args.sessions
    subset = answers[answers["session"] <= loop_n]
    t0 = time.perf_counter()
    reference_all(subset, inst)
    loop = time.perf_counter() - t0
    loop_full = loop * args.sessions / loop_n
    note = "" if loop_n == args.sessions else f" (measured on {loop_n} sessions, extrapolated)"
    print(f"per-session loop: {loop_full:.1f} s{note}")
    print(f"speed-up: {loop_full / best:.0f}x")
    print(
        f"targets: < 2 s {'OK' if best < 2 else 'MISSED'}, "
        f"< 1.5 GB {'OK' if peak < 1536 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
