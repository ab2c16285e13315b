"""ipywidgets views of the workshop app. Views call the core; they hold no scoring logic."""

from vsvkit.widgets.app import WorkshopApp
from vsvkit.widgets.importer import ImportPanel, problems_html
from vsvkit.widgets.notes import DomainNotes

__all__ = ["WorkshopApp", "ImportPanel", "DomainNotes", "problems_html"]
