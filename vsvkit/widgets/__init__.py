"""ipywidgets views of the workshop app. Views call the core; they hold no scoring logic."""

from .app import WorkshopApp
from .importer import ImportPanel, problems_html
from .notes import DomainNotes

__all__ = ["WorkshopApp", "ImportPanel", "DomainNotes", "problems_html"]
