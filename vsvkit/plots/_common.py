"""Helpers shared by the plot functions: input checks, domain order, level bands, labels."""

from __future__ import annotations

import textwrap

import matplotlib as mpl
import matplotlib.transforms as mtransforms
import pandas as pd

from vsvkit.i18n import Lang, check_language, t
from vsvkit.instrument import Instrument, load_instrument
from vsvkit.plots._theme import LEVEL_BAND_COLORS, PALETTE


def instrument_or_default(instrument: Instrument | None) -> Instrument:
    return instrument if instrument is not None else load_instrument()


def check_frame(data, required: list[str], func: str) -> pd.DataFrame:
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"{func}: expected a pandas DataFrame, got {type(data).__name__}")
    missing = [c for c in required if c not in data.columns]
    if missing:
        raise ValueError(
            f"{func}: the table lacks column(s) {missing}; it has {list(data.columns)} "
            "(see docs/design.md, 'Scoring outputs')"
        )
    return data


def select_rows(data: pd.DataFrame, column: str, value, func: str, what: str) -> pd.DataFrame:
    """Keep the rows where ``column == value``; with value None the column must hold one value."""
    if column not in data.columns:
        if value is not None:
            raise ValueError(
                f"{func}: {what}={value!r} given but the table has no {column!r} column"
            )
        return data
    present = list(pd.unique(data[column].dropna()))
    if value is None:
        if len(present) > 1:
            raise ValueError(
                f"{func}: the table holds several {what}s {present}; pass {what}=<one of them>"
            )
        return data
    if value not in present:
        raise ValueError(f"{func}: {what}={value!r} is not in the table; it holds {present}")
    return data[data[column] == value]


def domain_order(data: pd.DataFrame, inst: Instrument, func: str) -> list[str]:
    """The domain codes of ``data`` in instrument order; unknown codes raise ValueError."""
    codes = set(data["domain"].dropna())
    unknown = sorted(codes - set(inst.domain_codes))
    if unknown:
        raise ValueError(
            f"{func}: domain code(s) {unknown} are not in instrument {inst.name!r} "
            f"(which has {list(inst.domain_codes)})"
        )
    return [c for c in inst.domain_codes if c in codes]


def item_order(data: pd.DataFrame, inst: Instrument, func: str) -> list[str]:
    """The item codes of ``data`` in instrument order; unknown codes raise ValueError."""
    known = [i.code for i in inst.items]
    present = set(data["item"].dropna())
    unknown = sorted(present - set(known))
    if unknown:
        raise ValueError(
            f"{func}: item code(s) {unknown} are not scored items of instrument {inst.name!r}"
        )
    return [c for c in known if c in present]


def one_row_per(data: pd.DataFrame, key: str, func: str) -> pd.DataFrame:
    dup = data[key][data[key].duplicated()]
    if len(dup):
        raise ValueError(
            f"{func}: {key} {sorted(set(dup))} appear(s) more than once; "
            "select one session/group/wave first"
        )
    return data.set_index(key)


def value_of(row: pd.Series, key, default: float) -> float:
    """``row[key]`` as a float; ``default`` when the row has no such entry or it is missing."""
    value = row[key] if key in row.index else None
    return default if value is None or pd.isna(value) else float(value)


def is_true(value) -> bool:
    return bool(value) if not pd.isna(value) else False


def wrap_text(text: str, width: int) -> str:
    if not width:
        return text
    return "\n".join(textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=True))


def legend_below(ax, *, xlabel: bool = True, ticks: bool = True, **kwargs) -> None:
    """A legend centred under the axes, clear of tick labels and axis label at any size."""
    size = mpl.rcParams["font.size"]
    drop = 6.0
    if ticks:
        drop += size * 1.2 + 3.5
    if xlabel:
        drop += size * 1.2 + 4
    trans = mtransforms.offset_copy(ax.transAxes, fig=ax.figure, y=-drop, units="points")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, 0), bbox_transform=trans, **kwargs)


def domain_label(inst: Instrument, code: str, lang: Lang, width: int = 0) -> str:
    return wrap_text(inst.domain(code).name(lang), width)


def item_label(inst: Instrument, code: str, labels: str, lang: Lang, wrap: int) -> str:
    """An item's tick label: its code, or (``labels="text"``) its code and wrapped text."""
    if labels == "code":
        return code
    return f"{code}  " + wrap_text(inst.item(code).text(lang), wrap)


def check_labels(labels: str, func: str) -> None:
    if labels not in ("code", "text"):
        raise ValueError(f"{func}: labels must be 'code' or 'text', got {labels!r}")


def level_name(inst: Instrument, level, lang: Lang) -> str:
    if level is None or pd.isna(level):
        return t("no_agreement", lang)
    return inst.level_label(int(level), lang) or str(level)


def level_bands(
    inst: Instrument, ax, *, axis: str = "x", lang: Lang, labels: bool = True, wrap: int = 12
) -> None:
    """Shade the level bands (0-25-50-75-100 by default) and name them on the top/right edge."""
    starts = [lv.start for lv in inst.levels] + [100.0]
    centres = []
    for n in range(len(inst.levels)):
        lo, hi = starts[n], starts[n + 1]
        colour = LEVEL_BAND_COLORS[min(n, len(LEVEL_BAND_COLORS) - 1)]
        span = ax.axvspan if axis == "x" else ax.axhspan
        span(lo, hi, color=colour, zorder=0, lw=0)
        centres.append((lo + hi) / 2)
    if not labels:
        return
    names = [wrap_text(lv.label(lang), wrap) for lv in inst.levels]
    if axis == "x":
        trans = mtransforms.blended_transform_factory(ax.transData, ax.transAxes)
        for x, name in zip(centres, names):
            ax.text(
                x,
                1.02,
                name,
                transform=trans,
                ha="center",
                va="baseline",
                color=PALETTE["muted"],
                fontsize="small",
                linespacing=1.0,
            )
    else:
        trans = mtransforms.blended_transform_factory(ax.transAxes, ax.transData)
        for y, name in zip(centres, names):
            ax.text(
                1.01,
                y,
                name,
                transform=trans,
                ha="left",
                va="center",
                color=PALETTE["muted"],
                fontsize="small",
                linespacing=1.0,
            )


def apply_title(ax, title, default: str, *, band_lines: int = 0) -> None:
    """Set the default title (title=True), a given one (str) or none (False/None).

    ``band_lines``: lines of level-band labels above the axes that the title must clear.
    """
    text = default if title is True else (title if isinstance(title, str) and title else None)
    if text is None:
        return
    pad = mpl.rcParams["axes.titlepad"]
    if band_lines:
        pad += band_lines * mpl.rcParams["font.size"] * 0.85 * 1.15 + 4
    ax.set_title(text, pad=pad)


def figure_title(ax) -> str:
    """The title of ``ax``'s figure on one line: its suptitle, else the Axes title ("" if none).

    The alternative text of a chart in the app and in the report.
    """
    fig = ax.figure
    titles = [fig.get_suptitle()] + [ax.get_title(loc) for loc in ("left", "center", "right")]
    return " ".join(next((title for title in titles if title), "").split())


def checked_lang(lang: Lang) -> Lang:
    return check_language(lang)


def prepare_domains(data, *, columns, session, group, inst, func):
    df = check_frame(data, ["domain", *columns], func)
    df = select_rows(df, "session", session, func, "session")
    df = select_rows(df, "group", group, func, "group")
    order = domain_order(df, inst, func)
    return one_row_per(df, "domain", func), order


#: Why a row is not shown (the ``reason`` column of the score tables); also i18n keys.
HIDDEN = ("too_few", "protected")


def hidden_reason(row) -> str:
    """The i18n key saying why a suppressed row is not shown ("too_few" unless it says else)."""
    reason = row["reason"] if "reason" in row.index else None
    return reason if isinstance(reason, str) and reason in HIDDEN else "too_few"


def row_status(row, pct_col: str) -> str | None:
    """Why a row has no figure: its hidden reason, 'no_data' for a missing score, else None."""
    if "suppressed" in row.index and is_true(row["suppressed"]):
        return hidden_reason(row)
    if pd.isna(row[pct_col]):
        return "no_data"
    return None


def row_level(row, inst: Instrument, pct_col: str):
    if "level" in row.index:
        return row["level"]
    return inst.level_of(float(row[pct_col]))
