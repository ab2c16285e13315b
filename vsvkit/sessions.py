"""Session-level operations that tie intake, store and scoring together.

Each function is what one CLI command or one app action calls.
"""

from __future__ import annotations

import logging
from datetime import date as Date
from pathlib import Path

import numpy as np
import pandas as pd

from vsvkit.errors import StoreError
from vsvkit.i18n import DEFAULT_LANG, Lang, t
from vsvkit.instrument import Instrument, bundled_instruments, find_instrument, load_instrument

__all__ = [
    "import_session",
    "session_instrument",
    "import_version_note",
    "session_scores",
    "session_alpha",
    "load_demo",
    "previous_session",
    "latest_session",
    "SCORE_COLUMNS",
    "ALPHA_COLUMNS",
]

log = logging.getLogger(__name__)

#: Columns of ``vsvkit scores`` (and its JSON records), in order; ``balanced_mean`` (the mean
#: of the profession means) only for the whole session, not per group.
SCORE_COLUMNS = [
    "domain",
    "n",
    "mean",
    "balanced_mean",
    "pct",
    "level",
    "consensus",
    "split",
    "dont_know",
]
#: Columns of :func:`session_alpha`.
ALPHA_COLUMNS = ["domain", "alpha", "n", "reason"]


def import_session(
    path: str | Path,
    *,
    store,
    vsv: str,
    date: Date | str,
    wave: str = "baseline",
    instrument: Instrument | None = None,
    min_group_size: int | None = None,
    lang: Lang = DEFAULT_LANG,
) -> int:
    """Read, validate and store one survey export as a session; all or nothing.

    ``instrument`` is the questionnaire the file answers; None: the bundled version it fits
    (:func:`vsvkit.intake.read_any_version`: the one new sessions use, or the one other
    version whose statements the file's columns are; :func:`import_version_note` says
    which). The store keeps it with the session, which is scored with it from then on.
    ``lang`` is the language of the problem descriptions in an :class:`IntakeError`.

    Raises
    ------
    IntakeError
        With every problem in the file; nothing is stored.
    StoreError
        When the same file was imported before, or the store refuses.

    Examples
    --------
    >>> import vsvkit as vk
    >>> from vsvkit.paths import sample_data_dir
    >>> store = vk.open_store("sqlite://")
    >>> path = sample_data_dir() / "proefpolder_2025-09-23_baseline.csv"
    >>> vk.import_session(path, store=store, vsv="VSV Proefpolder", date="2025-09-23")
    1
    """
    from vsvkit.intake import read_any_version, read_responses
    from vsvkit.store import values

    # the session details first: a refused name or number costs no reading of the file
    vsv = values.vsv_name(vsv)
    date = values.session_date(date)
    wave = values.wave(wave)
    min_group_size = values.min_group_size(min_group_size)
    store.require_writable("store_op_import")
    if instrument is None:
        responses, instrument = read_any_version(path, lang=lang)
    else:
        responses = read_responses(path, instrument, lang=lang)
    return store.add_session(
        responses,
        vsv=vsv,
        date=date,
        wave=wave,
        instrument=instrument,
        min_group_size=min_group_size,
    )


def import_version_note(session, lang: Lang = DEFAULT_LANG) -> str:
    """What an import without an instrument says when the file did not fit the version new
    sessions use and was read with another bundled version (:func:`import_session`); ""
    otherwise.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> print(import_version_note(store.session(1), "en"))  # doctest: +NORMALIZE_WHITESPACE
    The file does not fit questionnaire version 2026.3 but fits version 2026.2; it was read with
    version 2026.2.
    """
    default = load_instrument()
    others = {i.checksum: i for i in bundled_instruments() if i.checksum != default.checksum}
    if session.instrument_checksum not in others:
        return ""
    version = others[session.instrument_checksum].version
    return t("import_read_with_version", lang, version=version, default=default.version)


def session_instrument(store, session_id: int, instrument: Instrument | None = None):
    """The instrument a stored session is scored with: the one it was answered with.

    ``instrument`` may name it again (it is then returned, also for a session whose
    instrument the store does not hold); another instrument is refused.

    Raises
    ------
    StoreError
        For an unknown session, another instrument than the session's, or (without
        ``instrument``) a session whose instrument the store does not hold.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> vk.session_instrument(store, 1).version
    '2026.2'
    """
    if instrument is None:
        return store.instrument(session_id)
    session = store.session(session_id)
    if session.instrument_checksum and session.instrument_checksum != instrument.checksum:
        raise StoreError(
            key="store_other_instrument",
            id=session_id,
            stored=session.instrument_name,
            stored_version=session.instrument_version,
            given=instrument.name,
            given_version=instrument.version,
        )
    return instrument


def _session_answers(store, session_id: int, instrument):
    """The stored session, the instrument it was answered with and its answers."""
    session = store.session(session_id)
    instrument = session_instrument(store, session_id, instrument)
    return session, instrument, store.answers([session_id], instrument=instrument)


def session_scores(
    store, session_id: int, *, by: str | None = None, instrument=None
) -> pd.DataFrame:
    """Domain scores of one stored session, the table behind ``vsvkit scores``.

    The session is scored with the instrument it was answered with
    (:func:`session_instrument`; ``instrument`` may name it, another is refused).

    Returns the columns :data:`SCORE_COLUMNS` (without ``balanced_mean`` and with ``group``
    and ``suppressed`` first when ``by`` is given); a suppressed group keeps only its name and
    ``suppressed=True``.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> vk.session_scores(store, 1)[["domain", "n", "pct", "level"]].round(1).head(3)
      domain   n   pct  level
    0    CLI  42  52.6      3
    1    COO  41  48.3      2
    2    ORG  42  48.1      2
    >>> vk.session_scores(store, 1, by="echelon")[["group", "domain", "n"]].head(3)
             group domain   n
    0  eerste_lijn    CLI  15
    1  eerste_lijn    COO  15
    2  eerste_lijn    ORG  15
    """
    from vsvkit.scoring import domain_scores

    session, instrument, answers = _session_answers(store, session_id, instrument)
    table = domain_scores(answers, instrument, by=by, min_group_size=session.min_group_size)
    columns = SCORE_COLUMNS
    if by:
        columns = ["group", "suppressed"] + [c for c in SCORE_COLUMNS if c != "balanced_mean"]
    return table[columns].reset_index(drop=True)


def session_alpha(store, session_id: int, *, instrument=None) -> pd.DataFrame:
    """Cronbach's alpha per domain of one stored session, as ``vsvkit scores`` shows it.

    Returns the columns :data:`ALPHA_COLUMNS`, one row per domain. alpha is a figure of the
    respondents who answered every statement of the domain; it is shown only when there are at
    least k of them (the session's minimum group size). Otherwise ``alpha`` and ``n`` are
    missing (``n`` stays when it is 0) and ``reason`` is ``"n_below_k"``; ``"undefined"``
    means there are enough respondents but alpha has no value (fewer than two statements, or
    every respondent gave the same sum); ``reason`` is missing where alpha is shown. The k in
    force is in ``.attrs["min_group_size"]``.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> vk.session_alpha(store, 1)[["domain", "alpha", "n"]].round(2).head(3)
      domain  alpha   n
    0    CLI   0.74  38
    1    COO   0.70  31
    2    ORG   0.69  37
    """
    from vsvkit.scoring import cronbach_alpha

    session, instrument, answers = _session_answers(store, session_id, instrument)
    k = instrument.effective_min_group_size(session.min_group_size)
    table = cronbach_alpha(answers, instrument, min_group_size=k)
    table = table[table["session"] == session_id].set_index("domain")
    table = table.reindex(list(instrument.domain_codes))
    n = table["n"].fillna(0).to_numpy(dtype=int)
    alpha = table["alpha"].to_numpy(dtype=float)
    too_few = table["suppressed"].fillna(True).to_numpy(dtype=bool)
    shown_n = pd.array(n, dtype="Int64")
    shown_n[too_few & (n > 0)] = pd.NA
    reason = pd.Series(pd.NA, index=range(len(n)), dtype="str")
    reason[too_few] = "n_below_k"
    reason[~too_few & pd.isna(alpha)] = "undefined"
    out = pd.DataFrame(
        {
            "domain": pd.Series(list(instrument.domain_codes), dtype="str"),
            "alpha": np.where(too_few, np.nan, alpha),
            "n": shown_n,
            "reason": reason,
        }
    )
    out.attrs["min_group_size"] = k
    return out


def load_demo(store, folder: str | Path | None = None) -> list[int]:
    """Load the bundled sample sessions into ``store``; sessions already there are kept.

    Each is imported with the bundled questionnaire version its manifest row names
    (``sessions.csv``, column ``instrument``; the default when the column is missing).
    Returns the ids of the sample sessions (new and existing), in manifest order.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> vk.load_demo(store)
    [1, 2, 3, 4, 5, 6]
    """
    from vsvkit.paths import sample_data_dir

    folder = Path(folder) if folder else sample_data_dir()
    manifest = pd.read_csv(folder / "sessions.csv", dtype=str)
    existing = store.sessions()
    ids = []
    for row in manifest.to_dict("records"):
        vsv, date, wave = row["vsv"], row["date"], row["wave"]
        match = existing[
            (existing["vsv"] == vsv)
            & (existing["date"].astype(str) == date)
            & (existing["wave"] == wave)
        ]
        if len(match):
            ids.append(int(match["id"].iloc[0]))
            continue
        version = row.get("instrument")
        instrument = find_instrument(version if isinstance(version, str) and version else None)
        path = folder / row["file"]
        ids.append(
            import_session(path, store=store, vsv=vsv, date=date, wave=wave, instrument=instrument)
        )
        log.info("loaded sample session %s (%s, %s)", ids[-1], vsv, date)
    return ids


def latest_session(sessions: pd.DataFrame) -> int | None:
    """The most recent session of ``sessions`` (by date, then id); None when there is none."""
    if not len(sessions):
        return None
    return int(sessions.sort_values(["date", "id"]).iloc[-1]["id"])


def previous_session(store, session):
    """The latest earlier session of the same VSV (exact name), or None.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> vk.previous_session(store, store.session(2)).id
    1
    """
    found = store.find_sessions(vsv=session.vsv)
    earlier = found[(found["vsv"] == session.vsv) & (found["date"] < session.date)]
    earlier = earlier[earlier["id"] != session.id]
    if not len(earlier):
        return None
    return store.session(int(earlier.sort_values("date", kind="stable")["id"].iloc[-1]))
