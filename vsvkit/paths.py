"""Where vsvkit finds its bundled resources, from a checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

__all__ = ["resource_dir", "templates_dir", "notebooks_dir", "sample_data_dir", "package_dir"]

package_dir = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """Return the folder ``name`` (templates, notebooks, sample_data).

    In a wheel the folders are copied to ``vsvkit/_resources/<name>``; in a
    checkout (editable install) they live at the top of the repository.
    """
    installed = package_dir / "_resources" / name
    if installed.is_dir():
        return installed
    return package_dir.parent / name


def templates_dir() -> Path:
    return resource_dir("templates")


def notebooks_dir() -> Path:
    return resource_dir("notebooks")


def sample_data_dir() -> Path:
    return resource_dir("sample_data")
