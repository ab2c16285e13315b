"""The workshop app's navigation: its pages in order, and the choices and titles it shows.

Pure functions of the session list, the instrument and the language; the app
(:class:`~vsvkit.widgets.app.WorkshopApp`) puts them into its pickers and title.
"""

from __future__ import annotations

import html
import logging

import pandas as pd

from vsvkit.formatting import fmt_count, fmt_date, group_label
from vsvkit.i18n import Lang, t, wave_label
from vsvkit.instrument import Instrument
from vsvkit.mirror import filter_options
from vsvkit.sessions import latest_session

__all__ = [
    "who_html",
    "ALL",
    "page_order",
    "page_name",
    "session_options",
    "filter_choices",
    "filter_value",
    "title_html",
    "results_withheld",
    "opening_session",
]

log = logging.getLogger(__name__)

#: The filter value of the whole session (no group chosen).
ALL = "__all__"


def page_order(instrument: Instrument, *, has_previous: bool) -> list[str]:
    """The pages in order: overview, the domains, discussion, plan, the comparison with the
    previous session (when there is one), report, start."""
    order = ["overview", *instrument.domain_codes, "discussion", "plan"]
    if has_previous:
        order.append("change")
    return order + ["report", "start"]


def page_name(instrument: Instrument, page: str, lang: Lang) -> str:
    """A page's name in the page picker and its heading: a domain's name, or the page's."""
    if page in instrument.domain_codes:
        return instrument.domain(page).name(lang)
    return t(f"page_{page}", lang)


def session_options(sessions: pd.DataFrame, lang: Lang) -> list[tuple[str, int | None]]:
    """The session picker's choices: "VSV – date – wave (n = ...)" per stored session, by VSV
    and date; one "no sessions" entry when the store is empty."""
    options: list[tuple[str, int | None]] = []
    for s in sessions.sort_values(["vsv", "date"]).to_dict("records"):
        when = fmt_date(s["date"], lang=lang)
        n = fmt_count(s["n_respondents"], lang=lang)
        label = f"{s['vsv']} – {when} – {wave_label(s['wave'], lang)} (n = {n})"
        options.append((label, int(s["id"])))
    return options or [(t("no_sessions", lang), None)]


def filter_choices(
    groups: dict[str, pd.DataFrame] | None, instrument: Instrument, lang: Lang
) -> list[tuple[str, str]]:
    """The filter's choices: everyone, then each group the session's privacy decision shows
    (``groups`` is :attr:`vsvkit.mirror.Mirror.groups`; None when no session is open)."""
    options = [(t("all_respondents", lang), ALL)]
    if groups is None:
        return options
    for grouping, group, status in filter_options(groups):
        if status == "shown":  # a filter offers only what the privacy decision shows
            name = group_label(group, instrument, lang)
            options.append((f"{t(grouping, lang)}: {name}", f"{grouping}:{group}"))
    return options


def filter_value(subset: tuple[str, str] | None) -> str:
    """The filter's value of a view: :data:`ALL`, or ``"grouping:group"``."""
    return ALL if subset is None else f"{subset[0]}:{subset[1]}"


def results_withheld(session, instrument: Instrument, lang: Lang) -> str | None:
    """What a page shows instead of results when the session has fewer respondents than k
    (HTML: how many answered, how many more are needed); None when results may be shown."""
    k = instrument.effective_min_group_size(session.min_group_size)
    if session.n_respondents >= k:
        return None
    return (
        "<p class='vsvkit-note vsvkit-withheld'>"
        + t("results_withheld", lang, n=session.n_respondents, k=k, more=k - session.n_respondents)
        + "</p>"
    )


def title_html(session, subset: tuple[str, str] | None, instrument: Instrument, lang: Lang) -> str:
    """The app's title: the VSV, and date · wave (· group) below it; the app's name when no
    session is open."""
    if session is None:
        return f"<h1 class='vsvkit-session-title'>{t('app_title', lang)}</h1>"
    subtitle = f"{fmt_date(session.date, lang=lang)} · {wave_label(session.wave, lang)}"
    if subset:
        subtitle += f" · {group_label(subset[1], instrument, lang)}"
    return (
        f"<h1 class='vsvkit-session-title'>{html.escape(session.vsv)}</h1>"
        f"<div class='vsvkit-session-subtitle'>{subtitle}</div>"
    )


def opening_session(sessions: pd.DataFrame, session_id: int | None) -> int | None:
    """The session the app opens: ``session_id`` when stored, else the most recent one (by
    date, then id); None when the store has no sessions (the app opens its import page)."""
    if session_id is not None and session_id not in set(sessions["id"]):
        log.warning("session %s is not in the store; opening the most recent one", session_id)
        session_id = None
    return latest_session(sessions) if session_id is None else session_id


def who_html(store, lang: Lang) -> str:
    """Who the app runs for on a shared server, with role and region; "" on a laptop. A user
    without a role is told whom to ask."""
    if store.user is None:
        return ""
    access = store.user_access()
    name = html.escape(access.user)
    if access.role is None:
        return f"<p class='vsvkit-who'>{t('who_no_role', lang, user=name)}</p>"
    role = t(f"role_{access.role}", lang)
    region = "" if access.region is None else " · " + html.escape(access.region)
    return f"<p class='vsvkit-who'>{t('who_line', lang, user=name)} · {role}{region}</p>"
