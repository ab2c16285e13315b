"""Writes store-schema2.sqlite: a session store as the release with schema version 2 made it.

Made with vsvkit at commit ceb39d048d6b86dd0ee6dc87d38f2291af856359 (schema version 2, the
last release before the store kept each session's instrument). Do not regenerate it with newer
code: the file stands for stores that exist in the field, and the migration tests
(tests/test_store_instruments.py) open a copy of it with the current code.

    git worktree add /tmp/vsvkit-ceb39d0 ceb39d048d6b86dd0ee6dc87d38f2291af856359
    cd /tmp/vsvkit-ceb39d0 && PYTHONPATH=$PWD python <this file>

What it holds:

- the six demo sessions (``vsvkit.load_demo``), answered with the bundled 2026.2 instrument;
- session 7, "VSV Regio Noord", imported with an adviser's own instrument,
  integratiemeter-regio-noord-1.yaml in this folder (the bundled 2026.2 file with one extra
  statement, SUP6; version "regio-noord-1"); its 12 respondents are generated with
  ``vsvkit.sample.generate_session`` from a recipe below;
- a workshop note (domain SUP, agreed level 2, priority 1) and one plan action on session 1.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from vsvkit.instrument import load_instrument
from vsvkit.sample import SampleSession, generate_session
from vsvkit.sample.export import write_csv
from vsvkit.sessions import import_session, load_demo
from vsvkit.store import SCHEMA_VERSION, Store

HERE = Path(__file__).resolve().parent
TARGET = HERE / "store-schema2.sqlite"
OWN = HERE / "integratiemeter-regio-noord-1.yaml"

#: The own-instrument session: 12 respondents, every domain's profile near the middle.
NOORD = SampleSession(
    "regio_noord", "VSV Regio Noord", "2026-01-15", "baseline", "csv",
    (("VK", 5), ("GYN", 3), ("KZ", 2), ("HA", 1), ("MGT", 1)),
    (("CLI", 2.7), ("COO", 2.5), ("ORG", 2.3), ("SUP", 2.0), ("OMG", 2.2), ("REF", 2.9)),
    seed=701,
)  # fmt: skip


def main() -> None:
    if SCHEMA_VERSION != 2:
        raise SystemExit(f"this vsvkit writes schema {SCHEMA_VERSION}; run it at commit ceb39d0")
    TARGET.unlink(missing_ok=True)
    own = load_instrument(OWN)
    store = Store(TARGET)
    load_demo(store)
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / NOORD.file
        write_csv(export, own, generate_session(NOORD, own).export)
        import_session(
            export,
            store=store,
            vsv=NOORD.vsv,
            date=NOORD.date,
            wave=NOORD.wave,
            instrument=own,
        )
    store.save_domain_note(
        1, "SUP", notes="Gedeeld dossier komt er in 2026.", agreed_level=2, priority=1
    )
    store.add_action(
        1,
        "SUP",
        "Gedeeld dossier kiezen",
        why="SUP scoort het laagst",
        who="bestuur",
        due="2026-06-30",
        measure="keuze vastgelegd",
    )
    store.close()
    with sqlite3.connect(TARGET) as conn:  # one standalone file, no WAL beside it
        conn.execute("PRAGMA journal_mode=DELETE")
    conn = sqlite3.connect(TARGET)
    conn.execute("VACUUM")
    conn.close()
    print(f"{TARGET.name}: {TARGET.stat().st_size} bytes")


if __name__ == "__main__":
    main()
