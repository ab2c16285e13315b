"""A user's server on JupyterHub: the app notebooks in the user's own folder.

``deploy/jupyterhub_config.py`` starts every user's server (``jupyterhub-singleuser``, a
jupyter_server with Voilà and JupyterLab) with this extension. When the server starts it
puts the bundled app notebooks (:data:`vsvkit.app.voila_config.APP_NOTEBOOKS`) in the user's
folder (the server's ``root_dir``):

- ``vsvkit/workshop.ipynb`` and ``vsvkit/regio_analyse.ipynb``: the apps Voilà shows at
  ``/voila/render/vsvkit/<name>`` (the workshop app is the server's default page). They are
  the installed version: replaced at each start when vsvkit was upgraded, and read-only.
- ``regio_analyse.ipynb`` beside that folder: the adviser's own copy to adapt in JupyterLab
  (``/lab``), made once and never replaced.

Enable it with ``--ServerApp.jpserver_extensions=vsvkit.app.hub_extension=True``.
"""

from __future__ import annotations

import logging
import shutil
import stat
from pathlib import Path
from typing import Any

from vsvkit.app.voila_config import APP_NOTEBOOKS
from vsvkit.paths import notebooks_dir

__all__ = ["APP_FOLDER", "OWN_COPIES", "EXTENSION", "place_notebooks"]

log = logging.getLogger(__name__)

#: The module jupyter_server loads.
EXTENSION = "vsvkit.app.hub_extension"
#: The folder (in the user's folder) of the installed app notebooks.
APP_FOLDER = "vsvkit"
#: The notebooks a user gets once as an own copy to adapt.
OWN_COPIES = ("regio_analyse.ipynb",)


def place_notebooks(root: str | Path, source: str | Path | None = None) -> list[Path]:
    """Put the app notebooks in ``root``; returns the files written.

    Parameters
    ----------
    root
        The user's folder (the server's ``root_dir``).
    source
        The bundled notebooks (default :func:`vsvkit.paths.notebooks_dir`).

    Examples
    --------
    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp())
    >>> sorted(str(p.relative_to(root)) for p in place_notebooks(root))
    ['regio_analyse.ipynb', 'vsvkit/regio_analyse.ipynb', 'vsvkit/workshop.ipynb']
    >>> place_notebooks(root)  # nothing changed since
    []
    """
    root = Path(root)
    source = Path(source) if source is not None else notebooks_dir()
    apps = root / APP_FOLDER
    apps.mkdir(parents=True, exist_ok=True)
    written = []
    for name in APP_NOTEBOOKS:
        bundled, placed = source / name, apps / name
        if placed.is_file() and placed.read_bytes() == bundled.read_bytes():
            continue
        if placed.exists():
            placed.chmod(stat.S_IRUSR | stat.S_IWUSR)
        shutil.copyfile(bundled, placed)
        placed.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        written.append(placed)
    for name in OWN_COPIES:
        own = root / name
        if not own.exists():
            shutil.copyfile(source / name, own)
            written.append(own)
    return written


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    return [{"module": EXTENSION}]


def _load_jupyter_server_extension(serverapp: Any) -> None:
    written = place_notebooks(serverapp.root_dir)
    serverapp.log.info(
        "vsvkit app notebooks in %s/%s (%d written)", serverapp.root_dir, APP_FOLDER, len(written)
    )
