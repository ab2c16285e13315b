"""The report's appendix on method, in Dutch and English, filled in from the instrument.

Its text is the ``method_*`` keys of the string catalogue (:mod:`vsvkit.locale.catalogue`).

Every number in it (version, cut-offs, minimum answered share, split rule, gap threshold,
minimum group size) comes from the :class:`~vsvkit.instrument.Instrument` and the session's
minimum group size, so an adviser's own instrument file is described as it is.
"""

from __future__ import annotations

import pandas as pd

from vsvkit.formatting import DASH, fmt_number, fmt_share
from vsvkit.i18n import DEFAULT_LANG, Lang, check_language, t
from vsvkit.region import MIN_EXTREMES, MIN_SPREAD

__all__ = [
    "ALPHA_SUFFICIENT",
    "method_markdown",
    "alpha_markdown",
    "origin_markdown",
    "introduction_markdown",
]

#: Cronbach's alpha from which a domain's items count as consistent (Boesveld et al., 2017).
ALPHA_SUFFICIENT = 0.70

#: The subsections of the appendix, in order: keys of :mod:`vsvkit.locale.catalogue`.
_SECTIONS = (
    "method_questionnaire",
    "method_scores",
    "method_levels",
    "method_agreement",
    "method_dont_know",
    "method_figures",
    "method_privacy",
)


def _share(value: float, lang: Lang) -> str:
    return fmt_share(value, lang=lang, digits=1, trim=True)


def _number(value: float, lang: Lang) -> str:
    return fmt_number(value, lang=lang, digits=3, trim=True)


def alpha_markdown(alpha: pd.DataFrame, instrument, k: int, lang: Lang = DEFAULT_LANG) -> str:
    """Cronbach's alpha per domain of the session, for advisers (a ``###`` subsection).

    A row the table marks ``suppressed`` (its ``n``, the respondents who answered every item
    of the domain, is below the minimum group size) reads "–" for alpha and n with the reason,
    because n is a group too; the decision is the table's, not made again here.

    Parameters
    ----------
    alpha : DataFrame
        :func:`vsvkit.scoring.cronbach_alpha` of one session (``domain, alpha, n,
        suppressed``), e.g. ``mirror.alpha``.
    instrument : Instrument
    k : int
        The minimum group size the table was computed with (``min_group_size``), named in the
        text.
    lang : {"nl", "en"}
    """
    lang = check_language(lang)
    heads = [t("domain", lang), t("alpha", lang), "n", t("alpha_reason", lang)]
    rows = ["| " + " | ".join(heads) + " |", "|---|--:|--:|---|"]
    by_domain = alpha.set_index("domain")
    for d in instrument.domains:
        if d.code not in by_domain.index:
            continue
        r = by_domain.loc[d.code]
        if bool(r["suppressed"]):
            cells = [DASH, DASH, t("alpha_too_few", lang, k=k)]
        elif pd.isna(r["alpha"]):
            cells = [DASH, str(int(r["n"])), t("alpha_not_computable", lang)]
        else:
            # fmt_number writes a float zero such as -2e-15 as "0,00", never "-0,00"
            cells = [fmt_number(float(r["alpha"]), lang=lang, digits=2), str(int(r["n"])), ""]
        rows.append("| " + " | ".join([d.name(lang), *cells]) + " |")
    intro = t("alpha_intro", lang, threshold=fmt_number(ALPHA_SUFFICIENT, lang=lang, digits=2), k=k)
    return f"### {t('alpha_appendix_title', lang)}\n{intro}\n\n" + "\n".join(rows) + "\n"


def origin_markdown(instrument, lang: Lang = DEFAULT_LANG) -> str:
    """Where the statements come from (a ``###`` subsection).

    The instrument's own ``origin`` text; for a file without one (before 2026.3) the
    catalogue's sentence, naming the instrument and its version: written for vsvkit on the
    Rainbow Model's dimensions, not the original integratiemeter wording, which is not public.
    """
    lang = check_language(lang)
    inst = instrument
    if inst.origin is not None:
        origin = inst.origin(lang)
    else:
        origin = t("method_origin_fallback", lang, name=inst.name, version=inst.version)
    return t("method_origin", lang, origin=origin)


def introduction_markdown(instrument, k: int, lang: Lang = DEFAULT_LANG) -> str:
    """The introduction as the members read it, as a quotation (a ``###`` subsection).

    The anonymity promise names ``k``, the report's minimum group size. Empty for an
    instrument without an introduction (files before 2026.3).
    """
    lang = check_language(lang)
    intro = instrument.introduction
    if intro is None:
        return ""
    parts = [
        intro.purpose(lang),
        intro.duration(lang),
        intro.anonymity_for(k, lang),
        intro.dont_know(lang),
        intro.desired(lang),
    ]
    quoted = "\n>\n".join(f"> {part}" for part in parts)
    return t("method_introduction", lang, k=k, text=quoted)


def method_markdown(instrument, k: int, lang: Lang = DEFAULT_LANG, *, alpha=None) -> str:
    """The appendix on method as Markdown (a ``##`` section with ``###`` subsections).

    Parameters
    ----------
    instrument : Instrument
        Its name, version, domains, scale, level cut-offs and scoring rules are described.
    k : int
        The minimum group size in force for the session.
    lang : {"nl", "en"}
    alpha : DataFrame, optional
        The session's Cronbach's alpha per domain (``mirror.alpha``); appended for advisers
        (:func:`alpha_markdown`).
    """
    lang = check_language(lang)
    inst = instrument
    scale = ", ".join(f"{s.value} {s.label(lang)}" for s in inst.scale)
    rows = [f"| {t('level', lang)} | {t('pct_of_max', lang)} |", "|---|---|"]
    for i, lv in enumerate(inst.levels):
        end = inst.levels[i + 1].start if i + 1 < len(inst.levels) else None
        span = f"{_number(lv.start, lang)}–{_number(end, lang)}" if end is not None else None
        if span is None:
            span = f"≥ {_number(lv.start, lang)}"
        rows.append(f"| {lv.label(lang)} | {span} |")
    split = inst.split
    ends = (
        [
            f"{s.value} ({s.label(lang)})"
            for s in inst.scale
            if s.value <= inst.scale_min + split.pole_width
        ],
        [
            f"{s.value} ({s.label(lang)})"
            for s in inst.scale
            if s.value >= inst.scale_max - split.pole_width
        ],
    )
    fields = dict(
        title=inst.title(lang),
        version=inst.version,
        n_items=len(inst.items),
        n_domains=len(inst.domains),
        domains=", ".join(f"{d.name(lang)} ({d.code})" for d in inst.domains),
        scale=scale,
        dont_know=inst.dont_know(lang),
        min_share=_share(inst.min_answered_share, lang),
        levels="\n".join(rows),
        pole_share=_share(split.pole_share, lang),
        low_answers=" / ".join(ends[0]),
        high_answers=" / ".join(ends[1]),
        low_score=_number(inst.scale_min + split.pole_width, lang),
        high_score=_number(inst.scale_max - split.pole_width, lang),
        max_consensus=""
        if split.max_consensus is None
        else t("method_max_consensus", lang, value=_number(split.max_consensus, lang)),
        gap=_number(inst.gap_threshold, lang),
        k=k,
        other=t("other_professions", lang),
        fig_overview=t("title_domain_overview", lang),
        fig_continuum=t("title_continuum", lang),
        fig_agreement=t("title_agreement_items", lang),
        fig_change=t("title_change", lang),
        width=_number(inst.scale_max - inst.scale_min, lang),
        spread=MIN_SPREAD,
        extremes=MIN_EXTREMES,
    )
    parts = [t(key, lang, **fields) for key in _SECTIONS]
    # after the questionnaire: where its statements come from, what the members read first
    parts[1:1] = [origin_markdown(inst, lang), introduction_markdown(inst, k, lang)]
    text = f"## {t('method_title', lang)}\n\n" + "\n".join(part for part in parts if part)
    if alpha is not None:
        text += "\n" + alpha_markdown(alpha, inst, k, lang)
    return text
