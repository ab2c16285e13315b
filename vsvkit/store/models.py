"""Tables of the session store (SQLAlchemy Core) and the frozen records it hands out.

Schema history (see :mod:`vsvkit.store.migrations`):

- version 1: ``sessions``, ``respondents``, ``answers``, ``remarks``;
- version 2: the workshop record, ``domain_notes`` and ``actions``;
- version 3: ``instruments``, the questionnaire file each session was answered with (once per
  distinct file; ``sessions.instrument_checksum`` is the link, kept by the store code: a
  foreign key cannot be added to an existing SQLite column without rebuilding the table).

A table may only change through a new migration step; the tests compare a database
migrated from version 1 with a freshly created one, so drift is caught.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
)

__all__ = [
    "SCHEMA_VERSION",
    "WAVES",
    "ACTION_STATUSES",
    "metadata",
    "schema_version",
    "sessions",
    "respondents",
    "answers",
    "remarks",
    "domain_notes",
    "actions",
    "instruments",
    "TABLES_BY_VERSION",
    "surveys",
    "invitation_codes",
    "rooms",
    "poll_rounds",
    "poll_votes",
    "regions",
    "vsv_regions",
    "users",
    "user_vsvs",
    "ROLES",
    "POLL_KINDS",
    "PollRound",
    "Survey",
    "RoomState",
    "Session",
    "Action",
]

#: The schema version this code writes and reads.
SCHEMA_VERSION = 7
#: Allowed values of ``sessions.wave``.
WAVES = ("baseline", "follow-up")
#: Allowed values of ``actions.status``.
ACTION_STATUSES = ("open", "in_progress", "done", "dropped")

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

sessions = Table(
    "sessions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("vsv", String(200), nullable=False),
    Column("date", Date, nullable=False),
    Column("wave", String(20), nullable=False),
    Column("instrument_name", String(200), nullable=False),
    Column("instrument_version", String(50), nullable=False),
    Column("instrument_checksum", String(64), nullable=False),
    # comma-separated domain codes of the instrument, in questionnaire order
    Column("domain_codes", Text, nullable=False),
    Column("min_group_size", Integer, nullable=True),
    Column("source_name", String(500), nullable=True),
    Column("source_checksum", String(64), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    # one file is imported once, whatever VSV or date it is given (NULLs do not clash)
    UniqueConstraint("source_checksum", name="uq_sessions_source_checksum"),
)
Index("ix_sessions_vsv_date", sessions.c.vsv, sessions.c.date)

respondents = Table(
    "respondents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "session_id",
        Integer,
        ForeignKey("sessions.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("number", Integer, nullable=False),
    Column("profession", String(20), nullable=False),
    Column("echelon", String(40), nullable=False),
    UniqueConstraint("session_id", "number", name="uq_respondents_session_number"),
)

answers = Table(
    "answers",
    metadata,
    Column(
        "respondent_id",
        Integer,
        ForeignKey("respondents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("item", String(40), primary_key=True),
    Column("value", SmallInteger, nullable=True),
    Column("dont_know", Boolean, nullable=False),
    # SQLite: store rows in primary-key order, no second B-tree (faster bulk insert/delete)
    sqlite_with_rowid=False,
)

remarks = Table(
    "remarks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "session_id",
        Integer,
        ForeignKey("sessions.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("domain", String(20), nullable=False),
    Column("text", Text, nullable=False),
)

domain_notes = Table(
    "domain_notes",
    metadata,
    Column(
        "session_id",
        Integer,
        ForeignKey("sessions.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("domain", String(20), primary_key=True),
    Column("notes", Text, nullable=True),
    Column("agreed_level", Integer, nullable=True),
    Column("priority", Integer, nullable=True),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

actions = Table(
    "actions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "session_id",
        Integer,
        ForeignKey("sessions.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("domain", String(20), nullable=False),
    Column("what", Text, nullable=False),
    Column("why", Text, nullable=False, default=""),
    Column("who", Text, nullable=False, default=""),
    Column("due", Date, nullable=True),
    Column("measure", Text, nullable=False, default=""),
    Column("status", String(20), nullable=False, default="open"),
    Column("position", Integer, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

instruments = Table(
    "instruments",
    metadata,
    # Instrument.checksum: the first 16 hex digits of the SHA-256 of the file's bytes
    Column("checksum", String(64), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("version", String(50), nullable=False),
    # the file's text (UTF-8), read back with vsvkit.instrument.parse_instrument
    Column("content", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

surveys = Table(
    "surveys",
    metadata,
    # a session whose questionnaire is answered on vsvkit's own pages
    Column(
        "session_id",
        Integer,
        ForeignKey("sessions.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    # the secret part of the questionnaire's address: /vragenlijst/<token>
    Column("token", String(64), nullable=False, unique=True),
    Column("opened_on", Date, nullable=False),
    Column("closes_on", Date, nullable=True),
    Column("closed_on", Date, nullable=True),
    Column("invited", Integer, nullable=True),
    # JSON: {role code: members invited}, when the trainer gave it
    Column("invited_by_profession", Text, nullable=True),
    Column("uses_codes", Boolean, nullable=False),
)

invitation_codes = Table(
    "invitation_codes",
    metadata,
    # the digest of a one-time code (vsvkit.survey.codes.code_digest), never the code; no link
    # to the respondent who used it
    Column("digest", String(64), primary_key=True),
    Column(
        "session_id",
        Integer,
        ForeignKey("sessions.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("used", Boolean, nullable=False),
)

rooms = Table(
    "rooms",
    metadata,
    # the workshop of a session as the room sees it: what the presenter shows, its agenda
    Column(
        "session_id",
        Integer,
        ForeignKey("sessions.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    # the step on screen (vsvkit.room.steps), the steps revealed, the black screen
    Column("step", String(80), nullable=False),
    Column("revealed", Text, nullable=False),  # JSON list of step keys
    Column("black", Boolean, nullable=False),
    # the session is being presented: the app opens on it after a reload
    Column("presenting", Boolean, nullable=False),
    # counts every change; the room page waits for a higher one
    Column("revision", Integer, nullable=False),
    # what the room view shows (HTML, drawn by the presenter's kernel)
    Column("html", Text, nullable=False),
    # JSON: {agenda part: planned minutes} and {agenda part: seconds used}
    Column("agenda", Text, nullable=False),
    Column("used", Text, nullable=False),
)

#: What a vote round in the room asks about: a domain's level, one statement, the VSV as a
#: whole (its level).
POLL_KINDS = ("domain", "item", "overview")

poll_rounds = Table(
    "poll_rounds",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "session_id",
        Integer,
        ForeignKey("sessions.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    # the short code phones type or scan: /stem/<code>
    Column("code", String(12), nullable=False, unique=True),
    Column("kind", String(10), nullable=False),
    # the domain or statement code ("" for the overview)
    Column("target", String(40), nullable=False),
    Column("opened_on", Date, nullable=False),
    Column("closed_on", Date, nullable=True),
    # the room sees the distribution (once there are k votes)
    Column("revealed", Boolean, nullable=False),
    # the vote asks for the profession (the session's anonymity rules then apply)
    Column("by_profession", Boolean, nullable=False),
    # JSON: the votes of earlier openings, counted ({"all": {answer: n}, "profession": {...}})
    Column("counts", Text, nullable=False),
)

poll_votes = Table(
    "poll_votes",
    metadata,
    # one vote per phone per round; while the round is open its answer, which the phone may
    # change; when it closes the answer is counted into the round and cleared, so only the
    # digest stays (a reopened round takes no second vote from that phone). ``voter`` is the
    # digest of a random value in the phone's cookie and the round's code.
    Column(
        "round_id",
        Integer,
        ForeignKey("poll_rounds.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("voter", String(64), primary_key=True),
    Column("answer", String(12), nullable=True),
    Column("profession", String(20), nullable=True),
)

#: What a user of a shared server may be (JupyterHub gives the name; vsvkit stores no password):
#: an admin sees everything; a trainer the VSVs assigned to them (and those of their region,
#: when they have one); an adviser the VSVs of their region.
ROLES = ("admin", "trainer", "adviser")

regions = Table("regions", metadata, Column("name", String(100), primary_key=True))

# each VSV belongs to (at most) one region; a VSV is its name, as in ``sessions.vsv``
vsv_regions = Table(
    "vsv_regions",
    metadata,
    Column("vsv", String(200), primary_key=True),
    Column("region", String(100), ForeignKey("regions.name", ondelete="CASCADE"), nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("role", String(10), nullable=False),
    Column("region", String(100), ForeignKey("regions.name"), nullable=True),
)

# the VSVs assigned to a trainer
user_vsvs = Table(
    "user_vsvs",
    metadata,
    Column(
        "user_name", String(200), ForeignKey("users.name", ondelete="CASCADE"), primary_key=True
    ),
    Column("vsv", String(200), primary_key=True),
)

#: Tables per schema version: the migration step to version N creates these.
TABLES_BY_VERSION: dict[int, tuple[Table, ...]] = {
    1: (schema_version, sessions, respondents, answers, remarks),
    2: (domain_notes, actions),
    3: (instruments,),
    4: (surveys, invitation_codes),
    5: (rooms,),
    6: (poll_rounds, poll_votes),
    7: (regions, vsv_regions, users, user_vsvs),
}


@dataclass(frozen=True)
class Session:
    """One imported questionnaire round of one VSV."""

    id: int
    vsv: str
    date: dt.date
    wave: str
    instrument_name: str
    instrument_version: str
    min_group_size: int | None
    n_respondents: int
    instrument_checksum: str = ""
    domain_codes: tuple[str, ...] = ()
    source_name: str | None = None
    created_at: dt.datetime | None = None
    #: False when the store does not hold the instrument the session was answered with (an
    #: own questionnaire of a store made before schema version 3 that the upgrade could not
    #: match; ``vsvkit sessions instrument`` attaches it).
    instrument_stored: bool = True


@dataclass(frozen=True)
class Action:
    """One SMART action of a session's follow-up plan."""

    id: int
    session_id: int
    domain: str
    what: str
    why: str
    who: str
    due: dt.date | None
    measure: str
    status: str
    position: int
    updated_at: dt.datetime


@dataclass(frozen=True)
class Survey:
    """A session's questionnaire on vsvkit's own pages (``/vragenlijst/<token>``)."""

    session_id: int
    token: str
    opened_on: dt.date
    closes_on: dt.date | None
    closed_on: dt.date | None
    invited: int | None
    invited_by_profession: dict[str, int]
    uses_codes: bool

    @property
    def path(self) -> str:
        """The questionnaire's path on the server."""
        return f"/vragenlijst/{self.token}"

    def is_open(self, today: dt.date | None = None) -> bool:
        """Open: not closed, and the closing date (the last day to answer) not past."""
        today = today or dt.date.today()
        if self.closed_on is not None:
            return False
        return self.closes_on is None or today <= self.closes_on


@dataclass(frozen=True)
class RoomState:
    """The room view of a session's workshop as last saved (:mod:`vsvkit.store.rooms`)."""

    session_id: int
    step: str
    revealed: frozenset[str]
    black: bool
    presenting: bool
    revision: int
    html: str
    agenda: dict[str, int]
    used: dict[str, float]


@dataclass(frozen=True)
class PollRound:
    """One vote round in the room (:mod:`vsvkit.store.polls`)."""

    id: int
    session_id: int
    code: str
    kind: str
    target: str
    opened_on: dt.date
    closed_on: dt.date | None
    revealed: bool
    by_profession: bool

    @property
    def path(self) -> str:
        """Where phones vote: ``/stem/<code>``."""
        return f"/stem/{self.code}"

    @property
    def is_open(self) -> bool:
        return self.closed_on is None
