"""Report machinery: execution, the report template, HTML/PDF export and batches.

The machinery is tested on tests/data/report_simple.ipynb (same parameters as the real
report notebook, no store needed): a session id starting with "bad" makes it raise a
StoreError, like an unknown session does in the real report.
"""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from _pdf import inked_pixels

from conftest import require
from vsvkit.errors import ReportError
from vsvkit.report import render_report, render_reports, report_path
from vsvkit.report.exporter import take_metadata
from vsvkit.report.toc import add_toc

SIMPLE = Path(__file__).parent / "data" / "report_simple.ipynb"


def _has_browser() -> bool:
    from vsvkit.report.browser import find_browser

    try:
        find_browser()
    except ReportError:
        return False
    return True


class _Refs(HTMLParser):
    """Collect every src/href and tag name of a page."""

    def __init__(self):
        super().__init__()
        self.refs: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.refs += [v for k, v in attrs if k in ("src", "href") and v]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    formats = ("html", "pdf") if _has_browser() else ("html",)
    paths = render_report(3, notebook=SIMPLE, formats=formats, out_dir=out)
    return out, paths


# -- pure helpers --------------------------------------------------------------------------
def test_toc_nests_subsections_under_sections():
    html = (
        "<!--vsvkit-toc--><h2 id='x'>no</h2>"
        '<h2 id="A">Eerste<a class="anchor-link" href="#A">¶</a></h2>'
        '<h3 class="vsv-domain" id="A1">Sub &amp; een</h3><h3>no id</h3>'
        '<h3 id="A2">Sub twee</h3>'
        '<h2 id="B">Tweede</h2>'
    )
    out = add_toc(html, "Inhoud")
    nav = out[: out.index("</nav>")]
    assert nav.count("<li>") == 4
    assert (
        '<ol><li><a href="#A">Eerste</a><ol><li><a href="#A1">Sub &amp; een</a></li>'
        '<li><a href="#A2">Sub twee</a></li></ol></li><li><a href="#B">Tweede</a></li></ol>'
    ) in nav
    assert "<!--vsvkit-toc-->" not in out


def test_parameters_are_injected_after_the_parameters_cell():
    from pathlib import PurePosixPath

    from vsvkit.report.execute import parameterize, read_notebook

    nb = read_notebook(SIMPLE)
    assert all(isinstance(c["source"], str) for c in nb["cells"])  # joined, as nbformat reads
    once = parameterize(nb, {"session_id": 3, "lang": "en", "db_url": PurePosixPath("/x.db")})
    twice = parameterize(once, {"session_id": 4, "lang": "nl", "db_url": None})
    for out, sid, lang, url in ((once, 3, "en", "'/x.db'"), (twice, 4, "nl", "None")):
        tags = [c.get("metadata", {}).get("tags", []) for c in out["cells"]]
        at = tags.index(["parameters"])
        assert tags[at + 1] == ["injected-parameters"] and tags.count(["injected-parameters"]) == 1
        assert out["cells"][at + 1]["source"] == (
            f"# Parameters\nsession_id = {sid}\nlang = '{lang}'\ndb_url = {url}\n"
        )
    assert "injected-parameters" not in str(nb)  # the notebook read is left as it was


def test_report_metadata_output_is_taken_out():
    import nbformat

    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("x")
    cell.outputs = [
        nbformat.v4.new_output(
            "display_data",
            data={"application/vnd.vsvkit.report+json": {"vsv": "VSV Noord", "title": "T"}},
        ),
        nbformat.v4.new_output("display_data", data={"text/plain": "kept"}),
    ]
    nb.cells = [cell]
    meta = take_metadata(nb)
    assert meta == {"vsv": "VSV Noord", "title": "T"}
    assert [o["data"] for o in nb.cells[0].outputs] == [{"text/plain": "kept"}]


def test_page_templates_escape_and_number_pages():
    from vsvkit.report.pdf import page_templates

    header, footer = page_templates("VSV <Zuid> & co", "Verslag", "pagina")
    assert "VSV &lt;Zuid&gt; &amp; co" in header and "<Zuid>" not in header
    assert 'class="pageNumber"' in footer and 'class="totalPages"' in footer


def test_unknown_format_and_language_are_refused():
    with pytest.raises(ReportError, match="allowed: html, pdf"):
        render_report(1, notebook=SIMPLE, formats=("docx",))
    with pytest.raises(ReportError, match="allowed: nl, en"):
        render_report(1, notebook=SIMPLE, lang="de")


def test_find_browser_says_what_to_install(monkeypatch, tmp_path):
    from vsvkit.report.browser import find_browser

    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("PLAYWRIGHT_BROWSERS_PATH", str(tmp_path))
    monkeypatch.delenv("VSVKIT_BROWSER", raising=False)
    with pytest.raises(ReportError, match="apt-get install chromium.*playwright install"):
        find_browser()
    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    assert str(find_browser()) == str(fake)


# -- execution and export ------------------------------------------------------------------
@pytest.mark.slow
def test_html_is_self_contained_without_code(rendered):
    out, paths = rendered
    html_path = report_path(out, {"vsv": "VSV Testregio 3"}, "nl", "html")
    assert html_path.name == "verslag-vsv-testregio-3.html"  # the notebook names no date
    assert paths[0] == html_path
    html = html_path.read_text(encoding="utf-8")
    parser = _Refs()
    parser.feed(html)
    outside = [r for r in parser.refs if r.startswith(("http:", "https:", "//"))]
    assert outside == []
    assert "script" not in parser.tags and "link" not in parser.tags
    images = [r for r in parser.refs if r.startswith("data:image/png;base64,")]
    assert len(images) == 1  # the one figure, embedded as PNG
    # no code, no prompts, no Jupyter CSS
    for needle in (
        "import matplotlib",
        "report_metadata(",
        "In&nbsp;[",
        "jp-InputPrompt jp-InputArea-prompt",
        "jp-CodeMirrorEditor",
        "--jp-",
        "application/vnd.vsvkit",
    ):
        assert needle not in html
    assert "VSV Testregio 3" in html and "<title>VSV-integratiemeter - VSV Testregio 3" in html
    toc = html[html.index('<nav class="vsv-toc">') : html.index("</nav>")]
    assert [t for t in ("Overzicht", "Domeinen", "De cliënte centraal") if t in toc] == [
        "Overzicht",
        "Domeinen",
        "De cliënte centraal",
    ]
    assert "@page { size: A4" in html


@pytest.mark.slow
def test_failure_is_a_readable_report_error(tmp_path):
    with pytest.raises(ReportError) as info:
        render_report("bad-1", notebook=SIMPLE, out_dir=tmp_path)
    message = str(info.value)
    assert message == (
        "Report for session bad-1 could not be made: StoreError: Sessie bad-1 bestaat niet"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_pdf_has_vsv_name_sections_and_inked_pages(rendered, tmp_path):
    require(_has_browser(), "no Chromium/Chrome for PDF export")
    require(shutil.which("pdftoppm") is not None, "poppler-utils not installed")
    out, paths = rendered
    pdf = report_path(out, {"vsv": "VSV Testregio 3"}, "nl", "pdf")
    assert pdf in paths and pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")[:-1]
    assert len(pages) == 3  # cover+contents, then the two cells tagged "new-page"
    for i, page in enumerate(pages, start=1):
        assert "VSV Testregio 3" in page  # header/footer on every page
        assert f"pagina {i} / 3" in page
    assert "Overzicht" in pages[1] and "Domeinen" in pages[2]
    inked = inked_pixels(pdf, tmp_path, dpi=40)
    assert len(inked) == 3
    # more than the header and footer: page 2 carries the bar chart
    assert all(n > 400 for n in inked), inked
    assert inked[1] > 2 * min(inked[0], inked[2]), inked


@pytest.mark.slow
def test_batch_goes_on_past_a_failing_session_and_leaks_nothing(tmp_path):
    result = render_reports(
        [11, "bad-12", 13, 14], notebook=SIMPLE, out_dir=tmp_path, workers=2, progress=False
    )
    assert list(result.ok) == [11, 13, 14]
    assert list(result.failed) == ["bad-12"]
    assert "StoreError: Sessie bad-12 bestaat niet" in result.failed["bad-12"]
    for sid in (11, 13, 14):
        (path,) = result.ok[sid]
        html = path.read_text(encoding="utf-8")
        assert f"VSV Testregio {sid}" in html
        # the notebook shows a variable left by a previous report in the same kernel
        assert "carry-over: none" in html
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        f"verslag-vsv-testregio-{sid}.html" for sid in (11, 13, 14)
    ]


def test_a_kernel_that_dies_while_starting_is_started_once_more(tmp_path, monkeypatch):
    """The first start of the kernel exits at once (as when another process took one of its
    ports); the second start answers, and the notebook runs."""
    import json
    import sys

    from vsvkit.report.execute import Kernel

    marker = tmp_path / "started-once"
    script = tmp_path / "flaky_kernel.py"
    script.write_text(
        "import os, pathlib, sys\n"
        f"marker = pathlib.Path({str(marker)!r})\n"
        "if not marker.exists():\n"
        "    marker.touch()\n"
        "    sys.exit(1)\n"
        "from ipykernel import kernelapp\n"
        "kernelapp.launch_new_instance()\n"
    )
    spec = tmp_path / "kernels" / "flaky"
    spec.mkdir(parents=True)
    argv = [sys.executable, str(script), "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(json.dumps({"argv": argv, "language": "python"}))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path))
    kernel = Kernel("flaky")
    try:
        kernel.wait_ready(timeout=60)
        nb = {"cells": [{"cell_type": "code", "source": "print(6 * 7)", "metadata": {}}]}
        out = kernel.run(nb)
    finally:
        kernel.close()
    assert marker.exists()
    assert out["cells"][0]["outputs"][0]["text"] == "42\n"
