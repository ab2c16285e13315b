"""Figures users see are in their language: no decimal point in Dutch, no comma in English.

The workshop app and the region page are built on the demo store and walked page by page
(every page of two sessions, the overview of every filter that may be chosen); all visible
text is collected: HTML (without its CSS), labels, button texts, options, and every text of
every chart drawn (tick labels, bar labels, titles, legends). The Dutch and English session
reports are rendered as in tests/test_report_content.py and read back as text.

Not figures, and so allowed: the instrument version ("versie 2026.1"). Attributes (CSS, file
names, ISO dates in download names, data URLs) are not visible text and are not scanned.

Sample sessions (load_demo order): 1 Voorbeeldstad baseline, 2 Voorbeeldstad follow-up,
3 Denkbeeldig Delta baseline, 4 Denkbeeldig Delta follow-up, 5 Fictiefwaard, 6 Proefpolder.
"""

from __future__ import annotations

import base64
import re
from xml.etree import ElementTree

import ipywidgets as W
import pytest
from bs4 import BeautifulSoup

import vsvkit.widgets.app as app_module
import vsvkit.widgets.region as region_module
from vsvkit.mirror import filter_options
from vsvkit.report import render_reports
from vsvkit.widgets import WorkshopApp
from vsvkit.widgets.region import RegionApp

VOORBEELD_FOLLOW, FICTIEFWAARD = 2, 5
#: A decimal point between digits (Dutch must not have it), a decimal comma (English must not).
POINT, COMMA = re.compile(r"\d\.\d"), re.compile(r"\d,\d")
NOT_FIGURES = re.compile(r"\b(versie|version) \d+(\.\d+)+")


def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


def _visible(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["style", "script"]):
        tag.decompose()
    alts = [img.get("alt", "") for img in soup.find_all("img")]
    return " ".join([soup.get_text(" "), *alts])


def widget_texts(root) -> list[str]:
    """Everything a user can read in a widget tree (not its charts: see ``charts``)."""
    out = []
    for w in _walk(root):
        if isinstance(w, (W.HTML, W.HTMLMath, W.Label)):
            out.append(_visible(w.value))
        if isinstance(w, (W.Text, W.Textarea)):
            out.append(w.value)
        for attr in ("description", "placeholder", "tooltip"):
            value = getattr(w, attr, None)
            if isinstance(value, str):
                out.append(value)
        for option in getattr(w, "options", None) or ():
            out.append(str(option[0] if isinstance(option, tuple) else option))
    return [s for s in out if s]


def figure_texts(fig) -> list[str]:
    out = []
    for ax in fig.axes:  # with inset axes and colour bars
        out += [t.get_text() for t in ax.texts]
        out += [lbl.get_text() for lbl in ax.get_xticklabels() + ax.get_yticklabels()]
        out += [ax.get_title(loc=loc) for loc in ("left", "center", "right")]
        out += [ax.get_xlabel(), ax.get_ylabel()]
        if ax.get_legend():
            out += [t.get_text() for t in ax.get_legend().get_texts()]
    return [s for s in out if s]


@pytest.fixture
def charts(monkeypatch, tmp_path):
    """Texts of every chart the apps draw (a fresh chart cache: every chart is drawn)."""
    import platformdirs

    # the apps' default chart cache (vsvkit.widgets.chart_cache): a fresh folder
    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda *a, **k: str(tmp_path / "cache"))
    drawn: list[str] = []
    real = app_module.figure_png

    def capture(draw, *, presenter: bool = False) -> bytes:
        def drawing():
            ax = draw()
            drawn.extend(figure_texts(ax.figure))
            return ax

        return real(drawing, presenter=presenter)

    monkeypatch.setattr(app_module, "figure_png", capture)
    monkeypatch.setattr(region_module, "figure_png", capture)
    return drawn


def _figures_with(pattern: re.Pattern, texts: list[str]) -> list[str]:
    """Each text holding ``pattern``, with a little context (versions taken out first)."""
    hits = []
    for text in texts:
        text = NOT_FIGURES.sub("", text)
        hits += [text[max(0, m.start() - 25) : m.end() + 15] for m in pattern.finditer(text)]
    return hits


def walk_app(app: WorkshopApp) -> list[str]:
    """Show every page of the session on screen and collect what it shows."""
    texts = widget_texts(app)
    for page in app.page_order:
        app.show(page)
        texts += widget_texts(app)
    return texts


@pytest.mark.slow
def test_dutch_app_has_no_decimal_point_in_figures(demo_store, instrument, charts):
    app = WorkshopApp(demo_store, instrument=instrument, session_id=VOORBEELD_FOLLOW)
    texts = walk_app(app)
    assert "change" in app.page_order  # the comparison page was walked too
    # the overview of every filter that may be chosen
    for grouping, group, status in filter_options(app.mirror().groups):
        if status == "shown":
            app.filter.value = f"{grouping}:{group}"
            app.show("overview")
            texts += widget_texts(app)
    app.filter.value = "__all__"
    # a session with small, merged groups
    app.session_picker.value = FICTIEFWAARD
    texts += walk_app(app)
    region = RegionApp(demo_store, instrument=instrument)
    region.named_picker.value = tuple(region.vsvs)
    texts += widget_texts(region)
    shown = texts + charts
    # the scan saw figures with decimals: consensus cards, gaps, chart labels, alpha
    assert len(charts) > 500
    assert len([s for s in shown if COMMA.search(s)]) > 50
    assert _figures_with(POINT, shown) == []


@pytest.mark.slow
def test_english_app_has_decimal_points(demo_store, instrument, charts):
    app = WorkshopApp(demo_store, instrument=instrument, session_id=VOORBEELD_FOLLOW)
    app.language.value = "en"
    shown = walk_app(app) + charts
    assert len([s for s in shown if POINT.search(s)]) > 20
    assert _figures_with(COMMA, shown) == []


def _chart_texts(html: str) -> list[str]:
    """The text of every chart of a report: its SVG images keep their words as ``<text>``."""
    soup = BeautifulSoup(html, "html.parser")
    out = []
    for img in soup.find_all("img"):
        src = img.get("src", "")
        if src.startswith("data:image/svg+xml;base64,"):
            svg = ElementTree.fromstring(base64.b64decode(src.split(",", 1)[1]))
            out += ["".join(t.itertext()) for t in svg.iter("{http://www.w3.org/2000/svg}text")]
    return out


@pytest.fixture(scope="module")
def report_texts(demo_db, tmp_path_factory):
    """Visible text of the Dutch reports of two sessions and the English report of one, the
    text of their charts included."""
    out = tmp_path_factory.mktemp("reports")
    texts = {}
    for lang, ids in (("nl", [VOORBEELD_FOLLOW, FICTIEFWAARD]), ("en", [VOORBEELD_FOLLOW])):
        result = render_reports(ids, db_url=demo_db, lang=lang, out_dir=out, progress=False)
        assert result.failed == {}
        texts[lang] = []
        for sid in ids:
            (path,) = result.ok[sid]
            html = path.read_text(encoding="utf-8")
            charts = _chart_texts(html)
            assert len(charts) > 100  # ticks, bar labels, legends, statements
            texts[lang].append(" ".join([_visible(html), *charts]))
    return texts


@pytest.mark.slow
def test_dutch_report_has_no_decimal_point_in_figures(report_texts):
    text = " ".join(report_texts["nl"])
    assert "7 oktober 2026" in text and "4 juni 2025" in text
    assert len(COMMA.findall(text)) > 20  # consensus per domain, gaps, discussion points
    assert _figures_with(POINT, report_texts["nl"]) == []


@pytest.mark.slow
def test_english_report_uses_decimal_points(report_texts):
    text = " ".join(report_texts["en"])
    assert "7 October 2026" in text
    assert len(POINT.findall(NOT_FIGURES.sub("", text))) > 20
    assert _figures_with(COMMA, report_texts["en"]) == []
