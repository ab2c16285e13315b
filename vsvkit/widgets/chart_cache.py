"""A disk cache of the app's chart PNGs, shared by every kernel on this machine.

Drawing a chart costs 0.1-0.5 s of CPU; a session's answers never change after import. So a
chart drawn once (by any kernel: a preheated one waiting in Voilà's pool, or the warm-up of
another page view) is kept as a PNG file and reused. The key holds everything the picture
depends on: the session's identity (VSV, date, file name and import time to the microsecond,
so a re-used id never hits an old picture), the view (filter, language, presenter mode), the
chart and its inputs (e.g. agreed levels), the instrument, and the source code of the whole
package (scoring, privacy decision, formatting and plotting all shape a picture).
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from functools import cache
from pathlib import Path

import platformdirs

__all__ = ["ChartCache", "code_stamp"]

log = logging.getLogger(__name__)


@cache
def code_stamp() -> str:
    """A hash of the package's code: after any change (a plot, a score, what privacy hides) no
    picture drawn by the old code is shown."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class ChartCache:
    """PNG files under ``folder`` (default: the user cache folder).

    The notebooks pass ``VSVKIT_CACHE_DIR`` (:class:`vsvkit.app.settings.Settings`) as
    ``folder`` through the app's ``cache_dir``.
    """

    def __init__(self, folder: str | os.PathLike | None = None):
        folder = folder or platformdirs.user_cache_dir("vsvkit")
        self.folder = Path(folder) / "charts"

    def _path(self, parts: tuple) -> Path:
        key = hashlib.sha256(repr((code_stamp(), *parts)).encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.png"

    def get(self, parts: tuple) -> bytes | None:
        try:
            return self._path(parts).read_bytes()
        except OSError:
            return None

    def put(self, parts: tuple, png: bytes) -> None:
        """Store ``png`` atomically (a reader never sees half a file); failures are only logged."""
        path = self._path(parts)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as fh:
                fh.write(png)
            os.replace(fh.name, path)
        except OSError:
            log.warning("could not write the chart cache in %s", self.folder, exc_info=True)
