"""The real workshop app (notebooks/workshop.ipynb under ``vsvkit serve``) in a real Chromium.

The app server shared by the browser tests, on its copy of the demo store (six sample
sessions); the notes test restarts it. Every step leaves a screenshot in
``test-artifacts/workshop-*.png``. Console messages of every page are collected and checked at
the end for widget registration errors.
"""

from __future__ import annotations

import re
import time

import pytest

from ._app import APP_SELECTOR, ARTIFACTS, CHART_IMG, leave, stop_presenting

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NOTEBOOK = "workshop.ipynb"
#: console messages (type, text, test) of every page opened in this module
CONSOLE: list[tuple[str, str, str]] = []
PAGES_OPENED: list[str] = []
NOTE_TEXT = "Geboorteplan: samen één format kiezen – test ë"


@pytest.fixture(scope="module")
def server(app_server):
    """The shared app server (conftest); the notes test restarts it."""
    return app_server


@pytest.fixture(scope="module")
def db(app_db):
    """The shared app server's store (the notes test writes one domain's notes into it)."""
    return app_db


@pytest.fixture
def page(browser, request):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    pg = context.new_page()
    name = request.node.name
    PAGES_OPENED.append(name)

    def on_console(m):
        if m.type in ("error", "warning"):
            CONSOLE.append((m.type, m.text, name))

    def on_error(err):
        CONSOLE.append(("pageerror", str(err), name))

    pg.on("console", on_console)
    pg.on("pageerror", on_error)
    yield pg
    # what the page says while it is being left is not this test's
    pg.remove_listener("console", on_console)
    pg.remove_listener("pageerror", on_error)
    leave(pg)
    context.close()


# -- helpers ----------------------------------------------------------------------------------
def _open(page, server) -> None:
    page.goto(server.url(NOTEBOOK), wait_until="commit", timeout=60_000)
    page.wait_for_selector(APP_SELECTOR, state="visible", timeout=60_000)
    page.wait_for_selector(CHART_IMG, state="visible", timeout=60_000)


def _shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"workshop-{name}.png"), full_page=True)


def _options(page, css: str) -> list[str]:
    return [
        s.replace("\xa0", " ")
        for s in page.eval_on_selector_all(f"{css} select option", "els => els.map(e => e.text)")
    ]


def _selected(page, css: str) -> str:
    return page.eval_on_selector(f"{css} select", "s => s.options[s.selectedIndex].text").replace(
        "\xa0", " "
    )


def _select(page, css: str, label: str) -> None:
    """Choose the option whose text (non-breaking spaces as spaces) is ``label``."""
    options = _options(page, css)
    assert label in options, f"{label!r} not in {options}"
    page.select_option(f"{css} select", index=options.index(label))


def _page_title(page) -> str:
    return page.locator(".vsvkit-page-title").inner_text()


def _goto_page(page, label: str) -> None:
    _select(page, ".vsvkit-page-picker", label)
    page.wait_for_function(
        "t => { const h = document.querySelector('.vsvkit-page-title');"
        " return h !== null && h.textContent === t; }",
        arg=label,
        timeout=30_000,
    )


def _text(page) -> str:
    """The page's visible text without members' own remarks (free text in their words)."""
    text = page.inner_text("body")
    for remark in page.eval_on_selector_all(
        ".vsvkit-remarks li", "els => els.map(e => e.innerText)"
    ):
        text = text.replace(remark, "")
    return text.replace("\xa0", " ")


def _card_value(page, label: str) -> str:
    return page.eval_on_selector_all(
        ".vsvkit-card",
        "(cards, label) => cards.filter(c => c.querySelector('.vsvkit-card-label').textContent"
        " === label).map(c => c.querySelector('.vsvkit-card-value').textContent)",
        label,
    )


def _session_label(db: str, vsv: str, wave: str) -> tuple[str, int]:
    """The session picker's label of a session, built from the store (not from the page),
    and its id."""
    from vsvkit.formatting import fmt_date
    from vsvkit.i18n import wave_label
    from vsvkit.store import Store

    store = Store(db)
    try:
        s = store.sessions()
    finally:
        store.close()
    row = s[(s["vsv"] == vsv) & (s["wave"] == wave)].iloc[0]
    return (
        f"{row.vsv} – {fmt_date(row.date, lang='nl')} – {wave_label(row.wave, 'nl')}"
        f" (n = {row.n_respondents})"
    ), int(row.id)


def _expected_total(db: str, session_id: int) -> str:
    from vsvkit.formatting import fmt_pct
    from vsvkit.mirror import build_mirror
    from vsvkit.store import Store

    store = Store(db)
    try:
        return fmt_pct(build_mirror(store, session_id).total.iloc[0]["pct"], lang="nl")
    finally:
        store.close()


# -- tests ------------------------------------------------------------------------------------
def test_overview_shows_six_domains(page, server, db):
    from vsvkit.sample import sample_instrument

    inst = sample_instrument()
    _open(page, server)
    _shot(page, "overview-nl")
    names = [d.name("nl") for d in inst.domains]
    assert len(names) == 6
    picker = _options(page, ".vsvkit-page-picker")
    assert picker[0] == "Overzicht"
    assert picker[1:7] == names
    assert _page_title(page) == "Overzicht"
    # the overview and continuum charts (plus the profession heatmap) are real PNG images
    sizes = page.eval_on_selector_all(
        "img.vsvkit-chart", "els => els.map(e => [e.naturalWidth, e.naturalHeight])"
    )
    assert len(sizes) >= 2
    assert all(w > 300 and h > 100 for w, h in sizes)
    # the latest session opens: VSV Voorbeeldstad follow-up, total as the core computes it
    label, sid = _session_label(db, "VSV Voorbeeldstad", "follow-up")
    assert _selected(page, ".vsvkit-session") == label
    assert _card_value(page, "Totale integratiescore") == [_expected_total(db, sid)]
    body = _text(page)
    assert "Respons per beroepsgroep" in body
    table = page.locator("h3:has-text('Respons per beroepsgroep') + table").inner_text()
    # gynaecologists are shown; the community midwives are not (the echelon eerste lijn minus
    # them would give the GPs), and the small groups are merged
    assert "gynaecoloog" in table and "overige beroepen" in table
    assert "eerstelijns verloskundige" not in table


def test_switching_session_changes_figures(page, server, db):
    _open(page, server)
    before_total = _card_value(page, "Totale integratiescore")
    assert page.locator(".vsvkit-session-title").inner_text() == "VSV Voorbeeldstad"
    label, sid = _session_label(db, "VSV Denkbeeldig Delta", "baseline")
    _select(page, ".vsvkit-session", label)
    page.wait_for_function(
        "() => document.querySelector('.vsvkit-session-title')?.textContent"
        " === 'VSV Denkbeeldig Delta'",
        timeout=30_000,
    )
    page.wait_for_selector(CHART_IMG, state="visible", timeout=30_000)
    _shot(page, "overview-other-session")
    after_total = _card_value(page, "Totale integratiescore")
    assert after_total == [_expected_total(db, sid)]
    assert after_total != before_total
    assert _card_value(page, "deelnemers") == ["66"]
    assert "19 november 2024" in page.locator(".vsvkit-session-subtitle").inner_text()


def test_filter_offers_only_what_the_privacy_decision_shows(page, server, db):
    _open(page, server)
    label, _ = _session_label(db, "VSV Fictiefwaard", "baseline")
    _select(page, ".vsvkit-session", label)
    page.wait_for_function(
        "() => document.querySelector('.vsvkit-session-title')?.textContent === 'VSV Fictiefwaard'",
        timeout=30_000,
    )
    page.wait_for_selector(CHART_IMG, state="visible", timeout=30_000)
    options = _options(page, ".vsvkit-filter")
    # 1 GP, 2 paediatricians, ... are merged; the 6 community midwives and the echelon
    # tweede lijn are hidden to protect them (eerste lijn 7 minus 6 midwives = the GP)
    assert options == [
        "Alle deelnemers",
        "beroepsgroep: overige beroepen",
        "echelon: overige echelons",
    ]
    images_before = page.eval_on_selector_all("img.vsvkit-chart", "els => els.map(e => e.src)")
    _select(page, ".vsvkit-filter", "beroepsgroep: overige beroepen")
    page.wait_for_function(
        "() => (document.querySelector('.vsvkit-session-subtitle')?.textContent || '')"
        ".includes('overige beroepen')",
        timeout=30_000,
    )
    page.wait_for_selector(CHART_IMG, state="visible", timeout=30_000)
    page.wait_for_function(
        "() => [...document.querySelectorAll('.vsvkit-card')].some(c => c.querySelector("
        "'.vsvkit-card-label').textContent === 'deelnemers' && c.querySelector("
        "'.vsvkit-card-value').textContent === '11')",
        timeout=30_000,
    )
    _shot(page, "filter-merged-group")
    assert _card_value(page, "deelnemers") == ["11"]
    images_after = page.eval_on_selector_all("img.vsvkit-chart", "els => els.map(e => e.src)")
    assert images_after != images_before


def _wait_saved(page) -> None:
    page.wait_for_function(
        "() => (document.querySelector('.vsvkit-notes .vsvkit-saved')?.textContent || '')"
        ".startsWith('Opgeslagen om')",
        timeout=30_000,
    )


def _notes_value(page, server, domain: str) -> str:
    _open(page, server)
    _goto_page(page, domain)
    area = page.locator(".vsvkit-notes textarea")
    area.wait_for(state="visible", timeout=30_000)
    return area.input_value()


def test_notes_survive_reload_and_server_restart(page, server, db):
    from vsvkit.sample import sample_instrument

    domain = sample_instrument().domain("SUP").name("nl")
    _open(page, server)
    _goto_page(page, domain)
    area = page.locator(".vsvkit-notes textarea")
    area.click()
    area.fill(NOTE_TEXT)
    _wait_saved(page)
    _shot(page, "domain-nl")
    assert page.locator(".vsvkit-notes .vsvkit-saved").inner_text().startswith("Opgeslagen om")

    page.reload(wait_until="commit")
    assert _notes_value(page, server, domain) == NOTE_TEXT

    server.restart()
    assert _notes_value(page, server, domain) == NOTE_TEXT
    # another domain's notes stay empty (the text was saved for this domain only)
    other = sample_instrument().domain("CLI").name("nl")
    _goto_page(page, other)
    assert page.locator(".vsvkit-notes textarea").input_value() == ""


def _bad_csv(tmp_path):
    """The Fictiefwaard sample export with one answer changed to 5 (row 3, item CLI1)."""
    from vsvkit.paths import sample_data_dir

    source = sample_data_dir() / "fictiefwaard_2025-06-04_baseline.csv"
    lines = source.read_text(encoding="utf-8-sig").splitlines()
    header = lines[0].split(";")
    col = next(i for i, h in enumerate(header) if h.endswith("[CLI1]"))
    cells = lines[2].split(";")
    cells[col] = "5"
    lines[2] = ";".join(cells)
    path = tmp_path / "antwoorden_met_fout.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, header[col]


def test_invalid_upload_shows_problems_and_stores_nothing(page, server, db, tmp_path):
    from vsvkit.store import Store

    store = Store(db)
    n_before = len(store.sessions())
    store.close()
    bad, column = _bad_csv(tmp_path)
    _open(page, server)
    sessions_before = _options(page, ".vsvkit-session")
    # the import page has no page heading of its own: wait for the import panel
    _select(page, ".vsvkit-page-picker", "Sessie importeren")
    page.wait_for_selector("button.vsvkit-upload", state="visible", timeout=30_000)
    # ipywidgets 8's FileUpload keeps its <input type=file> out of the DOM and clicks it from
    # the button, so the file goes in through the file chooser that the click opens
    with page.expect_file_chooser() as chooser:
        page.locator("button.vsvkit-upload").click()
    chooser.value.set_files(str(bad))
    page.wait_for_function(
        "() => document.querySelector('button.vsvkit-upload').textContent.includes('(1)')",
        timeout=10_000,
    )
    page.locator(".vsvkit-import .widget-text input").first.fill("VSV Testfout")
    page.locator(".vsvkit-import .widget-text input").first.dispatch_event("change")
    time.sleep(0.5)  # let the upload's value reach the kernel
    page.locator("button.vsvkit-import-button").click()
    table = page.locator("table.vsvkit-problems")
    table.wait_for(state="visible", timeout=30_000)
    _shot(page, "problem-table")
    rows = page.eval_on_selector_all(
        "table.vsvkit-problems tbody tr",
        "trs => trs.map(tr => [...tr.querySelectorAll('td')].map(td => td.textContent))",
    )
    assert len(rows) == 1
    row, col, value, rule = rows[0]
    assert row == "3"  # header is row 1, the changed line is the second respondent
    assert col == column
    assert value == "5"
    assert rule  # says what is allowed
    assert "1 probleem" in page.locator(".vsvkit-import-result .vsvkit-error").inner_text()
    assert _options(page, ".vsvkit-session") == sessions_before
    store = Store(db)
    try:
        assert len(store.sessions()) == n_before
        assert "VSV Testfout" not in set(store.sessions()["vsv"])
    finally:
        store.close()


def _ui_strings(lang: str, other: str) -> list[str]:
    """UI strings of ``lang`` (longer than 3 characters) that differ from ``other``'s.

    Strings with placeholders are split into their literal fragments. A string that is
    also a word of the other language's UI strings is left out (e.g. "kraamzorg").
    """
    from vsvkit.i18n import STRINGS

    mine, theirs = STRINGS[lang], STRINGS[other]
    other_words = set()
    for v in theirs.values():
        other_words.update(re.findall(r"\w+", v.lower()))
    found = set()
    for key, value in mine.items():
        if value == theirs.get(key):
            continue
        for fragment in re.split(r"\{[^}]*\}", value):
            fragment = fragment.strip(" .:;,()'")
            if len(fragment) <= 3:
                continue
            words = re.findall(r"\w+", fragment.lower())
            if len(words) == 1 and words[0] in other_words:
                continue
            found.add(fragment)
    return sorted(found)


ENGLISH_LEFTOVERS = ["Upload", "Select", "Loading", "Executing", "Error", "Traceback"]


def _leftovers(text: str, strings: list[str]) -> list[str]:
    return [s for s in strings if re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text)]


def _page_texts(page, names: list[str]) -> dict[str, str]:
    texts = {}
    for name in names:
        _goto_page(page, name)
        time.sleep(0.3)
        texts[name] = _text(page)
    return texts


def test_dutch_view_has_no_english_ui_strings(page, server):
    from vsvkit.sample import sample_instrument

    english = _ui_strings("en", "nl") + ENGLISH_LEFTOVERS
    assert "Presenter mode" in english and "Overview" in english
    inst = sample_instrument()
    _open(page, server)
    texts = {"Overzicht": _text(page)}
    texts.update(
        _page_texts(page, [inst.domain("COO").name("nl"), "Bespreekpunten", "Vervolgplan"])
    )
    _shot(page, "plan-nl")
    texts.update(_page_texts(page, ["Verslag"]))
    _shot(page, "report-nl")
    _goto_page(page, "Bespreekpunten")
    _shot(page, "discussion-nl")
    found = {name: _leftovers(text, english) for name, text in texts.items()}
    assert found == {name: [] for name in texts}


def test_english_view_has_no_dutch_ui_strings(page, server):
    from vsvkit.sample import sample_instrument

    # the product name in the template's header bar is a name, not a UI string to translate
    dutch = [s for s in _ui_strings("nl", "en") if s != "VSV-integratiemeter"]
    assert "Presentatiemodus" in dutch and "Overzicht" in dutch
    inst = sample_instrument()
    _open(page, server)
    page.locator(".vsvkit-lang button", has_text="EN").click()
    page.wait_for_function(
        "() => document.querySelector('.vsvkit-page-title')?.textContent === 'Overview'",
        timeout=30_000,
    )
    page.wait_for_selector(CHART_IMG, state="visible", timeout=30_000)
    texts = {"Overview": _text(page)}
    texts.update(
        _page_texts(
            page, [inst.domain("COO").name("en"), "Discussion points", "Follow-up plan", "Report"]
        )
    )
    _shot(page, "report-en")
    found = {name: _leftovers(text, dutch) for name, text in texts.items()}
    assert found == {name: [] for name in texts}


def test_presenter_toggle_opens_the_presenter_view(page, server, db):
    """ "Presentatiemodus" puts the presenter view of the session on screen in place of the
    app's pages: the workshop's steps, what the room sees, the link to the room view and the
    keys' buttons; a second click returns to the pages and the workshop is no longer
    presented. (The room view, the keys and the sync of the windows: test_room_browser.py.)"""
    from vsvkit.mirror import build_mirror
    from vsvkit.room import room_path, workshop_steps
    from vsvkit.store import Store

    _open(page, server)
    label, sid = _session_label(db, "VSV Voorbeeldstad", "follow-up")
    assert _selected(page, ".vsvkit-session") == label
    assert page.locator(".vsvkit-presenter-view").count() == 0
    page.locator(".vsvkit-presenter-toggle").click()
    try:
        page.wait_for_selector(".vsvkit-preview-frame", state="visible", timeout=30_000)
        page.frame_locator(".vsvkit-preview-frame").locator(".room-step").wait_for()
        _shot(page, "presenter-view")
        store = Store(db)
        try:
            mirror = build_mirror(store, sid)
        finally:
            store.close()
        titles = [s.title(mirror, "nl") for s in workshop_steps(mirror)]
        # the steps of the workshop in place of the app's pages and filter
        assert _options(page, ".vsvkit-step-picker") == titles
        assert _selected(page, ".vsvkit-step-picker") == titles[0]
        assert page.locator(".vsvkit-page-picker").is_hidden()
        assert page.locator(".vsvkit-filter").is_hidden()
        link = page.locator(".vsvkit-room-link")
        assert link.get_attribute("data-session") == str(sid)
        assert link.locator("a").get_attribute("href").endswith(room_path(sid))
        for key in ("prev", "next", "black", "home"):
            assert page.locator(f".vsvkit-presenter-view .vsvkit-key-{key}").is_visible()
        # the larger presenter type does not cut off button labels
        clipped = page.eval_on_selector_all(
            ".vsvkit-app .jupyter-button",
            "els => els.filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)"
            ".map(e => e.textContent)",
        )
        assert clipped == []
        # the next step: the overview, asking the room for a guess first
        page.locator(".vsvkit-presenter-view .vsvkit-key-next").click()
        page.wait_for_function(
            "t => { const s = document.querySelector('.vsvkit-step-picker select');"
            " return s && s.options[s.selectedIndex].text.replace(/\\u00a0/g, ' ') === t; }",
            arg=titles[1],
            timeout=30_000,
        )
        page.wait_for_selector(".vsvkit-key-reveal", state="visible", timeout=30_000)
        frame = page.frame_locator(".vsvkit-preview-frame")
        frame.locator(".room-step[data-step='overview'] .room-guess").wait_for()
        _shot(page, "presenter-view-overview")
        assert "vsvkit-presenter" in page.locator(APP_SELECTOR).get_attribute("class")
        store = Store(db)
        try:
            assert store.presenting_session() == sid
            assert store.room(sid).step == "overview"
        finally:
            store.close()
        # and back to the app's pages
        page.locator(".vsvkit-presenter-toggle").click()
        page.wait_for_selector(CHART_IMG, state="visible", timeout=30_000)
        assert page.locator(".vsvkit-presenter-view").count() == 0
        assert "vsvkit-presenter" not in page.locator(APP_SELECTOR).get_attribute("class")
        assert page.locator(".vsvkit-page-picker").is_visible()
        assert _page_title(page) == "Overzicht"
        store = Store(db)
        try:
            assert store.presenting_session() is None
        finally:
            store.close()
    finally:
        stop_presenting(db)  # the shared store's app opens in its pages for the next test


def test_language_switch_to_english(page, server):
    from vsvkit.sample import sample_instrument

    inst = sample_instrument()
    _open(page, server)
    page.locator(".vsvkit-lang button", has_text="EN").click()
    page.wait_for_function(
        "() => document.querySelector('.vsvkit-page-title')?.textContent === 'Overview'",
        timeout=30_000,
    )
    page.wait_for_selector(CHART_IMG, state="visible", timeout=30_000)
    _shot(page, "overview-en")
    picker = _options(page, ".vsvkit-page-picker")
    assert picker[0] == "Overview"
    assert picker[1:7] == [d.name("en") for d in inst.domains]
    assert picker[1] == "Client-centred care"
    assert _options(page, ".vsvkit-filter")[0] == "All respondents"
    assert _card_value(page, "Total integration score")
    assert page.locator(".vsvkit-presenter-toggle").inner_text() == "Presenter mode"


def test_zz_console_has_no_widget_errors():
    """Runs last: no page of this module logged a widget registration error."""
    assert PAGES_OPENED, "no page was opened in this module"
    bad = [
        (kind, text[:200], test)
        for kind, text, test in CONSOLE
        if "not registered" in text or re.search(r"Class \S+ not found", text)
    ]
    assert bad == []
    page_errors = [(text[:200], test) for kind, text, test in CONSOLE if kind == "pageerror"]
    assert page_errors == []
