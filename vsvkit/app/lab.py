"""JupyterLab on the notebooks, with the store configured: ``vsvkit lab``.

An adviser reads and adapts the analyses (``regio_analyse.ipynb``, ``workshop.ipynb``) in
JupyterLab. :func:`lab_launch` decides how JupyterLab is started -- on 127.0.0.1 only, with a
fresh token, in the notebooks folder -- and :func:`run_lab` starts it as a child process
whose environment carries the settings (``VSVKIT_DB`` and the others of
:meth:`vsvkit.app.settings.Settings.kernel_env`): its kernels inherit them, and a notebook's
first cell reads them with :meth:`~vsvkit.app.settings.Settings.from_env`. This process's
environment is not changed.

Examples
--------
>>> launch = lab_launch(port=8899, kernel_env={"VSVKIT_DB": "sqlite:////tmp/w.db"},
...                     open_browser=False, token="t0ken")
>>> launch.url
'http://127.0.0.1:8899/lab?token=t0ken'
>>> launch.env["VSVKIT_DB"]
'sqlite:////tmp/w.db'
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from vsvkit.errors import VsvkitError
from vsvkit.paths import notebooks_dir as default_notebooks_dir

__all__ = ["LAB_HOST", "LabLaunch", "lab_launch", "run_lab"]

#: JupyterLab runs code as the user: it only listens on this machine's loopback address.
LAB_HOST = "127.0.0.1"


@dataclass(frozen=True)
class LabLaunch:
    """How JupyterLab is started.

    Attributes
    ----------
    argv : list of str
        The command (this Python, ``-m jupyterlab``, options).
    env : dict
        Its whole environment: this process's, plus the kernels' settings.
    notebooks_dir : Path
        The folder JupyterLab opens.
    url : str
        The address of JupyterLab, with its token.
    """

    argv: list[str]
    env: dict[str, str]
    notebooks_dir: Path
    url: str


def lab_launch(
    *,
    notebooks_dir: str | os.PathLike | None = None,
    port: int = 8888,
    open_browser: bool = True,
    kernel_env: Mapping[str, str] | None = None,
    token: str | None = None,
) -> LabLaunch:
    """Decide how JupyterLab is to be started, without starting it.

    Parameters
    ----------
    notebooks_dir
        The folder to open; default :func:`vsvkit.paths.notebooks_dir`.
    port
        Port on 127.0.0.1.
    open_browser
        Let JupyterLab open its page in the web browser.
    kernel_env
        Environment variables for JupyterLab and so for its kernels
        (:meth:`vsvkit.app.settings.Settings.kernel_env`).
    token
        Access token; a fresh random one by default.

    Raises
    ------
    VsvkitError
        The folder does not exist or the port is out of range.
    """
    folder = Path(notebooks_dir) if notebooks_dir is not None else default_notebooks_dir()
    folder = folder.resolve()
    if not folder.is_dir():
        raise VsvkitError(
            f"De map met notebooks bestaat niet: {folder}. Geef een bestaande map op (--notebooks)."
        )
    if not isinstance(port, int) or not 0 < port < 65536:
        raise VsvkitError(f"Ongeldige poort {port!r}: kies een getal van 1 tot en met 65535.")
    token = token or secrets.token_urlsafe(24)
    argv = [
        sys.executable,
        "-m",
        "jupyterlab",
        f"--ServerApp.root_dir={folder}",
        f"--ServerApp.ip={LAB_HOST}",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        # the questionnaire pages beside the notebooks (vsvkit.app.survey_extension)
        "--ServerApp.jpserver_extensions=vsvkit.app.survey_extension=True",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.open_browser={open_browser}",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # JupyterLab refuses root unless told (containers, CI); the address stays 127.0.0.1
        argv.append("--ServerApp.allow_root=True")
    env = {**os.environ, **{str(k): str(v) for k, v in (kernel_env or {}).items()}}
    url = f"http://{LAB_HOST}:{port}/lab?token={token}"
    return LabLaunch(argv=argv, env=env, notebooks_dir=folder, url=url)


def run_lab(launch: LabLaunch) -> int:
    """Run JupyterLab until it stops (Ctrl-C); returns its exit code."""
    try:
        import jupyterlab  # noqa: F401  (a dependency; checked for a clear message)
    except ImportError as err:
        raise VsvkitError("JupyterLab is not installed: pip install 'jupyterlab>=4'") from err
    proc = subprocess.Popen(launch.argv, env=launch.env, cwd=str(launch.notebooks_dir))
    try:
        return proc.wait()
    except KeyboardInterrupt:
        proc.wait()  # JupyterLab got the same Ctrl-C and shuts its kernels down
        return 0
