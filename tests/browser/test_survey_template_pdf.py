"""``vsvkit survey template --format pdf``: the paper form whose answers go into the workbook.

The paper questionnaire (vsvkit.paper) printed by the report's Chromium carries each
statement's code; those are exactly the codes in the headers of the import workbook of the
same instrument, so a typist finds every ticked box's column.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from conftest import require
from vsvkit.cli import main
from vsvkit.instrument import find_instrument
from vsvkit.survey.export_templates import template_headers

from .conftest import require_browser

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_paper_form_has_the_workbook_s_codes(capsys, tmp_path, lang):
    require_browser()
    require(shutil.which("pdftotext") is not None, "poppler-utils not installed")
    path = tmp_path / "papier.pdf"
    argv = ["survey", "template", "--format", "pdf", "--instrument", "2026.3"]
    assert main([*argv, "--lang", lang, "-o", str(path)]) == 0
    written = {"nl": "Geschreven", "en": "Written"}[lang]
    assert capsys.readouterr().out == f"{written}: {path}\n"
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    inst = find_instrument("2026.3")
    codes_on_paper = set(re.findall(r"\b[A-Z]{3}_?W?\d+\b", text))
    in_headers = {
        m.group(1)
        for h in template_headers(inst, lang=lang)
        if (m := re.search(r"\[([A-Z_0-9]+)\]$", h))
    }
    assert in_headers == {i.code for i in inst.all_items}
    assert codes_on_paper == in_headers
    assert inst.roles[0].name(lang) in text  # the profession question, as in column A
