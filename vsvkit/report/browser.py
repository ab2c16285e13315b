"""Finding a Chromium-family browser for the app tests and the PDF export."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from vsvkit.errors import ReportError
from vsvkit.i18n import t

__all__ = ["BROWSER_NAMES", "CHROMIUM_ARGS", "INSTALL_HINT", "find_browser"]

#: Executables tried on PATH, in this order.
BROWSER_NAMES = (
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "microsoft-edge",
)
#: Command-line switches for a headless, quiet, sandbox-less (root in CI) Chromium.
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
INSTALL_HINT = t("report_install_browser", "en")


def _playwright_chromium() -> Path | None:
    """Playwright's own downloaded Chromium, if any (without starting Playwright).

    Reads ``PLAYWRIGHT_BROWSERS_PATH``: Playwright's own variable for where it keeps its
    browsers (not a vsvkit setting), read where we look for Playwright's browser.
    """
    base = os.environ.get("PLAYWRIGHT_BROWSERS_PATH")
    roots = [Path(base)] if base and base != "0" else []
    roots.append(Path.home() / ".cache" / "ms-playwright")
    for root in roots:
        if not root.is_dir():
            continue
        for pattern in (
            "chromium-*/chrome-linux*/chrome",
            "chromium_headless_shell-*/*/headless_shell",
        ):
            found = sorted(root.glob(pattern), reverse=True)
            for candidate in found:
                if os.access(candidate, os.X_OK):
                    return candidate
    return None


def find_browser(executable: str | os.PathLike | None = None) -> Path:
    """Return the path of a Chromium-family browser.

    Looks for ``executable`` (an explicit path: the command line and the notebooks pass
    ``VSVKIT_BROWSER``, read by :class:`vsvkit.app.settings.Settings`), then
    :data:`BROWSER_NAMES` on ``PATH``, then a browser downloaded by
    ``playwright install chromium`` (in ``PLAYWRIGHT_BROWSERS_PATH``, Playwright's own
    variable, or its default folder).

    Parameters
    ----------
    executable : path, optional
        The browser to use; it must be an executable file.

    Returns
    -------
    pathlib.Path
        Executable to pass as Playwright's ``executable_path``.

    Raises
    ------
    ReportError
        No browser found; the message says how to install one.

    Examples
    --------
    >>> from vsvkit.report.browser import find_browser
    >>> find_browser()  # doctest: +SKIP
    PosixPath('/usr/bin/chromium')
    """
    if executable:
        path = Path(executable)
        if path.is_file() and os.access(path, os.X_OK):
            return path
        raise ReportError(
            key="report_browser_not_executable",
            path=str(executable),
            hint_key="report_install_browser",
        )
    for name in BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return Path(found)
    bundled = _playwright_chromium()
    if bundled is not None:
        return bundled
    raise ReportError(
        key="report_no_browser", tried=", ".join(BROWSER_NAMES), hint_key="report_install_browser"
    )
