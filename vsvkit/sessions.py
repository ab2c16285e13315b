"""Session-level operations that tie intake, store and scoring together.

Each function is what one CLI command or one app action calls.
"""

from __future__ import annotations

import logging
from datetime import date as Date
from pathlib import Path

import pandas as pd

from .errors import StoreError
from .instrument import Instrument, load_instrument

__all__ = ["import_session", "session_scores", "load_demo", "previous_session", "SCORE_COLUMNS"]

log = logging.getLogger(__name__)

#: Columns of ``vsvkit scores`` (and its JSON records), in order.
SCORE_COLUMNS = ["domain", "n", "mean", "pct", "level", "consensus", "split", "dont_know"]


def import_session(
    path: str | Path,
    *,
    store,
    vsv: str,
    date: Date | str,
    wave: str = "baseline",
    instrument: Instrument | None = None,
    min_group_size: int | None = None,
    lang: str = "nl",
) -> int:
    """Read, validate and store one survey export as a session; all or nothing.

    ``lang`` is the language of the problem descriptions in an :class:`IntakeError`.

    Raises
    ------
    IntakeError
        With every problem in the file; nothing is stored.
    StoreError
        When the same file was imported before, or the store refuses.
    """
    from .intake import read_responses
    from .store import values

    # the session details first: a refused name or number costs no reading of the file
    vsv = values.vsv_name(vsv)
    date = values.session_date(date)
    wave = values.wave(wave)
    min_group_size = values.min_group_size(min_group_size)
    store.require_writable("store_op_import")
    instrument = instrument or load_instrument()
    responses = read_responses(path, instrument, lang=lang)
    return store.add_session(
        responses,
        vsv=vsv,
        date=date,
        wave=wave,
        instrument=instrument,
        min_group_size=min_group_size,
    )


def session_scores(
    store, session_id: int, *, by: str | None = None, instrument=None
) -> pd.DataFrame:
    """Domain scores of one stored session, the table behind ``vsvkit scores``.

    Returns the columns :data:`SCORE_COLUMNS` (with ``group`` and ``suppressed`` first when
    ``by`` is given); a suppressed group keeps only its name and ``suppressed=True``.
    """
    from .scoring import domain_scores

    session = store.session(session_id)
    instrument = instrument or load_instrument()
    if session.instrument_checksum and session.instrument_checksum != instrument.checksum:
        raise StoreError(
            f"session {session_id} was imported with the instrument '{session.instrument_name}' "
            f"version {session.instrument_version}, which differs from '{instrument.name}' "
            f"version {instrument.version}; pass that instrument file with --instrument FILE"
        )
    answers = store.answers([session_id], instrument=instrument)
    table = domain_scores(answers, instrument, by=by, min_group_size=session.min_group_size)
    columns = (["group", "suppressed"] if by else []) + SCORE_COLUMNS
    return table[columns].reset_index(drop=True)


def load_demo(store, folder: str | Path | None = None) -> list[int]:
    """Load the bundled sample sessions into ``store``; sessions already there are kept.

    Returns the ids of the sample sessions (new and existing), in manifest order.
    """
    from .paths import sample_data_dir

    folder = Path(folder) if folder else sample_data_dir()
    manifest = pd.read_csv(folder / "sessions.csv", dtype=str)
    existing = store.sessions()
    ids = []
    for row in manifest.itertuples(index=False):
        match = existing[
            (existing["vsv"] == row.vsv)
            & (existing["date"].astype(str) == row.date)
            & (existing["wave"] == row.wave)
        ]
        if len(match):
            ids.append(int(match["id"].iloc[0]))
            continue
        ids.append(
            import_session(
                folder / row.file, store=store, vsv=row.vsv, date=row.date, wave=row.wave
            )
        )
        log.info("loaded sample session %s (%s, %s)", ids[-1], row.vsv, row.date)
    return ids


def previous_session(store, session):
    """The latest earlier session of the same VSV (exact name), or None."""
    found = store.find_sessions(vsv=session.vsv)
    earlier = found[(found["vsv"] == session.vsv) & (found["date"] < session.date)]
    earlier = earlier[earlier["id"] != session.id]
    if not len(earlier):
        return None
    return store.session(int(earlier.sort_values("date", kind="stable")["id"].iloc[-1]))
