"""Closing widgets: a replaced page must not live on in the kernel."""

from __future__ import annotations

import ipywidgets as W

__all__ = ["close_tree"]


def close_tree(widget) -> None:
    """Close a widget and everything inside it (a replaced page must not live on in the kernel
    and be sent to every browser that opens the app)."""
    for child in getattr(widget, "children", ()):
        close_tree(child)
    for part in (getattr(widget, "layout", None), getattr(widget, "style", None)):
        if isinstance(part, W.Widget):
            part.close()
    widget.close()
