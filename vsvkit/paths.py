"""Where vsvkit finds its bundled resources, from a checkout or an installed wheel.

============  ==========================================  ===================================
resource      development checkout                        installed wheel
============  ==========================================  ===================================
notebooks     ``notebooks/``                              ``vsvkit/_resources/notebooks``
sample data   ``sample_data/``                            ``vsvkit/_resources/sample_data``
templates     ``templates/``, a Jupyter data folder:      ``<prefix>/share/jupyter``: shared
              ``voila/templates/vsvkit``,                 data of the wheel, found on
              ``nbconvert/templates/vsvkit_report`` and   Jupyter's data path the way Voilà
              ``vsvkit/templates/questionnaire``          finds its own templates
============  ==========================================  ===================================

In a checkout, the server and the report exporter are pointed at ``templates/`` by their
configuration (:func:`template_roots`); an installed copy of the templates (an editable
install also copies them into the environment) never hides the checkout's.
"""

from __future__ import annotations

import functools
from pathlib import Path

from vsvkit.errors import VsvkitError

__all__ = [
    "resource_dir",
    "templates_dir",
    "template_roots",
    "template_dir",
    "notebooks_dir",
    "sample_data_dir",
    "package_dir",
    "VOILA_TEMPLATE",
    "REPORT_TEMPLATE",
    "QUESTIONNAIRE_TEMPLATE",
    "ROOM_TEMPLATE",
    "template_environment",
]

package_dir = Path(__file__).resolve().parent
#: Our Voilà template: ``voila/templates/vsvkit`` in a Jupyter data folder.
VOILA_TEMPLATE = "vsvkit"
#: Our nbconvert template of the session report: ``nbconvert/templates/vsvkit_report``.
REPORT_TEMPLATE = "vsvkit_report"
#: The paper questionnaire (:mod:`vsvkit.paper`): ``vsvkit/templates/questionnaire``.
QUESTIONNAIRE_TEMPLATE = "questionnaire"
#: The room view (:mod:`vsvkit.app.room_pages`): ``vsvkit/templates/room``.
ROOM_TEMPLATE = "room"


def _installed() -> bool:
    """Whether this copy of vsvkit was installed from a wheel (not a checkout)."""
    return (package_dir / "_resources").is_dir()


def resource_dir(name: str) -> Path:
    """Return the folder ``name`` (notebooks, sample_data).

    In a wheel the folders are copied to ``vsvkit/_resources/<name>``; in a
    checkout (editable install) they live at the top of the repository.
    """
    installed = package_dir / "_resources" / name
    if installed.is_dir():
        return installed
    return package_dir.parent / name


def template_roots() -> list[Path]:
    """Jupyter data folders to search for templates before Jupyter's own data path.

    The checkout's ``templates/`` in a development checkout; none in an installed wheel,
    whose templates are shared data in ``<prefix>/share/jupyter`` (on Jupyter's path).
    """
    if _installed():
        return []
    folder = package_dir.parent / "templates"
    return [folder] if (folder / "voila" / "templates").is_dir() else []


def template_dir(app: str, name: str) -> Path:
    """The folder of template ``name`` of ``app`` ("voila", "nbconvert" or "vsvkit").

    The first ``<root>/<app>/templates/<name>`` of :func:`template_roots`, then of Jupyter's
    data path (``jupyter --paths``), as Voilà and nbconvert look for it.

    Raises
    ------
    VsvkitError
        The template is nowhere (an installation without the wheel's shared data).
    """
    from jupyter_core.paths import jupyter_path

    roots = [*template_roots(), *map(Path, jupyter_path())]
    for root in roots:
        folder = root / app / "templates" / name
        if folder.is_dir():
            return folder
    raise VsvkitError(
        f"Template {app}/{name} not found in {', '.join(map(str, roots))}; "
        "reinstall vsvkit (pip install --force-reinstall vsvkit)."
    )


def templates_dir() -> Path:
    """The Jupyter data folder that holds our templates (the checkout's ``templates/``, or
    the ``share/jupyter`` folder the wheel installed them in)."""
    return template_dir("voila", VOILA_TEMPLATE).parents[2]


def notebooks_dir() -> Path:
    """The app and report notebooks."""
    return resource_dir("notebooks")


def sample_data_dir() -> Path:
    """The bundled, fictional sample sessions."""
    return resource_dir("sample_data")


@functools.lru_cache(maxsize=8)
def template_environment(folder: str):
    """The Jinja environment over the templates in ``folder`` (the questionnaire pages, the
    paper form, the invitation): HTML escaped, an unknown name an error, not an empty text."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
