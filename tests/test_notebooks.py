"""The app notebooks, executed in a real kernel: they show their app and nothing else."""

from __future__ import annotations

import os

import nbformat
import pytest
from nbclient import NotebookClient

from vsvkit.paths import notebooks_dir

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


@pytest.mark.slow
@pytest.mark.parametrize("name", ["workshop.ipynb", "regio_analyse.ipynb"])
def test_app_notebook_outputs_only_its_app(name, demo_db, monkeypatch, tmp_path):
    monkeypatch.setenv("VSVKIT_DB", demo_db)
    monkeypatch.setenv("VSVKIT_CACHE_DIR", str(tmp_path))
    nb = nbformat.read(notebooks_dir() / name, as_version=4)
    NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    ).execute(env=dict(os.environ))
    outputs = [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]
    # exactly one output, the app's widget view: no stray text (a repr, a warning, a traceback)
    assert len(outputs) == 1, [o.get("data", o.get("text")) for o in outputs]
    assert outputs[0]["output_type"] == "execute_result"
    assert WIDGET_VIEW in outputs[0]["data"]
