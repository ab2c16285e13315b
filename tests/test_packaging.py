"""vsvkit finds its templates, notebooks, sample data and data files from a wheel too."""

from __future__ import annotations

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
    for expected in (
        "vsvkit/instruments/integratiemeter.yaml",
        "vsvkit/guides/gespreksleidraad.yaml",
        "vsvkit/_resources/templates/voila/vsvkit/index.html.j2",
        "vsvkit/_resources/templates/report/index.html.j2",
        "vsvkit/_resources/notebooks/workshop.ipynb",
        "vsvkit/_resources/notebooks/report.ipynb",
        "vsvkit/_resources/sample_data/sessions.csv",
        "vsvkit/py.typed",
    ):
        assert expected in names, expected


@pytest.mark.slow
def test_installed_wheel_resolves_resources_inside_the_package(wheel, tmp_path):
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(site)
    code = (
        "import vsvkit.paths as p, vsvkit.sessions as s;"
        "print(p.templates_dir()); print(p.notebooks_dir()); print(p.sample_data_dir());"
        "import pandas as pd; print(len(pd.read_csv(p.sample_data_dir() / 'sessions.csv')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    lines = result.stdout.splitlines()
    resources = site / "vsvkit" / "_resources"
    assert lines[:3] == [
        str(resources / "templates"),
        str(resources / "notebooks"),
        str(resources / "sample_data"),
    ]
    assert int(lines[3]) >= 6
