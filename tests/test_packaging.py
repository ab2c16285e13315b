"""vsvkit finds its templates, notebooks, sample data and data files from a wheel too."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(REPO),
        ],
        check=True,
    )
    return next(out.glob("vsvkit-*.whl"))


@pytest.mark.slow
def test_wheel_carries_the_resources(wheel):
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    data = "vsvkit-0.1.0.data/data/share/jupyter"  # shared data, installed in <prefix>/
    for expected in (
        "vsvkit/instruments/integratiemeter-2026.3.yaml",
        "vsvkit/guides/gespreksleidraad.yaml",
        f"{data}/voila/templates/vsvkit/index.html.j2",
        f"{data}/voila/templates/vsvkit/conf.json",
        f"{data}/voila/templates/vsvkit/error.html",
        f"{data}/nbconvert/templates/vsvkit_report/index.html.j2",
        f"{data}/nbconvert/templates/vsvkit_report/static/report.css",
        f"{data}/vsvkit/templates/questionnaire/paper.html.j2",
        f"{data}/vsvkit/templates/questionnaire/paper.css",
        f"{data}/vsvkit/templates/questionnaire/form.html.j2",
        f"{data}/vsvkit/templates/questionnaire/static/survey.js",
        f"{data}/vsvkit/templates/questionnaire/invitation.html.j2",
        f"{data}/vsvkit/templates/handout/handout.html.j2",
        f"{data}/vsvkit/templates/handout/handout.css",
        "vsvkit/_resources/notebooks/workshop.ipynb",
        "vsvkit/_resources/notebooks/report.ipynb",
        "vsvkit/_resources/sample_data/sessions.csv",
        "vsvkit/py.typed",
    ):
        assert expected in names, expected


@pytest.mark.slow
def test_installed_wheel_resolves_resources_inside_the_package(wheel, tmp_path):
    """Installed with pip into a prefix: notebooks and sample data inside the package, the
    templates where Voilà and nbconvert look for installed templates (<prefix>/share/jupyter
    on Jupyter's data path), and no checkout folder is searched."""
    import sysconfig

    prefix = tmp_path / "prefix"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-index",
            "-q",
            "--ignore-installed",
        ]
        + ["--prefix", str(prefix), str(wheel)],
        check=True,
    )
    # the environment running the tests keeps its own vsvkit (pip without --ignore-installed
    # uninstalls it before installing into a prefix)
    assert importlib.metadata.distribution("vsvkit").read_text("direct_url.json") is not None
    site = Path(sysconfig.get_path("purelib", vars={"base": str(prefix), "platbase": str(prefix)}))
    share = prefix / "share" / "jupyter"
    code = (
        "import vsvkit.paths as p, vsvkit.sessions as s;"
        "print(p.templates_dir()); print(p.notebooks_dir()); print(p.sample_data_dir());"
        "import pandas as pd; print(len(pd.read_csv(p.sample_data_dir() / 'sessions.csv')));"
        "print(p.template_roots());"
        "from voila.paths import collect_template_paths;"
        "print(collect_template_paths(['voila', 'nbconvert'], 'vsvkit', prune=True)[0]);"
        "from vsvkit.report import ReportHTMLExporter;"
        "print(ReportHTMLExporter().template_paths[0]);"
        "from vsvkit.paper import paper_questionnaire;"
        "print(p.template_dir('vsvkit', p.QUESTIONNAIRE_TEMPLATE));"
        "print(len(paper_questionnaire()));"
        "from vsvkit.survey import pages;"
        "print(pages.static_folder());"
        "print(pages.render_closed(lang='en', static_url='/s/').count('not open'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        # JUPYTER_PATH: the prefix is not this interpreter's, so name its data folder
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin", "JUPYTER_PATH": str(share)},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    lines = result.stdout.splitlines()
    resources = site / "vsvkit" / "_resources"
    assert lines[:3] == [
        str(share),
        str(resources / "notebooks"),
        str(resources / "sample_data"),
    ]
    assert int(lines[3]) >= 6
    assert lines[4] == "[]"
    assert lines[5] == str(share / "voila" / "templates" / "vsvkit")
    assert lines[6] == str(share / "nbconvert" / "templates" / "vsvkit_report")
    assert lines[7] == str(share / "vsvkit" / "templates" / "questionnaire")
    assert int(lines[8]) > 10_000  # the paper questionnaire, rendered from the installed template
    # the questionnaire pages, rendered from the installed templates
    assert lines[9] == str(share / "vsvkit" / "templates" / "questionnaire" / "static")
    assert lines[10] == "2"  # title and heading of the closed page
