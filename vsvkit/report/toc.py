"""The table of contents of a report: its section (h2) and subsection (h3) headings, linked."""

from __future__ import annotations

import html as html_lib
import re

__all__ = ["add_toc", "strip_tags"]

_HEADING = re.compile(r"<h([23])\b([^>]*)>(.*?)</h\1>", re.S)
_ID = re.compile(r'\bid="([^"]+)"')
_TAG = re.compile(r"<[^>]+>")


def strip_tags(html: str) -> str:
    """``html`` without its tags (the text between them stays, entities as they are)."""
    return _TAG.sub("", html)


def add_toc(html: str, title: str) -> str:
    """Put a table of contents (section h2, subsection h3) at ``<!--vsvkit-toc-->``."""
    items: list[tuple[int, str, str]] = []
    for level, attrs, inner in _HEADING.findall(html):
        found = _ID.search(attrs)
        if found is None:  # headings without an id are not in the contents
            continue
        anchor = found.group(1)
        text = html_lib.unescape(_TAG.sub("", inner)).replace("¶", "").strip()
        items.append((int(level), anchor, text))
    if not items:
        return html.replace("<!--vsvkit-toc-->", "")
    parts = [f'<nav class="vsv-toc"><h2 class="vsv-toc-title">{html_lib.escape(title)}</h2><ol>']
    open_sub = False
    for i, (level, anchor, text) in enumerate(items):
        link = f'<a href="#{anchor}">{html_lib.escape(text)}</a>'
        if level == 2:
            if open_sub:
                parts.append("</ol></li>")
                open_sub = False
            elif i:
                parts.append("</li>")
            parts.append(f"<li>{link}")
        else:
            if not open_sub:
                parts.append("<ol>")
                open_sub = True
            parts.append(f"<li>{link}</li>")
    parts.append("</ol></li>" if open_sub else "</li>")
    parts.append("</ol></nav>")
    return html.replace("<!--vsvkit-toc-->", "".join(parts), 1)
