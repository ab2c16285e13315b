"""The questionnaire pages as a jupyter_server extension (JupyterLab, a JupyterHub user server).

``vsvkit serve`` adds the pages to its own Voilà application; a Jupyter server gets the same
handlers (:func:`vsvkit.app.survey_pages.survey_handlers`) through this extension, under its
``base_url``, on the store that ``VSVKIT_DB`` names (the default store when unset). Enable it
with ``--ServerApp.jpserver_extensions=vsvkit.app.survey_extension=True`` (``vsvkit lab``
does).
"""

from __future__ import annotations

from typing import Any

__all__ = ["EXTENSION"]

#: The module jupyter_server loads.
EXTENSION = "vsvkit.app.survey_extension"


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    return [{"module": EXTENSION}]


def _load_jupyter_server_extension(serverapp: Any) -> None:
    from vsvkit.app.room_pages import room_handlers
    from vsvkit.app.settings import Settings
    from vsvkit.app.survey_pages import survey_handlers
    from vsvkit.app.vote_pages import vote_handlers
    from vsvkit.store import Store

    store = Store(Settings.from_env().db)
    base = serverapp.base_url
    handlers = (
        survey_handlers(store, base) + vote_handlers(store, base) + room_handlers(store, base)
    )
    serverapp.web_app.add_handlers(".*$", handlers)
    serverapp.log.info("vsvkit questionnaire pages at %svragenlijst/", serverapp.base_url)
