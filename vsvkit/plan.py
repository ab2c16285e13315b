"""The follow-up plan ("vervolgplan"): SMART actions, suggestions and export.

After the meeting the ROS-adviseur draws up a follow-up plan with the VSV: actions with a
domain, what, why (which finding), who (the "trekker"), by when, how we know it worked,
and a status. The plan itself lives in the store (``add_action`` / ``update_action`` /
``actions``); this module holds what is computed around it:

- :class:`Action`, a validated draft of one action (what a suggestion is before the group
  accepts it);
- :func:`suggest_actions`, actions pre-filled from the weakest and most split domains of a
  :class:`~vsvkit.mirror.Mirror` and the conversation guide (:func:`guide_situation` decides
  whether a domain's split or "weet niet" entry of the guide applies);
- :func:`plan_table` and :func:`export_plan`, the plan as a table with Dutch or English
  headers, written as CSV (semicolon, UTF-8 with BOM, so Excel opens it) or XLSX.

Examples
--------
>>> from vsvkit.instrument import load_instrument
>>> a = Action(domain="COO", what="Spreek een coördinerend zorgverlener af", due="2026-09-01")
>>> a.due
datetime.date(2026, 9, 1)
>>> a.check(load_instrument()).status
'open'
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, fields
from pathlib import Path

import pandas as pd

from vsvkit.errors import PlanError
from vsvkit.formatting import fmt_number, fmt_pct, fmt_share
from vsvkit.guide import Guide, GuideEntry
from vsvkit.i18n import DEFAULT_LANG, Lang, t
from vsvkit.instrument import Instrument
from vsvkit.safe_cells import csv_safe, excel_writer
from vsvkit.scoring import DONT_KNOW_MIN, high_dont_know
from vsvkit.store.models import ACTION_STATUSES

__all__ = [
    "Action",
    "PlanError",
    "PLAN_FIELDS",
    "suggest_actions",
    "guide_situation",
    "plan_table",
    "export_plan",
    "status_label",
]

log = logging.getLogger(__name__)

#: The fields of an action that users edit, in the order the plan shows them.
PLAN_FIELDS = ("domain", "what", "why", "who", "due", "measure", "status")


def _parse_due(value) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.date()
    if isinstance(value, str):
        text = value.strip()
        for fmt in ("%Y-%m-%d", "%d-%m-%Y"):
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                pass
    raise PlanError(key="plan_bad_due", value=repr(value))


@dataclass(frozen=True)
class Action:
    """One SMART action of the follow-up plan, validated when built.

    Parameters
    ----------
    domain : str
        Domain code; :meth:`check` tests it against an instrument.
    what : str
        What will be done; must not be empty.
    why : str
        Which finding it answers.
    who : str
        Who leads it (the "trekker").
    due : date, "YYYY-MM-DD", "DD-MM-YYYY" or None
        By when; stored as a :class:`datetime.date`.
    measure : str
        How we know it worked.
    status : str
        One of the store's ``ACTION_STATUSES`` (``open``, ``in_progress``, ``done``,
        ``dropped``).
    """

    domain: str
    what: str
    why: str = ""
    who: str = ""
    due: dt.date | None = None
    measure: str = ""
    status: str = "open"

    def __post_init__(self):
        if not isinstance(self.domain, str) or not self.domain.strip():
            raise PlanError(key="plan_no_domain", value=repr(self.domain))
        if not isinstance(self.what, str) or not self.what.strip():
            raise PlanError(key="plan_no_what", value=repr(self.what))
        for name in ("why", "who", "measure"):
            value = getattr(self, name)
            if value is None:
                value = ""
            if not isinstance(value, str):
                raise PlanError(key="plan_not_text", field_key=f"field_{name}", value=repr(value))
            object.__setattr__(self, name, value.strip())
        object.__setattr__(self, "domain", self.domain.strip())
        object.__setattr__(self, "what", self.what.strip())
        object.__setattr__(self, "due", _parse_due(self.due))
        if self.status not in ACTION_STATUSES:
            raise PlanError(
                key="plan_bad_status", value=repr(self.status), allowed=", ".join(ACTION_STATUSES)
            )

    def check(self, instrument: Instrument) -> Action:
        """Return the action if its domain is a domain of ``instrument``, else raise PlanError."""
        if self.domain not in instrument.domain_codes:
            raise PlanError(
                key="plan_unknown_domain",
                value=repr(self.domain),
                instrument=instrument.name,
                allowed=", ".join(instrument.domain_codes),
            )
        return self

    def as_dict(self) -> dict:
        """The fields as keyword arguments for ``store.add_action`` (plus ``domain``, ``what``)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


# -- suggestions -----------------------------------------------------------------------------


def _ranked_domains(scores: pd.DataFrame, order: tuple[str, ...]) -> tuple[list, list]:
    """(weakest first, most split first) domain codes of the shown domain rows."""
    rows = scores[~scores["suppressed"].astype(bool) & scores["pct"].notna()].copy()
    rows["_order"] = [order.index(d) for d in rows["domain"]]
    weak = rows.sort_values(["pct", "_order"], kind="stable")["domain"].tolist()
    rows["_split"] = ~rows["split"].astype(bool)  # False (split) sorts first
    rows["_cons"] = rows["consensus"].astype(float).fillna(float("inf"))
    split = rows.sort_values(["_split", "_cons", "_order"], kind="stable")["domain"].tolist()
    return weak, split


def guide_situation(
    guide: Guide, domain: str, *, split: bool, dont_know: float | None = None
) -> tuple[str, GuideEntry] | None:
    """The situation entry of the guide that applies to ``domain``, or None (follow the level).

    ``("split", entry)`` when the domain is split and the guide has a split entry for it;
    else ``("dont_know", entry)`` when its "weet niet" share (0..1) is high (at least
    :data:`~vsvkit.scoring.gaps.DONT_KNOW_MIN`, the threshold of the discussion points) and
    the guide has a dont_know entry; else None. A legacy guide has neither entry.
    """
    entry = guide.split(domain) if split else None
    if entry is not None:
        return "split", entry
    entry = guide.dont_know(domain)
    if entry is not None and dont_know is not None and high_dont_know(dont_know):
        return "dont_know", entry
    return None


def suggest_actions(mirror, guide, n: int = 3, *, lang: Lang = DEFAULT_LANG) -> list[Action]:
    """Suggested actions for the weakest and most split domains, from the conversation guide.

    Parameters
    ----------
    mirror : Mirror
        The session's mirror (its ``domain_scores`` and ``instrument`` are used).
    guide : Guide
        The conversation guide; the first next step of the entry that applies becomes the
        action's ``what`` (see Notes).
    n : int
        How many actions (one per domain; fewer when fewer domains have a shown score).
    lang : {"nl", "en"}
        Language of the texts.

    Returns
    -------
    list of Action
        Status ``open``, no ``who`` and no ``due`` (the group fills them in).

    Notes
    -----
    Domains whose row is suppressed or has no score are skipped. Two rankings are made:
    *weakest* (lowest percent of maximum) and *most split* (split domains first, then the
    lowest Tastle-Wierman consensus); ties keep questionnaire order. The domains are taken
    alternately from the two rankings (weakest first), skipping a domain already taken,
    until ``n`` domains are chosen. The guide entry used (:func:`guide_situation`): for a
    split domain the guide's split entry (first understand why the disciplines see it so
    differently); else, for a domain with a high "weet niet" share, its dont_know entry (an
    information task; ``why`` adds the share); else the measured level, for a split domain
    of a legacy guide the level its percent of maximum falls in. ``measure`` names the next
    level's lower bound to reach at the follow-up measurement (at the top level: stay at or
    above it), for a split domain that the members no longer disagree, and for the
    "weet niet" entry that the share falls below the threshold.
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise PlanError(key="plan_bad_n", value=repr(n))
    inst: Instrument = mirror.instrument
    scores = mirror.domain_scores
    weak, split = _ranked_domains(scores, inst.domain_codes)
    chosen: list[tuple[str, str]] = []
    taken: set[str] = set()
    for i in range(max(len(weak), len(split))):
        for kind, ranking in (("low", weak), ("split", split)):
            if len(chosen) < n and i < len(ranking) and ranking[i] not in taken:
                chosen.append((ranking[i], kind))
                taken.add(ranking[i])
    out = []
    for domain, kind in chosen:
        row = scores[scores["domain"] == domain].iloc[0]
        is_split = bool(row["split"])
        level = inst.level_of(float(row["pct"])) if pd.isna(row["level"]) else int(row["level"])
        dk = row["dont_know"] if "dont_know" in row.index else None
        dont_know = None if dk is None or pd.isna(dk) else float(dk)
        situation = guide_situation(guide, domain, split=is_split, dont_know=dont_know)
        entry = situation[1] if situation else guide.entry(domain, level)
        name = inst.domain(domain).name(lang)
        label = inst.level_label(level, lang)
        if kind == "low":
            why = t(
                "plan_why_low", lang, domain=name, pct=fmt_pct(row["pct"], lang=lang), level=label
            )
        elif is_split:
            why = t(
                "plan_why_split",
                lang,
                domain=name,
                consensus=fmt_number(row["consensus"], lang=lang),
            )
        else:
            why = t(
                "plan_why_agreement",
                lang,
                domain=name,
                consensus=fmt_number(row["consensus"], lang=lang),
            )
        if situation and situation[0] == "dont_know":
            why += "; " + t("plan_why_dont_know", lang, share=fmt_share(dont_know, lang=lang))
            limit = fmt_share(DONT_KNOW_MIN, lang=lang)
            measure = t("plan_measure_dont_know", lang, domain=name, share=limit)
        elif is_split:
            measure = t("plan_measure_agree", lang, domain=name)
        elif level < len(inst.levels):
            nxt = inst.levels[level]  # levels are numbered 1..n in order
            measure = t(
                "plan_measure_next",
                lang,
                domain=name,
                pct=fmt_pct(nxt.start, lang=lang, digits=1, trim=True),
                level=nxt.label(lang),
            )
        else:
            top = inst.levels[-1]
            measure = t(
                "plan_measure_keep",
                lang,
                domain=name,
                pct=fmt_pct(top.start, lang=lang, digits=1, trim=True),
            )
        out.append(
            Action(domain=domain, what=entry.next_steps[0](lang), why=why, measure=measure).check(
                inst
            )
        )
    return out


# -- table and export ------------------------------------------------------------------------


def status_label(status: str, lang: Lang = DEFAULT_LANG) -> str:
    """The name users see for a status code (``in_progress`` -> "bezig")."""
    return t(f"plan_status_{status}", lang)


def plan_table(
    actions_df: pd.DataFrame, instrument: Instrument, lang: Lang = DEFAULT_LANG
) -> pd.DataFrame:
    """The plan as users read it: numbered rows, domain names, status labels, translated headers.

    Parameters
    ----------
    actions_df : DataFrame
        ``store.actions(session_id)``: ``domain, what, why, who, due, measure, status`` in
        plan order (other columns are ignored).
    instrument : Instrument
        For the domain names.
    lang : {"nl", "en"}

    Returns
    -------
    DataFrame
        Columns (Dutch): Nr., Domein, Wat, Waarom (bevinding), Wie (trekker), Klaar op,
        Hoe weten we dat het werkt, Status. ``Klaar op`` holds :class:`datetime.date` or None.
    """
    missing = [c for c in PLAN_FIELDS if c not in actions_df.columns]
    if missing:
        raise PlanError(key="plan_missing_columns", missing=", ".join(missing))
    names = {d.code: d.name(lang) for d in instrument.domains}
    due = [_parse_due(None if pd.isna(v) else v) for v in actions_df["due"]]
    frame = pd.DataFrame(
        {
            t("plan_col_nr", lang): range(1, len(actions_df) + 1),
            t("plan_col_domain", lang): [names.get(d, d) for d in actions_df["domain"]],
            t("plan_col_what", lang): actions_df["what"].fillna("").astype(str).tolist(),
            t("plan_col_why", lang): actions_df["why"].fillna("").astype(str).tolist(),
            t("plan_col_who", lang): actions_df["who"].fillna("").astype(str).tolist(),
            t("plan_col_due", lang): pd.Series(due, dtype=object),
            t("plan_col_measure", lang): actions_df["measure"].fillna("").astype(str).tolist(),
            t("plan_col_status", lang): [status_label(s, lang) for s in actions_df["status"]],
        }
    )
    return frame


def export_plan(
    actions_df: pd.DataFrame,
    path: str | Path,
    *,
    instrument: Instrument | None = None,
    lang: Lang = DEFAULT_LANG,
) -> Path:
    """Write the plan to ``path``: ``.csv`` (``;``, UTF-8 with BOM, CRLF, ISO dates) or ``.xlsx``.

    What users typed stays text (:mod:`vsvkit.safe_cells`): in the CSV a cell starting
    with ``=``, ``+``, ``-``, ``@``, a tab or a CR gets a ``'`` in front; in the XLSX every
    text is a string cell, never a formula.

    Parameters
    ----------
    actions_df : DataFrame
        ``store.actions(session_id)``.
    path : str or Path
        Target file; its suffix picks the format. Missing folders are created.
    instrument : Instrument, optional
        For the domain names; the bundled integratiemeter by default.
    lang : {"nl", "en"}
        Language of headers, domain names and status labels.

    Returns
    -------
    Path
        The file written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> action_id = store.add_action(1, domain="COO", what="Overleg over de overdracht")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = vk.export_plan(store.actions(1), pathlib.Path(folder) / "plan.xlsx")
    ...     path.suffix
    '.xlsx'
    """
    from vsvkit.instrument import load_instrument

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise PlanError(key="plan_bad_suffix", file=path.name, suffix=suffix)
    table = plan_table(actions_df, instrument or load_instrument(), lang)
    due_col = t("plan_col_due", lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        if suffix == ".csv":
            table = table.assign(
                **{due_col: [d.isoformat() if d is not None else "" for d in table[due_col]]}
            )
            # CRLF as RFC 4180 has it; it also makes the writer quote a text holding a CR,
            # which Excel would otherwise read as the end of the row
            csv_safe(table).to_csv(
                path, sep=";", index=False, encoding="utf-8-sig", lineterminator="\r\n"
            )
        else:
            _write_xlsx(table, path, t("plan_sheet", lang))
    except OSError as err:
        raise PlanError(
            key="plan_write_failed", path=str(path), reason=err.strerror or err
        ) from err
    log.info("plan with %d action(s) written to %s", len(table), path)
    return path


def _write_xlsx(table: pd.DataFrame, path: Path, sheet: str) -> None:
    from openpyxl.styles import Alignment, Font

    widths = {0: 6, 1: 24, 2: 45, 3: 40, 4: 18, 5: 12, 6: 40, 7: 12}
    with excel_writer(path) as writer:
        table.to_excel(writer, sheet_name=sheet, index=False)
        ws = writer.sheets[sheet]
        for i, column in enumerate(ws.columns):
            letter = column[0].column_letter
            ws.column_dimensions[letter].width = widths.get(i, 20)
            column[0].font = Font(bold=True)
            for cell in column[1:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if i == 5 and cell.value is not None:
                    cell.number_format = "DD-MM-YYYY"
        ws.freeze_panes = "A2"
