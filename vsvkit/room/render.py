"""What the room view shows of one step: an HTML fragment that fits one screen.

:func:`room_html` draws a step for the projector: no controls, no trainer notes, nothing
about filters or privacy decisions, the whole session only. Text is sized by the room page's
CSS (``room.css``: at 1366×768 no text below 20 pixels) and charts are SVG drawn for the box
they fill (:mod:`vsvkit.room.charts`). Lists that could grow past a screen (remarks,
discussion points, actions) show their first entries and say how many more the report has.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

import pandas as pd

from vsvkit import plots
from vsvkit.domain_view import has_desired
from vsvkit.formatting import (
    discussion_label,
    fmt_count,
    fmt_date,
    fmt_number,
    fmt_pct,
    fmt_share,
    level_text,
)
from vsvkit.i18n import Lang, t, wave_label
from vsvkit.instrument import Instrument
from vsvkit.mirror import Mirror
from vsvkit.room.agenda import Agenda
from vsvkit.room.charts import svg_chart
from vsvkit.room.steps import Step

__all__ = ["room_html", "welcome_html", "working_html", "CHART_SIZES", "LIMITS"]

#: Chart boxes in inches at 1366×768 (100 pixels an inch): the whole width, beside the
#: cards column.
CHART_SIZES = {"wide": (12.8, 6.2), "beside_cards": (10.0, 6.2)}
#: Entries a list shows on one screen.
LIMITS = {"remarks": 3, "remarks_alone": 7, "points": 5, "actions": 6, "chars": 150}


def _esc(text) -> str:
    return html.escape(str(text))


def _card(label: str, value: str, extra: str = "") -> str:
    return (
        f"<div class='room-card'><div class='room-card-label'>{_esc(label)}</div>"
        f"<div class='room-card-value'>{_esc(value)}</div>"
        f"<div class='room-card-extra'>{_esc(extra)}</div></div>"
    )


def _more(n: int, key: str, lang: Lang) -> str:
    return f"<p class='room-more'>{_esc(t(key, lang, n=n))}</p>" if n > 0 else ""


def _clip(text: str) -> str:
    limit = LIMITS["chars"]
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def _section(step: Step, title: str, subtitle: str, body: str, lang: Lang) -> str:
    return (
        f"<section class='room-step room-kind-{step.kind}' data-step='{_esc(step.key)}' "
        f"lang='{lang}'><header class='room-head'><h1>{_esc(title)}</h1>"
        f"<p class='room-sub'>{_esc(subtitle)}</p></header>"
        f"<div class='room-main'>{body}</div></section>"
    )


def room_html(
    step: Step,
    *,
    session,
    mirror: Mirror | None,
    lang: Lang,
    revealed: bool = True,
    agreed: Mapping[str, int] | None = None,
    actions: pd.DataFrame | None = None,
    agenda: Agenda | None = None,
    withheld: str | None = None,
    body: str | None = None,
) -> str:
    """The room view of ``step`` as an HTML ``<section>``.

    Parameters
    ----------
    step : Step
    session : vsvkit.store.Session
        The session (its VSV, date and wave head every step).
    mirror : Mirror or None
        The whole session's mirror; None when its results are withheld.
    lang : {"nl", "en"}
    revealed : bool
        False for a step whose results the room has not seen yet: it asks for a guess.
    agreed : mapping, optional
        The agreed level per domain.
    actions : DataFrame, optional
        The plan (:meth:`vsvkit.store.Store.actions`).
    agenda : Agenda, optional
        The agenda the welcome step shows.
    withheld : str, optional
        HTML shown instead of results (fewer respondents than the minimum group size).
    body : str, optional
        What the step shows instead of its own content: a vote round
        (:func:`vsvkit.room.vote_view.vote_panel_html`).
    """
    subtitle = _subtitle(session, lang)
    if mirror is None:
        title = t(f"step_{step.kind}", lang)
    elif step.kind == "details":
        title = mirror.instrument.domain(str(step.domain)).name(lang)
        subtitle = f"{t('room_details', lang)} · {subtitle}"
    else:
        title = step.title(mirror, lang)
    if body is not None and mirror is not None:
        pass  # a vote round on this step
    elif step.kind == "welcome":
        body = _welcome(session, None if mirror is None else mirror.instrument, agenda, lang)
    elif mirror is None:
        body = f"<div class='room-message'>{withheld or ''}</div>"
    elif step.hidden_first and not revealed:
        body = f"<div class='room-message room-guess'>{_esc(t('guess_first', lang))}</div>"
    else:
        body = _BODIES[step.kind](mirror, step, lang, dict(agreed or {}), actions)
    return _section(step, title, subtitle, body, lang)


def working_html(step: Step, *, session, mirror: Mirror | None, lang: Lang) -> str:
    """What the room shows while ``step`` is being drawn: its heading and "one moment"."""
    title = step.title(mirror, lang) if mirror is not None else t(f"step_{step.kind}", lang)
    subtitle = f"{session.vsv} · {fmt_date(session.date, lang=lang)}"
    body = f"<div class='room-message room-working-step'>{_esc(t('room_working', lang))}</div>"
    return _section(step, title, subtitle, body, lang)


def welcome_html(session, instrument: Instrument | None, agenda: Agenda, lang: Lang) -> str:
    """The room view of the welcome step, which needs no scores: the server shows it at once
    when a trainer starts presenting a workshop (``instrument`` None: results withheld, no
    agenda of domains shown)."""
    step = Step("welcome")
    body = _welcome(session, instrument, agenda, lang)
    return _section(step, t("step_welcome", lang), _subtitle(session, lang), body, lang)


def _subtitle(session, lang: Lang) -> str:
    return f"{session.vsv} · {fmt_date(session.date, lang=lang)} · {wave_label(session.wave, lang)}"


def _welcome(session, instrument: Instrument | None, agenda: Agenda | None, lang: Lang) -> str:
    n = session.n_respondents
    lines = [
        f"<p class='room-lead'>{_esc(t('room_respondents', lang, n=fmt_count(n, lang=lang)))}</p>"
    ]
    if agenda is not None and instrument is not None:
        names = {c: instrument.domain(c).name(lang) for c in agenda.domains}
        rows = "".join(
            f"<li><span>{_esc(agenda.part_name(p, names, lang))}</span><span "
            f"class='room-minutes'>{_esc(t('minutes', lang, n=agenda.minutes(p)))}</span></li>"
            for p in agenda.parts
        )
        lines.append(f"<h2>{_esc(t('room_agenda', lang))}</h2><ol class='room-agenda'>{rows}</ol>")
    return "".join(lines)


def _overview(mirror: Mirror, step: Step, lang: Lang, agreed: dict, actions) -> str:
    inst, scores = mirror.instrument, mirror.domain_scores
    total = mirror.total.iloc[0]
    cards = _card(
        t("total_score", lang),
        fmt_pct(total["pct"], lang=lang),
        level_text(inst, total["level"], lang),
    ) + _card(t("respondents", lang), fmt_count(mirror.n_respondents, lang=lang))
    desired = has_desired(mirror)
    chart = svg_chart(
        lambda ax: plots.plot_domain_overview(
            scores, kind="bar", desired=desired, instrument=inst, lang=lang, ax=ax
        ),
        CHART_SIZES["beside_cards"],
    )
    return f"<div class='room-cards'>{cards}</div><div class='room-figure'>{chart}</div>"


def _domain_cards(mirror: Mirror, domain: str, lang: Lang) -> str:
    inst = mirror.instrument
    row = mirror.domain_scores.set_index("domain").loc[domain]
    cards = _card(
        t("pct_of_max", lang), fmt_pct(row["pct"], lang=lang), level_text(inst, row["level"], lang)
    )
    if has_desired(mirror) and not pd.isna(row["desired_pct"]):
        cards += _card(t("desired", lang), fmt_pct(row["desired_pct"], lang=lang))
    cards += _card(
        t("consensus", lang),
        fmt_number(row["consensus"], lang=lang),
        t("split", lang) if bool(row["split"]) else "",
    )
    cards += _card(t("dont_know", lang), fmt_share(row["dont_know"], lang=lang))
    return f"<div class='room-cards'>{cards}</div>"


def _domain(mirror: Mirror, step: Step, lang: Lang, agreed: dict, actions) -> str:
    domain, inst = str(step.domain), mirror.instrument

    def draw(ax):
        ax = plots.plot_item_distribution(
            mirror.item_distribution,
            domain=domain,
            wrap=32,
            label_min=25,  # "20%" at 20 px needs a quarter of the bars' width
            instrument=inst,
            lang=lang,
            ax=ax,
        )
        ax.set_xticks([-100, 0, 100])  # five ticks collide at room size
        # statements in 14 pt (19.4 px at 1366x768): six of three lines fit one screen
        ax.tick_params(axis="y", labelsize=14)
        return ax

    chart = svg_chart(draw, CHART_SIZES["beside_cards"])
    return _domain_cards(mirror, domain, lang) + f"<div class='room-figure'>{chart}</div>"


def _details(mirror: Mirror, step: Step, lang: Lang, agreed: dict, actions) -> str:
    # the professions' scores across the top, the remarks below (the lists are long lines)
    domain, inst = str(step.domain), mirror.instrument
    by_prof = mirror.by_group["profession"]
    shown = by_prof[(by_prof["domain"] == domain) & ~by_prof["suppressed"]]
    remarks = list(mirror.remarks[mirror.remarks["domain"] == domain]["text"])
    parts = []
    if len(shown) >= 2:
        height = min(4.4, 1.6 + 0.5 * len(shown)) if remarks else CHART_SIZES["wide"][1]
        chart = svg_chart(
            lambda ax: plots.plot_group_scores(
                by_prof, domain=domain, instrument=inst, lang=lang, ax=ax
            ),
            (CHART_SIZES["wide"][0], height),
        )
        parts.append(f"<div class='room-figure'>{chart}</div>")
    if remarks:
        limit = LIMITS["remarks" if parts else "remarks_alone"]
        items = "".join(f"<li>{_esc(_clip(r))}</li>" for r in remarks[:limit])
        parts.append(
            f"<div class='room-remarks'><h2>{_esc(t('remarks', lang))}</h2><ul>{items}</ul>"
            + _more(len(remarks) - limit, "room_more_remarks", lang)
            + "</div>"
        )
    return "".join(parts)


def _discussion(mirror: Mirror, step: Step, lang: Lang, agreed: dict, actions) -> str:
    points = mirror.discussion_points
    limit = LIMITS["points"]
    if not len(points):
        return f"<p class='room-lead'>{_esc(t('no_discussion_points', lang))}</p>"
    items = "".join(
        f"<li>{_esc(_clip(discussion_label(mirror.instrument, p, lang)))}</li>"
        for p in points.head(limit).itertuples(index=False)
    )
    return f"<ol class='room-points'>{items}</ol>" + _more(
        len(points) - limit, "room_more_points", lang
    )


def _agreed(mirror: Mirror, step: Step, lang: Lang, agreed: dict, actions) -> str:
    inst = mirror.instrument
    chart = svg_chart(
        lambda ax: plots.plot_continuum(
            mirror.domain_scores, agreed=agreed, instrument=inst, lang=lang, ax=ax
        ),
        CHART_SIZES["wide"],
    )
    return f"<div class='room-figure'>{chart}</div>"


def _plan(mirror: Mirror, step: Step, lang: Lang, agreed: dict, actions) -> str:
    if actions is None or not len(actions):
        return f"<p class='room-lead'>{_esc(t('room_no_actions', lang))}</p>"
    inst, limit = mirror.instrument, LIMITS["actions"]
    head = "".join(
        f"<th scope='col'>{_esc(t(k, lang))}</th>"
        for k in ("room_col_domain", "room_col_what", "room_col_who", "room_col_due")
    )
    rows = ""
    for a in actions.head(limit).itertuples(index=False):
        domain = inst.domain(a.domain).name(lang) if isinstance(a.domain, str) and a.domain else ""
        due = "" if a.due is None or pd.isna(a.due) else fmt_date(a.due, lang=lang)
        rows += (
            f"<tr><td>{_esc(domain)}</td><td>{_esc(_clip(a.what))}</td>"
            f"<td>{_esc(a.who or '')}</td><td>{_esc(due)}</td></tr>"
        )
    table = f"<table class='room-plan'><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    return table + _more(len(actions) - limit, "room_more_actions", lang)


_BODIES = {
    "overview": _overview,
    "domain": _domain,
    "details": _details,
    "discussion": _discussion,
    "agreed": _agreed,
    "plan": _plan,
}
