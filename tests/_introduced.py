"""The bundled instrument that has an introduction, domain intros and an origin (2026.3 on)."""

from __future__ import annotations

from pathlib import Path

from vsvkit.instrument import Instrument, bundled_instruments, default_instrument_path


def introduced_instrument() -> Instrument:
    """The newest bundled instrument with an introduction and an origin."""
    return next(
        inst
        for inst in bundled_instruments()
        if inst.introduction is not None and inst.origin is not None
    )


def introduced_file() -> Path:
    """The file of :func:`introduced_instrument` (``integratiemeter-<version>.yaml``)."""
    inst = introduced_instrument()
    path = default_instrument_path().with_name(f"{inst.name}-{inst.version}.yaml")
    assert path.is_file(), path
    return path
