"""What the report notebook tells the exporter: title, VSV name, subtitle, language, cover.

Light on purpose (no nbconvert): the report notebook imports it in its kernel.
"""

from __future__ import annotations

from vsvkit.i18n import DEFAULT_LANG, Lang

__all__ = ["REPORT_MIMETYPE", "report_metadata"]

#: Output mimetype by which the report notebook passes its title, VSV name etc. to the
#: exporter; such outputs are taken out of the notebook before rendering.
REPORT_MIMETYPE = "application/vnd.vsvkit.report+json"


def report_metadata(
    *,
    title: str,
    vsv: str,
    subtitle: str = "",
    lang: Lang = DEFAULT_LANG,
    cover: str = "",
    date=None,
    session_id=None,
    file_tag: str = "",
) -> None:
    """Tell the exporter the report's title and VSV name (call once in the report notebook).

    Displays an invisible output of type :data:`REPORT_MIMETYPE`; the exporter uses it for
    the cover, the HTML title and the PDF header/footer, and removes it. ``cover`` is an
    HTML fragment (already escaped) shown on the cover below the subtitle. ``vsv``,
    ``date`` (a date or ISO string), ``session_id`` and ``file_tag``
    (:func:`vsvkit.report.names.same_day_tag`) name the files
    (:func:`vsvkit.report.run.report_path`).
    """
    from IPython.display import display

    data = {
        "title": title,
        "vsv": vsv,
        "subtitle": subtitle,
        "lang": lang,
        "cover": cover,
        "date": None if date is None else str(date),
        "session_id": None if session_id is None else str(session_id),
        "file_tag": file_tag,
    }
    display({REPORT_MIMETYPE: data}, raw=True)
