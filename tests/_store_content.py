"""Everything a session store holds, in one comparable shape, read two ways.

:func:`plain_content` reads a database with plain SQL through the driver (sqlite3 or
psycopg), without vsvkit: the independent read of a store before vsvkit opens (and upgrades)
it. :func:`api_content` reads the same through the :class:`vsvkit.store.Store` API. Both
return a dict of lists of tuples with Python values (dates as ISO text, blanks as None), so a
store read before an upgrade, after it, and after a backup and restore compare with ``==``.

Times of saving (``created_at``, ``updated_at``) are left out: the store writes them, and
nothing the workshop shows depends on them.
"""

from __future__ import annotations

import json
import math
import sqlite3
from typing import Any

import pandas as pd

__all__ = ["api_content", "plain_content", "plain_rows", "KEYS"]

#: The parts of the content, in the order the tests report them.
KEYS = (
    "sessions",
    "answers",
    "remarks",
    "notes",
    "actions",
    "rooms",
    "rounds",
    "surveys",
    "instruments",
    "regions",
    "users",
)


def _day(value: Any) -> str | None:
    return None if value is None else str(value)[:10]


def _int(value: Any) -> int | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    try:
        return int(value)
    except TypeError:  # pandas NA
        return None


def plain_rows(url: str, sql: str) -> list[tuple]:
    """Rows of one query, run on the database at ``url`` with the driver alone."""
    if url.startswith("sqlite:///"):
        con = sqlite3.connect(url.removeprefix("sqlite:///"))
        try:
            return [tuple(r) for r in con.execute(sql).fetchall()]
        finally:
            con.close()
    import psycopg

    plain = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain) as con:
        return [tuple(r) for r in con.execute(sql).fetchall()]


def plain_content(url: str) -> dict[str, list]:
    """The store at ``url`` read with plain SQL (see the module docstring)."""

    def q(sql: str) -> list[tuple]:
        return plain_rows(url, sql)

    counts = dict(q("SELECT session_id, COUNT(*) FROM respondents GROUP BY session_id"))
    sessions = [
        (int(i), vsv, _day(d), wave, name, version, checksum, tuple(codes.split(",")),
         _int(k), source, int(counts.get(i, 0)))
        for i, vsv, d, wave, name, version, checksum, codes, k, source in q(
            "SELECT id, vsv, date, wave, instrument_name, instrument_version, "
            "instrument_checksum, domain_codes, min_group_size, source_name FROM sessions"
        )
    ]  # fmt: skip
    answers = [
        (int(s), int(n), prof, ech, item, _int(v), bool(dk))
        for s, n, prof, ech, item, v, dk in q(
            "SELECT r.session_id, r.number, r.profession, r.echelon, a.item, a.value, "
            "a.dont_know FROM answers a JOIN respondents r ON r.id = a.respondent_id"
        )
    ]
    remarks = [
        (int(s), d, text)
        for s, d, text in q("SELECT session_id, domain, text FROM remarks ORDER BY session_id, id")
    ]
    notes = [
        (int(s), d, n, _int(level), _int(p))
        for s, d, n, level, p in q(
            "SELECT session_id, domain, notes, agreed_level, priority FROM domain_notes"
        )
    ]
    actions = [
        (int(i), int(s), d, what, why, who, _day(due), measure, status, int(pos))
        for i, s, d, what, why, who, due, measure, status, pos in q(
            "SELECT id, session_id, domain, what, why, who, due, measure, status, position "
            "FROM actions"
        )
    ]
    rooms = [
        (int(s), step, tuple(sorted(json.loads(rev))), bool(black), bool(pres), int(revision),
         html, json.loads(agenda), json.loads(used))
        for s, step, rev, black, pres, revision, html, agenda, used in q(
            "SELECT session_id, step, revealed, black, presenting, revision, html, agenda, used "
            "FROM rooms"
        )
    ]  # fmt: skip
    open_votes = q("SELECT round_id, answer, profession FROM poll_votes WHERE answer IS NOT NULL")
    rounds = []
    for rid, s, code, kind, target, opened, closed, revealed, by_prof, counts_json in q(
        "SELECT id, session_id, code, kind, target, opened_on, closed_on, revealed, "
        "by_profession, counts FROM poll_rounds"
    ):
        tally = json.loads(counts_json)
        for round_id, answer, profession in open_votes:
            if round_id == rid:
                tally["all"][answer] = tally["all"].get(answer, 0) + 1
                if profession:
                    per = tally["profession"].setdefault(profession, {})
                    per[answer] = per.get(answer, 0) + 1
        rounds.append(
            (int(rid), int(s), code, kind, target, _day(opened), _day(closed), bool(revealed),
             bool(by_prof), tally)
        )  # fmt: skip
    codes = {
        int(s): (int(used or 0), int(total))
        for s, used, total in q(
            "SELECT session_id, SUM(CASE WHEN used THEN 1 ELSE 0 END), COUNT(*) "
            "FROM invitation_codes GROUP BY session_id"
        )
    }
    surveys = [
        (int(s), token, _day(opened), _day(closes), _day(closed), _int(invited),
         json.loads(by_prof) if by_prof else {}, bool(uses), codes.get(int(s), (0, 0)))
        for s, token, opened, closes, closed, invited, by_prof, uses in q(
            "SELECT session_id, token, opened_on, closes_on, closed_on, invited, "
            "invited_by_profession, uses_codes FROM surveys"
        )
    ]  # fmt: skip
    instruments = [
        (int(s), checksum)
        for s, checksum in q(
            "SELECT s.id, i.checksum FROM sessions s "
            "JOIN instruments i ON i.checksum = s.instrument_checksum"
        )
    ]
    regions: list[tuple] = []
    users: list[tuple] = []
    if q("SELECT MAX(version) FROM schema_version")[0][0] >= 7:  # regions, users, roles
        in_region = q("SELECT region, vsv FROM vsv_regions")
        regions = [
            (name, tuple(sorted(v for r, v in in_region if r == name)))
            for (name,) in q("SELECT name FROM regions")
        ]
        assigned = q("SELECT user_name, vsv FROM user_vsvs")
        users = [
            (name, role, region, tuple(sorted(v for u, v in assigned if u == name)))
            for name, role, region in q("SELECT name, role, region FROM users")
        ]
    return _sorted(locals())


def api_content(store) -> dict[str, list]:
    """The content of ``store`` read through the Store API, in :func:`plain_content`'s shape."""
    ids = [int(i) for i in store.sessions()["id"]]
    sessions, answers, remarks, notes, actions, rooms, rounds, surveys, instruments = (
        [] for _ in range(9)
    )
    for sid in ids:
        s = store.session(sid)
        sessions.append(
            (s.id, s.vsv, _day(s.date), s.wave, s.instrument_name, s.instrument_version,
             s.instrument_checksum, tuple(s.domain_codes), s.min_group_size, s.source_name,
             s.n_respondents)
        )  # fmt: skip
        frame = store.answers(sid)
        answers += [
            (int(r.session), int(r.respondent), r.profession, r.echelon, r.item, _int(r.value),
             bool(r.dont_know))
            for r in frame.itertuples(index=False)
        ]  # fmt: skip
        remarks += [(sid, r.domain, r.text) for r in store.remarks(sid).itertuples(index=False)]
        notes += [
            (sid, r.domain, r.notes, _int(r.agreed_level), _int(r.priority))
            for r in store.domain_notes(sid).itertuples(index=False)
            if not pd.isna(r.updated_at)  # a domain without a saved note
        ]
        actions += [
            (int(a.id), sid, a.domain, a.what, a.why, a.who, _day(a.due), a.measure, a.status,
             int(a.position))
            for a in (store.action(int(i)) for i in store.actions(sid)["id"])
        ]  # fmt: skip
        room = store.room(sid)
        if room is not None:
            rooms.append(
                (sid, room.step, tuple(sorted(room.revealed)), room.black, room.presenting,
                 room.revision, room.html, room.agenda, room.used)
            )  # fmt: skip
        for p in store.rounds(sid):
            rounds.append(
                (p.id, sid, p.code, p.kind, p.target, _day(p.opened_on), _day(p.closed_on),
                 p.revealed, p.by_profession, store.round_counts(p.id))
            )  # fmt: skip
        instruments.append((sid, store.instrument(sid).checksum))
    for v in store.surveys():
        surveys.append(
            (v.session_id, v.token, _day(v.opened_on), _day(v.closes_on), _day(v.closed_on),
             v.invited, v.invited_by_profession, v.uses_codes, store.code_status(v.session_id))
        )  # fmt: skip
    regions = [(r.name, tuple(sorted(r.vsvs))) for r in store.regions().itertuples(index=False)]
    users = [
        (u.name, u.role, u.region, tuple(sorted(u.vsvs)))
        for u in store.users().itertuples(index=False)
    ]
    return _sorted(locals())


def _sorted(parts: dict[str, Any]) -> dict[str, list]:
    """Each part in one order: remarks keep theirs per session (the order they were
    stored in), the rest by their leading fields."""
    out = {}
    for key in KEYS:
        rows = parts[key]
        if key == "remarks":
            out[key] = sorted(rows, key=lambda r: r[0])  # stable: id order within a session
        else:
            out[key] = sorted(rows, key=lambda r: tuple("" if v is None else str(v) for v in r))
    return out
