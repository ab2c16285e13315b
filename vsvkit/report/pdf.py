"""PDF export through a headless Chromium (nbconvert's browser-based "webpdf" route).

nbconvert's own :class:`~nbconvert.exporters.webpdf.WebPDFExporter` can only launch the
browser Playwright downloaded itself. Here the system's Chromium/Chrome/Edge is launched
through Playwright's ``executable_path`` (see :func:`vsvkit.report.browser.find_browser`), with
A4 pages and a header and footer carrying the VSV name and page numbers.

Playwright is imported lazily; without it a :class:`~vsvkit.errors.ReportError` says what
to install.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import html as html_lib
import logging

from traitlets import Unicode, default

from vsvkit.errors import ReportError
from vsvkit.report.browser import CHROMIUM_ARGS
from vsvkit.report.exporter import ReportHTMLExporter

__all__ = ["html_to_pdf", "page_templates", "ReportPDFExporter"]

log = logging.getLogger(__name__)


_BAND_STYLE = (
    "font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 8.5pt; color: #555;"
    " width: 100%; margin: 0 16mm; display: flex; justify-content: space-between;"
)


def page_templates(left: str, right: str = "", page_word: str = "pagina") -> tuple[str, str]:
    """Chromium header and footer templates.

    Parameters
    ----------
    left, right : str
        Plain text for the header's left and right side (e.g. VSV name, report title).
    page_word : str
        Word before the page number ("pagina" / "page").

    Returns
    -------
    (header, footer) : tuple of str
        HTML snippets for Playwright's ``page.pdf(header_template=..., footer_template=...)``;
        the footer fills in ``pageNumber`` and ``totalPages``.
    """
    esc = html_lib.escape
    header = f'<div style="{_BAND_STYLE}"><span>{esc(left)}</span><span>{esc(right)}</span></div>'
    footer = (
        f'<div style="{_BAND_STYLE}"><span>{esc(left)}</span>'
        f'<span>{esc(page_word)} <span class="pageNumber"></span> / '
        '<span class="totalPages"></span></span></div>'
    )
    return header, footer


async def _print(html: str, executable: str, header: str, footer: str, timeout_s: float) -> bytes:
    try:
        from playwright.async_api import async_playwright
    except ModuleNotFoundError as err:
        raise ReportError(key="report_needs_playwright") from err
    async with async_playwright() as pw:
        try:
            browser = await pw.chromium.launch(
                executable_path=executable,
                args=list(CHROMIUM_ARGS),
                handle_sigint=False,
                handle_sigterm=False,
                handle_sighup=False,
                timeout=timeout_s * 1000,
            )
        except Exception as err:  # playwright raises its own Error types
            raise ReportError(key="report_browser_failed", browser=executable, error=err) from err
        try:
            page = await browser.new_page()
            blocked: list[str] = []

            async def _route(route):
                url = route.request.url
                if url.startswith(("data:", "about:")):
                    await route.continue_()
                else:  # a self-contained report makes no requests; refuse any
                    blocked.append(url)
                    await route.abort()

            await page.route("**/*", _route)
            await page.emulate_media(media="print")
            await page.set_content(html, wait_until="load", timeout=timeout_s * 1000)
            await page.evaluate("document.fonts.ready.then(() => true)")
            if blocked:
                log.warning(
                    "report HTML tried to load %d outside resources: %s", len(blocked), blocked[:3]
                )
            return await page.pdf(
                format="A4",
                print_background=True,
                display_header_footer=True,
                header_template=header,
                footer_template=footer,
                margin={"top": "18mm", "bottom": "16mm", "left": "16mm", "right": "16mm"},
            )
        finally:
            await browser.close()


def html_to_pdf(
    html: str,
    *,
    header: str = "<span></span>",
    footer: str = "<span></span>",
    executable: str | None = None,
    timeout: float = 120,
) -> bytes:
    """Print self-contained HTML to an A4 PDF with a headless Chromium.

    Parameters
    ----------
    html : str
        The report HTML (images and styles embedded; outside requests are blocked).
    header, footer : str
        Chromium header/footer templates, e.g. from :func:`page_templates`.
    executable : str, optional
        Browser to launch; default :func:`vsvkit.report.browser.find_browser`.
    timeout : float
        Seconds allowed for starting the browser and loading the page.

    Returns
    -------
    bytes
        The PDF.

    Raises
    ------
    ReportError
        No browser or Playwright, or the browser failed.
    """
    if executable is None:
        from vsvkit.report.browser import find_browser

        executable = str(find_browser())
    # Run in a thread with its own event loop so this also works when the caller already
    # runs one (a Jupyter kernel, the Voila app).
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        job = pool.submit(asyncio.run, _print(html, executable, header, footer, timeout))
        try:
            return job.result()
        except ReportError:
            raise
        except Exception as err:
            log.debug("PDF printing failed", exc_info=True)
            raise ReportError(key="report_pdf_failed", error=err) from err


class ReportPDFExporter(ReportHTMLExporter):
    """nbconvert exporter: the vsvkit report template printed to PDF by the system Chromium.

    Registered as an nbconvert exporter entry point (``jupyter nbconvert --to vsvkit_pdf``).
    """

    export_from_notebook = "PDF (vsvkit report)"
    browser_executable = Unicode(
        "", help="Browser to launch; empty: vsvkit.report.browser.find_browser()"
    ).tag(config=True)

    @default("file_extension")
    def _file_extension_default(self):
        return ".pdf"

    def from_notebook_node(self, nb, resources=None, **kw):
        html, resources = super().from_notebook_node(nb, resources=resources, **kw)
        meta = resources.get("vsvkit", {})
        header, footer = page_templates(
            meta.get("vsv", ""), meta.get("title", ""), meta.get("page_word", "pagina")
        )
        pdf = html_to_pdf(
            html, header=header, footer=footer, executable=self.browser_executable or None
        )
        resources["output_extension"] = ".pdf"
        return pdf, resources
