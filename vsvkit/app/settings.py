"""The one place vsvkit reads its environment variables: :class:`Settings`.

Library functions take their configuration as parameters; only the edges read the
environment -- the command line (:mod:`vsvkit.cli`), the notebooks (their first cell) and the
server configuration. They all read it here, with :meth:`Settings.from_env`, and pass the
values down. ``vsvkit serve`` and ``vsvkit lab`` hand the settings to their kernels as
environment variables (:meth:`Settings.kernel_env`), where the notebooks read them again.

=============================  ==============================================================
``VSVKIT_DB``                  database URL or SQLite file (else the user data folder's file)
``VSVKIT_INSTRUMENT``          an own instrument YAML file (else the bundled one)
``VSVKIT_GUIDE``               an own conversation guide YAML file (else the bundled one)
``VSVKIT_REPORT_DIR``          folder for reports made in the app (else the user data folder)
``VSVKIT_CACHE_DIR``           folder of the app's chart cache (else the user cache folder)
``VSVKIT_BROWSER``             the Chromium-family browser for PDFs (else found on PATH)
``VSVKIT_STOCK_KERNEL_CLIENT`` ``1``: serve with jupyter_client's stock kernel client
                               (measurement only: ``benchmarks/bench_app.py hang --stock``)
=============================  ==============================================================

Examples
--------
>>> s = Settings.from_env({"VSVKIT_DB": "sqlite:////tmp/w.db", "VSVKIT_CACHE_DIR": "/tmp/c"})
>>> s.db, s.cache_dir
('sqlite:////tmp/w.db', PosixPath('/tmp/c'))
>>> s.kernel_env()
{'VSVKIT_DB': 'sqlite:////tmp/w.db', 'VSVKIT_CACHE_DIR': '/tmp/c'}
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Settings", "ENV_NAMES", "DB_ENV", "PUBLIC_URL_ENV"]

#: The environment variable of each setting.
ENV_NAMES = {
    "db": "VSVKIT_DB",
    "instrument": "VSVKIT_INSTRUMENT",
    "guide": "VSVKIT_GUIDE",
    "report_dir": "VSVKIT_REPORT_DIR",
    "cache_dir": "VSVKIT_CACHE_DIR",
    "browser": "VSVKIT_BROWSER",
    "stock_kernel_client": "VSVKIT_STOCK_KERNEL_CLIENT",
    "public_url": "VSVKIT_PUBLIC_URL",
}
DB_ENV = ENV_NAMES["db"]
PUBLIC_URL_ENV = ENV_NAMES["public_url"]
#: Settings that hold a file or folder (made absolute when read, so a kernel started in
#: another working directory finds the same file).
_PATHS = ("instrument", "guide", "report_dir", "cache_dir", "browser")


@dataclass(frozen=True)
class Settings:
    """What the environment says; None (False) where it says nothing.

    Attributes
    ----------
    db : str or None
        Database URL or SQLite file.
    instrument, guide : Path or None
        Own instrument and conversation-guide files.
    report_dir, cache_dir : Path or None
        Folders for reports made in the app and for the chart cache.
    browser : Path or None
        The browser that prints PDFs.
    stock_kernel_client : bool
        Serve with jupyter_client's stock kernel client (measurements only).
    """

    db: str | None = None
    instrument: Path | None = None
    guide: Path | None = None
    report_dir: Path | None = None
    cache_dir: Path | None = None
    browser: Path | None = None
    #: Where members reach the questionnaire pages (``vsvkit serve`` sets it to its address).
    public_url: str | None = None
    stock_kernel_client: bool = False

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read the settings from ``environ`` (default: this process's environment).

        Empty variables count as not set.
        """
        env = os.environ if environ is None else environ
        values: dict = {}
        for field, name in ENV_NAMES.items():
            value = env.get(name, "").strip()
            if not value:
                continue
            if field == "stock_kernel_client":
                values[field] = value == "1"
            elif field in _PATHS:
                values[field] = Path(value).expanduser().absolute()
            else:
                values[field] = value
        return cls(**values)

    def replace(self, **changes) -> Settings:
        """A copy with ``changes``; a change to None keeps the current value.

        For the command line: ``settings.replace(db=args.db)`` lets ``--db`` win over
        ``VSVKIT_DB`` when it is given.
        """
        given = {k: v for k, v in changes.items() if v is not None}
        for field in _PATHS:
            if field in given:
                given[field] = Path(given[field]).expanduser().absolute()
        return dataclasses.replace(self, **given)

    def kernel_env(self) -> dict[str, str]:
        """The settings as environment variables for a kernel (only those that are set)."""
        out = {}
        for field, name in ENV_NAMES.items():
            value = getattr(self, field)
            if value is None or value is False:
                continue
            out[name] = "1" if value is True else str(value)
        return out
